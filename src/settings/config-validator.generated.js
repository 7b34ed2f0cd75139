// Generated from src/settings/config.schema.json by scripts/generate-docs.ts. Do not edit.
/* eslint-disable */
'use strict';
export const validate = validate21;
export default validate21;
const schema6 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/aks-cis-gate/aks-cis-gate/config.schema.json',
  title: 'aks-cis-gate config (.github/aks-cis-gate.yml), read by the action and the CLI (--config)',
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: {
      description: 'Files, directories or globs to scan, relative to the workspace.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    exclude: {
      description:
        'Globs of files and directories never scanned, relative to the scanned root; the report lists what they excluded.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    benchmarks: {
      description: "Benchmark families or exact ids, as the CLI's --benchmark.",
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    level: { enum: ['L1', 'L2'] },
    'fail-on': { enum: ['new-automated', 'automated', 'new', 'all', 'none'] },
    'fail-on-error': {
      description: 'Files that could not be read or parsed fail the step (default true).',
      type: 'boolean',
    },
    'fail-on-unchecked': {
      description:
        'Deployable code found but not checked (a Helm chart source, a Kustomize directory) fails the step (default true).',
      type: 'boolean',
    },
    ignores: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        anyOf: [{ required: ['paths'] }, { required: ['resources'] }],
        properties: {
          rule: {
            description: 'A CIS id (a bare id means CIS Kubernetes) or family:id, e.g. cis-aks:4.2.1.',
            type: 'string',
            pattern: '^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$',
          },
          reason: { type: 'string', pattern: '\\S' },
          paths: {
            description: 'Globs of the files whose findings this ignore covers.',
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
          },
          resources: {
            description:
              'Resource selectors Kind/namespace/name (Kind/name when cluster-scoped); globs allowed.',
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
          },
          expires: {
            description: 'The last day (YYYY-MM-DD, UTC) this ignore applies.',
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          },
        },
      },
    },
    skip: {
      description:
        'Rules switched off everywhere: never evaluated, never blocking, listed as skipped by configuration with the reason.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: {
            description:
              'A CIS id (a bare id means CIS Kubernetes) or family:id, e.g. cis-aks:4.2.1; it must exist in a catalog.',
            type: 'string',
            pattern: '^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$',
          },
          reason: {
            description: 'Why the rule does not apply here; shown wherever the rule is listed.',
            type: 'string',
            pattern: '\\S',
          },
        },
      },
    },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp('^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$', 'u');
const pattern1 = new RegExp('\\S', 'u');
const pattern2 = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'u');
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://github.com/aks-cis-gate/aks-cis-gate/config.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paths !== undefined) {
      let data0 = data.paths;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (data1.length < 1) {
              const err1 = {
                instancePath: instancePath + '/paths/' + i0,
                schemaPath: '#/properties/paths/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = {
              instancePath: instancePath + '/paths/' + i0,
              schemaPath: '#/properties/paths/items/type',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/paths',
          schemaPath: '#/properties/paths/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exclude !== undefined) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === 'string') {
            if (data3.length < 1) {
              const err4 = {
                instancePath: instancePath + '/exclude/' + i1,
                schemaPath: '#/properties/exclude/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/exclude/' + i1,
              schemaPath: '#/properties/exclude/items/type',
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
      } else {
        const err6 = {
          instancePath: instancePath + '/exclude',
          schemaPath: '#/properties/exclude/type',
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
    }
    if (data.benchmarks !== undefined) {
      let data4 = data.benchmarks;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === 'string') {
            if (data5.length < 1) {
              const err7 = {
                instancePath: instancePath + '/benchmarks/' + i2,
                schemaPath: '#/properties/benchmarks/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/benchmarks/' + i2,
              schemaPath: '#/properties/benchmarks/items/type',
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
      } else {
        const err9 = {
          instancePath: instancePath + '/benchmarks',
          schemaPath: '#/properties/benchmarks/type',
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
    if (data.level !== undefined) {
      let data6 = data.level;
      if (!(data6 === 'L1' || data6 === 'L2')) {
        const err10 = {
          instancePath: instancePath + '/level',
          schemaPath: '#/properties/level/enum',
          keyword: 'enum',
          params: { allowedValues: schema6.properties.level.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data['fail-on'] !== undefined) {
      let data7 = data['fail-on'];
      if (!(
        data7 === 'new-automated' ||
        data7 === 'automated' ||
        data7 === 'new' ||
        data7 === 'all' ||
        data7 === 'none'
      )) {
        const err11 = {
          instancePath: instancePath + '/fail-on',
          schemaPath: '#/properties/fail-on/enum',
          keyword: 'enum',
          params: { allowedValues: schema6.properties['fail-on'].enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data['fail-on-error'] !== undefined) {
      if (typeof data['fail-on-error'] !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/fail-on-error',
          schemaPath: '#/properties/fail-on-error/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data['fail-on-unchecked'] !== undefined) {
      if (typeof data['fail-on-unchecked'] !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/fail-on-unchecked',
          schemaPath: '#/properties/fail-on-unchecked/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ignores !== undefined) {
      let data10 = data.ignores;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          const _errs24 = errors;
          let valid9 = false;
          const _errs25 = errors;
          if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
            if (data11.paths === undefined) {
              const err14 = {
                instancePath: instancePath + '/ignores/' + i3,
                schemaPath: '#/properties/ignores/items/anyOf/0/required',
                keyword: 'required',
                params: { missingProperty: 'paths' },
                message: "must have required property '" + 'paths' + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var _valid0 = _errs25 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const _errs26 = errors;
            if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
              if (data11.resources === undefined) {
                const err15 = {
                  instancePath: instancePath + '/ignores/' + i3,
                  schemaPath: '#/properties/ignores/items/anyOf/1/required',
                  keyword: 'required',
                  params: { missingProperty: 'resources' },
                  message: "must have required property '" + 'resources' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            var _valid0 = _errs26 === errors;
            valid9 = valid9 || _valid0;
          }
          if (!valid9) {
            const err16 = {
              instancePath: instancePath + '/ignores/' + i3,
              schemaPath: '#/properties/ignores/items/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs24;
            if (vErrors !== null) {
              if (_errs24) {
                vErrors.length = _errs24;
              } else {
                vErrors = null;
              }
            }
          }
          if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
            if (data11.rule === undefined) {
              const err17 = {
                instancePath: instancePath + '/ignores/' + i3,
                schemaPath: '#/properties/ignores/items/required',
                keyword: 'required',
                params: { missingProperty: 'rule' },
                message: "must have required property '" + 'rule' + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data11.reason === undefined) {
              const err18 = {
                instancePath: instancePath + '/ignores/' + i3,
                schemaPath: '#/properties/ignores/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data11) {
              if (!(
                key1 === 'rule' ||
                key1 === 'reason' ||
                key1 === 'paths' ||
                key1 === 'resources' ||
                key1 === 'expires'
              )) {
                const err19 = {
                  instancePath: instancePath + '/ignores/' + i3,
                  schemaPath: '#/properties/ignores/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.rule !== undefined) {
              let data12 = data11.rule;
              if (typeof data12 === 'string') {
                if (!pattern0.test(data12)) {
                  const err20 = {
                    instancePath: instancePath + '/ignores/' + i3 + '/rule',
                    schemaPath: '#/properties/ignores/items/properties/rule/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$' },
                    message:
                      'must match pattern "' +
                      '^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$' +
                      '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath: instancePath + '/ignores/' + i3 + '/rule',
                  schemaPath: '#/properties/ignores/items/properties/rule/type',
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
            if (data11.reason !== undefined) {
              let data13 = data11.reason;
              if (typeof data13 === 'string') {
                if (!pattern1.test(data13)) {
                  const err22 = {
                    instancePath: instancePath + '/ignores/' + i3 + '/reason',
                    schemaPath: '#/properties/ignores/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = {
                  instancePath: instancePath + '/ignores/' + i3 + '/reason',
                  schemaPath: '#/properties/ignores/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data11.paths !== undefined) {
              let data14 = data11.paths;
              if (Array.isArray(data14)) {
                if (data14.length < 1) {
                  const err24 = {
                    instancePath: instancePath + '/ignores/' + i3 + '/paths',
                    schemaPath: '#/properties/ignores/items/properties/paths/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                const len4 = data14.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data15 = data14[i4];
                  if (typeof data15 === 'string') {
                    if (data15.length < 1) {
                      const err25 = {
                        instancePath: instancePath + '/ignores/' + i3 + '/paths/' + i4,
                        schemaPath: '#/properties/ignores/items/properties/paths/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = {
                      instancePath: instancePath + '/ignores/' + i3 + '/paths/' + i4,
                      schemaPath: '#/properties/ignores/items/properties/paths/items/type',
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
              } else {
                const err27 = {
                  instancePath: instancePath + '/ignores/' + i3 + '/paths',
                  schemaPath: '#/properties/ignores/items/properties/paths/type',
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
            if (data11.resources !== undefined) {
              let data16 = data11.resources;
              if (Array.isArray(data16)) {
                if (data16.length < 1) {
                  const err28 = {
                    instancePath: instancePath + '/ignores/' + i3 + '/resources',
                    schemaPath: '#/properties/ignores/items/properties/resources/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                const len5 = data16.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data17 = data16[i5];
                  if (typeof data17 === 'string') {
                    if (data17.length < 1) {
                      const err29 = {
                        instancePath: instancePath + '/ignores/' + i3 + '/resources/' + i5,
                        schemaPath: '#/properties/ignores/items/properties/resources/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = {
                      instancePath: instancePath + '/ignores/' + i3 + '/resources/' + i5,
                      schemaPath: '#/properties/ignores/items/properties/resources/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = {
                  instancePath: instancePath + '/ignores/' + i3 + '/resources',
                  schemaPath: '#/properties/ignores/items/properties/resources/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data11.expires !== undefined) {
              let data18 = data11.expires;
              if (typeof data18 === 'string') {
                if (!pattern2.test(data18)) {
                  const err32 = {
                    instancePath: instancePath + '/ignores/' + i3 + '/expires',
                    schemaPath: '#/properties/ignores/items/properties/expires/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
                    message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = {
                  instancePath: instancePath + '/ignores/' + i3 + '/expires',
                  schemaPath: '#/properties/ignores/items/properties/expires/type',
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
          } else {
            const err34 = {
              instancePath: instancePath + '/ignores/' + i3,
              schemaPath: '#/properties/ignores/items/type',
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
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/ignores',
          schemaPath: '#/properties/ignores/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.skip !== undefined) {
      let data19 = data.skip;
      if (Array.isArray(data19)) {
        const len6 = data19.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data20 = data19[i6];
          if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
            if (data20.rule === undefined) {
              const err36 = {
                instancePath: instancePath + '/skip/' + i6,
                schemaPath: '#/properties/skip/items/required',
                keyword: 'required',
                params: { missingProperty: 'rule' },
                message: "must have required property '" + 'rule' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data20.reason === undefined) {
              const err37 = {
                instancePath: instancePath + '/skip/' + i6,
                schemaPath: '#/properties/skip/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key2 in data20) {
              if (!(key2 === 'rule' || key2 === 'reason')) {
                const err38 = {
                  instancePath: instancePath + '/skip/' + i6,
                  schemaPath: '#/properties/skip/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data20.rule !== undefined) {
              let data21 = data20.rule;
              if (typeof data21 === 'string') {
                if (!pattern0.test(data21)) {
                  const err39 = {
                    instancePath: instancePath + '/skip/' + i6 + '/rule',
                    schemaPath: '#/properties/skip/items/properties/rule/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$' },
                    message:
                      'must match pattern "' +
                      '^((cis-kubernetes|cis-aks|cis-azure-linux):)?[0-9]+(\\.[0-9]+)*$' +
                      '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = {
                  instancePath: instancePath + '/skip/' + i6 + '/rule',
                  schemaPath: '#/properties/skip/items/properties/rule/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data20.reason !== undefined) {
              let data22 = data20.reason;
              if (typeof data22 === 'string') {
                if (!pattern1.test(data22)) {
                  const err41 = {
                    instancePath: instancePath + '/skip/' + i6 + '/reason',
                    schemaPath: '#/properties/skip/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = {
                  instancePath: instancePath + '/skip/' + i6 + '/reason',
                  schemaPath: '#/properties/skip/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/skip/' + i6,
              schemaPath: '#/properties/skip/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = {
          instancePath: instancePath + '/skip',
          schemaPath: '#/properties/skip/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
  } else {
    const err45 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
