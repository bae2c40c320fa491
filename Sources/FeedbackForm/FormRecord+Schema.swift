extension FormRecord {
    /// The JSON Schema (draft 2020-12) of a record, as `docxforms schema` prints
    /// it. Tests validate real output against it; change both together and
    /// raise ``schemaVersion`` when a consumer would notice.
    public static let jsonSchema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://docxforms.invalid/schema/form-record-1.json",
      "title": "docxforms form record",
      "description": "One filled feedback-and-assessment form (HAN, wpl2), or the error of a file that could not be read.",
      "oneOf": [
        { "$ref": "#/$defs/record" },
        { "$ref": "#/$defs/failure" }
      ],
      "$defs": {
        "text": { "type": ["string", "null"] },
        "source": {
          "type": "object",
          "required": ["part", "path", "method"],
          "properties": {
            "part": { "type": "string" },
            "path": { "type": "string" },
            "method": { "type": "string" }
          },
          "additionalProperties": false
        },
        "location": {
          "type": "object",
          "required": ["part", "path"],
          "properties": { "part": { "type": "string" }, "path": { "type": "string" } },
          "additionalProperties": false
        },
        "remark": {
          "type": "object",
          "required": ["text"],
          "properties": {
            "author": { "$ref": "#/$defs/text" },
            "date": { "$ref": "#/$defs/text" },
            "text": { "type": "string" },
            "anchor": { "$ref": "#/$defs/text" },
            "outcome": { "$ref": "#/$defs/text" }
          },
          "additionalProperties": false
        },
        "indicator": {
          "type": "object",
          "required": ["id", "text", "seen"],
          "properties": {
            "id": { "$ref": "#/$defs/text" },
            "text": { "type": "string" },
            "seen": { "type": ["boolean", "null"] },
            "similarity": { "type": "number", "minimum": 0, "maximum": 1 }
          },
          "additionalProperties": false
        },
        "outcome": {
          "type": "object",
          "required": ["id", "name", "judgement", "confidence", "selfReflection", "feedback", "indicators"],
          "properties": {
            "id": { "type": "string" },
            "name": { "type": "string" },
            "judgement": { "enum": ["voldaan", "niet-voldaan", null] },
            "confidence": { "type": ["boolean", "null"] },
            "selfReflection": { "$ref": "#/$defs/text" },
            "feedback": { "$ref": "#/$defs/text" },
            "indicatorsSeenFeedback": { "type": "string" },
            "developmentMade": { "type": "string" },
            "developmentToMake": { "type": "string" },
            "goal": { "type": "string" },
            "learningActivities": { "type": "string" },
            "successCriteria": { "type": "string" },
            "indicators": { "type": "array", "items": { "$ref": "#/$defs/indicator" } },
            "assessment": { "enum": ["summative-intermediate", "summative", "formative"] },
            "role": { "enum": ["assess-and-guide", "guide-and-feedback", "assess", "feedback", "none"] },
            "subject": { "type": "string" },
            "ects": { "type": "integer", "minimum": 1 },
            "starred": { "type": "boolean" }
          },
          "additionalProperties": false
        },
        "record": {
          "type": "object",
          "required": ["schemaVersion", "source", "kind", "student", "subject", "moment", "date", "outcomes", "skills",
                       "signatures", "comments", "insertions", "sections", "sources", "diagnostics"],
          "properties": {
            "schemaVersion": { "const": 1 },
            "source": { "type": "string" },
            "kind": { "enum": ["form", "blank-form", "not-a-form"] },
            "student": {
              "type": "object",
              "required": ["name", "number"],
              "properties": { "name": { "$ref": "#/$defs/text" }, "number": { "$ref": "#/$defs/text" } },
              "additionalProperties": false
            },
            "subject": {
              "oneOf": [
                { "type": "null" },
                {
                  "type": "object",
                  "required": ["name"],
                  "properties": { "code": { "$ref": "#/$defs/text" }, "name": { "type": "string" } },
                  "additionalProperties": false
                }
              ]
            },
            "moment": { "enum": ["startgesprek", "tussenevaluatie", "eindbeoordeling", null] },
            "date": { "oneOf": [{ "type": "null" }, { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }] },
            "school": { "$ref": "#/$defs/text" },
            "supervisor": { "$ref": "#/$defs/text" },
            "schoolTeacherEducator": { "$ref": "#/$defs/text" },
            "instituteTeacherEducator": { "$ref": "#/$defs/text" },
            "lessonsGiven": { "$ref": "#/$defs/text" },
            "outcomes": { "type": "array", "items": { "$ref": "#/$defs/outcome" } },
            "skills": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "phase"],
                "properties": {
                  "id": { "type": "string" },
                  "phase": { "enum": ["beginfase", "groeifase", "vergevorderde-fase", null] }
                },
                "additionalProperties": false
              }
            },
            "signatures": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["role"],
                "properties": {
                  "role": { "type": "string" },
                  "name": { "$ref": "#/$defs/text" },
                  "date": { "$ref": "#/$defs/text" }
                },
                "additionalProperties": false
              }
            },
            "comments": { "type": "array", "items": { "$ref": "#/$defs/remark" } },
            "insertions": { "type": "array", "items": { "$ref": "#/$defs/remark" } },
            "sections": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["kind", "title", "text", "location"],
                "properties": {
                  "kind": { "type": "string" },
                  "title": { "type": "string" },
                  "text": { "type": "string" },
                  "location": { "$ref": "#/$defs/location" }
                },
                "additionalProperties": false
              }
            },
            "sources": { "type": "object", "additionalProperties": { "$ref": "#/$defs/source" } },
            "diagnostics": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["code", "severity", "message", "where"],
                "properties": {
                  "code": { "type": "string", "pattern": "^[a-z]+\\.[a-z-]+$" },
                  "severity": { "enum": ["info", "warning", "error"] },
                  "message": { "type": "string" },
                  "where": { "type": "string" }
                },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false
        },
        "failure": {
          "type": "object",
          "required": ["source", "error"],
          "properties": {
            "source": { "type": "string" },
            "error": {
              "type": "object",
              "required": ["code", "exit", "message"],
              "properties": {
                "code": { "type": "string" },
                "exit": { "type": "integer", "description": "The exit status convert gives the file (README, Exit statuses)." },
                "message": { "type": "string" }
              },
              "additionalProperties": false
            }
          },
          "additionalProperties": false
        }
      }
    }
    """#
}
