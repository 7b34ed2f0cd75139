// Generated from src/shard/shard-report.schema.json by scripts/generate-docs.ts. Do not edit.
/* eslint-disable */
'use strict';
export const validate = validate21;
export default validate21;
const schema6 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/aks-cis-gate/aks-cis-gate/shard-report.schema.json',
  title: 'aks-cis-gate shard report, formatVersion 3',
  description:
    'What `aks-cis-gate scan --shard I/N` (and the action with shard-index) writes and `merge` reads: the model fragments, input problems and inputs of one shard, and the results of the checks that judge one Kubernetes object alone on each of its objects. A shard report passes through an artifact store between jobs, so the merge checks every file against this schema before it uses one.',
  type: 'object',
  required: ['kind', 'formatVersion', 'shard', 'toolVersion', 'commit', 'configHash', 'config', 'head'],
  properties: {
    kind: { const: 'aks-cis-gate-shard' },
    formatVersion: { const: 3 },
    shard: {
      type: 'object',
      required: ['index', 'count'],
      properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
    },
    toolVersion: { type: 'string' },
    commit: { type: ['string', 'null'] },
    configHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    config: {
      type: 'object',
      required: ['paths', 'benchmarks', 'namespace', 'ignores'],
      properties: {
        paths: { $ref: '#/definitions/strings' },
        benchmarks: { $ref: '#/definitions/strings' },
        namespace: { type: 'string' },
        ignores: { type: 'array', items: { type: 'object' } },
      },
    },
    head: { $ref: '#/definitions/side' },
    base: {
      anyOf: [
        {
          type: 'object',
          required: ['kind', 'description', 'side'],
          properties: {
            kind: { const: 'read' },
            description: { type: 'string' },
            side: { $ref: '#/definitions/side' },
          },
        },
        {
          type: 'object',
          required: ['kind', 'reason'],
          properties: { kind: { const: 'unavailable' }, reason: { type: 'string' } },
        },
      ],
    },
  },
  definitions: {
    strings: { type: 'array', items: { type: 'string' } },
    position: { type: 'integer', minimum: 1 },
    side: {
      type: 'object',
      required: ['inputs', 'read', 'outcome'],
      properties: {
        inputs: { $ref: '#/definitions/strings' },
        read: { $ref: '#/definitions/strings' },
        outcome: {
          type: 'object',
          required: ['model', 'errors', 'skipped', 'notChecked'],
          properties: {
            model: {
              type: 'object',
              required: ['kubeObjects', 'clusters'],
              properties: {
                kubeObjects: { type: 'array', items: { $ref: '#/definitions/kubeObject' } },
                clusters: { type: 'array', items: { $ref: '#/definitions/cluster' } },
                unreadable: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['kind', 'reason'],
                    properties: { kind: { type: 'string' }, reason: { type: 'string' } },
                  },
                },
              },
            },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['file', 'message'],
                properties: {
                  file: { type: 'string' },
                  line: { $ref: '#/definitions/position' },
                  column: { $ref: '#/definitions/position' },
                  message: { type: 'string' },
                },
              },
            },
            skipped: {
              type: 'array',
              items: {
                type: 'object',
                required: ['file', 'reason'],
                properties: { file: { type: 'string' }, reason: { type: 'string' } },
              },
            },
            notChecked: {
              type: 'array',
              items: {
                type: 'object',
                required: ['file', 'reason', 'fix'],
                properties: {
                  file: { type: 'string' },
                  line: { $ref: '#/definitions/position' },
                  reason: { type: 'string' },
                  fix: { type: 'string' },
                },
              },
            },
            objectChecks: {
              description: 'The object-scoped checks the shard ran on each of its objects alone.',
              $ref: '#/definitions/strings',
            },
          },
        },
      },
    },
    location: {
      anyOf: [
        {
          type: 'object',
          required: ['file', 'line', 'column'],
          properties: {
            kind: { const: 'file' },
            file: { type: 'string' },
            line: { $ref: '#/definitions/position' },
            column: { $ref: '#/definitions/position' },
            template: { type: 'string' },
            address: { type: 'string' },
            terraformAddress: { type: 'string' },
          },
        },
        {
          type: 'object',
          required: ['kind', 'api', 'cluster', 'apiAddress'],
          properties: {
            kind: { const: 'live' },
            api: { enum: ['kubernetes', 'azure-resource-manager'] },
            cluster: { type: 'string' },
            apiAddress: { type: 'string' },
            uid: { type: 'string' },
            fieldPath: { type: 'string' },
          },
        },
      ],
    },
    setting: {
      type: 'object',
      required: ['state', 'location'],
      properties: {
        state: { enum: ['set', 'unset', 'unknown'] },
        location: { $ref: '#/definitions/location' },
      },
      if: { properties: { state: { const: 'unknown' } } },
      then: { required: ['reason'], properties: { reason: { type: 'string' } } },
    },
    settings: {
      description: 'Every field of a cluster or node pool that is an object with a state is a Setting.',
      type: 'object',
      additionalProperties: {
        if: { type: 'object', required: ['state'] },
        then: { $ref: '#/definitions/setting' },
      },
    },
    kubeObject: {
      type: 'object',
      required: ['apiVersion', 'kind', 'name', 'body', 'location', 'origin', 'fieldPaths', 'fieldPositions'],
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        name: { type: 'string' },
        namespace: { type: 'string' },
        body: { type: 'object' },
        location: { $ref: '#/definitions/location' },
        origin: { enum: ['manifest', 'terraform', 'live'] },
        cluster: { type: 'string' },
        platform: { type: 'boolean' },
        fieldPaths: {
          description: "JSON.stringify of each field path located in the object's own file (and template).",
          type: 'array',
          items: { type: 'string' },
        },
        fieldPositions: {
          description: 'The line and column of each of fieldPaths, two numbers per path.',
          type: 'array',
          items: { $ref: '#/definitions/position' },
        },
        fieldsElsewhere: {
          description: 'Fields located anywhere else, by JSON.stringify of their path.',
          type: 'object',
          additionalProperties: { $ref: '#/definitions/location' },
        },
        results: {
          description: 'The results of objectChecks on this object alone that say something.',
          type: 'array',
          items: { $ref: '#/definitions/objectResult' },
        },
      },
    },
    cluster: {
      type: 'object',
      required: ['name', 'id', 'location', 'origin', 'nodePools', 'diagnosticSettings'],
      allOf: [{ $ref: '#/definitions/settings' }],
      properties: {
        name: { type: 'string' },
        id: { type: 'string' },
        location: { $ref: '#/definitions/location' },
        origin: { enum: ['bicep', 'arm', 'terraform', 'live'] },
        nodePools: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'location'],
            allOf: [{ $ref: '#/definitions/settings' }],
            properties: { name: { type: 'string' }, location: { $ref: '#/definitions/location' } },
          },
        },
        diagnosticSettings: { type: 'array', items: { type: 'object' } },
      },
    },
    objectResult: {
      type: 'object',
      additionalProperties: false,
      required: ['check', 'applicable'],
      properties: {
        check: { type: 'string' },
        applicable: { type: 'integer', minimum: 0 },
        findings: { type: 'array', minItems: 1, items: { $ref: '#/definitions/findingOnObject' } },
        undecided: { type: 'array', minItems: 1, items: { $ref: '#/definitions/undecided' } },
        note: { type: 'string' },
      },
    },
    findingOnObject: {
      description:
        "A finding about the object it is stored on: its resource, cluster and platform mark are the object's.",
      type: 'object',
      additionalProperties: false,
      required: ['location', 'message', 'key'],
      properties: {
        location: {
          description: "A line and column in the object's own file (and template), or a whole location.",
          anyOf: [
            { type: 'array', minItems: 2, maxItems: 2, items: { $ref: '#/definitions/position' } },
            { $ref: '#/definitions/location' },
          ],
        },
        message: { type: 'string' },
        key: { type: 'string' },
        container: { type: 'string' },
      },
    },
    undecided: {
      type: 'object',
      additionalProperties: false,
      required: ['reason'],
      properties: {
        reason: { type: 'string' },
        resource: { type: 'string' },
        location: { $ref: '#/definitions/location' },
      },
    },
  },
};
const pattern0 = new RegExp('^[0-9a-f]{64}$', 'u');
const schema7 = { type: 'array', items: { type: 'string' } };
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== 'string') {
        const err0 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema8 = {
  type: 'object',
  required: ['inputs', 'read', 'outcome'],
  properties: {
    inputs: { $ref: '#/definitions/strings' },
    read: { $ref: '#/definitions/strings' },
    outcome: {
      type: 'object',
      required: ['model', 'errors', 'skipped', 'notChecked'],
      properties: {
        model: {
          type: 'object',
          required: ['kubeObjects', 'clusters'],
          properties: {
            kubeObjects: { type: 'array', items: { $ref: '#/definitions/kubeObject' } },
            clusters: { type: 'array', items: { $ref: '#/definitions/cluster' } },
            unreadable: {
              type: 'array',
              items: {
                type: 'object',
                required: ['kind', 'reason'],
                properties: { kind: { type: 'string' }, reason: { type: 'string' } },
              },
            },
          },
        },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['file', 'message'],
            properties: {
              file: { type: 'string' },
              line: { $ref: '#/definitions/position' },
              column: { $ref: '#/definitions/position' },
              message: { type: 'string' },
            },
          },
        },
        skipped: {
          type: 'array',
          items: {
            type: 'object',
            required: ['file', 'reason'],
            properties: { file: { type: 'string' }, reason: { type: 'string' } },
          },
        },
        notChecked: {
          type: 'array',
          items: {
            type: 'object',
            required: ['file', 'reason', 'fix'],
            properties: {
              file: { type: 'string' },
              line: { $ref: '#/definitions/position' },
              reason: { type: 'string' },
              fix: { type: 'string' },
            },
          },
        },
        objectChecks: {
          description: 'The object-scoped checks the shard ran on each of its objects alone.',
          $ref: '#/definitions/strings',
        },
      },
    },
  },
};
const schema9 = {
  type: 'object',
  required: ['apiVersion', 'kind', 'name', 'body', 'location', 'origin', 'fieldPaths', 'fieldPositions'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    namespace: { type: 'string' },
    body: { type: 'object' },
    location: { $ref: '#/definitions/location' },
    origin: { enum: ['manifest', 'terraform', 'live'] },
    cluster: { type: 'string' },
    platform: { type: 'boolean' },
    fieldPaths: {
      description: "JSON.stringify of each field path located in the object's own file (and template).",
      type: 'array',
      items: { type: 'string' },
    },
    fieldPositions: {
      description: 'The line and column of each of fieldPaths, two numbers per path.',
      type: 'array',
      items: { $ref: '#/definitions/position' },
    },
    fieldsElsewhere: {
      description: 'Fields located anywhere else, by JSON.stringify of their path.',
      type: 'object',
      additionalProperties: { $ref: '#/definitions/location' },
    },
    results: {
      description: 'The results of objectChecks on this object alone that say something.',
      type: 'array',
      items: { $ref: '#/definitions/objectResult' },
    },
  },
};
const schema10 = {
  anyOf: [
    {
      type: 'object',
      required: ['file', 'line', 'column'],
      properties: {
        kind: { const: 'file' },
        file: { type: 'string' },
        line: { $ref: '#/definitions/position' },
        column: { $ref: '#/definitions/position' },
        template: { type: 'string' },
        address: { type: 'string' },
        terraformAddress: { type: 'string' },
      },
    },
    {
      type: 'object',
      required: ['kind', 'api', 'cluster', 'apiAddress'],
      properties: {
        kind: { const: 'live' },
        api: { enum: ['kubernetes', 'azure-resource-manager'] },
        cluster: { type: 'string' },
        apiAddress: { type: 'string' },
        uid: { type: 'string' },
        fieldPath: { type: 'string' },
      },
    },
  ],
};
const schema11 = { type: 'integer', minimum: 1 };
function validate30(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
      message: 'must be integer',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == 'number' && isFinite(data)) {
    if (data < 1 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
        message: 'must be >= 1',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.file === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'file' },
        message: "must have required property '" + 'file' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.line === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property '" + 'line' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.column === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'column' },
        message: "must have required property '" + 'column' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kind !== undefined) {
      if ('file' !== data.kind) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/anyOf/0/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'file' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.file !== undefined) {
      if (typeof data.file !== 'string') {
        const err4 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/anyOf/0/properties/file/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.line !== undefined) {
      if (
        !validate30(data.line, {
          instancePath: instancePath + '/line',
          parentData: data,
          parentDataProperty: 'line',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.column !== undefined) {
      if (
        !validate30(data.column, {
          instancePath: instancePath + '/column',
          parentData: data,
          parentDataProperty: 'column',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.template !== undefined) {
      if (typeof data.template !== 'string') {
        const err5 = {
          instancePath: instancePath + '/template',
          schemaPath: '#/anyOf/0/properties/template/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.address !== undefined) {
      if (typeof data.address !== 'string') {
        const err6 = {
          instancePath: instancePath + '/address',
          schemaPath: '#/anyOf/0/properties/address/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.terraformAddress !== undefined) {
      if (typeof data.terraformAddress !== 'string') {
        const err7 = {
          instancePath: instancePath + '/terraformAddress',
          schemaPath: '#/anyOf/0/properties/terraformAddress/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs14 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.kind === undefined) {
        const err9 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'kind' },
          message: "must have required property '" + 'kind' + "'",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.api === undefined) {
        const err10 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'api' },
          message: "must have required property '" + 'api' + "'",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.cluster === undefined) {
        const err11 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'cluster' },
          message: "must have required property '" + 'cluster' + "'",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.apiAddress === undefined) {
        const err12 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'apiAddress' },
          message: "must have required property '" + 'apiAddress' + "'",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.kind !== undefined) {
        if ('live' !== data.kind) {
          const err13 = {
            instancePath: instancePath + '/kind',
            schemaPath: '#/anyOf/1/properties/kind/const',
            keyword: 'const',
            params: { allowedValue: 'live' },
            message: 'must be equal to constant',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.api !== undefined) {
        let data8 = data.api;
        if (!(data8 === 'kubernetes' || data8 === 'azure-resource-manager')) {
          const err14 = {
            instancePath: instancePath + '/api',
            schemaPath: '#/anyOf/1/properties/api/enum',
            keyword: 'enum',
            params: { allowedValues: schema10.anyOf[1].properties.api.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.cluster !== undefined) {
        if (typeof data.cluster !== 'string') {
          const err15 = {
            instancePath: instancePath + '/cluster',
            schemaPath: '#/anyOf/1/properties/cluster/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.apiAddress !== undefined) {
        if (typeof data.apiAddress !== 'string') {
          const err16 = {
            instancePath: instancePath + '/apiAddress',
            schemaPath: '#/anyOf/1/properties/apiAddress/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.uid !== undefined) {
        if (typeof data.uid !== 'string') {
          const err17 = {
            instancePath: instancePath + '/uid',
            schemaPath: '#/anyOf/1/properties/uid/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.fieldPath !== undefined) {
        if (typeof data.fieldPath !== 'string') {
          const err18 = {
            instancePath: instancePath + '/fieldPath',
            schemaPath: '#/anyOf/1/properties/fieldPath/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    } else {
      const err19 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    var _valid0 = _errs14 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err20 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
const schema12 = {
  type: 'object',
  additionalProperties: false,
  required: ['check', 'applicable'],
  properties: {
    check: { type: 'string' },
    applicable: { type: 'integer', minimum: 0 },
    findings: { type: 'array', minItems: 1, items: { $ref: '#/definitions/findingOnObject' } },
    undecided: { type: 'array', minItems: 1, items: { $ref: '#/definitions/undecided' } },
    note: { type: 'string' },
  },
};
const schema13 = {
  description:
    "A finding about the object it is stored on: its resource, cluster and platform mark are the object's.",
  type: 'object',
  additionalProperties: false,
  required: ['location', 'message', 'key'],
  properties: {
    location: {
      description: "A line and column in the object's own file (and template), or a whole location.",
      anyOf: [
        { type: 'array', minItems: 2, maxItems: 2, items: { $ref: '#/definitions/position' } },
        { $ref: '#/definitions/location' },
      ],
    },
    message: { type: 'string' },
    key: { type: 'string' },
    container: { type: 'string' },
  },
};
function validate37(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.location === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'location' },
        message: "must have required property '" + 'location' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message' },
        message: "must have required property '" + 'message' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.key === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'location' || key0 === 'message' || key0 === 'key' || key0 === 'container')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.location !== undefined) {
      let data0 = data.location;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (Array.isArray(data0)) {
        if (data0.length > 2) {
          const err4 = {
            instancePath: instancePath + '/location',
            schemaPath: '#/properties/location/anyOf/0/maxItems',
            keyword: 'maxItems',
            params: { limit: 2 },
            message: 'must NOT have more than 2 items',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.length < 2) {
          const err5 = {
            instancePath: instancePath + '/location',
            schemaPath: '#/properties/location/anyOf/0/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate30(data0[i0], {
              instancePath: instancePath + '/location/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/location',
          schemaPath: '#/properties/location/anyOf/0/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs7 = errors;
        if (
          !validate29(data0, {
            instancePath: instancePath + '/location',
            parentData: data,
            parentDataProperty: 'location',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs7 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err7 = {
          instancePath: instancePath + '/location',
          schemaPath: '#/properties/location/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.message !== undefined) {
      if (typeof data.message !== 'string') {
        const err8 = {
          instancePath: instancePath + '/message',
          schemaPath: '#/properties/message/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      if (typeof data.key !== 'string') {
        const err9 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.container !== undefined) {
      if (typeof data.container !== 'string') {
        const err10 = {
          instancePath: instancePath + '/container',
          schemaPath: '#/properties/container/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
const schema14 = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    reason: { type: 'string' },
    resource: { type: 'string' },
    location: { $ref: '#/definitions/location' },
  },
};
function validate41(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.reason === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property '" + 'reason' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'reason' || key0 === 'resource' || key0 === 'location')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      if (typeof data.reason !== 'string') {
        const err2 = {
          instancePath: instancePath + '/reason',
          schemaPath: '#/properties/reason/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.resource !== undefined) {
      if (typeof data.resource !== 'string') {
        const err3 = {
          instancePath: instancePath + '/resource',
          schemaPath: '#/properties/resource/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.location !== undefined) {
      if (
        !validate29(data.location, {
          instancePath: instancePath + '/location',
          parentData: data,
          parentDataProperty: 'location',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.check === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'check' },
        message: "must have required property '" + 'check' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.applicable === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'applicable' },
        message: "must have required property '" + 'applicable' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'check' ||
        key0 === 'applicable' ||
        key0 === 'findings' ||
        key0 === 'undecided' ||
        key0 === 'note'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.check !== undefined) {
      if (typeof data.check !== 'string') {
        const err3 = {
          instancePath: instancePath + '/check',
          schemaPath: '#/properties/check/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.applicable !== undefined) {
      let data1 = data.applicable;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err4 = {
          instancePath: instancePath + '/applicable',
          schemaPath: '#/properties/applicable/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/applicable',
            schemaPath: '#/properties/applicable/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.findings !== undefined) {
      let data2 = data.findings;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = {
            instancePath: instancePath + '/findings',
            schemaPath: '#/properties/findings/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate37(data2[i0], {
              instancePath: instancePath + '/findings/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/findings',
          schemaPath: '#/properties/findings/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.undecided !== undefined) {
      let data4 = data.undecided;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err8 = {
            instancePath: instancePath + '/undecided',
            schemaPath: '#/properties/undecided/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate41(data4[i1], {
              instancePath: instancePath + '/undecided/' + i1,
              parentData: data4,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/undecided',
          schemaPath: '#/properties/undecided/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.note !== undefined) {
      if (typeof data.note !== 'string') {
        const err10 = {
          instancePath: instancePath + '/note',
          schemaPath: '#/properties/note/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.body === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'body' },
        message: "must have required property '" + 'body' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.location === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'location' },
        message: "must have required property '" + 'location' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.origin === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'origin' },
        message: "must have required property '" + 'origin' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.fieldPaths === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fieldPaths' },
        message: "must have required property '" + 'fieldPaths' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.fieldPositions === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fieldPositions' },
        message: "must have required property '" + 'fieldPositions' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.apiVersion !== undefined) {
      if (typeof data.apiVersion !== 'string') {
        const err8 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      if (typeof data.kind !== 'string') {
        const err9 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err10 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.namespace !== undefined) {
      if (typeof data.namespace !== 'string') {
        const err11 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/properties/namespace/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.body !== undefined) {
      let data4 = data.body;
      if (!(data4 && typeof data4 == 'object' && !Array.isArray(data4))) {
        const err12 = {
          instancePath: instancePath + '/body',
          schemaPath: '#/properties/body/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.location !== undefined) {
      if (
        !validate29(data.location, {
          instancePath: instancePath + '/location',
          parentData: data,
          parentDataProperty: 'location',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.origin !== undefined) {
      let data6 = data.origin;
      if (!(data6 === 'manifest' || data6 === 'terraform' || data6 === 'live')) {
        const err13 = {
          instancePath: instancePath + '/origin',
          schemaPath: '#/properties/origin/enum',
          keyword: 'enum',
          params: { allowedValues: schema9.properties.origin.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.cluster !== undefined) {
      if (typeof data.cluster !== 'string') {
        const err14 = {
          instancePath: instancePath + '/cluster',
          schemaPath: '#/properties/cluster/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.platform !== undefined) {
      if (typeof data.platform !== 'boolean') {
        const err15 = {
          instancePath: instancePath + '/platform',
          schemaPath: '#/properties/platform/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.fieldPaths !== undefined) {
      let data9 = data.fieldPaths;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data9[i0] !== 'string') {
            const err16 = {
              instancePath: instancePath + '/fieldPaths/' + i0,
              schemaPath: '#/properties/fieldPaths/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/fieldPaths',
          schemaPath: '#/properties/fieldPaths/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.fieldPositions !== undefined) {
      let data11 = data.fieldPositions;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate30(data11[i1], {
              instancePath: instancePath + '/fieldPositions/' + i1,
              parentData: data11,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/fieldPositions',
          schemaPath: '#/properties/fieldPositions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.fieldsElsewhere !== undefined) {
      let data13 = data.fieldsElsewhere;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        for (const key0 in data13) {
          if (
            !validate29(data13[key0], {
              instancePath:
                instancePath + '/fieldsElsewhere/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data13,
              parentDataProperty: key0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/fieldsElsewhere',
          schemaPath: '#/properties/fieldsElsewhere/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.results !== undefined) {
      let data15 = data.results;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate36(data15[i2], {
              instancePath: instancePath + '/results/' + i2,
              parentData: data15,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/results',
          schemaPath: '#/properties/results/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
const schema15 = {
  type: 'object',
  required: ['name', 'id', 'location', 'origin', 'nodePools', 'diagnosticSettings'],
  allOf: [{ $ref: '#/definitions/settings' }],
  properties: {
    name: { type: 'string' },
    id: { type: 'string' },
    location: { $ref: '#/definitions/location' },
    origin: { enum: ['bicep', 'arm', 'terraform', 'live'] },
    nodePools: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'location'],
        allOf: [{ $ref: '#/definitions/settings' }],
        properties: { name: { type: 'string' }, location: { $ref: '#/definitions/location' } },
      },
    },
    diagnosticSettings: { type: 'array', items: { type: 'object' } },
  },
};
const schema16 = {
  description: 'Every field of a cluster or node pool that is an object with a state is a Setting.',
  type: 'object',
  additionalProperties: {
    if: { type: 'object', required: ['state'] },
    then: { $ref: '#/definitions/setting' },
  },
};
const schema17 = {
  type: 'object',
  required: ['state', 'location'],
  properties: { state: { enum: ['set', 'unset', 'unknown'] }, location: { $ref: '#/definitions/location' } },
  if: { properties: { state: { const: 'unknown' } } },
  then: { required: ['reason'], properties: { reason: { type: 'string' } } },
};
function validate48(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.state !== undefined) {
      if ('unknown' !== data.state) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.reason === undefined) {
        const err1 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'reason' },
          message: "must have required property '" + 'reason' + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.reason !== undefined) {
        if (typeof data.reason !== 'string') {
          const err2 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/then/properties/reason/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.state === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'state' },
        message: "must have required property '" + 'state' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.location === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'location' },
        message: "must have required property '" + 'location' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.state !== undefined) {
      let data2 = data.state;
      if (!(data2 === 'set' || data2 === 'unset' || data2 === 'unknown')) {
        const err6 = {
          instancePath: instancePath + '/state',
          schemaPath: '#/properties/state/enum',
          keyword: 'enum',
          params: { allowedValues: schema17.properties.state.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.location !== undefined) {
      if (
        !validate29(data.location, {
          instancePath: instancePath + '/location',
          parentData: data,
          parentDataProperty: 'location',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      const _errs3 = errors;
      let valid1 = true;
      const _errs4 = errors;
      if (errors === _errs4) {
        if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
          let missing0;
          if (data0.state === undefined && (missing0 = 'state')) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        } else {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs6 = errors;
        if (
          !validate48(data0, {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key0,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs6 === errors;
        valid1 = _valid0;
      }
      if (!valid1) {
        const err2 = {
          instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/if',
          keyword: 'if',
          params: { failingKeyword: 'then' },
          message: 'must match "then" schema',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.location === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'location' },
        message: "must have required property '" + 'location' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.origin === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'origin' },
        message: "must have required property '" + 'origin' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.nodePools === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'nodePools' },
        message: "must have required property '" + 'nodePools' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.diagnosticSettings === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'diagnosticSettings' },
        message: "must have required property '" + 'diagnosticSettings' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err6 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err7 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.location !== undefined) {
      if (
        !validate29(data.location, {
          instancePath: instancePath + '/location',
          parentData: data,
          parentDataProperty: 'location',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.origin !== undefined) {
      let data3 = data.origin;
      if (!(data3 === 'bicep' || data3 === 'arm' || data3 === 'terraform' || data3 === 'live')) {
        const err8 = {
          instancePath: instancePath + '/origin',
          schemaPath: '#/properties/origin/enum',
          keyword: 'enum',
          params: { allowedValues: schema15.properties.origin.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.nodePools !== undefined) {
      let data4 = data.nodePools;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (
            !validate47(data5, {
              instancePath: instancePath + '/nodePools/' + i0,
              parentData: data4,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.name === undefined) {
              const err9 = {
                instancePath: instancePath + '/nodePools/' + i0,
                schemaPath: '#/properties/nodePools/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data5.location === undefined) {
              const err10 = {
                instancePath: instancePath + '/nodePools/' + i0,
                schemaPath: '#/properties/nodePools/items/required',
                keyword: 'required',
                params: { missingProperty: 'location' },
                message: "must have required property '" + 'location' + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data5.name !== undefined) {
              if (typeof data5.name !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/nodePools/' + i0 + '/name',
                  schemaPath: '#/properties/nodePools/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.location !== undefined) {
              if (
                !validate29(data5.location, {
                  instancePath: instancePath + '/nodePools/' + i0 + '/location',
                  parentData: data5,
                  parentDataProperty: 'location',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/nodePools/' + i0,
              schemaPath: '#/properties/nodePools/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/nodePools',
          schemaPath: '#/properties/nodePools/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.diagnosticSettings !== undefined) {
      let data8 = data.diagnosticSettings;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9))) {
            const err14 = {
              instancePath: instancePath + '/diagnosticSettings/' + i1,
              schemaPath: '#/properties/diagnosticSettings/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/diagnosticSettings',
          schemaPath: '#/properties/diagnosticSettings/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.inputs === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'inputs' },
        message: "must have required property '" + 'inputs' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.read === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'read' },
        message: "must have required property '" + 'read' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outcome === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outcome' },
        message: "must have required property '" + 'outcome' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.inputs !== undefined) {
      if (
        !validate22(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.read !== undefined) {
      if (
        !validate22(data.read, {
          instancePath: instancePath + '/read',
          parentData: data,
          parentDataProperty: 'read',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.outcome !== undefined) {
      let data2 = data.outcome;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.model === undefined) {
          const err3 = {
            instancePath: instancePath + '/outcome',
            schemaPath: '#/properties/outcome/required',
            keyword: 'required',
            params: { missingProperty: 'model' },
            message: "must have required property '" + 'model' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data2.errors === undefined) {
          const err4 = {
            instancePath: instancePath + '/outcome',
            schemaPath: '#/properties/outcome/required',
            keyword: 'required',
            params: { missingProperty: 'errors' },
            message: "must have required property '" + 'errors' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2.skipped === undefined) {
          const err5 = {
            instancePath: instancePath + '/outcome',
            schemaPath: '#/properties/outcome/required',
            keyword: 'required',
            params: { missingProperty: 'skipped' },
            message: "must have required property '" + 'skipped' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.notChecked === undefined) {
          const err6 = {
            instancePath: instancePath + '/outcome',
            schemaPath: '#/properties/outcome/required',
            keyword: 'required',
            params: { missingProperty: 'notChecked' },
            message: "must have required property '" + 'notChecked' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.model !== undefined) {
          let data3 = data2.model;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.kubeObjects === undefined) {
              const err7 = {
                instancePath: instancePath + '/outcome/model',
                schemaPath: '#/properties/outcome/properties/model/required',
                keyword: 'required',
                params: { missingProperty: 'kubeObjects' },
                message: "must have required property '" + 'kubeObjects' + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.clusters === undefined) {
              const err8 = {
                instancePath: instancePath + '/outcome/model',
                schemaPath: '#/properties/outcome/properties/model/required',
                keyword: 'required',
                params: { missingProperty: 'clusters' },
                message: "must have required property '" + 'clusters' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.kubeObjects !== undefined) {
              let data4 = data3.kubeObjects;
              if (Array.isArray(data4)) {
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (
                    !validate28(data4[i0], {
                      instancePath: instancePath + '/outcome/model/kubeObjects/' + i0,
                      parentData: data4,
                      parentDataProperty: i0,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err9 = {
                  instancePath: instancePath + '/outcome/model/kubeObjects',
                  schemaPath: '#/properties/outcome/properties/model/properties/kubeObjects/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.clusters !== undefined) {
              let data6 = data3.clusters;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (
                    !validate46(data6[i1], {
                      instancePath: instancePath + '/outcome/model/clusters/' + i1,
                      parentData: data6,
                      parentDataProperty: i1,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err10 = {
                  instancePath: instancePath + '/outcome/model/clusters',
                  schemaPath: '#/properties/outcome/properties/model/properties/clusters/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.unreadable !== undefined) {
              let data8 = data3.unreadable;
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data9 = data8[i2];
                  if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                    if (data9.kind === undefined) {
                      const err11 = {
                        instancePath: instancePath + '/outcome/model/unreadable/' + i2,
                        schemaPath:
                          '#/properties/outcome/properties/model/properties/unreadable/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'kind' },
                        message: "must have required property '" + 'kind' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    if (data9.reason === undefined) {
                      const err12 = {
                        instancePath: instancePath + '/outcome/model/unreadable/' + i2,
                        schemaPath:
                          '#/properties/outcome/properties/model/properties/unreadable/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'reason' },
                        message: "must have required property '" + 'reason' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                    if (data9.kind !== undefined) {
                      if (typeof data9.kind !== 'string') {
                        const err13 = {
                          instancePath: instancePath + '/outcome/model/unreadable/' + i2 + '/kind',
                          schemaPath:
                            '#/properties/outcome/properties/model/properties/unreadable/items/properties/kind/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    if (data9.reason !== undefined) {
                      if (typeof data9.reason !== 'string') {
                        const err14 = {
                          instancePath: instancePath + '/outcome/model/unreadable/' + i2 + '/reason',
                          schemaPath:
                            '#/properties/outcome/properties/model/properties/unreadable/items/properties/reason/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err15 = {
                      instancePath: instancePath + '/outcome/model/unreadable/' + i2,
                      schemaPath: '#/properties/outcome/properties/model/properties/unreadable/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = {
                  instancePath: instancePath + '/outcome/model/unreadable',
                  schemaPath: '#/properties/outcome/properties/model/properties/unreadable/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/outcome/model',
              schemaPath: '#/properties/outcome/properties/model/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.errors !== undefined) {
          let data12 = data2.errors;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data13 = data12[i3];
              if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                if (data13.file === undefined) {
                  const err18 = {
                    instancePath: instancePath + '/outcome/errors/' + i3,
                    schemaPath: '#/properties/outcome/properties/errors/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'file' },
                    message: "must have required property '" + 'file' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (data13.message === undefined) {
                  const err19 = {
                    instancePath: instancePath + '/outcome/errors/' + i3,
                    schemaPath: '#/properties/outcome/properties/errors/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'message' },
                    message: "must have required property '" + 'message' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data13.file !== undefined) {
                  if (typeof data13.file !== 'string') {
                    const err20 = {
                      instancePath: instancePath + '/outcome/errors/' + i3 + '/file',
                      schemaPath: '#/properties/outcome/properties/errors/items/properties/file/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data13.line !== undefined) {
                  if (
                    !validate30(data13.line, {
                      instancePath: instancePath + '/outcome/errors/' + i3 + '/line',
                      parentData: data13,
                      parentDataProperty: 'line',
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                    errors = vErrors.length;
                  }
                }
                if (data13.column !== undefined) {
                  if (
                    !validate30(data13.column, {
                      instancePath: instancePath + '/outcome/errors/' + i3 + '/column',
                      parentData: data13,
                      parentDataProperty: 'column',
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                    errors = vErrors.length;
                  }
                }
                if (data13.message !== undefined) {
                  if (typeof data13.message !== 'string') {
                    const err21 = {
                      instancePath: instancePath + '/outcome/errors/' + i3 + '/message',
                      schemaPath: '#/properties/outcome/properties/errors/items/properties/message/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = {
                  instancePath: instancePath + '/outcome/errors/' + i3,
                  schemaPath: '#/properties/outcome/properties/errors/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/outcome/errors',
              schemaPath: '#/properties/outcome/properties/errors/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.skipped !== undefined) {
          let data18 = data2.skipped;
          if (Array.isArray(data18)) {
            const len4 = data18.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data19 = data18[i4];
              if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
                if (data19.file === undefined) {
                  const err24 = {
                    instancePath: instancePath + '/outcome/skipped/' + i4,
                    schemaPath: '#/properties/outcome/properties/skipped/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'file' },
                    message: "must have required property '" + 'file' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data19.reason === undefined) {
                  const err25 = {
                    instancePath: instancePath + '/outcome/skipped/' + i4,
                    schemaPath: '#/properties/outcome/properties/skipped/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'reason' },
                    message: "must have required property '" + 'reason' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data19.file !== undefined) {
                  if (typeof data19.file !== 'string') {
                    const err26 = {
                      instancePath: instancePath + '/outcome/skipped/' + i4 + '/file',
                      schemaPath: '#/properties/outcome/properties/skipped/items/properties/file/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data19.reason !== undefined) {
                  if (typeof data19.reason !== 'string') {
                    const err27 = {
                      instancePath: instancePath + '/outcome/skipped/' + i4 + '/reason',
                      schemaPath: '#/properties/outcome/properties/skipped/items/properties/reason/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = {
                  instancePath: instancePath + '/outcome/skipped/' + i4,
                  schemaPath: '#/properties/outcome/properties/skipped/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/outcome/skipped',
              schemaPath: '#/properties/outcome/properties/skipped/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.notChecked !== undefined) {
          let data22 = data2.notChecked;
          if (Array.isArray(data22)) {
            const len5 = data22.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data23 = data22[i5];
              if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                if (data23.file === undefined) {
                  const err30 = {
                    instancePath: instancePath + '/outcome/notChecked/' + i5,
                    schemaPath: '#/properties/outcome/properties/notChecked/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'file' },
                    message: "must have required property '" + 'file' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data23.reason === undefined) {
                  const err31 = {
                    instancePath: instancePath + '/outcome/notChecked/' + i5,
                    schemaPath: '#/properties/outcome/properties/notChecked/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'reason' },
                    message: "must have required property '" + 'reason' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data23.fix === undefined) {
                  const err32 = {
                    instancePath: instancePath + '/outcome/notChecked/' + i5,
                    schemaPath: '#/properties/outcome/properties/notChecked/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'fix' },
                    message: "must have required property '" + 'fix' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data23.file !== undefined) {
                  if (typeof data23.file !== 'string') {
                    const err33 = {
                      instancePath: instancePath + '/outcome/notChecked/' + i5 + '/file',
                      schemaPath: '#/properties/outcome/properties/notChecked/items/properties/file/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data23.line !== undefined) {
                  if (
                    !validate30(data23.line, {
                      instancePath: instancePath + '/outcome/notChecked/' + i5 + '/line',
                      parentData: data23,
                      parentDataProperty: 'line',
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                    errors = vErrors.length;
                  }
                }
                if (data23.reason !== undefined) {
                  if (typeof data23.reason !== 'string') {
                    const err34 = {
                      instancePath: instancePath + '/outcome/notChecked/' + i5 + '/reason',
                      schemaPath: '#/properties/outcome/properties/notChecked/items/properties/reason/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data23.fix !== undefined) {
                  if (typeof data23.fix !== 'string') {
                    const err35 = {
                      instancePath: instancePath + '/outcome/notChecked/' + i5 + '/fix',
                      schemaPath: '#/properties/outcome/properties/notChecked/items/properties/fix/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = {
                  instancePath: instancePath + '/outcome/notChecked/' + i5,
                  schemaPath: '#/properties/outcome/properties/notChecked/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/outcome/notChecked',
              schemaPath: '#/properties/outcome/properties/notChecked/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data2.objectChecks !== undefined) {
          if (
            !validate22(data2.objectChecks, {
              instancePath: instancePath + '/outcome/objectChecks',
              parentData: data2,
              parentDataProperty: 'objectChecks',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/outcome',
          schemaPath: '#/properties/outcome/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://github.com/aks-cis-gate/aks-cis-gate/shard-report.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.formatVersion === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'formatVersion' },
        message: "must have required property '" + 'formatVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.shard === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'shard' },
        message: "must have required property '" + 'shard' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.toolVersion === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'toolVersion' },
        message: "must have required property '" + 'toolVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.commit === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'commit' },
        message: "must have required property '" + 'commit' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.configHash === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'configHash' },
        message: "must have required property '" + 'configHash' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.config === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'config' },
        message: "must have required property '" + 'config' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.head === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'head' },
        message: "must have required property '" + 'head' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind !== undefined) {
      if ('aks-cis-gate-shard' !== data.kind) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'aks-cis-gate-shard' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.formatVersion !== undefined) {
      if (3 !== data.formatVersion) {
        const err9 = {
          instancePath: instancePath + '/formatVersion',
          schemaPath: '#/properties/formatVersion/const',
          keyword: 'const',
          params: { allowedValue: 3 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.shard !== undefined) {
      let data2 = data.shard;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.index === undefined) {
          const err10 = {
            instancePath: instancePath + '/shard',
            schemaPath: '#/properties/shard/required',
            keyword: 'required',
            params: { missingProperty: 'index' },
            message: "must have required property '" + 'index' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.count === undefined) {
          const err11 = {
            instancePath: instancePath + '/shard',
            schemaPath: '#/properties/shard/required',
            keyword: 'required',
            params: { missingProperty: 'count' },
            message: "must have required property '" + 'count' + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.index !== undefined) {
          let data3 = data2.index;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err12 = {
              instancePath: instancePath + '/shard/index',
              schemaPath: '#/properties/shard/properties/index/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data3 == 'number' && isFinite(data3)) {
            if (data3 < 1 || isNaN(data3)) {
              const err13 = {
                instancePath: instancePath + '/shard/index',
                schemaPath: '#/properties/shard/properties/index/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data2.count !== undefined) {
          let data4 = data2.count;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err14 = {
              instancePath: instancePath + '/shard/count',
              schemaPath: '#/properties/shard/properties/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 == 'number' && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err15 = {
                instancePath: instancePath + '/shard/count',
                schemaPath: '#/properties/shard/properties/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/shard',
          schemaPath: '#/properties/shard/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.toolVersion !== undefined) {
      if (typeof data.toolVersion !== 'string') {
        const err17 = {
          instancePath: instancePath + '/toolVersion',
          schemaPath: '#/properties/toolVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.commit !== undefined) {
      let data6 = data.commit;
      if (typeof data6 !== 'string' && data6 !== null) {
        const err18 = {
          instancePath: instancePath + '/commit',
          schemaPath: '#/properties/commit/type',
          keyword: 'type',
          params: { type: schema6.properties.commit.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.configHash !== undefined) {
      let data7 = data.configHash;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err19 = {
            instancePath: instancePath + '/configHash',
            schemaPath: '#/properties/configHash/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9a-f]{64}$' },
            message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/configHash',
          schemaPath: '#/properties/configHash/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.config !== undefined) {
      let data8 = data.config;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.paths === undefined) {
          const err21 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'paths' },
            message: "must have required property '" + 'paths' + "'",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data8.benchmarks === undefined) {
          const err22 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'benchmarks' },
            message: "must have required property '" + 'benchmarks' + "'",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8.namespace === undefined) {
          const err23 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'namespace' },
            message: "must have required property '" + 'namespace' + "'",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data8.ignores === undefined) {
          const err24 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'ignores' },
            message: "must have required property '" + 'ignores' + "'",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data8.paths !== undefined) {
          if (
            !validate22(data8.paths, {
              instancePath: instancePath + '/config/paths',
              parentData: data8,
              parentDataProperty: 'paths',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data8.benchmarks !== undefined) {
          if (
            !validate22(data8.benchmarks, {
              instancePath: instancePath + '/config/benchmarks',
              parentData: data8,
              parentDataProperty: 'benchmarks',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data8.namespace !== undefined) {
          if (typeof data8.namespace !== 'string') {
            const err25 = {
              instancePath: instancePath + '/config/namespace',
              schemaPath: '#/properties/config/properties/namespace/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.ignores !== undefined) {
          let data12 = data8.ignores;
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data13 = data12[i0];
              if (!(data13 && typeof data13 == 'object' && !Array.isArray(data13))) {
                const err26 = {
                  instancePath: instancePath + '/config/ignores/' + i0,
                  schemaPath: '#/properties/config/properties/ignores/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/config/ignores',
              schemaPath: '#/properties/config/properties/ignores/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/config',
          schemaPath: '#/properties/config/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.head !== undefined) {
      if (
        !validate25(data.head, {
          instancePath: instancePath + '/head',
          parentData: data,
          parentDataProperty: 'head',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.base !== undefined) {
      let data15 = data.base;
      const _errs27 = errors;
      let valid5 = false;
      const _errs28 = errors;
      if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
        if (data15.kind === undefined) {
          const err29 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/properties/base/anyOf/0/required',
            keyword: 'required',
            params: { missingProperty: 'kind' },
            message: "must have required property '" + 'kind' + "'",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data15.description === undefined) {
          const err30 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/properties/base/anyOf/0/required',
            keyword: 'required',
            params: { missingProperty: 'description' },
            message: "must have required property '" + 'description' + "'",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data15.side === undefined) {
          const err31 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/properties/base/anyOf/0/required',
            keyword: 'required',
            params: { missingProperty: 'side' },
            message: "must have required property '" + 'side' + "'",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data15.kind !== undefined) {
          if ('read' !== data15.kind) {
            const err32 = {
              instancePath: instancePath + '/base/kind',
              schemaPath: '#/properties/base/anyOf/0/properties/kind/const',
              keyword: 'const',
              params: { allowedValue: 'read' },
              message: 'must be equal to constant',
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15.description !== undefined) {
          if (typeof data15.description !== 'string') {
            const err33 = {
              instancePath: instancePath + '/base/description',
              schemaPath: '#/properties/base/anyOf/0/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data15.side !== undefined) {
          if (
            !validate25(data15.side, {
              instancePath: instancePath + '/base/side',
              parentData: data15,
              parentDataProperty: 'side',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/base',
          schemaPath: '#/properties/base/anyOf/0/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid0 = _errs28 === errors;
      valid5 = valid5 || _valid0;
      if (!valid5) {
        const _errs34 = errors;
        if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
          if (data15.kind === undefined) {
            const err35 = {
              instancePath: instancePath + '/base',
              schemaPath: '#/properties/base/anyOf/1/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (data15.reason === undefined) {
            const err36 = {
              instancePath: instancePath + '/base',
              schemaPath: '#/properties/base/anyOf/1/required',
              keyword: 'required',
              params: { missingProperty: 'reason' },
              message: "must have required property '" + 'reason' + "'",
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data15.kind !== undefined) {
            if ('unavailable' !== data15.kind) {
              const err37 = {
                instancePath: instancePath + '/base/kind',
                schemaPath: '#/properties/base/anyOf/1/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'unavailable' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
          if (data15.reason !== undefined) {
            if (typeof data15.reason !== 'string') {
              const err38 = {
                instancePath: instancePath + '/base/reason',
                schemaPath: '#/properties/base/anyOf/1/properties/reason/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        } else {
          const err39 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/properties/base/anyOf/1/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        var _valid0 = _errs34 === errors;
        valid5 = valid5 || _valid0;
      }
      if (!valid5) {
        const err40 = {
          instancePath: instancePath + '/base',
          schemaPath: '#/properties/base/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err41 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
