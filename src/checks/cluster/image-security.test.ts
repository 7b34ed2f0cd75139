import { describe, expect, it } from 'vitest';
import { describeSettingCheck } from '../../../test/support/cluster-check-cases.js';
import { defenderImageScanning, imageIntegrity } from './image-security.js';
import { makeCluster, modelOf } from '../../../test/support/cluster-factory.js';

describeSettingCheck({
  check: imageIntegrity,
  field: { cluster: 'imageIntegrityEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'securityProfile.imageIntegrity.enabled',
  defaultFails: true,
  message:
    'Image Integrity (preview) is off, so the cluster admits images without checking their signatures (securityProfile.imageIntegrity.enabled = false)',
});

describeSettingCheck({
  check: defenderImageScanning,
  field: { cluster: 'defenderEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'securityProfile.defender.securityMonitoring.enabled',
  defaultFails: true,
  message:
    'The Defender for Containers sensor is off, so running images are not scanned by Defender (securityProfile.defender.securityMonitoring.enabled = false)',
});

describe('image checks explain what the template cannot show', () => {
  const options = { defaultNamespace: 'default' };

  it("mention Microsoft's equivalent control for image provenance", () => {
    expect(imageIntegrity.run(modelOf(makeCluster()), options).note).toContain('equivalent control');
  });

  it('mention scanners outside the cluster resource', () => {
    expect(defenderImageScanning.run(modelOf(makeCluster()), options).note).toContain('third-party scanners');
  });
});
