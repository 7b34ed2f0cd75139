export const id = 324;
export const ids = [324];
export const modules = {

/***/ 8324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigFile: () => (/* binding */ parseConfigFile)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/benchmarks/load-catalogs.ts + 1 modules
var load_catalogs = __webpack_require__(5);
// EXTERNAL MODULE: ./src/benchmarks/rule-lookup.ts
var rule_lookup = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
// EXTERNAL MODULE: ./src/settings/config-file.ts
var config_file = __webpack_require__(1374);
;// CONCATENATED MODULE: ./src/settings/config-validator.generated.js
// Generated from src/settings/config.schema.json by scripts/generate-docs.ts. Do not edit.
/* eslint-disable */

const validate = (/* unused pure expression or super */ null && (validate21));
/* harmony default export */ const config_validator_generated = (validate21);
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

;// CONCATENATED MODULE: ./src/settings/yaml-lines.ts

const escapePointer = (name) => name.replaceAll('~', '~0').replaceAll('/', '~1');
/**
 * The source offset of every node of a YAML document by its JSON pointer (`/skip/0/rule`), as
 * schema validators name them. A mapping's value is placed at its key, where a reader looks.
 */
function offsetsByPointer(text, events) {
    const offsets = new Map();
    const stack = [];
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            continue;
        if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
            continue;
        }
        const start = event.type === js_yaml/* EVENT_ID */.hy.SCALAR
            ? event.valueStart
            : event.type === js_yaml/* EVENT_ID */.hy.ALIAS
                ? event.anchorStart
                : event.start;
        const parent = stack.at(-1);
        let pointer = '';
        let offset = start;
        if (parent?.kind === 'mapping') {
            if (parent.key === undefined) {
                const name = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? (0,js_yaml/* getScalarValue */.KE)(text, event) : '?';
                parent.key = { name, offset: start };
                // A key that is itself a collection opens a frame of its own, which no pointer names.
                if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
                    stack.push({ kind: 'mapping', pointer: '\0', index: 0 });
                continue;
            }
            pointer = `${parent.pointer}/${escapePointer(parent.key.name)}`;
            offset = parent.key.offset;
            parent.key = undefined;
        }
        else if (parent !== undefined) {
            pointer = `${parent.pointer}/${parent.index}`;
            parent.index += 1;
        }
        offsets.set(pointer, offset);
        if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            stack.push({ kind: 'mapping', pointer, index: 0 });
        if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            stack.push({ kind: 'sequence', pointer, index: 0 });
    }
    return offsets;
}
/**
 * The 1-based line of the node at `pointer` in a YAML text, or of its nearest ancestor that the
 * text has; undefined when the text does not parse.
 */
function lineOfPointer(text, pointer) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { maxDepth: 20 });
    }
    catch {
        return undefined;
    }
    const offsets = offsetsByPointer(text, events);
    for (let path = pointer;; path = path.slice(0, path.lastIndexOf('/'))) {
        const offset = offsets.get(path);
        if (offset !== undefined)
            return text.slice(0, offset).split('\n').length;
        if (path === '')
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/settings/config-parse.ts





// config.schema.json, compiled by ajv ahead of time (config-validator-source.ts).


// Apart from config-file.ts so that a run without a config file loads neither js-yaml nor the validator.
const validateConfig = config_validator_generated;
/** Where a schema error points: the property it names (an unknown or missing key), else the value. */
function pointerOf(problem) {
    const property = problem.params.additionalProperty;
    return typeof property === 'string' ? `${problem.instancePath}/${property}` : problem.instancePath;
}
/** `file:line: message` for each problem, the lines as the text has them. */
function locatedErrors(text, file, problems) {
    return problems
        .map(({ pointer, message }) => {
        const line = lineOfPointer(text, pointer);
        return `${file.path}${line === undefined ? '' : `:${line}`}${file.at ?? ''}: ${message}`;
    })
        .join('; ');
}
/** A skip's rule must name a rule some catalog has: a typo would otherwise switch nothing off, silently. */
function unknownSkippedRules(skips) {
    const catalogs = (0,load_catalogs/* loadCatalogs */.J)();
    return skips.flatMap(({ rule }, index) => (0,rule_lookup/* findRules */.T)(catalogs, (0,config_file/* qualifiedName */.OL)(rule)).length > 0
        ? []
        : [
            {
                pointer: `/skip/${index}/rule`,
                message: `skip: no catalog has the rule ${(0,quote/* quoteInput */.Zs)(rule)}; the closest are ${(0,rule_lookup/* closestRuleNames */.a)(catalogs, (0,config_file/* qualifiedName */.OL)(rule)).join(', ')}`,
            },
        ]);
}
function parseConfigFile(text, file) {
    let document;
    try {
        // Core schema (YAML 1.2): `expires: 2026-12-31` stays a string, `level: L1` is not coerced.
        document = text.trim() === '' ? {} : (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU, maxAliases: 100, maxDepth: 20 });
    }
    catch (error) {
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            throw error;
        const line = error.mark ? `:${error.mark.line + 1}` : '';
        return { ok: false, error: `${file.path}${line}${file.at ?? ''}: ${error.reason}` };
    }
    document ??= {};
    if (!validateConfig(document)) {
        const problems = (validateConfig.errors ?? []).map((problem) => ({
            pointer: pointerOf(problem),
            message: `${problem.instancePath || '(top level)'} ${problem.message ?? 'is invalid'}`,
        }));
        return { ok: false, error: locatedErrors(text, file, problems) };
    }
    const unknownRules = unknownSkippedRules(document.skip ?? []);
    if (unknownRules.length > 0)
        return { ok: false, error: locatedErrors(text, file, unknownRules) };
    return {
        ok: true,
        found: true,
        config: {
            paths: document.paths,
            exclude: document.exclude,
            benchmarks: document.benchmarks,
            level: document.level,
            failOn: document['fail-on'],
            failOnError: document['fail-on-error'],
            failOnUnchecked: document['fail-on-unchecked'],
            skip: document.skip,
            ignores: document.ignores ?? [],
        },
    };
}


/***/ })

};
