// Generated from rules/schema.json by scripts/generate-docs.ts. Do not edit.
/* eslint-disable */
'use strict';
export const validate = validate21;
export default validate21;
const schema6 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/aks-cis-gate/aks-cis-gate/rules/schema.json',
  title: 'aks-cis-gate benchmark catalog',
  description:
    'One benchmark version (src/benchmarks/catalog.ts). Either a full catalog (sections + rules) or a base catalog plus changes (extends + changes).',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'family', 'title', 'version', 'source'],
  properties: {
    id: { type: 'string', pattern: '^cis-[a-z-]+-v?[0-9][0-9a-z.-]*$' },
    family: { enum: ['cis-kubernetes', 'cis-aks', 'cis-azure-linux'] },
    title: { $ref: '#/definitions/text' },
    version: { $ref: '#/definitions/text' },
    source: { $ref: '#/definitions/text', description: 'Where the rows come from: repo, path, commit.' },
    kubernetes: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        min: { $ref: '#/definitions/minorVersion' },
        max: { $ref: '#/definitions/minorVersion' },
      },
    },
    sections: { type: 'array', minItems: 1, items: { $ref: '#/definitions/section' } },
    rules: { type: 'array', minItems: 1, items: { $ref: '#/definitions/rule' } },
    extends: {
      type: 'string',
      description: 'The id of the catalog this one is written as differences from.',
    },
    changes: { $ref: '#/definitions/changes' },
  },
  oneOf: [
    {
      required: ['sections', 'rules'],
      not: { anyOf: [{ required: ['extends'] }, { required: ['changes'] }] },
    },
    {
      required: ['extends', 'changes'],
      not: { anyOf: [{ required: ['sections'] }, { required: ['rules'] }] },
    },
  ],
  definitions: {
    text: { type: 'string', pattern: '\\S' },
    cisId: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$' },
    minorVersion: { type: 'string', pattern: '^[0-9]+\\.[0-9]+$' },
    section: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title'],
      properties: { id: { $ref: '#/definitions/cisId' }, title: { $ref: '#/definitions/text' } },
    },
    rule: {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'title',
        'section',
        'aksStatus',
        'aksReason',
        'responsibility',
        'remediation',
        'checks',
      ],
      properties: {
        id: { $ref: '#/definitions/cisId' },
        title: { $ref: '#/definitions/text' },
        section: { $ref: '#/definitions/cisId' },
        assessment: { enum: ['Automated', 'Manual'] },
        level: { enum: ['L1', 'L2'] },
        aksStatus: {
          enum: ['Pass', 'Fail', 'N/A', 'Depends on Environment', 'Equivalent Control', 'Not evaluated'],
        },
        aksReason: { type: 'string' },
        responsibility: { enum: ['platform', 'user'] },
        remediation: { $ref: '#/definitions/text' },
        checks: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', pattern: '^[a-z-]+\\.[a-z0-9-]+$' },
        },
        fix: {
          description:
            "The fix in the input's own terms, one or two lines per language (reports fall back to remediation): the YAML field, the Bicep (and ARM) property, the Terraform argument.",
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            yaml: { $ref: '#/definitions/text' },
            bicep: { $ref: '#/definitions/text' },
            terraform: { $ref: '#/definitions/text' },
          },
        },
      },
    },
    ruleUpdate: {
      description: 'The fields of one base row to replace; `id` names the row (after renumbering).',
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      minProperties: 2,
      properties: {
        id: { $ref: '#/definitions/cisId' },
        title: { $ref: '#/definitions/rule/properties/title' },
        section: { $ref: '#/definitions/rule/properties/section' },
        assessment: { $ref: '#/definitions/rule/properties/assessment' },
        level: { $ref: '#/definitions/rule/properties/level' },
        aksStatus: { $ref: '#/definitions/rule/properties/aksStatus' },
        aksReason: { $ref: '#/definitions/rule/properties/aksReason' },
        responsibility: { $ref: '#/definitions/rule/properties/responsibility' },
        remediation: { $ref: '#/definitions/rule/properties/remediation' },
        checks: { $ref: '#/definitions/rule/properties/checks' },
        fix: { $ref: '#/definitions/rule/properties/fix' },
      },
    },
    changes: {
      description: 'Applied to the base in this order: remove, renumber, update, add.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        remove: {
          description: 'Ids of base rows this version drops.',
          type: 'array',
          items: { $ref: '#/definitions/cisId' },
        },
        renumber: {
          description:
            'Old id -> new id, for rows and section headings; rows follow their renumbered section.',
          type: 'object',
          propertyNames: { $ref: '#/definitions/cisId' },
          additionalProperties: { $ref: '#/definitions/cisId' },
        },
        update: { type: 'array', items: { $ref: '#/definitions/ruleUpdate' } },
        add: {
          description: 'New rows, inserted after the row `after` (after renumbering).',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['after', 'rules'],
            properties: {
              after: { $ref: '#/definitions/cisId' },
              rules: { type: 'array', minItems: 1, items: { $ref: '#/definitions/rule' } },
            },
          },
        },
      },
    },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp('^cis-[a-z-]+-v?[0-9][0-9a-z.-]*$', 'u');
const schema7 = { type: 'string', pattern: '\\S' };
const pattern1 = new RegExp('\\S', 'u');
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern1.test(data)) {
        validate22.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "' + '\\S' + '"',
          },
        ];
        return false;
      }
    } else {
      validate22.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
      ];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema8 = { type: 'string', pattern: '^[0-9]+\\.[0-9]+$' };
const pattern2 = new RegExp('^[0-9]+\\.[0-9]+$', 'u');
function validate26(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern2.test(data)) {
        validate26.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]+\\.[0-9]+$' },
            message: 'must match pattern "' + '^[0-9]+\\.[0-9]+$' + '"',
          },
        ];
        return false;
      }
    } else {
      validate26.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
      ];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title'],
  properties: { id: { $ref: '#/definitions/cisId' }, title: { $ref: '#/definitions/text' } },
};
const schema10 = { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$' };
const pattern3 = new RegExp('^[0-9]+(\\.[0-9]+)*$', 'u');
function validate30(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern3.test(data)) {
        validate30.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]+(\\.[0-9]+)*$' },
            message: 'must match pattern "' + '^[0-9]+(\\.[0-9]+)*$' + '"',
          },
        ];
        return false;
      }
    } else {
      validate30.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
      ];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.title === undefined && (missing0 = 'title'))
      ) {
        validate29.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'id' || key0 === 'title')) {
            validate29.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== undefined) {
            const _errs2 = errors;
            if (
              !validate30(data.id, {
                instancePath: instancePath + '/id',
                parentData: data,
                parentDataProperty: 'id',
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== undefined) {
              const _errs3 = errors;
              if (
                !validate22(data.title, {
                  instancePath: instancePath + '/title',
                  parentData: data,
                  parentDataProperty: 'title',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate29.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
const schema11 = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'section', 'aksStatus', 'aksReason', 'responsibility', 'remediation', 'checks'],
  properties: {
    id: { $ref: '#/definitions/cisId' },
    title: { $ref: '#/definitions/text' },
    section: { $ref: '#/definitions/cisId' },
    assessment: { enum: ['Automated', 'Manual'] },
    level: { enum: ['L1', 'L2'] },
    aksStatus: {
      enum: ['Pass', 'Fail', 'N/A', 'Depends on Environment', 'Equivalent Control', 'Not evaluated'],
    },
    aksReason: { type: 'string' },
    responsibility: { enum: ['platform', 'user'] },
    remediation: { $ref: '#/definitions/text' },
    checks: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z-]+\\.[a-z0-9-]+$' },
    },
    fix: {
      description:
        "The fix in the input's own terms, one or two lines per language (reports fall back to remediation): the YAML field, the Bicep (and ARM) property, the Terraform argument.",
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        yaml: { $ref: '#/definitions/text' },
        bicep: { $ref: '#/definitions/text' },
        terraform: { $ref: '#/definitions/text' },
      },
    },
  },
};
const pattern4 = new RegExp('^[a-z-]+\\.[a-z0-9-]+$', 'u');
function validate34(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.title === undefined && (missing0 = 'title')) ||
        (data.section === undefined && (missing0 = 'section')) ||
        (data.aksStatus === undefined && (missing0 = 'aksStatus')) ||
        (data.aksReason === undefined && (missing0 = 'aksReason')) ||
        (data.responsibility === undefined && (missing0 = 'responsibility')) ||
        (data.remediation === undefined && (missing0 = 'remediation')) ||
        (data.checks === undefined && (missing0 = 'checks'))
      ) {
        validate34.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            validate34.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== undefined) {
            const _errs2 = errors;
            if (
              !validate30(data.id, {
                instancePath: instancePath + '/id',
                parentData: data,
                parentDataProperty: 'id',
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== undefined) {
              const _errs3 = errors;
              if (
                !validate22(data.title, {
                  instancePath: instancePath + '/title',
                  parentData: data,
                  parentDataProperty: 'title',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.section !== undefined) {
                const _errs4 = errors;
                if (
                  !validate30(data.section, {
                    instancePath: instancePath + '/section',
                    parentData: data,
                    parentDataProperty: 'section',
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.assessment !== undefined) {
                  let data3 = data.assessment;
                  const _errs5 = errors;
                  if (!(data3 === 'Automated' || data3 === 'Manual')) {
                    validate34.errors = [
                      {
                        instancePath: instancePath + '/assessment',
                        schemaPath: '#/properties/assessment/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema11.properties.assessment.enum },
                        message: 'must be equal to one of the allowed values',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.level !== undefined) {
                    let data4 = data.level;
                    const _errs6 = errors;
                    if (!(data4 === 'L1' || data4 === 'L2')) {
                      validate34.errors = [
                        {
                          instancePath: instancePath + '/level',
                          schemaPath: '#/properties/level/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema11.properties.level.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.aksStatus !== undefined) {
                      let data5 = data.aksStatus;
                      const _errs7 = errors;
                      if (!(
                        data5 === 'Pass' ||
                        data5 === 'Fail' ||
                        data5 === 'N/A' ||
                        data5 === 'Depends on Environment' ||
                        data5 === 'Equivalent Control' ||
                        data5 === 'Not evaluated'
                      )) {
                        validate34.errors = [
                          {
                            instancePath: instancePath + '/aksStatus',
                            schemaPath: '#/properties/aksStatus/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.aksStatus.enum },
                            message: 'must be equal to one of the allowed values',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.aksReason !== undefined) {
                        const _errs8 = errors;
                        if (typeof data.aksReason !== 'string') {
                          validate34.errors = [
                            {
                              instancePath: instancePath + '/aksReason',
                              schemaPath: '#/properties/aksReason/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs8 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.responsibility !== undefined) {
                          let data7 = data.responsibility;
                          const _errs10 = errors;
                          if (!(data7 === 'platform' || data7 === 'user')) {
                            validate34.errors = [
                              {
                                instancePath: instancePath + '/responsibility',
                                schemaPath: '#/properties/responsibility/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema11.properties.responsibility.enum },
                                message: 'must be equal to one of the allowed values',
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs10 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.remediation !== undefined) {
                            const _errs11 = errors;
                            if (
                              !validate22(data.remediation, {
                                instancePath: instancePath + '/remediation',
                                parentData: data,
                                parentDataProperty: 'remediation',
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs11 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.checks !== undefined) {
                              let data9 = data.checks;
                              const _errs12 = errors;
                              if (errors === _errs12) {
                                if (Array.isArray(data9)) {
                                  var valid1 = true;
                                  const len0 = data9.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    let data10 = data9[i0];
                                    const _errs14 = errors;
                                    if (errors === _errs14) {
                                      if (typeof data10 === 'string') {
                                        if (!pattern4.test(data10)) {
                                          validate34.errors = [
                                            {
                                              instancePath: instancePath + '/checks/' + i0,
                                              schemaPath: '#/properties/checks/items/pattern',
                                              keyword: 'pattern',
                                              params: { pattern: '^[a-z-]+\\.[a-z0-9-]+$' },
                                              message:
                                                'must match pattern "' + '^[a-z-]+\\.[a-z0-9-]+$' + '"',
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate34.errors = [
                                          {
                                            instancePath: instancePath + '/checks/' + i0,
                                            schemaPath: '#/properties/checks/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs14 === errors;
                                    if (!valid1) {
                                      break;
                                    }
                                  }
                                  if (valid1) {
                                    let i1 = data9.length;
                                    let j0;
                                    if (i1 > 1) {
                                      const indices0 = {};
                                      for (; i1--;) {
                                        let item0 = data9[i1];
                                        if (typeof item0 !== 'string') {
                                          continue;
                                        }
                                        if (typeof indices0[item0] == 'number') {
                                          j0 = indices0[item0];
                                          validate34.errors = [
                                            {
                                              instancePath: instancePath + '/checks',
                                              schemaPath: '#/properties/checks/uniqueItems',
                                              keyword: 'uniqueItems',
                                              params: { i: i1, j: j0 },
                                              message:
                                                'must NOT have duplicate items (items ## ' +
                                                j0 +
                                                ' and ' +
                                                i1 +
                                                ' are identical)',
                                            },
                                          ];
                                          return false;
                                          break;
                                        }
                                        indices0[item0] = i1;
                                      }
                                    }
                                  }
                                } else {
                                  validate34.errors = [
                                    {
                                      instancePath: instancePath + '/checks',
                                      schemaPath: '#/properties/checks/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid0 = _errs12 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.fix !== undefined) {
                                let data11 = data.fix;
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                  if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                                    if (Object.keys(data11).length < 1) {
                                      validate34.errors = [
                                        {
                                          instancePath: instancePath + '/fix',
                                          schemaPath: '#/properties/fix/minProperties',
                                          keyword: 'minProperties',
                                          params: { limit: 1 },
                                          message: 'must NOT have fewer than 1 properties',
                                        },
                                      ];
                                      return false;
                                    } else {
                                      const _errs18 = errors;
                                      for (const key1 in data11) {
                                        if (!(key1 === 'yaml' || key1 === 'bicep' || key1 === 'terraform')) {
                                          validate34.errors = [
                                            {
                                              instancePath: instancePath + '/fix',
                                              schemaPath: '#/properties/fix/additionalProperties',
                                              keyword: 'additionalProperties',
                                              params: { additionalProperty: key1 },
                                              message: 'must NOT have additional properties',
                                            },
                                          ];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs18 === errors) {
                                        if (data11.yaml !== undefined) {
                                          const _errs19 = errors;
                                          if (
                                            !validate22(data11.yaml, {
                                              instancePath: instancePath + '/fix/yaml',
                                              parentData: data11,
                                              parentDataProperty: 'yaml',
                                              rootData,
                                            })
                                          ) {
                                            vErrors =
                                              vErrors === null
                                                ? validate22.errors
                                                : vErrors.concat(validate22.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid3 = _errs19 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data11.bicep !== undefined) {
                                            const _errs20 = errors;
                                            if (
                                              !validate22(data11.bicep, {
                                                instancePath: instancePath + '/fix/bicep',
                                                parentData: data11,
                                                parentDataProperty: 'bicep',
                                                rootData,
                                              })
                                            ) {
                                              vErrors =
                                                vErrors === null
                                                  ? validate22.errors
                                                  : vErrors.concat(validate22.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid3 = _errs20 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data11.terraform !== undefined) {
                                              const _errs21 = errors;
                                              if (
                                                !validate22(data11.terraform, {
                                                  instancePath: instancePath + '/fix/terraform',
                                                  parentData: data11,
                                                  parentDataProperty: 'terraform',
                                                  rootData,
                                                })
                                              ) {
                                                vErrors =
                                                  vErrors === null
                                                    ? validate22.errors
                                                    : vErrors.concat(validate22.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid3 = _errs21 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate34.errors = [
                                      {
                                        instancePath: instancePath + '/fix',
                                        schemaPath: '#/properties/fix/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid0 = _errs16 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate34.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
const schema12 = {
  description: 'Applied to the base in this order: remove, renumber, update, add.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    remove: {
      description: 'Ids of base rows this version drops.',
      type: 'array',
      items: { $ref: '#/definitions/cisId' },
    },
    renumber: {
      description: 'Old id -> new id, for rows and section headings; rows follow their renumbered section.',
      type: 'object',
      propertyNames: { $ref: '#/definitions/cisId' },
      additionalProperties: { $ref: '#/definitions/cisId' },
    },
    update: { type: 'array', items: { $ref: '#/definitions/ruleUpdate' } },
    add: {
      description: 'New rows, inserted after the row `after` (after renumbering).',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['after', 'rules'],
        properties: {
          after: { $ref: '#/definitions/cisId' },
          rules: { type: 'array', minItems: 1, items: { $ref: '#/definitions/rule' } },
        },
      },
    },
  },
};
const schema13 = {
  description: 'The fields of one base row to replace; `id` names the row (after renumbering).',
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  minProperties: 2,
  properties: {
    id: { $ref: '#/definitions/cisId' },
    title: { $ref: '#/definitions/rule/properties/title' },
    section: { $ref: '#/definitions/rule/properties/section' },
    assessment: { $ref: '#/definitions/rule/properties/assessment' },
    level: { $ref: '#/definitions/rule/properties/level' },
    aksStatus: { $ref: '#/definitions/rule/properties/aksStatus' },
    aksReason: { $ref: '#/definitions/rule/properties/aksReason' },
    responsibility: { $ref: '#/definitions/rule/properties/responsibility' },
    remediation: { $ref: '#/definitions/rule/properties/remediation' },
    checks: { $ref: '#/definitions/rule/properties/checks' },
    fix: { $ref: '#/definitions/rule/properties/fix' },
  },
};
function validate49(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern1.test(data)) {
        validate49.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "' + '\\S' + '"',
          },
        ];
        return false;
      }
    } else {
      validate49.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
      ];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern3.test(data)) {
        validate51.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]+(\\.[0-9]+)*$' },
            message: 'must match pattern "' + '^[0-9]+(\\.[0-9]+)*$' + '"',
          },
        ];
        return false;
      }
    } else {
      validate51.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
      ];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
const schema16 = { enum: ['Automated', 'Manual'] };
function validate53(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === 'Automated' || data === 'Manual')) {
    validate53.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema16.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
const schema17 = { enum: ['L1', 'L2'] };
function validate55(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === 'L1' || data === 'L2')) {
    validate55.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema17.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const schema18 = {
  enum: ['Pass', 'Fail', 'N/A', 'Depends on Environment', 'Equivalent Control', 'Not evaluated'],
};
function validate57(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(
    data === 'Pass' ||
    data === 'Fail' ||
    data === 'N/A' ||
    data === 'Depends on Environment' ||
    data === 'Equivalent Control' ||
    data === 'Not evaluated'
  )) {
    validate57.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema18.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
const schema19 = { type: 'string' };
function validate59(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    validate59.errors = [
      {
        instancePath,
        schemaPath: '#/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      },
    ];
    return false;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
const schema20 = { enum: ['platform', 'user'] };
function validate61(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === 'platform' || data === 'user')) {
    validate61.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema20.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate63(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern1.test(data)) {
        validate63.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "' + '\\S' + '"',
          },
        ];
        return false;
      }
    } else {
      validate63.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
      ];
      return false;
    }
  }
  validate63.errors = vErrors;
  return errors === 0;
}
const schema22 = {
  type: 'array',
  uniqueItems: true,
  items: { type: 'string', pattern: '^[a-z-]+\\.[a-z0-9-]+$' },
};
function validate65(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (typeof data0 === 'string') {
            if (!pattern4.test(data0)) {
              validate65.errors = [
                {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/items/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^[a-z-]+\\.[a-z0-9-]+$' },
                  message: 'must match pattern "' + '^[a-z-]+\\.[a-z0-9-]+$' + '"',
                },
              ];
              return false;
            }
          } else {
            validate65.errors = [
              {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/items/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
      if (valid0) {
        let i1 = data.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data[i1];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              validate65.errors = [
                {
                  instancePath,
                  schemaPath: '#/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                },
              ];
              return false;
              break;
            }
            indices0[item0] = i1;
          }
        }
      }
    } else {
      validate65.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        },
      ];
      return false;
    }
  }
  validate65.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  description:
    "The fix in the input's own terms, one or two lines per language (reports fall back to remediation): the YAML field, the Bicep (and ARM) property, the Terraform argument.",
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    yaml: { $ref: '#/definitions/text' },
    bicep: { $ref: '#/definitions/text' },
    terraform: { $ref: '#/definitions/text' },
  },
};
function validate67(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate67.errors = [
          {
            instancePath,
            schemaPath: '#/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'yaml' || key0 === 'bicep' || key0 === 'terraform')) {
            validate67.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.yaml !== undefined) {
            const _errs2 = errors;
            if (
              !validate22(data.yaml, {
                instancePath: instancePath + '/yaml',
                parentData: data,
                parentDataProperty: 'yaml',
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bicep !== undefined) {
              const _errs3 = errors;
              if (
                !validate22(data.bicep, {
                  instancePath: instancePath + '/bicep',
                  parentData: data,
                  parentDataProperty: 'bicep',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.terraform !== undefined) {
                const _errs4 = errors;
                if (
                  !validate22(data.terraform, {
                    instancePath: instancePath + '/terraform',
                    parentData: data,
                    parentDataProperty: 'terraform',
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate67.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate67.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (Object.keys(data).length < 2) {
        validate47.errors = [
          {
            instancePath,
            schemaPath: '#/minProperties',
            keyword: 'minProperties',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 properties',
          },
        ];
        return false;
      } else {
        let missing0;
        if (data.id === undefined && (missing0 = 'id')) {
          validate47.errors = [
            {
              instancePath,
              schemaPath: '#/required',
              keyword: 'required',
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!func2.call(schema13.properties, key0)) {
              validate47.errors = [
                {
                  instancePath,
                  schemaPath: '#/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key0 },
                  message: 'must NOT have additional properties',
                },
              ];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.id !== undefined) {
              const _errs2 = errors;
              if (
                !validate30(data.id, {
                  instancePath: instancePath + '/id',
                  parentData: data,
                  parentDataProperty: 'id',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.title !== undefined) {
                const _errs3 = errors;
                if (
                  !validate49(data.title, {
                    instancePath: instancePath + '/title',
                    parentData: data,
                    parentDataProperty: 'title',
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.section !== undefined) {
                  const _errs4 = errors;
                  if (
                    !validate51(data.section, {
                      instancePath: instancePath + '/section',
                      parentData: data,
                      parentDataProperty: 'section',
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.assessment !== undefined) {
                    const _errs5 = errors;
                    if (
                      !validate53(data.assessment, {
                        instancePath: instancePath + '/assessment',
                        parentData: data,
                        parentDataProperty: 'assessment',
                        rootData,
                      })
                    ) {
                      vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.level !== undefined) {
                      const _errs6 = errors;
                      if (
                        !validate55(data.level, {
                          instancePath: instancePath + '/level',
                          parentData: data,
                          parentDataProperty: 'level',
                          rootData,
                        })
                      ) {
                        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs6 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.aksStatus !== undefined) {
                        const _errs7 = errors;
                        if (
                          !validate57(data.aksStatus, {
                            instancePath: instancePath + '/aksStatus',
                            parentData: data,
                            parentDataProperty: 'aksStatus',
                            rootData,
                          })
                        ) {
                          vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs7 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.aksReason !== undefined) {
                          const _errs8 = errors;
                          if (
                            !validate59(data.aksReason, {
                              instancePath: instancePath + '/aksReason',
                              parentData: data,
                              parentDataProperty: 'aksReason',
                              rootData,
                            })
                          ) {
                            vErrors =
                              vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs8 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.responsibility !== undefined) {
                            const _errs9 = errors;
                            if (
                              !validate61(data.responsibility, {
                                instancePath: instancePath + '/responsibility',
                                parentData: data,
                                parentDataProperty: 'responsibility',
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs9 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.remediation !== undefined) {
                              const _errs10 = errors;
                              if (
                                !validate63(data.remediation, {
                                  instancePath: instancePath + '/remediation',
                                  parentData: data,
                                  parentDataProperty: 'remediation',
                                  rootData,
                                })
                              ) {
                                vErrors =
                                  vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs10 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.checks !== undefined) {
                                const _errs11 = errors;
                                if (
                                  !validate65(data.checks, {
                                    instancePath: instancePath + '/checks',
                                    parentData: data,
                                    parentDataProperty: 'checks',
                                    rootData,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs11 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.fix !== undefined) {
                                  const _errs12 = errors;
                                  if (
                                    !validate67(data.fix, {
                                      instancePath: instancePath + '/fix',
                                      parentData: data,
                                      parentDataProperty: 'fix',
                                      rootData,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate67.errors
                                        : vErrors.concat(validate67.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs12 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate47.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate43.errors = [
          {
            instancePath,
            schemaPath: '#/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'remove' || key0 === 'renumber' || key0 === 'update' || key0 === 'add')) {
            validate43.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.remove !== undefined) {
            let data0 = data.remove;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs4 = errors;
                  if (
                    !validate30(data0[i0], {
                      instancePath: instancePath + '/remove/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate43.errors = [
                  {
                    instancePath: instancePath + '/remove',
                    schemaPath: '#/properties/remove/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.renumber !== undefined) {
              let data2 = data.renumber;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  for (const key1 in data2) {
                    const _errs7 = errors;
                    if (
                      !validate30(key1, {
                        instancePath: instancePath + '/renumber',
                        parentData: data2,
                        parentDataProperty: 'renumber',
                        rootData,
                      })
                    ) {
                      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs7 === errors;
                    if (!valid2) {
                      const err0 = {
                        instancePath: instancePath + '/renumber',
                        schemaPath: '#/properties/renumber/propertyNames',
                        keyword: 'propertyNames',
                        params: { propertyName: key1 },
                        message: 'property name must be valid',
                      };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                      validate43.errors = vErrors;
                      return false;
                      break;
                    }
                  }
                  if (valid2) {
                    for (const key2 in data2) {
                      const _errs9 = errors;
                      if (
                        !validate30(data2[key2], {
                          instancePath:
                            instancePath + '/renumber/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                          parentData: data2,
                          parentDataProperty: key2,
                          rootData,
                        })
                      ) {
                        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs9 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  }
                } else {
                  validate43.errors = [
                    {
                      instancePath: instancePath + '/renumber',
                      schemaPath: '#/properties/renumber/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.update !== undefined) {
                let data4 = data.update;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (Array.isArray(data4)) {
                    var valid4 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs12 = errors;
                      if (
                        !validate47(data4[i1], {
                          instancePath: instancePath + '/update/' + i1,
                          parentData: data4,
                          parentDataProperty: i1,
                          rootData,
                        })
                      ) {
                        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                        errors = vErrors.length;
                      }
                      var valid4 = _errs12 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  } else {
                    validate43.errors = [
                      {
                        instancePath: instancePath + '/update',
                        schemaPath: '#/properties/update/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.add !== undefined) {
                  let data6 = data.add;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (Array.isArray(data6)) {
                      var valid5 = true;
                      const len2 = data6.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        let data7 = data6[i2];
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                            let missing0;
                            if (
                              (data7.after === undefined && (missing0 = 'after')) ||
                              (data7.rules === undefined && (missing0 = 'rules'))
                            ) {
                              validate43.errors = [
                                {
                                  instancePath: instancePath + '/add/' + i2,
                                  schemaPath: '#/properties/add/items/required',
                                  keyword: 'required',
                                  params: { missingProperty: missing0 },
                                  message: "must have required property '" + missing0 + "'",
                                },
                              ];
                              return false;
                            } else {
                              const _errs17 = errors;
                              for (const key3 in data7) {
                                if (!(key3 === 'after' || key3 === 'rules')) {
                                  validate43.errors = [
                                    {
                                      instancePath: instancePath + '/add/' + i2,
                                      schemaPath: '#/properties/add/items/additionalProperties',
                                      keyword: 'additionalProperties',
                                      params: { additionalProperty: key3 },
                                      message: 'must NOT have additional properties',
                                    },
                                  ];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs17 === errors) {
                                if (data7.after !== undefined) {
                                  const _errs18 = errors;
                                  if (
                                    !validate30(data7.after, {
                                      instancePath: instancePath + '/add/' + i2 + '/after',
                                      parentData: data7,
                                      parentDataProperty: 'after',
                                      rootData,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate30.errors
                                        : vErrors.concat(validate30.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid6 = _errs18 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data7.rules !== undefined) {
                                    let data9 = data7.rules;
                                    const _errs19 = errors;
                                    if (errors === _errs19) {
                                      if (Array.isArray(data9)) {
                                        if (data9.length < 1) {
                                          validate43.errors = [
                                            {
                                              instancePath: instancePath + '/add/' + i2 + '/rules',
                                              schemaPath: '#/properties/add/items/properties/rules/minItems',
                                              keyword: 'minItems',
                                              params: { limit: 1 },
                                              message: 'must NOT have fewer than 1 items',
                                            },
                                          ];
                                          return false;
                                        } else {
                                          var valid7 = true;
                                          const len3 = data9.length;
                                          for (let i3 = 0; i3 < len3; i3++) {
                                            const _errs21 = errors;
                                            if (
                                              !validate34(data9[i3], {
                                                instancePath: instancePath + '/add/' + i2 + '/rules/' + i3,
                                                parentData: data9,
                                                parentDataProperty: i3,
                                                rootData,
                                              })
                                            ) {
                                              vErrors =
                                                vErrors === null
                                                  ? validate34.errors
                                                  : vErrors.concat(validate34.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid7 = _errs21 === errors;
                                            if (!valid7) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate43.errors = [
                                          {
                                            instancePath: instancePath + '/add/' + i2 + '/rules',
                                            schemaPath: '#/properties/add/items/properties/rules/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs19 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            validate43.errors = [
                              {
                                instancePath: instancePath + '/add/' + i2,
                                schemaPath: '#/properties/add/items/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid5 = _errs15 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate43.errors = [
                        {
                          instancePath: instancePath + '/add',
                          schemaPath: '#/properties/add/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate43.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://github.com/aks-cis-gate/aks-cis-gate/rules/schema.json" */ let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  const _errs3 = errors;
  const _errs4 = errors;
  const _errs5 = errors;
  let valid2 = false;
  const _errs6 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.extends === undefined && (missing0 = 'extends')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid1 = _errs6 === errors;
  valid2 = valid2 || _valid1;
  if (!valid2) {
    const _errs7 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1;
      if (data.changes === undefined && (missing1 = 'changes')) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    valid2 = valid2 || _valid1;
  }
  if (!valid2) {
    const err2 = {};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs5;
    if (vErrors !== null) {
      if (_errs5) {
        vErrors.length = _errs5;
      } else {
        vErrors = null;
      }
    }
  }
  var valid1 = _errs4 === errors;
  if (valid1) {
    const err3 = {
      instancePath,
      schemaPath: '#/oneOf/0/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
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
  if (errors === _errs2) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing2;
      if (
        (data.sections === undefined && (missing2 = 'sections')) ||
        (data.rules === undefined && (missing2 = 'rules'))
      ) {
        const err4 = {
          instancePath,
          schemaPath: '#/oneOf/0/required',
          keyword: 'required',
          params: { missingProperty: missing2 },
          message: "must have required property '" + missing2 + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs8 = errors;
  const _errs9 = errors;
  const _errs10 = errors;
  const _errs11 = errors;
  let valid4 = false;
  const _errs12 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing3;
    if (data.sections === undefined && (missing3 = 'sections')) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid2 = _errs12 === errors;
  valid4 = valid4 || _valid2;
  if (!valid4) {
    const _errs13 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing4;
      if (data.rules === undefined && (missing4 = 'rules')) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid2 = _errs13 === errors;
    valid4 = valid4 || _valid2;
  }
  if (!valid4) {
    const err7 = {};
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  } else {
    errors = _errs11;
    if (vErrors !== null) {
      if (_errs11) {
        vErrors.length = _errs11;
      } else {
        vErrors = null;
      }
    }
  }
  var valid3 = _errs10 === errors;
  if (valid3) {
    const err8 = {
      instancePath,
      schemaPath: '#/oneOf/1/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs9;
    if (vErrors !== null) {
      if (_errs9) {
        vErrors.length = _errs9;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === _errs8) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing5;
      if (
        (data.extends === undefined && (missing5 = 'extends')) ||
        (data.changes === undefined && (missing5 = 'changes'))
      ) {
        const err9 = {
          instancePath,
          schemaPath: '#/oneOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing5 },
          message: "must have required property '" + missing5 + "'",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs8 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err10 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing6;
      if (
        (data.id === undefined && (missing6 = 'id')) ||
        (data.family === undefined && (missing6 = 'family')) ||
        (data.title === undefined && (missing6 = 'title')) ||
        (data.version === undefined && (missing6 = 'version')) ||
        (data.source === undefined && (missing6 = 'source'))
      ) {
        validate21.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing6 },
            message: "must have required property '" + missing6 + "'",
          },
        ];
        return false;
      } else {
        const _errs14 = errors;
        for (const key0 in data) {
          if (!func2.call(schema6.properties, key0)) {
            validate21.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs14 === errors) {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs15 = errors;
            if (errors === _errs15) {
              if (typeof data0 === 'string') {
                if (!pattern0.test(data0)) {
                  validate21.errors = [
                    {
                      instancePath: instancePath + '/id',
                      schemaPath: '#/properties/id/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^cis-[a-z-]+-v?[0-9][0-9a-z.-]*$' },
                      message: 'must match pattern "' + '^cis-[a-z-]+-v?[0-9][0-9a-z.-]*$' + '"',
                    },
                  ];
                  return false;
                }
              } else {
                validate21.errors = [
                  {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid5 = _errs15 === errors;
          } else {
            var valid5 = true;
          }
          if (valid5) {
            if (data.family !== undefined) {
              let data1 = data.family;
              const _errs17 = errors;
              if (!(data1 === 'cis-kubernetes' || data1 === 'cis-aks' || data1 === 'cis-azure-linux')) {
                validate21.errors = [
                  {
                    instancePath: instancePath + '/family',
                    schemaPath: '#/properties/family/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema6.properties.family.enum },
                    message: 'must be equal to one of the allowed values',
                  },
                ];
                return false;
              }
              var valid5 = _errs17 === errors;
            } else {
              var valid5 = true;
            }
            if (valid5) {
              if (data.title !== undefined) {
                const _errs18 = errors;
                if (
                  !validate22(data.title, {
                    instancePath: instancePath + '/title',
                    parentData: data,
                    parentDataProperty: 'title',
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid5 = _errs18 === errors;
              } else {
                var valid5 = true;
              }
              if (valid5) {
                if (data.version !== undefined) {
                  const _errs19 = errors;
                  if (
                    !validate22(data.version, {
                      instancePath: instancePath + '/version',
                      parentData: data,
                      parentDataProperty: 'version',
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid5 = _errs19 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data.source !== undefined) {
                    const _errs20 = errors;
                    if (
                      !validate22(data.source, {
                        instancePath: instancePath + '/source',
                        parentData: data,
                        parentDataProperty: 'source',
                        rootData,
                      })
                    ) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid5 = _errs20 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data.kubernetes !== undefined) {
                      let data5 = data.kubernetes;
                      const _errs21 = errors;
                      if (errors === _errs21) {
                        if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                          if (Object.keys(data5).length < 1) {
                            validate21.errors = [
                              {
                                instancePath: instancePath + '/kubernetes',
                                schemaPath: '#/properties/kubernetes/minProperties',
                                keyword: 'minProperties',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 properties',
                              },
                            ];
                            return false;
                          } else {
                            const _errs23 = errors;
                            for (const key1 in data5) {
                              if (!(key1 === 'min' || key1 === 'max')) {
                                validate21.errors = [
                                  {
                                    instancePath: instancePath + '/kubernetes',
                                    schemaPath: '#/properties/kubernetes/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key1 },
                                    message: 'must NOT have additional properties',
                                  },
                                ];
                                return false;
                                break;
                              }
                            }
                            if (_errs23 === errors) {
                              if (data5.min !== undefined) {
                                const _errs24 = errors;
                                if (
                                  !validate26(data5.min, {
                                    instancePath: instancePath + '/kubernetes/min',
                                    parentData: data5,
                                    parentDataProperty: 'min',
                                    rootData,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                  errors = vErrors.length;
                                }
                                var valid6 = _errs24 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data5.max !== undefined) {
                                  const _errs25 = errors;
                                  if (
                                    !validate26(data5.max, {
                                      instancePath: instancePath + '/kubernetes/max',
                                      parentData: data5,
                                      parentDataProperty: 'max',
                                      rootData,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate26.errors
                                        : vErrors.concat(validate26.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid6 = _errs25 === errors;
                                } else {
                                  var valid6 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate21.errors = [
                            {
                              instancePath: instancePath + '/kubernetes',
                              schemaPath: '#/properties/kubernetes/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid5 = _errs21 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data.sections !== undefined) {
                        let data8 = data.sections;
                        const _errs26 = errors;
                        if (errors === _errs26) {
                          if (Array.isArray(data8)) {
                            if (data8.length < 1) {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/sections',
                                  schemaPath: '#/properties/sections/minItems',
                                  keyword: 'minItems',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 items',
                                },
                              ];
                              return false;
                            } else {
                              var valid7 = true;
                              const len0 = data8.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs28 = errors;
                                if (
                                  !validate29(data8[i0], {
                                    instancePath: instancePath + '/sections/' + i0,
                                    parentData: data8,
                                    parentDataProperty: i0,
                                    rootData,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                  errors = vErrors.length;
                                }
                                var valid7 = _errs28 === errors;
                                if (!valid7) {
                                  break;
                                }
                              }
                            }
                          } else {
                            validate21.errors = [
                              {
                                instancePath: instancePath + '/sections',
                                schemaPath: '#/properties/sections/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid5 = _errs26 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data.rules !== undefined) {
                          let data10 = data.rules;
                          const _errs29 = errors;
                          if (errors === _errs29) {
                            if (Array.isArray(data10)) {
                              if (data10.length < 1) {
                                validate21.errors = [
                                  {
                                    instancePath: instancePath + '/rules',
                                    schemaPath: '#/properties/rules/minItems',
                                    keyword: 'minItems',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 items',
                                  },
                                ];
                                return false;
                              } else {
                                var valid8 = true;
                                const len1 = data10.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs31 = errors;
                                  if (
                                    !validate34(data10[i1], {
                                      instancePath: instancePath + '/rules/' + i1,
                                      parentData: data10,
                                      parentDataProperty: i1,
                                      rootData,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate34.errors
                                        : vErrors.concat(validate34.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid8 = _errs31 === errors;
                                  if (!valid8) {
                                    break;
                                  }
                                }
                              }
                            } else {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/rules',
                                  schemaPath: '#/properties/rules/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid5 = _errs29 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data.extends !== undefined) {
                            const _errs32 = errors;
                            if (typeof data.extends !== 'string') {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/extends',
                                  schemaPath: '#/properties/extends/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid5 = _errs32 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data.changes !== undefined) {
                              const _errs34 = errors;
                              if (
                                !validate43(data.changes, {
                                  instancePath: instancePath + '/changes',
                                  parentData: data,
                                  parentDataProperty: 'changes',
                                  rootData,
                                })
                              ) {
                                vErrors =
                                  vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                errors = vErrors.length;
                              }
                              var valid5 = _errs34 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
