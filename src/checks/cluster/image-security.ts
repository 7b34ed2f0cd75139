/**
 * Which images the cluster admits and scans, from the cluster resource:
 * - `cluster.image-integrity` decides CIS Kubernetes 5.5.1 (image provenance). Image Integrity
 *   is a preview feature; Microsoft attests this row with an equivalent control, so a finding
 *   says only what the template shows;
 * - `cluster.defender-image-scanning` decides CIS AKS 5.1.1 through the Defender for Containers
 *   sensor on the cluster. Scanners outside the cluster resource are not visible in the input.
 */
import { clusterSwitchCheck } from './requirements.js';

export const imageIntegrity = clusterSwitchCheck({
  id: 'cluster.image-integrity',
  description: 'Image Integrity verifies image signatures at admission',
  property: { arm: 'securityProfile.imageIntegrity.enabled' },
  read: (cluster) => cluster.imageIntegrityEnabled,
  aksDefault: false,
  whenOff: 'Image Integrity (preview) is off, so the cluster admits images without checking their signatures',
  note: "Image Integrity is in preview; Microsoft's attestation for this row names an equivalent control instead.",
});

export const defenderImageScanning = clusterSwitchCheck({
  id: 'cluster.defender-image-scanning',
  description: 'The Defender for Containers sensor runs on the cluster',
  property: { arm: 'securityProfile.defender.securityMonitoring.enabled', terraform: 'microsoft_defender' },
  read: (cluster) => cluster.defenderEnabled,
  aksDefault: false,
  whenOff: 'The Defender for Containers sensor is off, so running images are not scanned by Defender',
  note: "The subscription's Defender plan, sensors it provisions through Azure Policy, and third-party scanners are not seen in the input.",
});
