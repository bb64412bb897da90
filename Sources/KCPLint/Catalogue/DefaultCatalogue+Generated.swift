// swift-format-ignore-file
// Generated from Rules/*.yaml. Do not edit: run `KCPLINT_RECORD=1 swift test --filter GeneratedFiles`.

/// The default catalogue files, compiled into the library.
enum DefaultCatalogueFiles {
    static let files: [(name: String, text: String)] = [
        ("00-catalogue.yaml", #####"""
# kcplint default catalogue: PortOne v1 × NHN KCP.
# Format reference: Rules/FORMAT.md. Rule reference (generated): Rules/README.md.
catalogue: kcp
version: 1
description: >-
  Request constraints of the NHN KCP gateway through PortOne's v1 API: the browser SDK call
  IMP.request_pay (payments and billing-key issuance) and the REST calls /subscribe/payments/onetime,
  /subscribe/customers/{customer_uid}, /subscribe/payments/again and /subscribe/payments/schedule.
policy: |-
  error   = PortOne or KCP will reject the request, or silently do the wrong thing with it.
  warning = very likely a bug, deprecated, or not documented for KCP.
  info    = advice: the request works, but something is worth knowing.
  A payload that follows PortOne's documentation draws no error and no warning from a rule that the
  documentation does not support. Where sources disagree, the rule's rationale says which one wins
  (order: the current KCP page, the v1 OpenAPI schema, the SDK parameter reference, other PortOne
  pages, PortOne's SDK wrappers, the legacy manual).

# Detection order matters: the first kind whose `detect` holds wins.
kinds:
  - id: rest-schedule
    title: {en: "POST /subscribe/payments/schedule", ko: "POST /subscribe/payments/schedule (예약 결제)"}
    endpoint: POST /subscribe/payments/schedule
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    # A top-level `schedule_at` with a `customer_uid` and no `pay_method` is a schedule written flat (then
    # schedule-flat says how to nest it); an SDK request with a stray `schedule_at` stays an SDK request.
    detect:
      any:
        - present: schedules
        - all: [{present: schedule_at}, {present: customer_uid}, {absent: pay_method}]

  - id: rest-onetime
    title: {en: "POST /subscribe/payments/onetime", ko: "POST /subscribe/payments/onetime (수기 결제)"}
    endpoint: POST /subscribe/payments/onetime
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    detect:
      all:
        - present: card_number
        - any: [{present: merchant_uid}, {present: amount}]

  - id: rest-billing-key
    title: {en: "POST /subscribe/customers/{customer_uid}", ko: "POST /subscribe/customers/{customer_uid} (빌링키 발급)"}
    endpoint: POST /subscribe/customers/{customer_uid}
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    detect:
      any:
        - present: card_number
        - present: pwd_2digit
        - present: customer_name
        - present: customer_tel
        - present: customer_email

  - id: sdk-billing-key
    title: {en: "IMP.request_pay issuing a billing key", ko: "IMP.request_pay 빌링키 발급"}
    endpoint: IMP.request_pay(param) with customer_uid
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    detect:
      all:
        - present: customer_uid
        - any:
            # A KCP payment channel alone does not make a billing window: /again bodies carry a stray `pg`
            # too, and the window needs `kcp_billing` anyway; nor does a blank one (PHP clients send `pg: ''`).
            # Any other `pg` (kcp_billing, another gateway's) does.
            - all: [{path: pg, matches: '\S'}, {not: {path: pg, matches: '(?i)^\s*kcp\s*(\.|$)'}}]
            - any: &sdk-markers
                - {present: channelKey}
                - {present: pay_method}
                - {present: m_redirect_url}
                - {present: app_scheme}
                - {present: display}
                - {present: card}
                - {present: appCard}
                - {present: escrow}
                - {present: kcpProducts}
                - {present: prefill}
                - {present: language}
                - {present: company}
                - {present: vbank_due}
                - {present: digital}
                - {present: auth_mode}
                - {present: confirm_url}
                - {present: popup}
            # Not markers: `bypass` and `custom_data` are strings on REST, but merchants also send objects there.

  - id: sdk-payment
    title: {en: "IMP.request_pay for a payment", ko: "IMP.request_pay 일반 결제"}
    endpoint: IMP.request_pay(param)
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    detect:
      all:
        - absent: customer_uid
        - absent: card_number
        - any:
            - present: pg
            - any: *sdk-markers
            - present: merchant_uid
            - present: amount

  - id: rest-again
    title: {en: "POST /subscribe/payments/again", ko: "POST /subscribe/payments/again (빌링키 결제)"}
    endpoint: POST /subscribe/payments/again
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    detect:
      present: customer_uid

rules:
  # ---------------------------------------------------------------- reader and engine built-ins
  - id: json-syntax
    builtin: true
    title: {en: "The payload is not valid JSON", ko: "JSON 문법 오류"}
    severity: error
    rationale: >-
      PortOne parses request bodies as JSON and the SDK receives a JavaScript object; a payload file
      that is not RFC 8259 JSON (comments, trailing commas, single quotes, invalid UTF-8) cannot be
      what is sent.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000,}'
          pointer: ""

  - id: json-duplicate-key
    builtin: true
    title: {en: "A key appears twice in one object", ko: "한 객체에 같은 키가 두 번 있음"}
    severity: error
    rationale: >-
      JSON parsers disagree on duplicate keys (some keep the first value, some the last), so a payment
      body with `amount` twice is ambiguous. kcplint reports the second key and checks the first value.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "amount": 100}'
          pointer: /amount

  - id: json-bom
    builtin: true
    title: {en: "The file starts with a byte-order mark", ko: "파일이 BOM으로 시작함"}
    severity: warning
    rationale: >-
      RFC 8259 forbids a byte-order mark in JSON sent over a network; some HTTP clients send it as part
      of the body. The rest of the document is still checked.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: "\uFEFF{\"merchant_uid\": \"order-1\", \"amount\": 1000, \"pay_method\": \"card\"}"
          pointer: ""

  - id: json-limit
    builtin: true
    title: {en: "The payload exceeds a reader limit", ko: "입력이 읽기 한도를 넘음"}
    severity: error
    rationale: >-
      Request bodies are small; a file larger than the size limit or nested deeper than the depth
      limit is not a payment request, and reading it without bounds would put the tool (or a service
      using the library) at risk.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "custom_data": {"a": [[1]]}}']
      invalid:
        - payload: '{"pay_method": "card", "custom_data": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}'
          pointer: ""

  - id: payload-shape
    builtin: true
    title: {en: "The payload is not a request object", ko: "요청 객체가 아님"}
    severity: error
    rationale: >-
      IMP.request_pay takes one object and every REST body is a JSON object. A payload file may also
      hold an array of request objects, each checked on its own.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['[{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}]']
      invalid:
        - payload: '"merchant_uid=order-1&amount=1000"'
          pointer: ""
        - payload: '[]'
          pointer: ""

  - id: kind-unknown
    builtin: true
    title: {en: "The request kind cannot be told", ko: "요청 종류를 판별할 수 없음"}
    severity: error
    rationale: >-
      Which constraints apply depends on the call (IMP.request_pay or one of four REST endpoints). When
      no kind's detection holds, kcplint says so instead of guessing; pass --kind to choose.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"order": "order-1", "price": 1000}'
          pointer: ""

  - id: field-unknown
    builtin: true
    title: {en: "Unknown member", ko: "알 수 없는 파라미터"}
    severity: warning
    message:
      en: "`{name}` is not a parameter of this request{suggestion}"
      ko: "`{name}`은(는) 이 요청의 파라미터가 아닙니다{suggestion}"
    rationale: >-
      PortOne ignores parameters it does not know, so a misspelled key (`merchantUid`,
      `buyer_postalcode`) silently drops the value. The suggestion comes from the field dictionary.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchantUid": "order-1", "amount": 1000, "pay_method": "card"}'
          pointer: /merchantUid

  - id: field-type
    builtin: true
    title: {en: "Wrong JSON type", ko: "잘못된 JSON 타입"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {actual}"
      ko: "`{field}`에는 {expected} 값을 보내야 하는데 {actual}입니다"
    rationale: >-
      PortOne documents a type for every parameter; a string where a number or boolean belongs
      (`"amount": "10,000"`, `"escrow": "false"`) is either rejected or read the wrong way. When the
      string converts plainly (`"3000"`, `"false"`), the finding offers the converted value as a fix.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": "1000", "pay_method": "card"}'
          pointer: /amount

  - id: field-enum
    builtin: true
    title: {en: "Value not allowed", ko: "허용되지 않는 값"}
    severity: error
    message:
      en: "`{field}` must be one of {expected}, found {value}"
      ko: "`{field}` 값은 {expected} 중 하나여야 하는데 {value}입니다"
    rationale: The parameter takes only the documented values.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "language": "en"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "language": "kr"}'
          pointer: /language

  - id: field-format
    builtin: true
    title: {en: "Value in the wrong format", ko: "값의 형식이 잘못됨"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {value}"
      ko: "`{field}`에는 {expected} 값을 보내야 하는데 {value}입니다"
    rationale: The parameter has a documented format (URL, date, card expiry, digits).
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "m_redirect_url": "https://shop.example.com/done"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "m_redirect_url": "/payments/done"}'
          pointer: /m_redirect_url

  - id: field-length
    builtin: true
    title: {en: "Value too long or too short", ko: "값의 길이가 허용 범위를 벗어남"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {actual}"
      ko: "`{field}`의 길이가 허용 범위({expected})를 벗어납니다 (현재 {actual})"
    rationale: PortOne's v1 API schema limits the length of identifiers and buyer fields.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"customer_uid": "cust-1", "merchant_uid": "order-1", "amount": 1000}']
      invalid:
        - payload: '{"customer_uid": "cust-1", "merchant_uid": "order-0123456789-0123456789-0123456789-0123456789", "amount": 1000}'
          pointer: /merchant_uid

  - id: field-range
    builtin: true
    title: {en: "Number out of range", ko: "숫자가 허용 범위를 벗어남"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {value}"
      ko: "`{field}` 값 {value}은(는) 허용 범위({expected})를 벗어납니다"
    rationale: The parameter has a documented numeric range.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"customer_uid": "cust-1", "merchant_uid": "order-1", "amount": 1000}']
      invalid:
        - payload: '{"customer_uid": "cust-1", "merchant_uid": "order-1", "amount": -1000}'
          pointer: /amount

  - id: field-items
    builtin: true
    title: {en: "Wrong number of items", ko: "배열 항목 수가 잘못됨"}
    severity: error
    message:
      en: "`{field}` must have {expected}, found {actual}"
      ko: "`{field}`에는 항목이 {expected} 있어야 하는데 {actual}입니다"
    rationale: The array has a documented number of items.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    examples:
      valid: ['{"customer_uid": "cust-1", "schedules": [{"merchant_uid": "order-1", "schedule_at": 1798729200, "amount": 1000}]}']
      invalid:
        - payload: '{"customer_uid": "cust-1", "schedules": []}'
          pointer: /schedules

  - id: field-required
    builtin: true
    title: {en: "Required member missing", ko: "필수 파라미터 누락"}
    severity: error
    message:
      en: "`{field}` is required"
      ko: "`{field}`은(는) 필수입니다"
    rationale: The member is documented as required wherever its parent object is sent.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "escrow": true, "kcpProducts": [{"orderNumber": "p-1", "name": "상품A", "quantity": 1, "amount": 1000}]}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "escrow": true, "kcpProducts": [{"orderNumber": "p-1", "name": "상품A", "quantity": 1}]}'
          pointer: /kcpProducts/0/amount

  - id: field-deprecated
    builtin: true
    title: {en: "Deprecated member", ko: "지원 중단 예정 파라미터"}
    severity: warning
    message:
      en: "`{field}` is deprecated: {expected}"
      ko: "`{field}`은(는) 지원 중단 예정 파라미터입니다: {expected}"
    rationale: PortOne marks the member as deprecated and names its replacement.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
        # A null or blank member is one left unset (PHP clients send every member), not a use of it.
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pg": "", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pg": null, "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
      invalid:
        - payload: '{"pg": "kcp.AO09C", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
          pointer: /pg
        # An info about the value (an unusual site code) does not hide the deprecation.
        - payload: '{"pg": "kcp.kakaopay", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
          pointer: /pg

  - id: diagnostics-truncated
    builtin: true
    title: {en: "Too many diagnostics", ko: "진단이 너무 많음"}
    severity: info
    rationale: >-
      After the per-file limit kcplint stops listing diagnostics for the file and says how many were
      left out, so one broken file cannot flood a CI log.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: suppression-unused
    builtin: true
    title: {en: "A suppression that matches no finding", ko: "걸리는 진단이 없는 억제 설정"}
    severity: warning
    rationale: >-
      Reported at a `suppress` entry of `.kcplint.yml` that names a file the run checked, when no finding of
      its rules was dropped there: the problem was fixed or the target moved, and a stale suppression would
      silently hide the next real finding at that place. Entries that name no checked file say nothing, so
      a pre-commit run over a few files does not call the others unused. Not about payloads: no payload
      example draws it (the CLI tests do).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: suppression-expired
    builtin: true
    title: {en: "A suppression past its `until` day", ko: "`until` 날짜가 지난 억제 설정"}
    severity: warning
    rationale: >-
      Reported at the `until` of a `suppress` entry once the day has passed (in Korea time, or at `--now`):
      the findings it covered are reported again, and the entry should be removed once they are fixed, or
      given a new day. Not about payloads: no payload example draws it (the CLI tests do).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: baseline-stale
    builtin: true
    title: {en: "A baseline entry no finding matches", ko: "진단이 나오지 않는 기준선 항목"}
    severity: info
    rationale: >-
      Reported at the line of a baseline entry whose file was checked but had fewer findings of that rule at
      that pointer than the entry holds: the problem was fixed (or suppressed, or its rule turned off), and
      `--write-baseline` shrinks the baseline so that the problem cannot come back unnoticed. Not about
      payloads: no payload example draws it (the CLI tests do).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: secret-card-number
    builtin: true
    title: {en: "A real card number in the payload", ko: "페이로드에 실제 카드번호가 있음"}
    severity: warning
    rationale: >-
      Payload files end up in repositories, CI logs and tickets. A 13-19 digit string with a card-network
      prefix that passes the Luhn check is very likely a real card number (published test card numbers
      such as 4111-1111-1111-1111 are excepted). kcplint reports where it is without printing it, and
      masks it everywhere it prints payload text.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid:
        - {merchant_uid: order-1, amount: 1000, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '880214'}
      invalid:
        - payload: {pay_method: card, merchant_uid: order-1, amount: 1000, custom_data: {card: "4563-1912-3456-7897"}}
          pointer: /custom_data/card

  - id: secret-credential
    builtin: true
    title: {en: "A PortOne API credential in the payload", ko: "페이로드에 포트원 API 인증 정보가 있음"}
    severity: warning
    rationale: >-
      The REST API key and secret (`imp_key`, `imp_secret`) and access tokens belong in the server's
      secret store, not in request bodies or committed payload files. kcplint reports the member without
      printing its value.
    source: https://developers.portone.io/api/rest-v1/auth?v=v1
    examples:
      valid:
        - {customer_uid: cust-1, merchant_uid: order-1, amount: 1000}
      invalid:
        - payload: {customer_uid: cust-1, merchant_uid: order-1, amount: 1000, imp_secret: "Zq8kR2vN5xT1bL7mW3cJ9pF4hD6sG0aYeUiOtQwErTyUiOpAsDfGhJkLzXcVbNm1234567890abcdefgh"}
          pointer: /imp_secret
"""#####),
        ("10-sdk-fields.yaml", #####"""
# Field dictionary of the browser SDK kinds: IMP.request_pay for a payment (sdk-payment) and for a
# billing key through the KCP window (sdk-billing-key).
# Sources: the current PortOne v1 NHN KCP page, the v1 SDK parameter reference (payrq), and
# docs/kcp-reference.md sections 1.2-1.6. Rules that need more than a type or a limit live in
# 20-sdk-rules.yaml.
#
# Encoded here instead of as a rule (a rule at the same pointer would replace the built-in finding):
# - KCP-CH-002 (`pg` deprecated): `pg` is `deprecated` with `replacement: channelKey` (field-deprecated,
#   warning). The built-in field-deprecated example in 00-catalogue.yaml relies on it.
# - KCP-MISC-001 (`language` not `ko`/`en`): `language` has `enum: [ko, en]` with `severity: warning`
#   (field-enum). The built-in field-enum example in 00-catalogue.yaml relies on it.
# - KCP-URL-002 for `m_redirect_url` and `confirm_url`: `format: url` (field-format). `notice_url`
#   (a string or an array of strings) is checked by the rule `notice-url-absolute`.
# - KCP-ESC-001 (`kcpProducts` items): the four members are `required` with their types
#   (field-required, field-type). The built-in field-required example in 00-catalogue.yaml relies
#   on it.
# - KCP-BP-006 (unknown `bypass` key): `bypass` has a closed dictionary per kind (payment: the seven
#   keys of the KCP page; billing key: `site_logo`, `batch_birth_day_yn`), so an unknown key draws
#   field-unknown with a did-you-mean. Changed from info to field-unknown's warning: a misspelt
#   bypass key (`shop_userid`) silently drops the value, which is exactly what field-unknown is for,
#   and "undocumented" is a warning under the catalogue policy.
# - `escrow` is accepted on a billing key (the React Native and Flutter wrappers send `escrow: false`
#   with every request); `escrow: true` there draws the info `billing-key-escrow-ignored`.
# - `amount` is typed `number`, not `integer`: the rule amount-not-integer reports a value with a
#   fraction, and `100.0` (which the SDK receives as 100) is a whole number of won.
catalogue: kcp-sdk-fields
version: 1
description: >-
  Field dictionary of IMP.request_pay (PortOne v1 JavaScript SDK) for NHN KCP payments and billing
  keys issued through the KCP window.

fieldSets:
  # Members of every IMP.request_pay call to KCP.
  sdk-common:
    channelKey:
      type: string
      title: {en: "Channel key", ko: "채널키"}
    pg:
      type: string
      title: {en: "PG code (deprecated)", ko: "PG사 구분코드 (지원 중단 예정)"}
      deprecated:
        en: "upgrade to the latest JavaScript SDK and select the channel with `channelKey` (PortOne console: Integration > Integration info > Channel management)"
        ko: "JS SDK를 최신 버전으로 업그레이드한 후 `channelKey` 파라미터로 채널을 지정하세요 (포트원 콘솔 [결제 연동] > [연동 정보] > [채널 관리])"
      replacement: channelKey
    pay_method:
      type: string
      title: {en: "Payment method code", ko: "결제수단 구분코드"}
    merchant_uid:
      type: string
      title: {en: "Merchant order number", ko: "고객사 주문 고유 번호"}
      maxLength: 40
      required: true
    name:
      type: string
      title: {en: "Order name", ko: "주문명"}
    currency:
      type: string
      title: {en: "Currency", ko: "결제통화 구분코드"}
    buyer_name:
      type: string
      title: {en: "Buyer name", ko: "구매자 이름"}
    buyer_email:
      type: string
      title: {en: "Buyer e-mail", ko: "구매자 이메일"}
    buyer_tel:
      type: string
      title: {en: "Buyer phone number", ko: "구매자 연락처"}
    buyer_addr:
      type: string
      title: {en: "Buyer address", ko: "구매자 주소"}
    buyer_postcode:
      type: string
      title: {en: "Buyer postcode", ko: "구매자 우편번호"}
    m_redirect_url:
      type: string
      format: url
      title: {en: "Redirect URL after a mobile payment", ko: "모바일 결제 완료 후 리디렉션될 URL"}
    app_scheme:
      type: string
      title: {en: "App URL scheme (WebView)", ko: "앱 복귀용 URL scheme (WebView)"}
    notice_url:
      type: [string, array]
      items: {type: string}
      title: {en: "Webhook URL(s) for this payment", ko: "웹훅 수신 URL"}
    confirm_url:
      type: string
      format: url
      title: {en: "Confirm-process endpoint", ko: "confirm process 엔드포인트 URL"}
    custom_data:
      type: any
      title: {en: "Merchant data echoed back", ko: "사용자 정의 데이터"}
    language:
      type: string
      enum: [ko, en]
      severity: warning
      title: {en: "Payment window language", ko: "결제창 언어"}
    company:
      type: string
      title: {en: "Merchant name shown in the window", ko: "결제창에 표시될 상호명"}
    # Generic IMP.request_pay parameters that merchants also send on billing-key windows.
    digital:
      type: boolean
      title: {en: "Digital goods (phone payments)", ko: "디지털 상품 여부 (휴대폰 소액결제)"}
    popup:
      type: boolean
      title: {en: "Open the window as a popup", ko: "팝업 방식 결제창 호출"}

  # The `card` object (card company direct call or card list); used by both kinds so that the
  # rule card-direct-billing-key can say what KCP does with it on a billing-key window.
  sdk-card:
    card:
      type: object
      title: {en: "Card options", ko: "카드 결제 세부 설정"}
      properties:
        direct:
          type: object
          title: {en: "Card company direct call", ko: "카드사 다이렉트 호출 정보"}
          properties:
            code:
              type: string
              title: {en: "Card company code", ko: "카드사 코드"}
            quota:
              type: integer
              title: {en: "Fixed installment months (+ card-point offset)", ko: "고정 할부개월수 (카드사 포인트 사용 시 가산)"}
        detail:
          type: array
          title: {en: "Card companies shown in the window", ko: "카드사 렌더링 정보"}
          items:
            type: object
            properties:
              card_code:
                type: string
                title: {en: "Card company code or *", ko: "카드사 코드 또는 *"}
              enabled:
                type: boolean
                title: {en: "Shown or not", ko: "렌더링 여부"}
              max_month:
                type: integer
                title: {en: "Merchant-paid interest-free months (not KCP)", ko: "상점 부담 무이자 최대 개월수 (KCP 미지원)"}

  # Members only meaningful for a payment window.
  sdk-payment-extra:
    amount:
      type: number
      minimum: 0
      required: true
      title: {en: "Amount (KRW)", ko: "결제금액"}
    escrow:
      type: boolean
      title: {en: "Escrow payment", ko: "에스크로 결제 여부"}
    kcpProducts:
      type: array
      title: {en: "KCP escrow cart items", ko: "KCP 에스크로 장바구니 상품 정보"}
      items:
        type: object
        properties:
          orderNumber:
            type: string
            required: true
            title: {en: "Item order number", ko: "상품주문번호"}
          name:
            type: string
            required: true
            title: {en: "Item name", ko: "상품명"}
          quantity:
            type: integer
            required: true
            title: {en: "Quantity", ko: "수량"}
          amount:
            type: integer
            required: true
            title: {en: "Item price", ko: "상품 가격"}
    products:
      type: array
      items: {type: object, open: true}
      title: {en: "Toss Payments escrow items (not KCP)", ko: "토스페이먼츠 에스크로 상품 정보 (KCP 미지원)"}
    tax_free:
      type: number
      title: {en: "Tax-free portion of the amount", ko: "면세금액"}
    vat_amount:
      type: [number, "null"]
      title: {en: "VAT amount (not supported by KCP)", ko: "부가세 (KCP 미지원)"}
    vat:
      type: number
      title: {en: "VAT (deprecated)", ko: "부가세 (지원 중단 예정)"}
      deprecated:
        en: "use `tax_free`; the VAT is computed as (amount - tax_free) / 11"
        ko: "`tax_free`를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"
      replacement: tax_free
    vbank_due:
      type: string
      title: {en: "Virtual account deposit deadline", ko: "가상계좌 입금기한"}
    display:
      type: object
      title: {en: "Window display options", ko: "결제창 렌더링 설정"}
      properties:
        card_quota:
          type: array
          items: {type: integer}
          title: {en: "Installment months offered (KCP: the largest value is the ceiling)", ko: "할부개월수 (KCP: 가장 큰 값까지 선택 가능)"}
    appCard:
      type: boolean
      title: {en: "App-card payment only", ko: "앱카드 결제만 활성화"}
    auth_mode:
      type: string
      title: {en: "Key-in window", ko: "키인 결제창 호출"}
    prefill:
      type: object
      title: {en: "Prefilled values", ko: "미리 채울 값"}
      properties:
        phoneNumber:
          type: string
          title: {en: "Fixed phone number for phone payments", ko: "휴대폰 소액결제 시 고정할 휴대폰 번호"}
    bypass:
      type: object
      title: {en: "KCP-specific parameters", ko: "KCP 전용 파라미터"}
      properties:
        shop_user_id:
          type: string
          title: {en: "Merchant member ID (gift certificates, phone)", ko: "고객사 회원 ID (상품권, 휴대폰 소액결제 필수)"}
        coupon_apply_yn:
          type: string
          title: {en: "Discount-coupon area (Y/N)", ko: "결제창 할인쿠폰 영역 활성화 (Y/N)"}
        skin_indx:
          type: [string, integer]
          title: {en: "Window skin (1-11, PC)", ko: "결제창 스킨 (1~11, PC)"}
        site_logo:
          type: string
          title: {en: "Logo URL (PC)", ko: "결제창 로고 URL (PC)"}
        complex_pnt_yn:
          type: string
          title: {en: "Points with card (Y) or points only (N)", ko: "포인트 복합결제 여부 (Y/N)"}
        pt_memcorp_cd:
          type: string
          title: {en: "Benepia member-company code", ko: "베네피아 고객사 코드"}
        app_flag:
          type: string
          title: {en: "KB card app (Y), ISP (N), both (S)", ko: "KB국민카드 앱카드(Y)/ISP(N)/모두(S)"}
    biz_num:
      type: string
      title: {en: "Business registration number (Danal only)", ko: "사업자등록번호 (다날 전용)"}
    useFreeInterestFromMall:
      type: boolean
      title: {en: "Merchant-paid interest-free installments (not KCP)", ko: "상점 부담 무이자 할부 (KCP 미지원)"}
    period:
      type: object
      open: true
      title: {en: "Service period (not KCP)", ko: "서비스 제공기간 (KCP 미지원)"}
    niceMobileV2:
      type: boolean
      title: {en: "NICE new mobile window (not KCP)", ko: "나이스페이 신규 모바일 결제창 (KCP 미지원)"}

  # Members only meaningful for a billing-key window.
  sdk-billing-extra:
    amount:
      type: number
      minimum: 0
      title: {en: "Amount shown in the window (not charged)", ko: "결제창에 표시될 금액 (승인되지 않음)"}
    customer_uid:
      type: string
      maxLength: 80
      required: true
      title: {en: "Billing key id chosen by the merchant", ko: "포트원 빌링키 (고객사 정의)"}
    escrow:
      type: boolean
      title: {en: "Escrow payment (no effect on a billing key)", ko: "에스크로 결제 여부 (빌링키 발급에는 효과 없음)"}
    # Members of every request_pay call that shared parameter objects carry to the billing window too.
    tax_free:
      type: number
      title: {en: "Tax-free portion (no effect on a billing key)", ko: "면세금액 (빌링키 발급에는 효과 없음)"}
    vat_amount:
      type: [number, "null"]
      title: {en: "VAT amount (not supported by KCP)", ko: "부가세 (KCP 미지원)"}
    bypass:
      type: object
      title: {en: "KCP-specific parameters", ko: "KCP 전용 파라미터"}
      properties:
        site_logo:
          type: string
          title: {en: "Logo URL (PC)", ko: "결제창 로고 URL (PC)"}
        batch_birth_day_yn:
          type: string
          title: {en: "Always show the birth-date box (Y)", ko: "생년월일 입력박스 항상 표시 (Y)"}

kinds:
  - id: sdk-payment
    fieldSets: [sdk-common, sdk-card, sdk-payment-extra]
    examples:
      valid:
        - channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c
          pay_method: card
          merchant_uid: ORD-20300101-000123
          name: 당근 10kg
          amount: 64900
          company: 당근마켓
          buyer_email: gildong@example.com
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          buyer_addr: 서울특별시 강남구 삼성동
          buyer_postcode: '06164'
          language: ko
          m_redirect_url: https://shop.example.com/payments/complete
          app_scheme: shopapp
          notice_url: [https://shop.example.com/webhooks/portone, https://backup.example.com/webhooks/portone]
          custom_data: {cart_id: 8812, coupon: SPRING}
          display: {card_quota: [2, 3, 4, 5, 6]}
          card: {direct: {code: '367', quota: 3}}
          appCard: false
          escrow: true
          kcpProducts:
            - {orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}
            - {orderNumber: ITEM-2, name: 상품B, quantity: 2, amount: 3000}
          tax_free: 0
          bypass: {shop_user_id: member-20391, site_logo: 'https://shop.example.com/logo.gif', skin_indx: '3'}
        - channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c
          pay_method: phone
          merchant_uid: ORD-20300101-000124
          name: 이용권 1개월
          amount: 9900
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          digital: true
          prefill: {phoneNumber: '01012345678'}
          m_redirect_url: https://shop.example.com/payments/complete
          bypass: {shop_user_id: member-20391}
        - channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c
          pay_method: vbank
          merchant_uid: ORD-20300101-000125
          name: 가습기
          amount: 39000
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          vbank_due: '20301231235959'
          card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}
          m_redirect_url: https://shop.example.com/payments/complete
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000126, amount: 64900, buyer_tel: 010-1234-5678, buyer_postalcode: '06164', m_redirect_url: 'https://shop.example.com/done'}
          rule: field-unknown
          pointer: /buyer_postalcode
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_methods: card, merchant_uid: ORD-20300101-000127, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-unknown
          pointer: /pay_methods
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000128, amount: 9900, buyer_name: 홍길동, buyer_tel: 010-1234-5678, digital: true, m_redirect_url: 'https://shop.example.com/done', bypass: {shop_user_id: member-1, shop_userid: member-1}}
          rule: field-unknown
          pointer: /bypass/shop_userid
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000129, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', card: {detail: [{cardCode: '366', enabled: true}]}}
          rule: field-unknown
          pointer: /card/detail/0/cardCode
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000130, amount: 64900, buyer_tel: 010-1234-5678, company: 1004, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-type
          pointer: /company
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000131, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: '3', amount: 1000}]}
          rule: field-type
          pointer: /kcpProducts/0/quantity
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000132, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', escrow: true, kcpProducts: [{orderNumber: ITEM-1, quantity: 3, amount: 1000}, {orderNumber: ITEM-2, name: 상품B, amount: 3000}]}
          rule: field-required
          pointers: [/kcpProducts/0/name, /kcpProducts/1/quantity]
        - payload: {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000133, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-deprecated
          pointer: /pg
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000135, amount: 64900, buyer_tel: 010-1234-5678, language: zh, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-enum
          pointer: /language
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000136, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'shop.example.com/payments/complete'}
          rule: field-format
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000137, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', confirm_url: /api/payments/confirm}
          rule: field-format
          pointer: /confirm_url

  - id: sdk-billing-key
    fieldSets: [sdk-common, sdk-card, sdk-billing-extra]
    examples:
      valid:
        - channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f
          pay_method: card
          merchant_uid: BILL-20300101-0042
          name: 정기구독 카드 등록
          amount: 0
          customer_uid: cust_8f14e45f_card01
          buyer_email: gildong@example.com
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          m_redirect_url: https://shop.example.com/billing/complete
          digital: true
          popup: false
          escrow: false
          tax_free: 0
          bypass: {batch_birth_day_yn: 'Y', site_logo: 'https://shop.example.com/logo.gif'}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0043, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, buyer_emial: gildong@example.com, m_redirect_url: 'https://shop.example.com/billing/complete'}
          rule: field-unknown
          pointer: /buyer_emial
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0044, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete', bypass: {batch_birthday_yn: 'Y'}}
          rule: field-unknown
          pointer: /bypass/batch_birthday_yn
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0046, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_name: 8812, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete'}
          rule: field-type
          pointer: /buyer_name
        - payload: {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0047, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete'}
          rule: field-deprecated
          pointer: /pg
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0048, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete', language: kr}
          rule: field-enum
          pointer: /language
"""#####),
        ("20-sdk-rules.yaml", #####"""
# Rules of the browser SDK kinds (IMP.request_pay): sdk-payment and sdk-billing-key, plus the gate
# that stops checking a payload whose `pg` names another gateway (every kind).
# Candidate ids (`ref`) are those of docs/kcp-reference.md section 7.
#
# Candidates encoded in 10-sdk-fields.yaml instead of here: KCP-CH-002 (`pg` deprecated),
# KCP-MISC-001 (`language`), KCP-URL-002 for `m_redirect_url`/`confirm_url`, KCP-ESC-001
# (`kcpProducts` items) and KCP-BP-006 (unknown `bypass` keys); see the comment at its top.
#
# KCP-ESC-005 (do not implement): the sum of `kcpProducts[].amount` is never compared with `amount`.
# The KCP page says the item amounts are unrelated to `param.amount` and are not cross-checked, so a
# rule comparing them would raise false alarms on correct escrow carts.
#
# Changed candidates (the reason is repeated in each rule's rationale):
# - KCP-CH-004 is split in two rules: the doc placeholder (error) and any other shape (warning).
# - KCP-CH-005/006 are split: a billing channel on a payment and a payment channel on a billing
#   key get their own rules (pg-billing-channel-for-payment, pg-payment-channel-for-billing-key);
#   every other malformed `pg` is pg-format; `{...}` placeholders are pg-placeholder.
# - KCP-Q-002 is narrowed to what can be told from the array alone: a value of 1 or less, or a
#   list of two or more values without 2 (e.g. [3, 6, 12]). A list with a gap that starts at 2
#   ([2, 6]) is not detected: the catalogue format cannot compare items with each other.
# - KCP-CARD-003 is split in four rules (Hyundai with +60, +80 on another card, +60 on a card
#   without a documented offset, base months of 1 or negative).
# - KCP-CARD-010, KCP-BP-001, KCP-BP-002 and KCP-BP-005 are split in one rule per severity.
# - KCP-PHONE-004 is split: hyphens or spaces in a mobile number stay info; a value that is not a
#   Korean mobile number at all is a warning (the window fixes a number that cannot receive the
#   payment SMS).
# - KCP-URL-003 also covers `confirm_url`: PortOne's server calls it just like a webhook, and a
#   confirm_url PortOne cannot reach aborts every payment.
# - KCP-MISC-003 leaves out `vat_amount` (KCP-TAX-003, REST author's file) and `products`
#   (KCP-ESC-004, a warning here); `popup` is not flagged (its KCP support is unknown, not denied).
#
# Rules without a candidate id: pg-placeholder and url-placeholder (the issue's "doc placeholders left
# in are errors", for `pg` and the URL members), pg-site-code-from-other-gateway (KG Inicis sample
# store ids after `kcp.`, seen in public merchant code), app-card-with-non-card-method (info),
# app-scheme-missing-in-app (§1.3: "required in app WebViews", where the payload shows an app),
# and the gateway gate (not-kcp-gateway, not-kcp-quickpay, kcp-quick-out-of-scope).
catalogue: kcp-sdk-rules
version: 1
description: >-
  Rules for IMP.request_pay with NHN KCP (payments and billing keys through the KCP window), and
  the gateway gate shared by every kind.

rules:
  # ===================================================================== gateway gate (all kinds)
  - id: not-kcp-gateway
    title: {en: "The payload is for another gateway", ko: "다른 PG사 요청"}
    severity: warning
    stop: true
    when:
      all:
        - {path: pg, type: string}
        # The common case first: a well-formed KCP code ends the list before the long pattern below, which is
        # too large for a pattern automaton and runs in the slower simulation.
        - not: {path: pg, matches: '^kcp(_billing|_quick)?(\.[A-Za-z0-9]+)?$'}
        # A provider of PortOne's PG code list (and of the legacy manual's), by the part before the first `.`.
        # A value that names none (`kcp `, `kcpp`, `vbank`) is a malformed KCP code: pg-format, checked as KCP.
        - path: pg
          matches: '(?i)^\s*(html5_inicis|inicis|inicis_unified|inicis_v2|inicis_jp|uplus|tosspayments|toss_brandpay|nice|nice_v2|kicc|kakaopay|kakao|danal|danal_tpay|mobilians|payco|paypal|paypal_v2|eximbay|eximbay_v2|naverpay|naverco|smilepay|daou|paymentwall|tosspay|tosspay_v2|smartro|smartro_v2|settle|settle_acc|settle_firm|ksnet|galaxia|welcome|jtnet|syrup|chai|payple|bluewalnut|alipay|pinpay|kpn|hyphen|payletter|payletter_global)\s*(\.|$)'
    assert:
      forbid: pg
    message:
      en: "`pg` {value} names another payment gateway: the NHN KCP catalogue does not apply, so no other KCP rule was checked (secrets in the payload still are)"
      ko: "`pg` 값 {value}은(는) NHN KCP가 아닌 다른 PG사입니다. NHN KCP 규칙이 적용되지 않으므로 나머지 KCP 규칙은 검사하지 않았습니다 (페이로드 안의 민감정보는 검사합니다)"
    rationale: >-
      A `pg` value is `{provider}` or `{provider}.{store id}`, and the KCP provider codes are `kcp`
      (payment window, key-in and REST) and `kcp_billing` (billing-key window). Any other provider
      (`html5_inicis`, `nice_v2`, `tosspayments`, ...) follows different rules, so checking it
      against the KCP catalogue would only produce a flood of wrong findings. One warning says why
      the payload was skipped. Only the providers of PortOne's code list count (`html5_inicis`,
      `tosspayments`, `toss_brandpay`, `nice_v2`, ..., the legacy manual's `kakao`, `jtnet`, `syrup`,
      `bluewalnut`, `alipay`, and the other providers of PortOne's server SDK): `pg` names no
      provider when it is mistyped (`kcp `, `kcpp`, `nhnkcp`) or holds a `pay_method` (`vbank`), and
      PortOne then falls back to the console's default channel, often the merchant's KCP one, so the
      payload is checked as KCP and pg-format reports the value. `kcp_quick` is handled by
      not-kcp-quickpay.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-2?v=v1
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000201, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done'}
        - {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0201, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678}
        - {pg: kcp, merchant_uid: ORD-20300101-000202, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', amount: 3000}
        - {pg: 'kcp ', pay_method: card, merchant_uid: ORD-20300101-000957, amount: 64900}
        - {pg: vbank, pay_method: vbank, merchant_uid: ORD-20300101-000958, amount: 64900, buyer_name: 홍길동, vbank_due: '20301231'}
        - {pg: kcpx.AO09C, pay_method: card, merchant_uid: ORD-20300101-000959, amount: 64900}
      invalid:
        - payload: {pg: html5_inicis.MOI0001, pay_method: card, merchant_uid: ORD-20300101-000203, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678}
          pointer: /pg
        - payload: {pg: nice_v2, merchant_uid: ORD-20300101-000204, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', amount: 3000}
          pointer: /pg
        - payload: {pg: TossPayments.tosstest, pay_method: card, merchant_uid: ORD-20300101-000205, amount: 64900}
          pointer: /pg
        - payload: {pg: toss_brandpay.tosstest, pay_method: card, merchant_uid: ORD-20300101-000206, amount: 64900}
          pointer: /pg
        - payload: {pg: bluewalnut.bwpay001m, pay_method: card, merchant_uid: ORD-20300101-000207, amount: 64900}
          pointer: /pg

  - id: not-portone-request
    title: {en: "The payload is a Bootpay request, not PortOne's", ko: "포트원이 아닌 부트페이 요청"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    stop: true
    when:
      all:
        - present: application_id
        - any: [{present: order_id}, {present: price}]
        - absent: merchant_uid
    assert:
      forbid: application_id
    message:
      en: "`application_id` with `order_id` or `price` is a Bootpay request (`Bootpay.requestPayment`), not PortOne's `IMP.request_pay` (which takes `merchant_uid` and `amount`): the PortOne × KCP catalogue does not apply, so no other KCP rule was checked (secrets in the payload still are)"
      ko: "`order_id` 또는 `price`와 함께 있는 `application_id`는 포트원 `IMP.request_pay`(`merchant_uid`, `amount` 사용)가 아닌 부트페이(`Bootpay.requestPayment`) 요청입니다. 포트원 × KCP 규칙이 적용되지 않으므로 다른 KCP 규칙은 검사하지 않았습니다 (카드번호 등 민감정보는 검사합니다)"
    rationale: >-
      Bootpay's browser SDK also takes `pg: 'kcp'`, so its request objects turn up in searches for
      KCP payments and get checked by mistake. They name the order `order_id` and the amount
      `price`, and carry the merchant's Bootpay `application_id`, none of which PortOne's
      `request_pay` has. Checked as PortOne, such a payload draws a flood of findings (`merchant_uid`
      and `amount` missing, every member unknown); one warning says what it is instead.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000956, amount: 64900, buyer_tel: 010-1234-5678, custom_data: {application_id: app-7, order_id: O-1}}
      invalid:
        - payload: {application_id: 59a4d323396fa607cbe75de4, price: 1000, order_name: 테스트, order_id: TEST_ORDER_ID, pg: kcp, method: card, user: {id: member_1, username: 홍길동, phone: '01000000000'}}
          pointer: /application_id

  - id: portone-v2-request
    title: {en: "The payload is a PortOne V2 request, not v1", ko: "포트원 V1이 아닌 V2 요청"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    stop: true
    when:
      all:
        - present: storeId
        - absent: merchant_uid
        - any:
            - present: paymentId
            - present: orderName
            - present: totalAmount
            - present: payMethod
            - present: billingKeyMethod
            - present: issueId
            - present: identityVerificationId
    assert:
      forbid: storeId
    message:
      en: "`storeId` with `paymentId`, `orderName`, `totalAmount` or `billingKeyMethod` is a PortOne V2 request (`PortOne.requestPayment`, `PortOne.requestIssueBillingKey`), not the v1 `IMP.request_pay` this catalogue checks (which takes `merchant_uid`, `name` and `amount`): no other KCP rule was checked (secrets in the payload still are)"
      ko: "`paymentId`, `orderName`, `totalAmount` 또는 `billingKeyMethod`와 함께 있는 `storeId`는 포트원 V2 요청(`PortOne.requestPayment`, `PortOne.requestIssueBillingKey`)입니다. 이 규칙 모음은 V1 `IMP.request_pay`(`merchant_uid`, `name`, `amount` 사용)를 검사하므로 다른 KCP 규칙은 검사하지 않았습니다 (카드번호 등 민감정보는 검사합니다)"
    rationale: >-
      PortOne's V2 browser SDK takes `storeId`, `channelKey`, `paymentId`, `orderName`,
      `totalAmount`, `currency` (`CURRENCY_KRW`) and `payMethod` (`CARD`), and issues billing keys
      with `billingKeyMethod`; none of these but `channelKey` is a v1 parameter. Checked as v1, a V2
      request draws a flood of findings (`merchant_uid` and `amount` missing, every member unknown,
      a currency KCP does not settle); one warning says what it is instead. V2 requests need a V2
      linter.
    source: https://developers.portone.io/sdk/ko/v2-sdk/payment-request?v=v2
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000957, amount: 64900, custom_data: {storeId: store-1, paymentId: p-1}}
      invalid:
        - payload: {storeId: store-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, paymentId: payment-5f0c8a2e, orderName: 오가닉 티셔츠, totalAmount: 39800, currency: CURRENCY_KRW, payMethod: CARD}
          pointer: /storeId
        - payload: {storeId: store-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, billingKeyMethod: CARD, issueId: issue-7, issueName: 정기결제 카드 등록}
          pointer: /storeId

  - id: not-kcp-quickpay
    title: {en: "The payload is for KCP QuickPay", ko: "KCP 퀵페이 요청"}
    severity: warning
    stop: true
    when: {path: pg, matches: '(?i)^kcp_quick($|\.)'}
    assert:
      forbid: pg
    message:
      en: "`pg` {value} is a KCP QuickPay channel (`kcp_quick`), which this catalogue does not cover: no other KCP rule was checked (secrets in the payload still are)"
      ko: "`pg` 값 {value}은(는) KCP 퀵페이(`kcp_quick`) 채널입니다. 퀵페이 요청은 이 규칙 모음의 검사 대상이 아니므로 다른 KCP 규칙은 검사하지 않았습니다 (카드번호 등 민감정보는 검사합니다)"
    rationale: >-
      KCP QuickPay is a separate PortOne channel type (`kcp_quick`) with its own parameters
      (`bypass.kcpQuick`, action types, encrypted CI) and its own page; the constraints of the KCP
      payment and billing windows do not apply to it.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000206, amount: 64900, buyer_tel: 010-1234-5678}
      invalid:
        - payload: {pg: kcp_quick.AO09C, pay_method: card, merchant_uid: ORD-20300101-000207, amount: 1000, customer_uid: qp_member_0001_card0, bypass: {kcpQuick: {actionType: Pay, encryptedCI: c2VjcmV0, memberID: member0001}}}
          pointer: /pg

  - id: kcp-quick-out-of-scope
    title: {en: "KCP QuickPay request not checked", ko: "KCP 퀵페이 요청은 검사하지 않음"}
    severity: info
    stop: true
    when:
      all:
        - present: bypass.kcpQuick
        - absent: pg
    assert:
      forbid: bypass.kcpQuick
    message:
      en: "`bypass.kcpQuick` marks a KCP QuickPay request, which this catalogue does not cover: no other KCP rule was checked (secrets in the payload still are)"
      ko: "`bypass.kcpQuick`은 KCP 퀵페이 요청에 사용하는 파라미터입니다. 퀵페이 요청은 이 규칙 모음의 검사 대상이 아니므로 다른 KCP 규칙은 검사하지 않았습니다 (카드번호 등 민감정보는 검사합니다)"
    rationale: >-
      With `channelKey` the channel type cannot be seen in the payload, but `bypass.kcpQuick` is
      documented only for KCP QuickPay (`kcp_quick`) channels, whose requests follow their own page
      (action types without `amount`, `customer_uid` per registered card). Checking them against the
      KCP payment or billing-key rules would raise false alarms on correct QuickPay calls, so the
      payload is skipped with an info (not a warning: it may follow the QuickPay docs exactly).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000208, amount: 64900, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000209, name: 결제수단 등록, customer_uid: qp_member_0001_card0, bypass: {kcpQuick: {actionType: Register, encryptedCI: c2VjcmV0, memberID: member0001}}, m_redirect_url: 'https://shop.example.com/quick/done'}
          pointer: /bypass/kcpQuick

  - id: kcp-quick-bypass-on-kcp-channel
    title: {en: "`bypass.kcpQuick` on a KCP payment or billing channel", ko: "KCP 일반/정기결제 채널에 `bypass.kcpQuick` 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - present: bypass.kcpQuick
        - {path: pg, matches: '(?i)^kcp(_billing)?($|\.)'}
    assert:
      forbid: bypass.kcpQuick
    message:
      en: "`bypass.kcpQuick` belongs to KCP QuickPay channels (`kcp_quick`); on the `kcp`/`kcp_billing` channel named by `pg` it is not used"
      ko: "`bypass.kcpQuick`은 KCP 퀵페이(`kcp_quick`) 채널 전용 파라미터입니다. `pg`에 지정한 `kcp`/`kcp_billing` 채널에서는 사용되지 않습니다"
    rationale: >-
      `bypass.kcpQuick` is documented only on the KCP QuickPay page, whose channel code is
      `kcp_quick`. A payload that names a `kcp` or `kcp_billing` channel and also sends it mixes two
      products: either the channel or the parameter is wrong.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1
    ref: KCP-CH-012
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000210, amount: 64900, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000211, amount: 64900, bypass: {kcpQuick: {actionType: Pay, encryptedCI: c2VjcmV0, memberID: member0001}}}
          pointer: /bypass/kcpQuick

  # ================================================================================ channel
  - id: channel-missing
    title: {en: "No channel selected", ko: "채널 미지정"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      requireAny: [channelKey, pg]
    message:
      en: "neither `channelKey` nor `pg` is set: PortOne uses the console's default channel, which may not be the KCP channel"
      ko: "`channelKey`와 `pg`가 모두 없습니다. 콘솔에 설정된 기본 채널로 결제가 요청되므로 KCP 채널이 아닐 수 있습니다"
    rationale: >-
      The KCP page makes `channelKey` the way to pick the KCP channel (`pg` is its deprecated
      alternative). Without either, the default PG set in the console is used; with more than one
      channel configured that is silently a different gateway, and for a billing key it must be a
      `kcp_billing` channel.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000212, amount: 64900}
        - {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0202, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {pay_method: card, merchant_uid: ORD-20300101-000213, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678}
          pointer: /channelKey
        - payload: {pay_method: card, merchant_uid: BILL-20300101-0203, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: 'https://shop.example.com/done'}
          pointer: /channelKey
        # Sent blank (PHP templates print `pg: ''` for an unset setting): reported at the blank member.
        - payload: {pg: '', pay_method: card, merchant_uid: ORD-20300101-000990, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678}
          pointer: /pg

  - id: channel-key-and-pg
    title: {en: "`channelKey` and `pg` both set", ko: "`channelKey`와 `pg`를 함께 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      exclusive: [channelKey, pg]
    message:
      en: "`pg` is sent together with `channelKey`: which one PortOne uses is not documented; remove the deprecated `pg`"
      ko: "`channelKey`와 `pg`를 함께 입력했습니다. 어느 값이 적용되는지 문서화되어 있지 않으므로 지원 중단 예정인 `pg`를 삭제하세요"
    rationale: >-
      The KCP page presents `channelKey` as the replacement of the deprecated `pg`; what happens
      when both are sent (and disagree) is not documented anywhere, so the channel actually used is
      unpredictable.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000214, amount: 64900}
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000215, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000216, amount: 64900}
          pointer: /pg

  - id: channel-key-placeholder
    title: {en: "Channel key left as the doc placeholder", ko: "채널키 예시 값을 그대로 사용"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: channelKey
      notPattern: '(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$'
    message:
      en: "`channelKey` {value} is a placeholder copied from the docs: use the channel key shown in the PortOne console (Integration > Integration info > Channel management)"
      ko: "`channelKey` 값 {value}은(는) 문서의 예시 값입니다. 포트원 콘솔 [결제 연동] > [연동 정보] > [채널 관리]에서 확인한 채널키를 입력하세요"
    rationale: >-
      Every SDK example on the KCP page sends `channelKey: "{콘솔 내 연동 정보의 채널키}"`. Sent as is,
      PortOne finds no channel and the window never opens. Braces, angle brackets, the Korean word
      for channel key, or "your channel key" never occur in a real key (`channel-key-` followed by a
      UUID).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000217, amount: 64900}
      invalid:
        - payload: {channelKey: '{콘솔 내 연동 정보의 채널키}', pay_method: card, merchant_uid: ORD-20300101-000218, amount: 64900}
          pointer: /channelKey
        - payload: {channelKey: '<YOUR_CHANNEL_KEY>', pay_method: card, merchant_uid: BILL-20300101-0204, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /channelKey

  - id: channel-key-format
    title: {en: "Channel key in an unexpected shape", ko: "채널키 형식이 예상과 다름"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    # A blank key is an unset one (channel-missing reports it when `pg` is unset too).
    when: {path: channelKey, matches: '\S'}
    assert:
      path: channelKey
      that:
        any:
          - {path: ., matches: '(?i)^channel-key-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'}
          # A placeholder is channel-key-placeholder's (tested second: a well-formed key ends the `any`).
          - {path: ., matches: '(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$'}
    message:
      en: "`channelKey` {value} does not look like a PortOne channel key (`channel-key-` followed by a UUID): copy it from the console's channel list"
      ko: "`channelKey` 값 {value}이(가) 포트원 채널키 형식(`channel-key-` 뒤에 UUID)이 아닙니다. 콘솔의 채널 관리 화면에서 채널키를 복사해 입력하세요"
    rationale: >-
      Channel keys issued by the console have the form `channel-key-<UUID>` (as in PortOne's own
      playground). A different shape usually means another identifier was pasted (the merchant code
      `imp...`, a store id or a site code) or whitespace was copied along. The format is not
      specified in the docs, so this is a warning; a placeholder is reported by
      channel-key-placeholder instead.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CH-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000219, amount: 64900}
        - {channelKey: '{콘솔 내 연동 정보의 채널키}', pay_method: card, merchant_uid: ORD-20300101-000220, amount: 64900}
      invalid:
        - payload: {channelKey: imp12345678, pay_method: card, merchant_uid: ORD-20300101-000221, amount: 64900}
          pointer: /channelKey
        - payload: {channelKey: 'channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c ', pay_method: card, merchant_uid: BILL-20300101-0205, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /channelKey

  - id: pg-placeholder
    title: {en: "`pg` left as the doc placeholder", ko: "`pg` 예시 값을 그대로 사용"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: pg
      notPattern: '[{}<>]'
    message:
      en: "`pg` {value} still contains the doc placeholder: write the site code itself, without brackets (`kcp.AO09C` for a payment, `kcp_billing.AO09C` for a billing key), or switch to `channelKey`"
      ko: "`pg` 값 {value}은(는) 문서의 예시 표기를 그대로 담고 있습니다. 괄호 없이 실제 사이트코드를 입력하거나(일반결제는 `kcp.AO09C`, 빌링키 발급은 `kcp_billing.AO09C` 형식) `channelKey`로 변경하세요"
    rationale: >-
      The KCP page describes the value as `kcp.{mid(사이트코드)}` and `kcp_billing.{mid(사이트코드)}`;
      copied literally, no channel matches and PortOne falls back to the console's default channel.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000222, amount: 64900}
      invalid:
        - payload: {pg: 'kcp.{mid(사이트코드)}', pay_method: card, merchant_uid: ORD-20300101-000223, amount: 64900}
          pointer: /pg
        - payload: {pg: 'kcp_billing.{mid(사이트코드)}', pay_method: card, merchant_uid: BILL-20300101-0206, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg
        - payload: {pg: 'kcp.{AO09C}', pay_method: card, merchant_uid: ORD-20300101-000405, amount: 64900}
          pointer: /pg

  - id: pg-billing-channel-for-payment
    title: {en: "Billing channel used for a payment", ko: "일반결제에 정기결제 채널 사용"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: pg
      notPattern: '^kcp_billing($|\.)'
    message:
      en: "`pg` {value} is a KCP billing-key channel, but this request has no `customer_uid`: for a payment, use `kcp.` followed by your site code (e.g. `kcp.AO09C`); to issue a billing key, add `customer_uid`"
      ko: "`pg` 값 {value}은(는) KCP 정기결제(빌링키 발급) 채널인데 `customer_uid`가 없습니다. 일반결제라면 `pg`를 `kcp.사이트코드`(예: `kcp.AO09C`)로 바꾸고, 빌링키 발급이라면 `customer_uid`를 함께 입력하세요"
    rationale: >-
      The KCP page uses `kcp.{site code}` for the payment window and `kcp_billing.{site code}` for
      the billing-key window, and the `kcp_billing` channel only issues billing keys (it cannot charge
      while issuing). PortOne's React Native and Flutter wrappers refuse `kcp_billing` without
      `customer_uid` for the same reason.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-005
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000224, amount: 64900}
        - {pg: kcp, pay_method: trans, merchant_uid: ORD-20300101-000225, amount: 64900}
      invalid:
        - payload: {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: ORD-20300101-000226, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp_billing, pay_method: card, merchant_uid: ORD-20300101-000227, amount: 64900}
          pointer: /pg

  - id: pg-payment-channel-for-billing-key
    title: {en: "Payment channel used for a billing key", ko: "빌링키 발급에 일반결제 채널 사용"}
    severity: error
    kinds: [sdk-billing-key]
    assert:
      path: pg
      notPattern: '^kcp($|\.)'
    message:
      en: "`pg` {value} is a KCP payment channel: a billing key through the KCP window needs the billing channel, `kcp_billing.` followed by your site code (e.g. `kcp_billing.AO09C`)"
      ko: "`pg` 값 {value}은(는) KCP 일반결제 채널입니다. KCP 결제창으로 빌링키를 발급하려면 정기결제 채널 `kcp_billing.사이트코드`(예: `kcp_billing.AO09C`)를 지정해야 합니다"
    rationale: >-
      PortOne's billing-key rules: the `kcp_billing` channel issues billing keys through the window;
      the `kcp` channel issues them only through the API (`/subscribe/customers`, `/onetime`). The
      KCP page's billing section uses `kcp_billing.{site code}`.
    source: https://developers.portone.io/opi/ko/support/code-info/pg?v=v1
    ref: KCP-CH-006
    examples:
      valid:
        - {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0207, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {pg: kcp.AO09C, pay_method: card, merchant_uid: BILL-20300101-0208, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg
        - payload: {pg: kcp, pay_method: card, merchant_uid: BILL-20300101-0209, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg

  - id: pg-format
    title: {en: "`pg` not of the form `kcp.` + site code", ko: "`pg` 형식 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - {path: pg, matches: '\S'}
        - not: {path: pg, matches: '[{}<>]'}
        # A misspelt code of another gateway (`html5_nicepay`) is pg-misspelt-gateway's.
        - not: &other-gateway-name
            all:
              # Any `kcp` first: it settles nearly every value before the long pattern runs.
              - not: {path: pg, matches: '(?i)kcp'}
              - {path: pg, matches: '(?i)(nice|inicis|toss|kakao|naver|danal|kicc|payco|paypal|eximbay|smartro|settle|ksnet|welcome|daou|payple|bluewalnut|alipay|mobilians|uplus|hecto|paymentwall|jtnet|syrup|chai|galaxia|smilepay)'}
    assert:
      path: pg
      pattern: '^kcp(_billing)?(\.[A-Za-z0-9]+)?$'
    message:
      en: "`pg` {value} is not a KCP channel code: write `kcp.` followed by your site code for payments (e.g. `kcp.AO09C`) or `kcp_billing.` followed by it for billing keys (`kcp_billing.AO09C`), with `kcp` in lower case and no spaces"
      ko: "`pg` 값 {value}은(는) 올바른 KCP 채널 코드가 아닙니다. 일반결제는 `kcp.사이트코드`(예: `kcp.AO09C`), 빌링키 발급은 `kcp_billing.사이트코드`(예: `kcp_billing.AO09C`) 형식으로, `kcp`는 소문자로 공백 없이 입력하세요"
    rationale: >-
      The KCP page documents `kcp.{site code}` and `kcp_billing.{site code}`; PortOne's code list
      spells the providers in lower case, and a `pg` that matches no channel silently falls back to
      the console's default channel. Swapped channel types and `{...}` placeholders have their own
      rules.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-005
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000228, amount: 64900}
        - {pg: kcp_billing.T0000, pay_method: card, merchant_uid: BILL-20300101-0210, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {pg: KCP.AO09C, pay_method: card, merchant_uid: ORD-20300101-000229, amount: 64900}
          pointer: /pg
        - payload: {pg: 'kcp ', pay_method: card, merchant_uid: ORD-20300101-000960, amount: 64900}
          pointer: /pg
        - payload: {pg: vbank, pay_method: vbank, merchant_uid: ORD-20300101-000961, amount: 64900, buyer_name: 홍길동, vbank_due: '20301231'}
          pointer: /pg
        - payload: {pg: kcp., pay_method: card, merchant_uid: ORD-20300101-000230, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp_billing.AO09C/1, pay_method: card, merchant_uid: BILL-20300101-0211, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg

  - id: pg-misspelt-gateway
    title: {en: "`pg` is a misspelt code of another gateway", ko: "`pg`가 다른 PG사의 잘못된 코드"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    when: *other-gateway-name
    assert:
      # About the value, not the member: `pg` being deprecated is still field-deprecated's to say.
      path: pg
      notPattern: '(?i)(nice|inicis|toss|kakao|naver|danal|kicc|payco|paypal|eximbay|smartro|settle|ksnet|welcome|daou|payple|bluewalnut|alipay|mobilians|uplus|hecto|paymentwall|jtnet|syrup|chai|galaxia|smilepay)'
    message:
      en: "`pg` {value} is not a PortOne provider code, but it names another gateway: PortOne matches no channel and falls back to the console's default one. Write that gateway's code from PortOne's PG code list (`html5_inicis`, `nice_v2`, `tosspayments`, ...), or `kcp.` followed by your site code (e.g. `kcp.AO09C`) if the payment is meant for NHN KCP"
      ko: "`pg` 값 {value}은(는) 포트원 PG사 코드가 아니지만 다른 PG사 이름을 담고 있습니다. 일치하는 채널이 없어 콘솔의 기본 채널로 결제됩니다. 해당 PG사의 코드(`html5_inicis`, `nice_v2`, `tosspayments` 등 포트원 PG사 코드표)를 쓰거나, NHN KCP 결제라면 `kcp.사이트코드`(예: `kcp.AO09C`)를 쓰세요"
    rationale: >-
      A `pg` value is `{provider}` or `{provider}.{store id}` from PortOne's PG code list, and a value
      that matches no channel falls back to the console's default channel. A value that holds another
      gateway's name but is not its code (`html5_nicepay`, `inicis_html5`, `toss_payments`) was meant for
      that gateway, so telling its author to write `kcp.{site code}` (pg-format's advice) would be
      wrong; the payload is still checked as KCP, because the fallback channel may be the merchant's
      KCP one. Exact codes of other gateways are not-kcp-gateway's.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-2?v=v1
    ref: KCP-CH-005
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-001811, amount: 64900}
        # A KCP site code may spell anything.
        - {pg: kcp.NICE01, pay_method: card, merchant_uid: ORD-20300101-001812, amount: 64900}
      invalid:
        - payload: {pg: html5_nicepay, pay_method: card, merchant_uid: ORD-20300101-001813, amount: 64900}
          pointer: /pg
        - payload: {pg: toss_payments.tosstest, pay_method: card, merchant_uid: ORD-20300101-001814, amount: 64900}
          pointer: /pg

  - id: pg-site-code-shape
    title: {en: "Unusual KCP site code", ko: "KCP 사이트코드 형식이 일반적이지 않음"}
    severity: info
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key]
    when:
      all:
        - {path: pg, matches: '^kcp(_billing)?\.[A-Za-z0-9]+$'}
        - not: {path: pg, matches: '(?i)^kcp(_billing)?\.(INIpayTest|INIBillTst|iamport00m)$'}
    assert:
      path: pg
      pattern: '^kcp(_billing)?\.[A-Z0-9]{5}$'
    message:
      en: "the site code in `pg` {value} is not 5 upper-case letters or digits like `T0000` or `AO09C`: check it against the KCP site code in the console"
      ko: "`pg` 값 {value}의 사이트코드가 `T0000`, `AO09C`처럼 영문 대문자·숫자 5자리가 아닙니다. 콘솔에 등록된 KCP 사이트코드와 같은지 확인하세요"
    rationale: >-
      KCP site codes seen in PortOne's docs and playground are five upper-case alphanumerics (the
      public test code `T0000`, `AO09C`). The format itself is not specified, so a different shape is
      only worth a look (info), e.g. a lower-cased code or a group id pasted instead.
    source: https://developers.portone.io/opi/ko/integration/ready/readme?v=v1
    ref: KCP-CH-007
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000231, amount: 3000}
        - {pg: kcp, merchant_uid: ORD-20300101-000232, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', amount: 3000}
      invalid:
        - payload: {pg: kcp.ao09c, pay_method: card, merchant_uid: ORD-20300101-000233, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp.A52Q71000489, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', pwd_2digit: '12'}
          pointer: /pg

  - id: pg-site-code-from-other-gateway
    title: {en: "Another gateway's test store id used as a KCP site code", ko: "다른 PG사의 테스트 상점아이디를 KCP 사이트코드로 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key]
    assert:
      path: pg
      # Also inside placeholder braces (`kcp.{INIBillTst}`), where pg-placeholder's "drop the braces" alone would lead here.
      notPattern: '(?i)^kcp(_billing)?\.(INIpayTest|INIBillTst|iamport00m|\{(INIpayTest|INIBillTst|iamport00m)\}|<(INIpayTest|INIBillTst|iamport00m)>)$'
    message:
      en: "`pg` {value} puts a KG Inicis / generic sample store id after the KCP channel code: no KCP channel has it; put your KCP site code there (KCP's public test site code is `T0000`)"
      ko: "`pg` 값 {value}은(는) KCP 채널 코드 뒤에 KG이니시스·범용 예시 상점아이디를 붙인 값입니다. 이런 KCP 채널은 없으므로 그 자리에 KCP 사이트코드(KCP 공용 테스트 사이트코드는 `T0000`)를 입력하세요"
    rationale: >-
      `INIpayTest`, `INIBillTst` and `iamport00m` are the test store ids of PortOne's generic and
      KG Inicis samples (`html5_inicis.INIpayTest`); copied after `kcp.` they match no KCP channel,
      and a `pg` that matches no channel falls back to the console's default channel. Seen in public
      merchant code. KCP's own public test site code is `T0000`.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CH-007
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000406, amount: 1004}
      invalid:
        - payload: {pg: kcp.INIpayTest, pay_method: card, merchant_uid: ORD-20300101-000407, amount: 1004}
          pointer: /pg
        - payload: {pg: kcp_billing.INIBillTst, pay_method: card, merchant_uid: BILL-20300101-0228, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg
        - payload: {pg: 'kcp.{INIBillTst}', pay_method: card, merchant_uid: ORD-20300101-000408, amount: 1004}
          pointer: /pg

  # ============================================================================= pay_method
  - id: pay-method-not-kcp
    title: {en: "`pay_method` not offered by KCP", ko: "KCP에서 지원하지 않는 `pay_method`"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - not: {path: pay_method, in: [samsungpay, naverpay_card, naverpay_point, tosspay_card, tosspay_money]}
        # A blank value is pay-method-missing's.
        - {path: pay_method, matches: '\S'}
    assert:
      path: pay_method
      enum: [card, trans, vbank, phone, cultureland, smartculture, booknlife, happymoney, samsung, payco, lpay, kakaopay, naverpay, naverpay_bridge, ssgpay, applepay, tosspay, point, rocketpay]
    # A known method in capitals or with spaces: meant as that method, but the exact code is what opens its
    # window (a suggestion: it changes the window from the plain card one).
    fix:
      map: {CARD: card, Card: card, 'card ': card, ' card': card, TRANS: trans, Trans: trans, 'trans ': trans, ' trans': trans, VBANK: vbank, Vbank: vbank, 'vbank ': vbank, ' vbank': vbank, PHONE: phone, Phone: phone, 'phone ': phone, ' phone': phone, KAKAOPAY: kakaopay, Kakaopay: kakaopay, 'kakaopay ': kakaopay, ' kakaopay': kakaopay, NAVERPAY: naverpay, Naverpay: naverpay, 'naverpay ': naverpay, ' naverpay': naverpay, PAYCO: payco, Payco: payco, 'payco ': payco, ' payco': payco, TOSSPAY: tosspay, Tosspay: tosspay, 'tosspay ': tosspay, ' tosspay': tosspay, SAMSUNG: samsung, Samsung: samsung, 'samsung ': samsung, ' samsung': samsung, APPLEPAY: applepay, Applepay: applepay, 'applepay ': applepay, ' applepay': applepay}
      message: {en: "write the method code in lower case, without spaces", ko: "결제수단 코드를 공백 없이 소문자로 쓰세요"}
    message:
      en: "`pay_method` {value} is not a KCP payment method: PortOne opens the plain card window instead; use one of {expected}"
      ko: "`pay_method` 값 {value}은(는) KCP에서 지원하는 결제수단이 아닙니다. 이 경우 일반 카드 결제창이 열리므로 {expected} 중 하나를 입력하세요"
    rationale: >-
      The set is the union of the KCP page's two lists (window methods and the `pay_method`
      parameter list: `happymoney`, `ssgpay`, `naverpay_bridge`, `tosspay` included) plus
      `rocketpay` (added to the page in PR #1118). That PR also states the consequence: an unknown
      value is not rejected, the plain card window opens, so the customer is charged by card for
      what was meant as another method. Generic aliases with a KCP equivalent are reported by
      pay-method-alias instead, with a fix.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: '', merchant_uid: ORD-20300101-000219, amount: 64900, buyer_tel: 010-1234-5678}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: kakaopay, merchant_uid: ORD-20300101-000234, amount: 64900}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay_bridge, merchant_uid: ORD-20300101-000235, amount: 64900}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: samsungpay, merchant_uid: ORD-20300101-000236, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: kpay, merchant_uid: ORD-20300101-000237, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: CARD, merchant_uid: ORD-20300101-000238, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: paypal, merchant_uid: ORD-20300101-000239, amount: 64900}
          pointer: /pay_method

  - id: pay-method-alias
    title: {en: "Generic `pay_method` alias instead of the KCP value", ko: "KCP 결제수단 코드 대신 범용 코드 사용"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      path: pay_method
      notIn: [samsungpay, naverpay_card]
    fix:
      map: {samsungpay: samsung, naverpay_card: naverpay}
      safe: true                 # the same payment method, under the code the KCP page documents
      message: {en: "use the KCP payment method code", ko: "KCP 결제수단 코드로 변경"}
    message:
      en: "`pay_method` {value} is the generic SDK code; the KCP page uses its own code for this method (`samsung` for Samsung Pay, `naverpay` for Naver Pay by card)"
      ko: "`pay_method` 값 {value}은(는) 범용 SDK 코드입니다. KCP 문서에서는 이 결제수단에 KCP 전용 코드(삼성페이 `samsung`, 네이버페이 카드 결제 `naverpay`)를 사용합니다"
    rationale: >-
      The SDK parameter reference lists generic codes (`samsungpay`, `naverpay_card`) while the KCP
      page lists `samsung` and `naverpay` (card payment call) for the same methods. Whether PortOne
      maps the generic codes for KCP is not documented, and an unmapped value opens the plain card
      window, so this is a warning with the KCP code as the fix. Generic codes whose nearest KCP
      method is broader are pay-method-alias-broader.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: samsung, merchant_uid: ORD-20300101-000240, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: samsungpay, merchant_uid: ORD-20300101-000241, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay_card, merchant_uid: ORD-20300101-000242, amount: 64900}
          pointer: /pay_method

  - id: pay-method-alias-broader
    title: {en: "Generic `pay_method` with no exact KCP code", ko: "KCP에 정확히 대응하는 코드가 없는 범용 결제수단 코드"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      path: pay_method
      notIn: [naverpay_point, tosspay_card, tosspay_money]
    fix:
      map: {naverpay_point: naverpay_bridge, tosspay_card: tosspay, tosspay_money: tosspay}
      # Not safe: the KCP method lets the buyer choose more than the generic code asked for.
      message: {en: "use the nearest KCP payment method, which offers more than this code", ko: "가장 가까운 KCP 결제수단으로 변경 (이 코드보다 넓은 결제수단)"}
    message:
      en: "`pay_method` {value} is a generic SDK code with no exact KCP counterpart: the nearest KCP methods are broader (`naverpay_bridge` lets the buyer choose card or points, `tosspay` any Toss Pay source)"
      ko: "`pay_method` 값 {value}은(는) 범용 SDK 코드로 KCP에 정확히 대응하는 코드가 없습니다. 가장 가까운 KCP 결제수단은 더 넓습니다 (`naverpay_bridge`는 카드·포인트 선택, `tosspay`는 토스페이의 모든 결제수단)"
    rationale: >-
      The SDK parameter reference lists `naverpay_point`, `tosspay_card` and `tosspay_money`; the
      KCP page has no such codes, only `naverpay_bridge` (the Naver Pay card/point selector) and
      `tosspay`. Whether PortOne maps the generic codes for KCP is not documented, and an unmapped
      value opens the plain card window, so this is a warning. The suggested code lets the buyer pay
      in more ways than the generic one asked for, so `check --fix` applies it only with
      `--unsafe-fixes`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay_bridge, merchant_uid: ORD-20300101-000243, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay_point, merchant_uid: ORD-20300101-000244, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: tosspay_card, merchant_uid: ORD-20300101-000245, amount: 64900}
          pointer: /pay_method

  - id: pay-method-conflicting-docs
    title: {en: "`pay_method` listed inconsistently for KCP", ko: "KCP 문서에서 지원 여부가 불분명한 `pay_method`"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      - path: pay_method
        notIn: [happymoney]
        message:
          en: "`pay_method` {value} appears only in the KCP page's parameter list, not among its available methods (PortOne's docs removed `happymoney` in 2024 and listed it again in 2026): confirm with PortOne that it is enabled for your KCP channel"
          ko: "`pay_method` 값 {value}은(는) KCP 문서의 파라미터 목록에만 있고 가능한 결제수단 목록에는 없습니다 (`happymoney`는 2024년에 문서에서 삭제되었다가 2026년에 다시 추가되었습니다). 사용 중인 KCP 채널에서 지원되는지 포트원에 확인하세요"
      - path: pay_method
        notIn: [ssgpay]
    message:
      en: "`pay_method` {value} appears only in the KCP page's parameter list, not among its available methods: confirm with PortOne that it is enabled for your KCP channel"
      ko: "`pay_method` 값 {value}은(는) KCP 문서의 파라미터 목록에만 있고 가능한 결제수단 목록에는 없습니다. 사용 중인 KCP 채널에서 지원되는지 포트원에 확인하세요"
    rationale: >-
      The current KCP page lists `happymoney` and `ssgpay` in the `pay_method` parameter list but not
      in its "available methods" list; `happymoney` was removed from all v1 docs on 2024-07-29 and
      re-listed on 2026-04-27. The sources conflict, so the value is accepted by pay-method-not-kcp
      and flagged here as a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: cultureland, merchant_uid: ORD-20300101-000243, amount: 10000, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: happymoney, merchant_uid: ORD-20300101-000244, amount: 10000, bypass: {shop_user_id: member-20391}}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: ssgpay, merchant_uid: ORD-20300101-000245, amount: 64900}
          pointer: /pay_method

  - id: pay-method-rocketpay
    title: {en: "`rocketpay` is new for KCP", ko: "`rocketpay`는 최근 추가된 결제수단"}
    severity: info
    kinds: [sdk-payment]
    assert:
      path: pay_method
      notIn: [rocketpay]
    message:
      en: "`pay_method` `rocketpay` was added to the KCP page in August 2026: make sure it is enabled for your channel before relying on it"
      ko: "`pay_method` 값 `rocketpay`는 2026년 8월 KCP 문서에 추가된 결제수단입니다. 사용 중인 채널에서 이용 가능한지 먼저 확인하세요"
    rationale: >-
      `rocketpay` was added to the v1 KCP page by PR #1118 (merged 2026-08-27), after the rest of
      the page was settled; the same PR notes that a value the server does not know opens the plain
      card window. Accepted, with a note.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: tosspay, merchant_uid: ORD-20300101-000246, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: rocketpay, merchant_uid: ORD-20300101-000247, amount: 64900}
          pointer: /pay_method

  - id: pay-method-missing
    title: {en: "`pay_method` missing", ko: "`pay_method` 누락"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      require: pay_method
    message:
      en: "`pay_method` is missing: the card window opens by default; set the method explicitly (a billing-key window takes `card`)"
      ko: "`pay_method`가 없습니다. 기본값으로 카드 결제창이 열리므로 결제수단을 명시하세요 (빌링키 발급 결제창은 `card`)"
    rationale: >-
      The KCP page lists `pay_method` among the main parameters and every KCP example sends it; the
      SDK reference marks it optional and the legacy default is `card`. A missing value is usually an
      omission (or a misspelt key), and the result (card) may not be what the button promised.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000248, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, merchant_uid: ORD-20300101-000249, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, merchant_uid: BILL-20300101-0212, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pay_method

  - id: billing-pay-method-card
    title: {en: "Billing key through the window needs `pay_method: card`", ko: "결제창 빌링키 발급은 `pay_method: card`만 지원"}
    severity: error
    kinds: [sdk-billing-key]
    assert:
      path: pay_method
      equals: card
    fix:
      replace: card
      message: {en: "use `card`", ko: "`card`로 변경"}
    message:
      en: "`pay_method` {value} cannot issue a billing key through the KCP window: only `card` is supported"
      ko: "KCP 결제창 빌링키 발급은 `card`만 지원되므로 `pay_method` 값 {value}(으)로는 발급할 수 없습니다"
    rationale: >-
      The KCP page's "결제창 빌링키 발급" lists `card` as the only method and its example comments
      "'card'만 지원됩니다".
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-006
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0213, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: trans, merchant_uid: BILL-20300101-0214, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pay_method
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: kakaopay, merchant_uid: BILL-20300101-0215, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pay_method

  - id: billing-amount-display-only
    title: {en: "Billing-key window does not charge `amount`", ko: "빌링키 발급 시 `amount`는 승인되지 않음"}
    severity: info
    alongside: true              # an amount sent as a string ("20000") also gets field-type's error
    kinds: [sdk-billing-key]
    assert:
      - path: amount
        max: 0
      # The same amount sent as a string of digits ("20000", as PortOne's Android and iOS SDKs send it).
      - path: amount
        notPattern: '^[1-9][0-9]*$'
    message:
      en: "`amount` {value} is only shown in the KCP billing-key window; nothing is charged: charge later with /subscribe/payments/again or /schedule"
      ko: "`amount` 값 {value}은(는) 결제창에 표시만 되고 빌링키 발급 시 결제가 승인되지 않습니다. 결제는 발급 후 /subscribe/payments/again 또는 /schedule API로 요청하세요"
    rationale: >-
      The KCP page: "결제창에 표시될 금액. 발급 요청시에는 결제가 승인되지 않습니다", and PortOne's billing
      rules say `kcp_billing` cannot charge while issuing. A positive amount is allowed but often
      means the first charge was expected to happen here.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-005
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0216, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0217, amount: 9900, customer_uid: cust_8f14e45f_card01}
          pointer: /amount
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-1816, amount: '20000', customer_uid: cust_8f14e45f_card01}
          pointer: /amount

  - id: billing-key-escrow-ignored
    title: {en: "`escrow` has no effect on a billing key", ko: "빌링키 발급 시 `escrow`는 효과 없음"}
    severity: info
    kinds: [sdk-billing-key]
    assert:
      path: escrow
      notIn: [true]
    message:
      en: "`escrow: true` has no effect when issuing a billing key: nothing is charged in the KCP window; escrow belongs to a payment"
      ko: "빌링키 발급 시에는 `escrow: true`가 효과가 없습니다. KCP 결제창에서 결제가 승인되지 않으며 에스크로는 결제에 적용되는 설정입니다"
    rationale: >-
      `escrow` is a common IMP.request_pay parameter (boolean, default false), and the React Native
      and Flutter wrappers send `escrow: false` with every request, billing keys included, so false
      is accepted. The KCP page says a billing-key request approves nothing, so an escrow flag there
      protects nothing; `true` usually means the merchant expected the first charge to happen here.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0218, amount: 0, customer_uid: cust_8f14e45f_card01, escrow: false}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0219, amount: 0, customer_uid: cust_8f14e45f_card01, escrow: true}
          pointer: /escrow

  # ===================================================================== buyer and order text
  - id: sdk-buyer-tel-missing
    title: {en: "`buyer_tel` missing", ko: "`buyer_tel` 누락"}
    severity: info
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      require: buyer_tel
    message:
      en: "`buyer_tel` is missing: some gateways fail without the buyer's phone number, and PortOne's React Native and Flutter modules refuse the call"
      ko: "`buyer_tel`이 없습니다. 일부 PG사는 구매자 연락처가 없으면 결제가 실패하며 포트원 React Native·Flutter 모듈은 호출을 거부합니다"
    rationale: >-
      The SDK reference says some gateways fail when `buyer_tel` is missing; every KCP example sends
      it, and PortOne's playground, React Native and Flutter wrappers treat it as required. KCP's
      own docs do not mark it required.
      Severity info, not the reference's warning: the KCP page lists `buyer_tel` as optional, so a payload that follows it must not draw a warning; the advice stands because PortOne's wrappers refuse the call without it.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-BUY-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000250, amount: 64900, buyer_tel: 02-1234-1234}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000251, amount: 64900, buyer_name: 홍길동}
          pointer: /buyer_tel
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0218, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: ' '}
          pointer: /buyer_tel

  - id: sdk-buyer-field-length
    title: {en: "Buyer field longer than PortOne's limit", ko: "구매자 정보가 포트원 길이 제한을 넘음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - path: buyer_name
        length: {max: 16}
        message: {en: "`buyer_name` is longer than 16 characters, PortOne's limit for this field", ko: "`buyer_name`이 포트원 제한 길이인 16자를 넘습니다"}
      - path: buyer_email
        length: {max: 64}
        message: {en: "`buyer_email` is longer than 64 characters, PortOne's limit for this field", ko: "`buyer_email`이 포트원 제한 길이인 64자를 넘습니다"}
      - path: buyer_tel
        length: {max: 16}
        message: {en: "`buyer_tel` is longer than 16 characters, PortOne's limit for this field", ko: "`buyer_tel`이 포트원 제한 길이인 16자를 넘습니다"}
      - path: buyer_addr
        length: {max: 128}
        message: {en: "`buyer_addr` is longer than 128 characters, PortOne's limit for this field", ko: "`buyer_addr`이 포트원 제한 길이인 128자를 넘습니다"}
      - path: buyer_postcode
        length: {max: 8}
        message: {en: "`buyer_postcode` is longer than 8 characters, PortOne's limit for this field", ko: "`buyer_postcode`가 포트원 제한 길이인 8자를 넘습니다"}
    message:
      en: "`{field}` is longer than PortOne's limit ({expected})"
      ko: "`{field}`이(가) 포트원 길이 제한({expected})을 넘습니다"
    rationale: >-
      PortOne's v1 API schema limits `buyer_name` to 16, `buyer_email` to 64, `buyer_tel` to 16,
      `buyer_addr` to 128 and `buyer_postcode` to 8 characters. The limits are documented for the
      REST bodies only; the SDK reference gives none, so for IMP.request_pay this is a warning
      (KCP may cut or reject the value) rather than the REST rules' error.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-BUY-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000252, amount: 64900, buyer_name: 포트원 기술지원팀, buyer_email: test@portone.io, buyer_tel: 010-1234-5678, buyer_addr: 서울특별시 강남구 삼성동, buyer_postcode: 123-456}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000253, amount: 64900, buyer_name: Alexander Maximilian Hohenzollern, buyer_tel: +82 (0)10-1234-5678 ext. 12, buyer_postcode: '06164-0001'}
          pointers: [/buyer_name, /buyer_tel, /buyer_postcode]
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0219, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_email: very.long.customer.address.for.newsletter.and.billing@mail.subdomain.example.com}
          pointer: /buyer_email

  - id: sdk-name-length
    title: {en: "Order name longer than 40 characters", ko: "주문명이 40자를 넘음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: name
      length: {max: 40}
    message:
      en: "`name` is longer than 40 characters: the SDK reference asks for 40 at most, and the window may cut it"
      ko: "`name`이 40자를 넘습니다. 주문명은 40자 이내로 작성해야 하며 결제창에서 잘릴 수 있습니다"
    rationale: >-
      The SDK reference says "40자 이내로 작성해주세요" for `name`, and the v1 REST schema has maxLength
      40. For IMP.request_pay the consequence is not documented (the REST rule is an error), so a
      warning here.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-NAME-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000254, amount: 64900, name: 당근 10kg 외 2건}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000255, amount: 64900, name: 'Organic carrots 10kg, free-range eggs 30, and two more items'}
          pointer: /name

  - id: sdk-name-bytes
    title: {en: "Order name over KCP's 100-byte limit", ko: "주문명이 KCP 제한 100바이트를 넘음"}
    severity: info
    kinds: [sdk-payment]
    when: {path: name, length: {max: 40}}
    assert:
      path: name
      bytes: {max: 100}
    message:
      en: "`name` takes more than 100 bytes in UTF-8: if KCP receives it in UTF-8, its 100-byte order-name limit may cut it"
      ko: "`name`이 UTF-8 기준 100바이트를 넘습니다. KCP가 UTF-8로 받는 경우 주문명 한도(100바이트)에 걸려 잘릴 수 있습니다"
    rationale: >-
      PortOne's KCP (V2) page gives KCP's own limit for the order name as 100 bytes; Korean syllables
      take 3 bytes in UTF-8, so a 34-40 character Korean name passes PortOne's 40-character limit
      and still exceeds KCP's. Info, not the reference's warning, as name-too-many-bytes on the REST
      bodies: KCP's byte encoding is not documented, and in EUC-KR, KCP's traditional encoding, 40
      Hangul are only 80 bytes. Names over 40 characters are left to sdk-name-length.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-NAME-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000256, amount: 64900, name: 유기농 당근 10kg 외 2건}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000257, amount: 64900, name: 제주산 유기농 당근 십킬로그램 한상자와 무항생제 유정란삼십구 특가묶음상품}
          pointer: /name

  # ========================================================= phone, gift certificates, points
  - id: phone-requires-buyer-name
    title: {en: "Phone payment needs `buyer_name`", ko: "휴대폰 소액결제 시 `buyer_name` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, equals: phone}
    assert:
      require: buyer_name
    message:
      en: "`buyer_name` is required for a KCP phone payment (`pay_method: phone`)"
      ko: "휴대폰 소액결제 시 `buyer_name`은 필수입니다"
    rationale: >-
      The KCP page: "휴대폰 소액결제시 `buyer_name`과 `bypass.shop_user_id` 파라미터를 필수
      입력해야합니다". KCP answers a missing buyer name with result code 9011. PortOne's playground
      trial preset omits it, but that runs on the public test channel and does not override the
      page.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PHONE-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000258, amount: 9900, buyer_name: 홍길동, digital: true, bypass: {shop_user_id: member-20391}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000259, amount: 9900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000260, amount: 9900, digital: true, bypass: {shop_user_id: member-20391}}
          pointer: /buyer_name
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000261, amount: 9900, buyer_name: '', digital: true, bypass: {shop_user_id: member-20391}}
          pointer: /buyer_name

  - id: phone-requires-shop-user-id
    title: {en: "Phone payment needs `bypass.shop_user_id`", ko: "휴대폰 소액결제 시 `bypass.shop_user_id` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, equals: phone}
    assert:
      require: bypass.shop_user_id
    message:
      en: "`bypass.shop_user_id` (your member ID for the buyer) is required for a KCP phone payment"
      ko: "휴대폰 소액결제 시 `bypass.shop_user_id`(고객사 회원 ID)는 필수입니다"
    rationale: >-
      The KCP page requires `bypass.shop_user_id` for phone payments (PortOne PR #880); KCP uses the
      member ID for risk management and answers a missing one with result code 9055.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PHONE-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000262, amount: 9900, buyer_name: 홍길동, digital: true, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000263, amount: 9900, buyer_name: 홍길동, digital: true}
          pointer: /bypass/shop_user_id
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000264, amount: 9900, buyer_name: 홍길동, digital: true, bypass: {skin_indx: '1'}}
          pointer: /bypass/shop_user_id

  - id: phone-requires-digital
    title: {en: "Phone payment without `digital`", ko: "휴대폰 소액결제 시 `digital` 누락"}
    severity: info
    kinds: [sdk-payment]
    when: {path: pay_method, equals: phone}
    assert:
      require: digital
    message:
      en: "`digital` is missing: the SDK reference requires it for phone payments (true for digital goods, false for physical goods; fees differ)"
      ko: "`digital`이 없습니다. 포트원 SDK 문서는 휴대폰 소액결제에 이 값을 필수로 안내합니다 (디지털 상품이면 true, 실물 상품이면 false이며 수수료율이 다릅니다)"
    rationale: >-
      The SDK reference says `digital` is required for phone payments and that real and digital
      goods are charged different fees; PortOne's React Native and Flutter wrappers refuse `phone`
      without it.
      Severity info, not the reference's warning: the KCP page's own phone-payment example omits `digital`; the generic SDK reference requires it, so kcplint advises it without warning.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-PHONE-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000265, amount: 9900, buyer_name: 홍길동, digital: false, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000266, amount: 9900, buyer_name: 홍길동, bypass: {shop_user_id: member-20391}}
          pointer: /digital

  - id: phone-prefill-mobile-number
    title: {en: "`prefill.phoneNumber` is not a mobile number", ko: "`prefill.phoneNumber`가 휴대폰 번호가 아님"}
    severity: warning
    kinds: [sdk-payment]
    when: {path: prefill.phoneNumber, matches: '\S'}
    assert:
      path: prefill.phoneNumber
      pattern: '^01[016789][- ]?\d{3,4}[- ]?\d{4}$'
    message:
      en: "`prefill.phoneNumber` {value} is not a Korean mobile number such as 01012345678: the phone-payment window would be fixed to a number that cannot pay"
      ko: "`prefill.phoneNumber` 값 {value}은(는) 01012345678 같은 휴대폰 번호가 아닙니다. 휴대폰 소액결제 창에 결제할 수 없는 번호가 고정됩니다"
    rationale: >-
      The KCP page: `prefill.phoneNumber` fixes the number used by the phone (micropayment) window.
      Phone micropayments are billed to a Korean mobile line (010, 011, 016-019), so a landline, an
      international form or a truncated number cannot complete the payment.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PHONE-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000269, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: ''}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000267, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: '01012345678'}, bypass: {shop_user_id: member-20391}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000268, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: 010-1234-5678}, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000269, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: 02-1234-5678}, bypass: {shop_user_id: member-20391}}
          pointer: /prefill/phoneNumber
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000270, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: +82-10-1234-5678}, bypass: {shop_user_id: member-20391}}
          pointer: /prefill/phoneNumber

  - id: phone-prefill-digits-only
    title: {en: "`prefill.phoneNumber` with separators", ko: "`prefill.phoneNumber`에 구분 기호 포함"}
    severity: info
    kinds: [sdk-payment]
    when: {path: prefill.phoneNumber, matches: '^01[016789][- ]?\d{3,4}[- ]?\d{4}$'}
    assert:
      path: prefill.phoneNumber
      pattern: '^\d+$'
    message:
      en: "`prefill.phoneNumber` {value} contains hyphens or spaces: the KCP page gives no format, but send digits only (01012345678), as PortOne's Danal page asks"
      ko: "`prefill.phoneNumber` 값 {value}은(는) 하이픈이나 공백을 포함합니다. KCP 문서에는 형식이 없지만 포트원 다날 문서처럼 숫자만(01012345678) 입력하세요"
    rationale: >-
      The KCP page does not give a format for `prefill.phoneNumber`; PortOne's Danal page, the other
      v1 gateway with this parameter, asks for digits without hyphens. By analogy only, hence info.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/danal?v=v1
    ref: KCP-PHONE-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000271, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: '01012345678'}, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000272, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: 010-1234-5678}, bypass: {shop_user_id: member-20391}}
          pointer: /prefill/phoneNumber

  - id: gift-requires-shop-user-id
    title: {en: "Gift certificate needs `bypass.shop_user_id`", ko: "상품권 결제 시 `bypass.shop_user_id` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, in: [cultureland, smartculture, booknlife, happymoney]}
    assert:
      require: bypass.shop_user_id
    message:
      en: "`bypass.shop_user_id` (your member ID for the buyer) is required for a gift-certificate payment (`pay_method` {triggerValue})"
      ko: "상품권 결제(`pay_method` {triggerValue}) 시 `bypass.shop_user_id`(고객사 회원 ID)는 필수입니다"
    rationale: >-
      The KCP page: "상품권 결제시 `bypass.shop_user_id`파라미터를 필수 입력해야합니다" — the issuers
      use the member ID for risk management (PortOne PR #931). It applies to every gift certificate
      method, including `happymoney` when it is used.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-GIFT-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: cultureland, merchant_uid: ORD-20300101-000273, amount: 10000, buyer_name: 홍길동, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: booknlife, merchant_uid: ORD-20300101-000274, amount: 10000, buyer_name: 홍길동}
          pointer: /bypass/shop_user_id
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: smartculture, merchant_uid: ORD-20300101-000275, amount: 10000, bypass: {shop_user_id: '   '}}
          pointer: /bypass/shop_user_id

  - id: point-requires-memcorp-code
    title: {en: "Benepia points need `bypass.pt_memcorp_cd`", ko: "베네피아 포인트 결제 시 `bypass.pt_memcorp_cd` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, equals: point}
    assert:
      require: bypass.pt_memcorp_cd
    message:
      en: "`bypass.pt_memcorp_cd` (the Benepia member-company code) is required for `pay_method: point`"
      ko: "베네피아 포인트 결제(`pay_method: point`) 시 `bypass.pt_memcorp_cd`(베네피아 고객사 코드)는 필수입니다"
    rationale: >-
      The KCP page's `bypass` table marks `pt_memcorp_cd` as required for Benepia point payments.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-POINT-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000276, amount: 30000, bypass: {pt_memcorp_cd: BNP0012, complex_pnt_yn: 'Y'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000277, amount: 30000, bypass: {complex_pnt_yn: 'Y'}}
          pointer: /bypass/pt_memcorp_cd

  - id: boolean-fields-json-boolean
    title: {en: "Boolean parameter sent as another type", ko: "boolean 파라미터의 타입 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - {path: escrow, type: boolean}
      - {path: appCard, type: boolean}
      - {path: digital, type: boolean}
      - {path: popup, type: boolean}
      - {path: useFreeInterestFromMall, type: boolean}
      - {path: 'card.detail[*].enabled', type: boolean}
    message:
      en: "`{field}` must be a JSON boolean, found {value}: send true or false without quotes (JavaScript treats the string \"false\" as true)"
      ko: "`{field}`은(는) boolean 값이어야 하는데 {value}입니다. 따옴표 없이 true 또는 false로 보내세요 (JavaScript에서는 문자열 \"false\"도 true로 취급됩니다)"
    rationale: >-
      The KCP page and the SDK reference type `escrow`, `appCard`, `digital` and
      `card.detail[].enabled` (and the generic `popup`, `useFreeInterestFromMall`) as booleans.
      Values read from form fields or environment variables often arrive as "true"/"false" strings
      (a React Native issue shows `digital: 'false'`), which a truthiness check turns into true: an
      escrow or digital-goods payment the merchant did not ask for.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-TYPE-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000278, amount: 64900, escrow: false, appCard: true, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000279, amount: 64900, escrow: 'false', appCard: 1}
          pointers: [/escrow, /appCard]
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000280, amount: 9900, buyer_name: 홍길동, digital: 'false', bypass: {shop_user_id: member-20391}}
          pointer: /digital
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000281, amount: 64900, card: {detail: [{card_code: '*', enabled: 'false'}, {card_code: '366', enabled: true}]}}
          pointer: /card/detail/0/enabled

  # ======================================================================== virtual account
  - id: vbank-due-format
    title: {en: "`vbank_due` not a valid date", ko: "`vbank_due` 형식 오류"}
    severity: error
    kinds: [sdk-payment]
    # Only a virtual account has a deposit deadline: other methods ignore the member (checkout code often sends
    # one object for every method).
    when: {path: pay_method, equals: vbank}
    assert:
      # A number is a type problem, not a date one: said so, instead of "not a real date".
      - path: vbank_due
        type: string
        message:
          en: "`vbank_due` must be a string such as \"20301231\", found {actual}: PortOne's SDK reference types it as a string"
          ko: "`vbank_due`는 \"20301231\" 같은 문자열이어야 하는데 {actual}입니다. 포트원 SDK 문서에서 문자열로 정의된 파라미터입니다"
      - path: vbank_due
        that:
          any:
            - not: {path: ., type: string}
            - {path: ., format: vbank-due}
    message:
      en: "`vbank_due` {value} is not a real date in a supported form: use YYYYMMDD or YYYYMMDDHHmmss (also accepted: YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss)"
      ko: "`vbank_due` 값 {value}은(는) 올바른 날짜 형식이 아닙니다. YYYYMMDD 또는 YYYYMMDDHHmmss 형식으로 입력하세요 (YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss도 허용됩니다)"
    rationale: >-
      The KCP page allows `YYYYMMDD` and `YYYYMMDDHHmmss` (a date alone means 23:59:59); the SDK
      reference adds `YYYY-MM-DD` and `YYYY-MM-DD HH:mm:ss`, and the legacy manual and PortOne's
      playground use `YYYYMMDDhhmm`. All of them parse unambiguously, so only a value in none of
      these forms, or an impossible date, is an error; the non-KCP forms get vbank-due-kcp-form.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000290, amount: 39000, vbank_due: '2030/12/31'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000282, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000283, amount: 39000, buyer_name: 홍길동, vbank_due: '2030-12-31 18:00:00'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000284, amount: 39000, buyer_name: 홍길동, vbank_due: '2030/12/31'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000285, amount: 39000, buyer_name: 홍길동, vbank_due: '20300231'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000286, amount: 39000, buyer_name: 홍길동, vbank_due: 20301231}
          pointer: /vbank_due

  - id: vbank-due-kcp-form
    title: {en: "`vbank_due` in a form the KCP page does not list", ko: "KCP 문서에 없는 `vbank_due` 형식"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: pay_method, equals: vbank}
        - {path: vbank_due, format: vbank-due}
    assert:
      path: vbank_due
      pattern: '^(\d{8}|\d{14})$'
    message:
      en: "`vbank_due` {value} uses a form the KCP page does not list: KCP documents YYYYMMDD and YYYYMMDDHHmmss"
      ko: "`vbank_due` 값 {value}은(는) KCP 문서에 없는 형식입니다. KCP 문서의 형식은 YYYYMMDD와 YYYYMMDDHHmmss입니다"
    rationale: >-
      The SDK reference accepts the dashed forms and older PortOne material uses YYYYMMDDhhmm, so
      they are not errors; the KCP page itself lists only the two compact forms, so using exactly
      those is the safe choice.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000291, amount: 39000, vbank_due: '2030-12-31'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000287, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231180000'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000288, amount: 39000, buyer_name: 홍길동, vbank_due: '2030-12-31'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000289, amount: 39000, buyer_name: 홍길동, vbank_due: '203012311800'}
          pointer: /vbank_due

  - id: vbank-due-past
    title: {en: "`vbank_due` already past", ko: "`vbank_due`가 이미 지난 시각"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - {path: pay_method, equals: vbank}
        - {path: vbank_due, format: vbank-due}
    assert:
      path: vbank_due
      notPast: true
    message:
      en: "`vbank_due` {value} is already past: the virtual account would expire before the buyer can deposit"
      ko: "`vbank_due` 값 {value}은(는) 이미 지난 시각입니다. 구매자가 입금하기 전에 가상계좌 입금기한이 만료됩니다"
    rationale: >-
      `vbank_due` is the deposit deadline of the issued virtual account; a deadline before the
      request can never be met (typically a hard-coded date or a time-zone mistake). Checked in
      Korea Standard Time, only when `pay_method` is `vbank`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000290, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000291, amount: 39000, vbank_due: '20190101'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000292, amount: 39000, buyer_name: 홍길동, vbank_due: '20190101'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000293, amount: 39000, buyer_name: 홍길동, vbank_due: '2025-12-31 23:59:59'}
          pointer: /vbank_due

  - id: vbank-due-missing
    title: {en: "Virtual account without `vbank_due`", ko: "가상계좌 결제 시 `vbank_due` 누락"}
    severity: info
    kinds: [sdk-payment]
    when: {path: pay_method, equals: vbank}
    assert:
      require: vbank_due
    message:
      en: "`vbank_due` is not set: KCP's default deposit deadline is not documented; set it explicitly"
      ko: "`vbank_due`가 없습니다. KCP의 기본 입금기한은 문서화되어 있지 않으므로 입금기한을 직접 지정하세요"
    rationale: >-
      The KCP page documents `vbank_due` but not the deadline used without it; PortOne's Flutter
      wrapper refuses `vbank` without it. Advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000294, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000295, amount: 39000, buyer_name: 홍길동}
          pointer: /vbank_due

  - id: vbank-buyer-name
    title: {en: "Virtual account without `buyer_name`", ko: "가상계좌 결제 시 `buyer_name` 누락"}
    severity: info
    kinds: [sdk-payment]
    when: {path: pay_method, equals: vbank}
    assert:
      require: buyer_name
    message:
      en: "`buyer_name` is not set: the virtual account shows the buyer's name, and matching deposits is harder without it"
      ko: "`buyer_name`이 없습니다. 가상계좌에는 구매자 이름이 표시되므로 없으면 입금 확인이 어려워집니다"
    rationale: >-
      PortOne's KCP trial preset adds `buyer_name` for `vbank` only, and PortOne's KCP (V2) page
      says the issued account shows the customer's name. Advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-VB-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000296, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000297, amount: 39000, vbank_due: '20301231'}
          pointer: /buyer_name

  # ======================================================================= installments
  - id: display-quota-integer-array
    title: {en: "`display.card_quota` not an array of integers", ko: "`display.card_quota`가 정수 배열이 아님"}
    severity: error
    kinds: [sdk-payment]
    assert:
      - path: display.card_quota
        type: array
        message:
          en: "`display.card_quota` must be an array of month numbers such as [2, 3, 4, 5, 6] ([] = lump sum only), found {value}"
          ko: "`display.card_quota`는 [2, 3, 4, 5, 6]처럼 할부개월수의 배열이어야 하는데 {value}입니다 ([]는 일시불만 가능)"
      - path: 'display.card_quota[*]'
        type: integer
        message:
          en: "`{field}` must be an integer number of months, found {value}"
          ko: "`{field}`은(는) 정수 개월수여야 하는데 {value}입니다"
    message:
      en: "`display.card_quota` must be an array of integers"
      ko: "`display.card_quota`는 정수 배열이어야 합니다"
    rationale: >-
      The KCP page types `display.card_quota` as number[]: `[]` means lump sum only and the list
      holds installment months. The seed page printed the example as `2,3,4,5,6` without brackets
      (fixed in the current page); sent as a string or with string items, the setting is not
      applied as intended.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000298, amount: 64900, display: {card_quota: [2, 3, 4, 5, 6]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000299, amount: 64900, display: {card_quota: []}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000300, amount: 64900, display: {card_quota: '2,3,4,5,6'}}
          pointer: /display/card_quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000301, amount: 64900, display: {card_quota: [2, '3', 6.5]}}
          pointers: [/display/card_quota/1, /display/card_quota/2]

  - id: display-quota-max-only
    title: {en: "KCP uses only the largest `display.card_quota` value", ko: "KCP는 `display.card_quota`의 최댓값만 사용"}
    severity: info
    kinds: [sdk-payment]
    when: {path: display.card_quota, length: {min: 2}, none: {path: ., equals: 2}, some: {path: ., gte: 3}}
    assert:
      forbid: display.card_quota
    message:
      en: "`display.card_quota` {value} will not limit the choice to the listed months: KCP enables every installment month from 2 up to the largest value"
      ko: "`display.card_quota` 값 {value}(으)로는 나열한 개월만 선택하게 할 수 없습니다. KCP는 2개월부터 가장 큰 값까지의 모든 할부개월을 활성화합니다"
    rationale: >-
      The current KCP page says the largest value sets the ceiling (`[3]` = lump sum, 2 and 3
      months); the generic SDK reference describes `[6]` as "lump sum and 6 only", which is not how
      KCP behaves. A list of several values without 2 (e.g. [3, 6, 12], or [0, 6] for "lump sum
      and 6 months") shows the generic reading. A 0 or 1 for lump sum beside a run from 2
      ([0, 2, 3, 4, 5, 6], seen in merchant code) is what KCP does anyway and is not flagged, nor is a
      list of lump-sum values only ([0, 1]). Lists with a gap that start at 2 ([2, 6]) are not
      flagged: the catalogue's conditions can only spell that out one list length at a time, which
      cost 5 % of a typical validation when tried.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000302, amount: 64900, display: {card_quota: [2, 3, 4, 5, 6]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000303, amount: 64900, display: {card_quota: [6]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000306, amount: 64900, display: {card_quota: [0, 2, 3, 4, 5, 6]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000311, amount: 64900, display: {card_quota: [6, 5, 4, 3, 2]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000312, amount: 64900, display: {card_quota: [0, 1]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000304, amount: 640000, display: {card_quota: [3, 6, 12]}}
          pointer: /display/card_quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000305, amount: 64900, display: {card_quota: [0, 6]}}
          pointer: /display/card_quota

  - id: display-quota-installment-minimum
    title: {en: "Installments offered below 50,000 KRW", ko: "5만원 미만 결제에 할부 설정"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: amount, lt: 50000}
        - not: {all: [{path: currency, matches: '\S'}, {not: {path: currency, equals: KRW}}]}
        - {path: display.card_quota, some: {path: ., gte: 2}}
        # Installments are card-window options: a shop-wide setting on another method (trans) is inert.
        - any: [{absent: pay_method}, {path: pay_method, equals: card}]
    assert:
      forbid: display.card_quota
    message:
      en: "`display.card_quota` offers installments but `amount` is below 50,000 KRW: KCP offers installments from 50,000 KRW (from 10,000 KRW with some issuers only), so most buyers will get lump sum only"
      ko: "`amount`가 5만원 미만인데 `display.card_quota`에 할부개월을 설정했습니다. 할부 결제는 5만원 이상부터 가능하므로(일부 카드사는 1만원 이상부터 가능) 대부분의 구매자에게는 일시불만 제공됩니다"
    rationale: >-
      The KCP page: "할부 결제는 5만원 이상 결제 요청시 이용 가능합니다" (some issuers from 10,000 KRW).
      Offering installment months on a smaller amount shows a choice that cannot be honoured, so it
      is very likely a configuration mistake; a warning rather than an error because of the issuer
      exceptions.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000353, amount: 300, currency: USD, display: {card_quota: [2, 3]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000306, amount: 50000, display: {card_quota: [2, 3]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000307, amount: 9900, display: {card_quota: []}}
        # A shop-wide setting on a bank transfer: no installments to offer.
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: trans, merchant_uid: ORD-20300101-001801, amount: 12000, display: {card_quota: [2, 3]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000308, amount: 49900, display: {card_quota: [2, 3, 4, 5, 6]}}
          pointer: /display/card_quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, merchant_uid: ORD-20300101-001802, amount: 20000, display: {card_quota: [3]}}
          pointer: /display/card_quota

  # ============================================================================== card
  - id: card-direct-code
    title: {en: "`card.direct.code` missing or not a card company code", ko: "`card.direct.code` 누락 또는 카드사 코드 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    when: {present: card.direct}
    assert:
      - require: card.direct.code
        message:
          en: "`card.direct.code` is required with `card.direct`: give the card company code, e.g. \"367\" for Hyundai"
          ko: "`card.direct`를 사용할 때 `card.direct.code`는 필수입니다. 현대카드는 \"367\"처럼 카드사 코드를 입력하세요"
      - path: card.direct.code
        enum: ['361', '381', '367', '365', '368', '371', '041', '374', '045', '373', '364', '366', '002', '369', '048', '370', '071', '089', '372', '090', '050']
    message:
      en: "`card.direct.code` {value} is not a card company code: use a code string from PortOne's card code table, with its leading zeros ({expected})"
      ko: "`card.direct.code` 값 {value}은(는) 카드사 코드가 아닙니다. 포트원 카드사 코드표의 코드를 앞자리 0을 포함한 문자열로 입력하세요 ({expected})"
    rationale: >-
      The KCP page points `card.direct.code` to PortOne's card code table (KFTC codes such as
      `367` Hyundai, `041` Woori). The value is a string: a number loses the leading zero of `041`,
      `045`, `048`, `071`, `089`, `090`, `002`. KCP rejects an unknown card code (result 8112).
      Savings-bank cards (`050`) are not in PortOne's table but KCP lists them as direct-callable:
      accepted here and reported by `card-code-savings-bank` (warning). Foreign-issuer codes
      (10001-10006) are not documented as inputs.
    source: https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1
    ref: KCP-CARD-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000309, amount: 64900, company: 당근마켓, card: {direct: {code: '041', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000310, amount: 64900, company: 당근마켓, card: {direct: {code: 367, quota: 0}}}
          pointer: /card/direct/code
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000311, amount: 64900, company: 당근마켓, card: {direct: {code: '41', quota: 0}}}
          pointer: /card/direct/code
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000312, amount: 64900, company: 당근마켓, card: {direct: {quota: 3}}}
          pointer: /card/direct/code

  - id: card-direct-quota-type
    title: {en: "`card.direct.quota` missing or not an integer", ko: "`card.direct.quota` 누락 또는 정수가 아님"}
    severity: warning
    kinds: [sdk-payment]
    when: {present: card.direct}
    assert:
      - require: card.direct.quota
        message:
          en: "`card.direct.quota` is missing: give the fixed installment months (0 = lump sum)"
          ko: "`card.direct.quota`가 없습니다. 고정 할부개월수를 입력하세요 (일시불은 0)"
      - path: card.direct.quota
        type: integer
    message:
      en: "`card.direct.quota` must be an integer number of months (0 = lump sum), found {value}"
      ko: "`card.direct.quota`는 정수 개월수여야 하는데 {value}입니다 (일시불은 0)"
    rationale: >-
      The KCP page says lump sum "must be entered as 0" and types `quota` as a number of months
      (plus a card-point offset). Without it, or with "3" as a string, the direct call's installment
      is undocumented. A warning, as in the reference, because PortOne may default a missing quota to
      lump sum.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000313, amount: 64900, company: 당근마켓, card: {direct: {code: '367', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000314, amount: 64900, company: 당근마켓, card: {direct: {code: '367'}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000315, amount: 64900, company: 당근마켓, card: {direct: {code: '367', quota: '3'}}}
          pointer: /card/direct/quota

  - id: card-direct-hyundai-point-offset
    title: {en: "Hyundai Card points use +80, not +60", ko: "현대카드 포인트는 +80 개월로 요청"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - {path: card.direct.code, equals: '367'}
        - {path: card.direct.quota, gte: 60, lt: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} adds the +60 card-point offset, but Hyundai Card (367) uses +80: send 80 for points with lump sum, 80 + N for points with N months"
      ko: "`card.direct.quota` 값 {value}은(는) 60개월 포인트 가산값을 사용했지만 현대카드(367)는 80개월을 더해야 합니다. 포인트 일시불은 80, 포인트 N개월 할부는 80 + N으로 입력하세요"
    rationale: >-
      The KCP page: to use card points, add 80 months for Hyundai Card and 60 for KB, BC, Samsung,
      Hana, Lotte, Shinhan, NH, Woori and Citi (80 = Hyundai points + lump sum, 93 = + 13 months,
      63 = other cards' points + 3 months). 60-79 on Hyundai is therefore neither a valid point
      request nor a valid installment.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000316, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 93}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000317, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 63}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000318, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 63}}}
          pointer: /card/direct/quota

  - id: card-direct-point-offset-80
    title: {en: "+80 point offset on a card other than Hyundai", ko: "현대카드가 아닌 카드에 +80 포인트 가산"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - {path: card.direct.code, in: ['361', '381', '365', '368', '371', '041', '374', '045', '373', '364', '366', '002', '369', '048', '370', '071', '089', '372', '090']}
        - {path: card.direct.quota, gte: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} is 80 or more, but only Hyundai Card (367) uses the +80 card-point offset: KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori and Citi use +60 (60 = points with lump sum, 63 = points with 3 months), and for other cards the KCP page documents no offset, so send only the installment months"
      ko: "`card.direct.quota` 값 {value}은(는) 80 이상이지만 +80 포인트 가산은 현대카드(367)에만 해당합니다. 국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드는 +60이며(포인트 일시불 60, 포인트 3개월 할부 63), 그 밖의 카드사는 KCP 문서에 포인트 가산값이 없으므로 할부개월수만 입력하세요"
    rationale: >-
      The KCP page documents +80 for Hyundai Card only and +60 for KB, BC, Samsung, Hana, Lotte,
      Shinhan, NH, Woori and Citi. A quota of 80 or more on any other card is not a documented
      request (83 on Shinhan would be read neither as points + 3 nor as 83 months).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000319, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 63}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000320, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 83}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000321, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 83}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000322, amount: 640000, company: 당근마켓, card: {direct: {code: '381', quota: 80}}}
          pointer: /card/direct/quota

  - id: card-direct-point-offset-undocumented
    title: {en: "Point offset on a card without a documented offset", ko: "포인트 가산값이 문서화되지 않은 카드사"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: card.direct.code, in: ['045', '373', '364', '002', '369', '048', '071', '089', '372', '090']}
        - {path: card.direct.quota, gte: 60, lt: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} looks like a +60 card-point request, but the KCP page documents a point offset only for Hyundai (+80) and KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori, Citi (+60), not for this card company"
      ko: "`card.direct.quota` 값 {value}은(는) 60개월 포인트 가산으로 보이지만 KCP 문서에는 현대카드(+80)와 국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드(+60)의 포인트 가산값만 있고 이 카드사는 없습니다"
    rationale: >-
      The KCP page lists the card-point offset for ten card companies only. For MG Saemaul, Jeju,
      Gwangju, KDB, Suhyup, Shinhyup, Post Office, K Bank, Jeonbuk and Kakao Bank a quota of 60-79
      is undocumented: either points are not available through KCP for that card or the month count
      is wrong.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000323, amount: 640000, company: 당근마켓, card: {direct: {code: '071', quota: 6}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000324, amount: 640000, company: 당근마켓, card: {direct: {code: '371', quota: 60}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000325, amount: 640000, company: 당근마켓, card: {direct: {code: '071', quota: 62}}}
          pointer: /card/direct/quota

  - id: card-direct-base-months-one
    title: {en: "`card.direct.quota` asks for 1 month or fewer", ko: "`card.direct.quota`가 1개월 또는 음수 할부"}
    severity: error
    kinds: [sdk-payment]
    when:
      any:
        - {path: card.direct.quota, equals: 1}
        - {path: card.direct.quota, lt: 0}
        - all:
            - {path: card.direct.quota, equals: 81}
            - {path: card.direct.code, equals: '367'}
        - all:
            - {path: card.direct.quota, equals: 61}
            - {path: card.direct.code, in: ['361', '381', '365', '368', '371', '041', '374', '366', '370']}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} means 1 installment month (or a negative one), which does not exist: use 0 for lump sum or 2 months or more, plus the card-point offset if you use points"
      ko: "`card.direct.quota` 값 {value}은(는) 1개월(또는 음수) 할부를 뜻하며 이런 할부는 없습니다. 일시불은 0, 할부는 2개월 이상으로 입력하고 포인트 사용 시 포인트 가산값을 더하세요"
    rationale: >-
      The KCP page: lump sum is 0, and the point offset (+80 Hyundai, +60 the other nine listed
      cards) is added to the month count. Installments start at 2 months (the v1 API documents
      `card_quota` as 0 or 2 and more), so quota 1, Hyundai 81, or 61 on a +60 card asks for a
      1-month installment, and a negative quota is meaningless; KCP answers with an installment
      error (CC16).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000326, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 80}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000327, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 62}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000328, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 1}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000329, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 81}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000330, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 61}}}
          pointer: /card/direct/quota

  - id: card-direct-installment-minimum
    title: {en: "Direct-call installment below 50,000 KRW", ko: "5만원 미만 결제에 카드사 다이렉트 할부"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: amount, lt: 50000}
        - not: {all: [{path: currency, matches: '\S'}, {not: {path: currency, equals: KRW}}]}
        # Installments are card-window options: `card.direct` left on another method is inert.
        - any: [{absent: pay_method}, {path: pay_method, equals: card}]
        - any:
            - {path: card.direct.quota, gte: 2, lt: 60}
            - all:
                - {path: card.direct.code, equals: '367'}
                - {path: card.direct.quota, gte: 82}
            - all:
                - {path: card.direct.code, in: ['361', '381', '365', '368', '371', '041', '374', '366', '370']}
                - {path: card.direct.quota, gte: 62, lt: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} asks for an installment but `amount` is below 50,000 KRW: KCP allows installments from 50,000 KRW (some issuers from 10,000 KRW)"
      ko: "`amount`가 5만원 미만인데 `card.direct.quota` 값 {value}(으)로 할부를 요청했습니다. 할부 결제는 5만원 이상부터 가능합니다 (일부 카드사는 1만원 이상)"
    rationale: >-
      The KCP page: installments need 50,000 KRW or more (some issuers 10,000 KRW). A direct call
      fixes the month count, so unlike the window list the buyer cannot fall back to lump sum: the
      payment is likely to fail (KCP CC34/CC47). The base months are the quota minus the card-point
      offset (80 for Hyundai 367, 60 for the nine +60 cards); base 0 is lump sum and is not flagged.
      A warning because some issuers allow installments from 10,000 KRW.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000354, amount: 300, currency: USD, card: {direct: {code: '366', quota: 3}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000331, amount: 30000, company: 당근마켓, card: {direct: {code: '367', quota: 80}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000332, amount: 30000, company: 당근마켓, card: {direct: {code: '366', quota: 0}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000333, amount: 90000, company: 당근마켓, card: {direct: {code: '366', quota: 3}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-001803, amount: 30000, company: 당근마켓, vbank_due: '20301231', card: {direct: {code: '366', quota: 3}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000334, amount: 30000, company: 당근마켓, card: {direct: {code: '366', quota: 3}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000335, amount: 30000, company: 당근마켓, card: {direct: {code: '367', quota: 83}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000336, amount: 30000, company: 당근마켓, card: {direct: {code: '381', quota: 66}}}
          pointer: /card/direct/quota

  - id: company-with-card-direct
    title: {en: "`card.direct` without `company`", ko: "`card.direct` 사용 시 `company` 누락"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - present: card.direct
        # The direct call opens the card company's module: `card.direct` left on another method is inert.
        - any: [{absent: pay_method}, {path: pay_method, equals: card}]
    assert:
      require: company
    message:
      en: "`company` is missing: with `card.direct` the card company's module shows \"iamport\" instead of your shop name, and several issuers require a merchant name"
      ko: "`company`가 없습니다. `card.direct` 사용 시 이 값을 설정하지 않으면 카드사 모듈 창에 상호명 대신 iamport로 표기되며 일부 카드사는 상호명이 필수입니다"
    rationale: >-
      The KCP page's direct-call example: "해당 파라미터를 설정하지 않으면 카드사 모듈 창에 iamport 로
      표기". PortOne's KCP (V2) page adds that KCP requires the merchant name for direct calls to
      Shinhan, Woori, Hyundai, Samsung, NH, Hana, Lotte and Citi on PC, and always on mobile.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000337, amount: 64900, company: 당근마켓, card: {direct: {code: '367', quota: 3}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: trans, merchant_uid: ORD-20300101-001804, amount: 64900, card: {direct: {code: '367', quota: 3}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000338, amount: 64900, card: {direct: {code: '367', quota: 3}}}
          pointer: /company
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, merchant_uid: ORD-20300101-001805, amount: 64900, card: {direct: {code: '367', quota: 3}}}
          pointer: /company

  - id: card-direct-and-detail
    title: {en: "`card.direct` and `card.detail` together", ko: "`card.direct`와 `card.detail` 동시 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      exclusive: [card.direct, card.detail]
    message:
      en: "`card.detail` is sent together with `card.direct`: the KCP page defines `card` as one of the two; keep only the one you need"
      ko: "`card.direct`와 `card.detail`을 함께 입력했습니다. KCP 문서에서 `card`는 둘 중 하나만 사용하는(oneof) 객체이므로 필요한 하나만 남기세요"
    rationale: >-
      The KCP page types `card` as "oneof object": `direct` opens one issuer's module, `detail`
      filters the list of the integrated window. With both, which one wins is undocumented.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000339, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000340, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}, detail: [{card_code: '366', enabled: true}]}}
          pointer: /card/detail

  - id: card-direct-not-kcp-listed
    title: {en: "Card company not listed for KCP direct calls", ko: "KCP 다이렉트 호출 목록에 없는 카드사"}
    severity: info
    kinds: [sdk-payment]
    assert:
      path: card.direct.code
      notIn: ['372', '089', '090']
    message:
      en: "card company code {value} is one of Jeonbuk (372), K Bank (089) and Kakao Bank (090), which are not in KCP's list of direct-callable issuers: test the direct call, or use `card.detail` instead"
      ko: "카드사 코드 {value}은(는) KCP 다이렉트 호출 가능 카드사 목록에 없는 전북(372)·케이뱅크(089)·카카오뱅크(090) 중 하나입니다. 다이렉트 호출을 테스트해 보거나 `card.detail`을 사용하세요"
    rationale: >-
      PortOne's KCP (V2) page lists the issuers KCP can open directly (Shinhan, Hyundai, Samsung, NH,
      Hana, Lotte, Citi, Woori, BC, KB, Post Office, Gwangju, MG Saemaul, Suhyup, Jeju, Shinhyup,
      savings banks, KDB); Jeonbuk (372), K Bank (089) and Kakao Bank (090) are in PortOne's code
      table but not in that list. The SDK reference also says direct-call support differs per PG.
      A PG fact from the V2 page, so info.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-CARD-006
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000341, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000342, amount: 64900, company: 당근마켓, card: {direct: {code: '090', quota: 0}}}
          pointer: /card/direct/code

  - id: card-code-savings-bank
    title: {en: "Savings-bank card code `050`", ko: "저축은행 카드사 코드 `050`"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - {path: card.direct.code, notIn: ['050']}
      - {path: 'card.detail[*].card_code', notIn: ['050']}
    message:
      en: "`{field}` \"050\" (savings banks) is not in PortOne's card code table: KCP lists savings-bank cards as direct-callable, but check with PortOne that this code reaches KCP"
      ko: "`{field}` 값 \"050\"(저축은행)은 포트원 카드사 코드표에 없습니다. KCP는 저축은행 카드를 다이렉트 호출 가능 카드사로 안내하지만 이 코드가 KCP로 전달되는지 포트원에 확인하세요"
    rationale: >-
      The KCP page points card codes to PortOne's card code table, which has no savings-bank entry;
      KCP's own documentation lists savings-bank cards among the cards a merchant can call directly,
      and third-party typings use `050` for them. Whether PortOne v1 passes the code on is not
      documented, so it is a warning, not an error.
    source: https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1
    ref: KCP-CARD-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000313, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000314, amount: 64900, company: 당근마켓, card: {direct: {code: '050', quota: 0}}}
          pointer: /card/direct/code
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000315, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '050', enabled: true}]}}
          pointer: /card/detail/1/card_code

  - id: card-detail-code
    title: {en: "`card.detail[].card_code` not a card company code", ko: "`card.detail[].card_code` 카드사 코드 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: 'card.detail[*].card_code'
      enum: ['*', '361', '381', '367', '365', '368', '371', '041', '374', '045', '373', '364', '366', '002', '369', '048', '370', '071', '089', '372', '090', '050']
    message:
      en: "`{field}` {value} is not a card company code: use \"*\" (all cards) or a code string from PortOne's card code table, with its leading zeros"
      ko: "`{field}` 값 {value}은(는) 카드사 코드가 아닙니다. \"*\"(전체 카드사) 또는 포트원 카드사 코드표의 코드를 앞자리 0을 포함한 문자열로 입력하세요"
    rationale: >-
      The KCP page points `card.detail[].card_code` to PortOne's card code table, and its example
      uses `*` for every card company. Any other value (a card name, a number that lost its leading
      zero) matches no issuer, so the intended card is not enabled or disabled.
    source: https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1
    ref: KCP-CARD-007
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000343, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}, {card_code: '041', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000344, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: SHINHAN, enabled: true}, {card_code: 41, enabled: true}]}}
          pointers: [/card/detail/1/card_code, /card/detail/2/card_code]

  - id: card-detail-nothing-enabled
    title: {en: "`card.detail` leaves no card enabled", ko: "`card.detail`로 모든 카드사가 비활성화됨"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - {path: card.detail, some: {all: [{path: card_code, equals: '*'}, {path: enabled, equals: false}]}}
        - path: card.detail
          none:
            all:
              - not: {path: card_code, equals: '*'}
              - not: {path: enabled, equals: false}
    assert:
      forbid: card.detail
    message:
      en: "`card.detail` disables every card (\"*\" with enabled: false) and enables none: the buyer cannot choose any card"
      ko: "`card.detail`에서 모든 카드사를 비활성화(\"*\", enabled: false)하고 활성화한 카드사가 없습니다. 구매자가 선택할 수 있는 카드가 없습니다"
    rationale: >-
      The KCP page's example disables `*` and then enables the wanted card (`366`). Disabling `*`
      without enabling any code leaves an empty card list in the window.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-008
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000345, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000346, amount: 64900, card: {detail: [{card_code: '361', enabled: false}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000347, amount: 64900, card: {detail: [{card_code: '*', enabled: false}]}}
          pointer: /card/detail
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000348, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: false}]}}
          pointer: /card/detail

  - id: card-merchant-interest-free-unsupported
    title: {en: "Merchant-paid interest-free installments are not supported by KCP", ko: "상점 부담 무이자 할부는 KCP 미지원"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      - forbid: 'card.detail[*].max_month'
      - path: useFreeInterestFromMall
        that: {not: {path: ., equals: true}}
    message:
      en: "`{field}` sets merchant-paid interest-free installments, which PortOne does not support on KCP: it is ignored"
      ko: "`{field}`은(는) 상점 부담 무이자 할부 설정이며 KCP에서는 지원되지 않으므로 무시됩니다"
    rationale: >-
      The SDK reference lists the PGs that support `useFreeInterestFromMall` with
      `card.detail[].max_month`: Toss Payments (new), KSNET, NICE (new), Welcome, KSNET direct and
      KG Inicis; KCP is not among them.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CARD-009
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000352, amount: 64900, useFreeInterestFromMall: false}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000349, amount: 64900, card: {detail: [{card_code: '366', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000350, amount: 640000, card: {detail: [{card_code: '366', max_month: 5}, {card_code: '381', max_month: 3}]}, useFreeInterestFromMall: true}
          pointers: [/card/detail/0/max_month, /card/detail/1/max_month, /useFreeInterestFromMall]
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000351, amount: 640000, useFreeInterestFromMall: true}
          pointer: /useFreeInterestFromMall

  - id: card-direct-billing-key
    title: {en: "`card.direct` on a billing-key window", ko: "빌링키 발급 시 `card.direct` 사용"}
    severity: info
    kinds: [sdk-billing-key]
    assert:
      forbid: card.direct
    message:
      en: "`card.direct` is not supported by KCP when issuing a billing key: the window will not open the card company's module directly"
      ko: "KCP는 빌링키 발급 시 카드사 다이렉트 호출을 지원하지 않으므로 `card.direct`는 적용되지 않습니다"
    rationale: >-
      PortOne's KCP (V2) page states that direct card-company calls are not available for billing
      key issuance. A PG fact from the V2 page (parameter names differ in v1), so info.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-CARD-011
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0220, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0221, amount: 0, customer_uid: cust_8f14e45f_card01, card: {direct: {code: '366', quota: 0}}}
          pointer: /card/direct

  - id: app-card-with-non-card-method
    title: {en: "`appCard` with a non-card payment method", ko: "카드 외 결제수단에 `appCard` 사용"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: appCard, equals: true}
        - {path: pay_method, type: string}
        - not: {path: pay_method, equals: card}
    assert:
      forbid: appCard
    message:
      en: "`appCard: true` only affects card payments, but `pay_method` is not `card`"
      ko: "`appCard: true`는 카드 결제에만 적용되는데 `pay_method`가 `card`가 아닙니다"
    rationale: >-
      The KCP page: `appCard: true` enables only the card issuers' app-card payment, i.e. it shapes
      the card window. With another method it has no documented effect; usually a leftover from a
      shared parameter object.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000351, amount: 64900, appCard: true}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: trans, merchant_uid: ORD-20300101-000352, amount: 64900, appCard: true}
          pointer: /appCard

  # ============================================================================== escrow
  - id: escrow-products-without-escrow
    title: {en: "`kcpProducts` without `escrow: true`", ko: "`escrow: true` 없이 `kcpProducts` 사용"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - present: kcpProducts
        - not: {path: escrow, equals: true}
    assert:
      forbid: kcpProducts
    message:
      en: "`kcpProducts` is only used for escrow payments, but `escrow` is not true: set `escrow: true` or drop `kcpProducts`"
      ko: "`kcpProducts`는 에스크로 결제에만 사용되는데 `escrow`가 true가 아닙니다. `escrow: true`를 설정하거나 `kcpProducts`를 삭제하세요"
    rationale: >-
      The KCP page: for an escrow payment `escrow` must be true, and when an escrow order bundles
      cart items their details go in `kcpProducts`. Without escrow the cart details are not used;
      most often the `escrow` flag was forgotten (or sent as a string).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ESC-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000353, amount: 9000, escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000354, amount: 9000, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
          pointer: /kcpProducts
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000355, amount: 9000, escrow: false, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
          pointer: /kcpProducts

  - id: escrow-without-products
    title: {en: "Escrow payment without `kcpProducts`", ko: "에스크로 결제 시 `kcpProducts` 없음"}
    severity: info
    kinds: [sdk-payment]
    when: {path: escrow, equals: true}
    assert:
      - require: kcpProducts
      - path: kcpProducts
        length: {min: 1}
        message:
          en: "`kcpProducts` is empty: KCP escrow needs at least one cart item (orderNumber, name, quantity, amount)"
          ko: "`kcpProducts`가 비어 있습니다. KCP 에스크로 결제에는 상품 정보(orderNumber, name, quantity, amount)가 하나 이상 필요합니다"
    message:
      en: "`kcpProducts` is not set: when an escrow order bundles several cart items, KCP needs each item (orderNumber, name, quantity, amount)"
      ko: "`kcpProducts`가 없습니다. 장바구니 상품을 묶어서 에스크로 결제하는 경우 각 상품 정보(orderNumber, name, quantity, amount)를 전달해야 합니다"
    rationale: >-
      The KCP page requires `kcpProducts` only when an escrow payment bundles cart items, which the
      payload cannot tell; PortOne's KCP (V2) page says KCP escrow needs at least one product. Advice
      only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ESC-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000356, amount: 9000, escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000357, amount: 9000, escrow: false}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000358, amount: 9000, buyer_name: 홍길동, vbank_due: '20301231', escrow: true}
          pointer: /kcpProducts
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000359, amount: 9000, escrow: true, kcpProducts: []}
          pointer: /kcpProducts

  - id: escrow-products-wrong-name
    title: {en: "Escrow items under a non-KCP name", ko: "KCP가 아닌 에스크로 상품 파라미터 사용"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      forbid: [products, escrowProducts]
    message:
      en: "`{field}` is not read by KCP (`products` is for Toss Payments escrow): send the items as `kcpProducts` with orderNumber, name, quantity and amount"
      ko: "`{field}`은(는) KCP에서 사용되지 않습니다 (`products`는 토스페이먼츠 에스크로 전용). 상품 정보는 orderNumber, name, quantity, amount를 가진 `kcpProducts`로 전달하세요"
    rationale: >-
      The SDK reference says `products` is only valid for Toss Payments (new module) escrow;
      third-party typings call it `escrowProducts`. For KCP the page documents `kcpProducts`, so
      items sent under the other names never reach KCP.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-ESC-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000359, amount: 9000, escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000360, amount: 9000, escrow: true, products: [{id: ITEM-1, name: 상품A, code: A-1, unitPrice: 1000, quantity: 3}]}
          pointer: /products
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000361, amount: 9000, escrow: true, escrowProducts: [{id: ITEM-1, name: 상품A, quantity: 3}]}
          pointer: /escrowProducts

  # ============================================================================== bypass
  - id: bypass-coupon-apply-yn-value
    title: {en: "`bypass.coupon_apply_yn` not Y or N", ko: "`bypass.coupon_apply_yn` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.coupon_apply_yn
      enum: ['Y', 'N']
    message:
      en: "`bypass.coupon_apply_yn` must be \"Y\" (show the discount-coupon area) or \"N\" (hide it), found {value}"
      ko: "`bypass.coupon_apply_yn`은 \"Y\"(할인쿠폰 영역 활성) 또는 \"N\"(비활성)이어야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents exactly two values, `Y` (활성) and `N` (비활성), as strings; booleans
      or lower case are not documented.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000362, amount: 64900, bypass: {coupon_apply_yn: 'N'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000363, amount: 64900, bypass: {coupon_apply_yn: true}}
          pointer: /bypass/coupon_apply_yn
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000364, amount: 64900, bypass: {coupon_apply_yn: 'y'}}
          pointer: /bypass/coupon_apply_yn

  - id: bypass-coupon-needs-agreement
    title: {en: "Discount-coupon area needs a KCP agreement", ko: "할인쿠폰 영역은 KCP 협의 필요"}
    severity: info
    kinds: [sdk-payment]
    when: {path: bypass.coupon_apply_yn, in: ['Y', 'N']}
    assert:
      forbid: bypass.coupon_apply_yn
    message:
      en: "`bypass.coupon_apply_yn` only works after an agreement with KCP: check that it is enabled for your site code"
      ko: "`bypass.coupon_apply_yn`은 KCP와 협의 후 사용 가능한 기능입니다. 사이트코드에 적용되어 있는지 확인하세요"
    rationale: >-
      The KCP page: "해당 기능은 KCP와 협의 후 사용 가능합니다". Without the agreement the parameter has
      no effect.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000365, amount: 64900, bypass: {site_logo: 'https://shop.example.com/logo.gif'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000366, amount: 64900, bypass: {coupon_apply_yn: 'Y'}}
          pointer: /bypass/coupon_apply_yn

  - id: bypass-skin-indx-numeric
    title: {en: "`bypass.skin_indx` not a number", ko: "`bypass.skin_indx`가 숫자가 아님"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.skin_indx
      that:
        any:
          - {path: ., type: integer}
          - {path: ., matches: '^\d+$'}
    message:
      en: "`bypass.skin_indx` must be a skin number from \"1\" to \"11\", found {value}"
      ko: "`bypass.skin_indx`는 \"1\"부터 \"11\"까지의 스킨 번호여야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents `skin_indx` as a skin number 1-11 (PortOne's KCP V2 page: an integer
      1-12); anything that is not a number selects no skin.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000367, amount: 64900, bypass: {skin_indx: '6'}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000368, amount: 64900, bypass: {skin_indx: 6}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000369, amount: 64900, bypass: {skin_indx: blue}}
          pointer: /bypass/skin_indx

  - id: bypass-skin-indx-range
    title: {en: "`bypass.skin_indx` outside 1-11", ko: "`bypass.skin_indx`가 1~11 범위 밖"}
    severity: warning
    kinds: [sdk-payment]
    when:
      any:
        - {path: bypass.skin_indx, type: integer}
        - {path: bypass.skin_indx, matches: '^\d+$'}
    assert:
      path: bypass.skin_indx
      that:
        any:
          - {path: ., matches: '^0*([1-9]|1[01])$'}
          - {path: ., type: integer, gte: 1, lte: 11}
    message:
      en: "`bypass.skin_indx` {value} is outside the skins 1-11 documented for the KCP v1 window"
      ko: "`bypass.skin_indx` 값 {value}은(는) KCP 문서의 스킨 번호 1~11 범위를 벗어납니다"
    rationale: >-
      The v1 KCP page allows skins 1-11; PortOne's KCP V2 page says 1-12. The sources disagree on
      12, so values outside 1-11 are a warning, not an error.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000370, amount: 64900, bypass: {skin_indx: '11'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000371, amount: 64900, bypass: {skin_indx: '12'}}
          pointer: /bypass/skin_indx
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000372, amount: 64900, bypass: {skin_indx: 0}}
          pointer: /bypass/skin_indx

  - id: bypass-site-logo-url
    title: {en: "`bypass.site_logo` not an absolute URL", ko: "`bypass.site_logo`가 절대 URL이 아님"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when: {path: bypass.site_logo, type: string}
    assert:
      path: bypass.site_logo
      format: url
    message:
      en: "`bypass.site_logo` {value} must be an absolute http(s) URL of the logo image: the KCP window is served from KCP's domain, so a relative path does not point to your server"
      ko: "`bypass.site_logo` 값 {value}은(는) 로고 이미지의 절대 URL(http/https)이어야 합니다. KCP 결제창은 KCP 도메인에서 열리므로 상대 경로로는 고객사 서버의 이미지를 찾을 수 없습니다"
    rationale: >-
      The KCP page documents `site_logo` as the logo shown at the top left of the PC window; the
      window is served by KCP, so a relative path or a bare file name cannot be resolved. The legacy
      manual adds: GIF/JPG under 150x50.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000373, amount: 64900, bypass: {site_logo: 'https://cdn.example.com/img/logo_150x50.gif'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000374, amount: 64900, bypass: {site_logo: /img/logo.gif}}
          pointer: /bypass/site_logo
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0222, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {site_logo: logo.gif}}
          pointer: /bypass/site_logo

  - id: bypass-complex-pnt-yn-value
    title: {en: "`bypass.complex_pnt_yn` not Y or N", ko: "`bypass.complex_pnt_yn` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.complex_pnt_yn
      enum: ['Y', 'N']
    message:
      en: "`bypass.complex_pnt_yn` must be \"Y\" (points with a card) or \"N\" (points only), found {value}"
      ko: "`bypass.complex_pnt_yn`은 \"Y\"(포인트와 카드 복합결제) 또는 \"N\"(포인트 단독결제)이어야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents two values for the Benepia point mode, `Y` and `N`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000375, amount: 30000, bypass: {pt_memcorp_cd: BNP0012, complex_pnt_yn: 'N'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000376, amount: 30000, bypass: {pt_memcorp_cd: BNP0012, complex_pnt_yn: false}}
          pointer: /bypass/complex_pnt_yn

  - id: bypass-batch-birth-day-value
    title: {en: "`bypass.batch_birth_day_yn` other than Y", ko: "`bypass.batch_birth_day_yn` 값이 Y가 아님"}
    severity: warning
    kinds: [sdk-billing-key]
    assert:
      path: bypass.batch_birth_day_yn
      equals: 'Y'
    message:
      en: "`bypass.batch_birth_day_yn` has one documented value, \"Y\" (always show the birth-date box), found {value}: to keep the default, leave it out"
      ko: "`bypass.batch_birth_day_yn`의 값은 \"Y\"(생년월일 입력박스 항상 표시)만 문서화되어 있는데 {value}입니다. 기본 동작을 원하면 파라미터를 생략하세요"
    rationale: >-
      The KCP page's billing section documents only `Y` ("생년월일 입력박스 항상 표시"); the default
      behaviour is obtained by omitting the parameter. Other values are undocumented.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-005
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0223, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {batch_birth_day_yn: 'Y'}}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0224, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {batch_birth_day_yn: true}}
          pointer: /bypass/batch_birth_day_yn
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0225, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {batch_birth_day_yn: 'N'}}
          pointer: /bypass/batch_birth_day_yn

  - id: bypass-batch-birth-day-outside-billing
    title: {en: "`bypass.batch_birth_day_yn` on a payment", ko: "일반결제에 `bypass.batch_birth_day_yn` 사용"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      forbid: bypass.batch_birth_day_yn
    message:
      en: "`bypass.batch_birth_day_yn` only applies to the billing-key window (with `customer_uid`); this request is a payment"
      ko: "`bypass.batch_birth_day_yn`은 빌링키 발급(`customer_uid` 입력) 시에만 적용되는데 이 요청은 일반결제입니다"
    rationale: >-
      The KCP page documents `batch_birth_day_yn` in the billing-key section only. On a payment it
      is ignored; often `customer_uid` was forgotten, turning an intended billing-key request into a
      payment.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000377, amount: 64900, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000378, amount: 64900, bypass: {batch_birth_day_yn: 'Y'}}
          pointer: /bypass/batch_birth_day_yn

  - id: bypass-app-flag-value
    title: {en: "`bypass.app_flag` not Y, N or S", ko: "`bypass.app_flag` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.app_flag
      enum: ['Y', 'N', 'S']
    message:
      en: "`bypass.app_flag` must be \"Y\" (KB Pay app card), \"N\" (ISP) or \"S\" (offer both, mobile), found {value}"
      ko: "`bypass.app_flag`는 \"Y\"(KB Pay 앱카드), \"N\"(ISP), \"S\"(둘 다 노출, 모바일) 중 하나여야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents three values for the KB Kookmin direct call: `Y`, `N` and `S`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-010
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000379, amount: 64900, company: 당근마켓, card: {direct: {code: '381', quota: 0}}, bypass: {app_flag: 'S'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000380, amount: 64900, company: 당근마켓, card: {direct: {code: '381', quota: 0}}, bypass: {app_flag: 'A'}}
          pointer: /bypass/app_flag

  - id: bypass-app-flag-without-kb-direct
    title: {en: "`bypass.app_flag` without a KB direct call", ko: "KB국민카드 다이렉트 호출 없이 `bypass.app_flag` 사용"}
    severity: warning
    kinds: [sdk-payment]
    when:
      not: {path: card.direct.code, equals: '381'}
    assert:
      forbid: bypass.app_flag
    message:
      en: "`bypass.app_flag` only applies to a direct call to KB Kookmin Card (`card.direct.code: \"381\"`), which this request does not make"
      ko: "`bypass.app_flag`는 KB국민카드 다이렉트 호출(`card.direct.code: \"381\"`) 시에만 적용되는데 이 요청에는 해당 호출이 없습니다"
    rationale: >-
      The KCP page documents `app_flag` for the KB Kookmin direct call only; with any other call it
      has no effect.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-010
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000381, amount: 64900, company: 당근마켓, card: {direct: {code: '381', quota: 0}}, bypass: {app_flag: 'Y'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000382, amount: 64900, bypass: {app_flag: 'Y'}}
          pointer: /bypass/app_flag
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000383, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}}, bypass: {app_flag: 'Y'}}
          pointer: /bypass/app_flag

  # ============================================================================ URLs
  - id: redirect-url-missing
    title: {en: "`m_redirect_url` missing", ko: "`m_redirect_url` 누락"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    # With `app_scheme` the call is made from an app, often through a wrapper that sets the URL itself:
    # redirect-url-missing-in-app says so, as an info.
    when:
      any: [{absent: app_scheme}, {path: app_scheme, matches: '^\s*$'}]
    because:
      en: "`app_scheme` is empty, so the call is checked as one from a browser, not an app"
      ko: "`app_scheme`이 비어 있어 앱이 아닌 브라우저에서의 호출로 검사했습니다"
    assert:
      require: m_redirect_url
    message:
      en: "`m_redirect_url` is missing: on mobile the KCP window redirects instead of calling the callback, so the result is lost without it"
      ko: "`m_redirect_url`이 없습니다. 모바일에서는 결제 결과가 callback이 아닌 m_redirect_url로 리디렉션되므로 이 값이 없으면 결제 결과를 받을 수 없습니다"
    rationale: >-
      The KCP page: on PC the result goes to the callback, on mobile it is redirected to
      `m_redirect_url`; the SDK reference adds that in redirect environments the result is not
      received without it. A PC-only integration may omit it, hence a warning. A call with
      `app_scheme` (from an app) is redirect-url-missing-in-app's.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-URL-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000384, amount: 64900, m_redirect_url: 'https://shop.example.com/payments/complete'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000967, amount: 64900, app_scheme: chorokmarket}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000385, amount: 64900}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0226, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: ''}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000970, amount: 64900, app_scheme: ''}
          pointer: /m_redirect_url

  - id: redirect-url-missing-in-app
    title: {en: "`m_redirect_url` missing in an app", ko: "앱 결제에 `m_redirect_url` 누락"}
    severity: info
    kinds: [sdk-payment, sdk-billing-key]
    when: {path: app_scheme, matches: '\S'}
    assert:
      require: m_redirect_url
    message:
      en: "`m_redirect_url` is missing: PortOne's React Native and Flutter wrappers set it themselves, but a WebView page of your own that calls `IMP.request_pay` needs it, or the mobile result is lost"
      ko: "`m_redirect_url`이 없습니다. 포트원 React Native·Flutter 모듈은 이 값을 직접 설정하지만, 앱의 WebView에서 직접 `IMP.request_pay`를 호출하는 페이지라면 이 값이 있어야 모바일 결제 결과를 받을 수 있습니다"
    rationale: >-
      `app_scheme` marks a call made from an app. PortOne's React Native module marks
      `m_redirect_url` deprecated since v1.0.3 (its README's examples say so and send none) and, like the
      Flutter module, sets its own redirect address; real apps copy those examples. An app that loads
      its own page in a WebView, though, is a mobile browser to the KCP window, and loses the result
      without `m_redirect_url` (redirect-url-missing). Which of the two a payload is cannot be told
      from it, hence an info.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-URL-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000964, amount: 64900, app_scheme: chorokmarket, m_redirect_url: 'https://shop.example.com/payments/complete'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000965, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000966, amount: 64900, app_scheme: chorokmarket}
          pointer: /m_redirect_url

  - id: app-scheme-missing-in-app
    title: {en: "`app_scheme` missing in an app", ko: "앱 결제에 `app_scheme` 누락"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    # The address PortOne's iOS, React Native, Flutter and Cordova SDKs put in `m_redirect_url` (`/a` is the
    # Android SDK's, where the card apps return through intents).
    when: {path: m_redirect_url, matches: '^\s*https?://detectchangingwebview/iamport/(i|rn|f|cor)/?\s*$'}
    assert:
      require: app_scheme
    message:
      en: "`app_scheme` is missing, though `m_redirect_url` is the address PortOne's app SDKs set: without your app's URL scheme, card and bank apps (ISP, app cards) cannot return the buyer to the app on iOS"
      ko: "`m_redirect_url`은 포트원 앱 SDK가 설정하는 주소인데 `app_scheme`이 없습니다. 앱의 URL scheme이 없으면 iOS에서 카드사·은행 앱(ISP, 앱카드) 인증 후 구매자가 앱으로 돌아오지 못합니다"
    rationale: >-
      The SDK reference lists `app_scheme` as the URL scheme card and bank apps return to after
      authentication, needed in app WebViews (KCP: mobile only), and PortOne's React Native module
      refuses a call without it. A browser payload cannot be told from an app's, but this one can:
      `http://detectchangingwebview/iamport/i` (and `/rn`, `/f`, `/cor`) is the redirect address
      PortOne's iOS, React Native, Flutter and Cordova SDKs set, seen in real app code that left
      `app_scheme` out. The Android SDK's address (`/a`) is not checked: Android returns through
      intents.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid:
        - {pg: kcp.IP05D, pay_method: card, merchant_uid: ORD-20300101-000971, amount: 64900, app_scheme: chorokmarket, m_redirect_url: 'http://detectchangingwebview/iamport/i'}
        - {pg: kcp.IP05D, pay_method: card, merchant_uid: ORD-20300101-000972, amount: 64900, m_redirect_url: 'http://detectchangingwebview/iamport/a'}
        - {pg: kcp.IP05D, pay_method: card, merchant_uid: ORD-20300101-000973, amount: 64900, m_redirect_url: 'https://shop.example.com/payments/complete'}
      invalid:
        - payload: {pg: kcp.IP05D, pay_method: card, merchant_uid: ORD-20300101-000974, amount: 64900, buyer_tel: 010-3333-4444, m_redirect_url: 'http://detectchangingwebview/iamport/i'}
          pointer: /app_scheme
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000975, amount: 64900, app_scheme: ' ', m_redirect_url: 'http://detectchangingwebview/iamport/rn'}
          pointer: /app_scheme

  - id: url-placeholder
    title: {en: "URL left as a doc placeholder", ko: "URL에 문서의 예시 표기가 남아 있음"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - {path: m_redirect_url, notPattern: '[{}]'}
      - {path: notice_url, notPattern: '[{}]'}
      - {path: 'notice_url[*]', notPattern: '[{}]'}
      - {path: confirm_url, notPattern: '[{}]'}
    message:
      en: "`{field}` {value} holds `{` or `}`: a placeholder copied from the docs, or data that needs percent-encoding (`%7B`, `%7D`); put the absolute URL of your own page or endpoint"
      ko: "`{field}` 값 {value}에 `{` 또는 `}`가 있습니다. 문서의 예시 표기이거나 퍼센트 인코딩(`%7B`, `%7D`)이 필요한 값입니다. 고객사 페이지 또는 엔드포인트의 절대 URL을 입력하세요"
    rationale: >-
      Older PortOne samples write `m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'`, and merchant
      code copies it verbatim (seen in public repositories). It is not a URL, so the mobile result
      (or the webhook) goes nowhere. Braces never occur in a real URL unencoded. This replaces the
      generic URL-format error at the same member with a precise one.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000408, amount: 64900, m_redirect_url: 'https://shop.example.com/payments/complete?order=ORD-20300101-000408'}
      invalid:
        - payload: {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0229, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000409, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', '{웹훅 수신 URL}']}
          pointer: /notice_url/1

  - id: redirect-url-doc-placeholder
    title: {en: "`m_redirect_url` left as the doc example", ko: "`m_redirect_url` 예시 값을 그대로 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: m_redirect_url
      notPattern: '(?i)^https?://(testtest\.test|(www\.)?yourdomain\.com)(:[0-9]+)?([/?#].*)?$'
    message:
      en: "`m_redirect_url` {value} is the doc example: mobile buyers would be sent to a page that is not yours; use your own result page"
      ko: "`m_redirect_url` 값 {value}은(는) 문서의 예시 값입니다. 모바일 구매자가 고객사의 페이지가 아닌 곳으로 이동하므로 고객사의 결제 결과 페이지 URL을 입력하세요"
    rationale: >-
      Both SDK examples on the KCP page send `m_redirect_url: "https://testtest.test"`; `.test` is a
      reserved domain that never resolves, so the mobile result page is lost. The legacy iamport
      manual's sample, still copied into merchant code, sends
      `https://www.yourdomain.com/payments/complete`: a real domain that is not the merchant's, which
      then receives the mobile buyer and the payment result in its query string.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-MISC-006
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000386, amount: 64900, m_redirect_url: 'https://testtest.example.com/done'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000396, amount: 64900, m_redirect_url: 'https://testtest.test:8443/complete'}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000387, amount: 64900, m_redirect_url: 'https://testtest.test'}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0227, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: 'https://testtest.test/billing'}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000388, amount: 64900, m_redirect_url: 'https://www.yourdomain.com/payments/complete'}
          pointer: /m_redirect_url

  - id: app-scheme-sample-value
    title: {en: "`app_scheme` left as a sample value", ko: "`app_scheme` 예시 값을 그대로 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: app_scheme
      notPattern: '(?i)^\s*(example|iamportapp|exampleforrn|exampleformanagedexpo|flutterexample|io\.ionic\.starter)(://)?\s*$'
    message:
      en: "`app_scheme` {value} is the sample value of PortOne's app examples: card and bank apps return to this scheme after authentication, so use the URL scheme registered for your app (Info.plist, AndroidManifest.xml)"
      ko: "`app_scheme` 값 {value}은(는) 포트원 앱 예제의 예시 값입니다. 카드사·은행 앱이 인증 후 이 URL scheme으로 돌아오므로 고객사 앱에 등록한 URL scheme(Info.plist, AndroidManifest.xml)을 입력하세요"
    rationale: >-
      `app_scheme` is the URL scheme that ISP, app-card and bank apps open to return the buyer to the
      merchant's app after authentication (KCP page and SDK reference: required in app WebViews). The
      samples: `exampleforrn` (the React Native wrapper's example app), `exampleformanagedexpo` (its
      Expo example), `flutterexample` (the Flutter wrapper's), `io.ionic.starter` (the Capacitor
      wrapper's), `example` (the wrappers' READMEs) and `iamportapp` (the legacy iamport manual). Real
      apps copy them; left as is, the buyer is sent to another app (or none) and the payment is
      stranded. PortOne staff
      have answered merchant reports of this failure with "replace the app_scheme value with your own".
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000389, amount: 64900, app_scheme: chorokmarket}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000390, amount: 64900, app_scheme: example-shop}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000391, amount: 64900, app_scheme: example}
          pointer: /app_scheme
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0228, amount: 0, customer_uid: cust_8f14e45f_card02, app_scheme: iamportapp}
          pointer: /app_scheme
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000952, amount: 64900, buyer_name: 홍길동, vbank_due: '20301231', app_scheme: exampleforrn}
          pointer: /app_scheme
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000953, amount: 64900, app_scheme: flutterexample}
          pointer: /app_scheme
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000954, amount: 64900, app_scheme: io.ionic.starter}
          pointer: /app_scheme
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000955, amount: 64900, app_scheme: exampleformanagedexpo}
          pointer: /app_scheme

  - id: notice-url-absolute
    title: {en: "`notice_url` not an absolute URL", ko: "`notice_url`이 절대 URL이 아님"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - path: notice_url
        that:
          any:
            - {path: ., type: array}
            - {path: ., matches: '^\s*$'}
            - {path: ., format: url}
            - {path: ., matches: '[{}]'}
      - path: 'notice_url[*]'
        that:
          any:
            - {path: ., format: url}
            - {path: ., matches: '[{}]'}
    message:
      en: "`{field}` {value} must be an absolute http(s) URL: PortOne's server posts the webhook to it"
      ko: "`{field}` 값 {value}은(는) 절대 URL(http/https)이어야 합니다. 포트원 서버가 이 주소로 웹훅을 보냅니다"
    rationale: >-
      `notice_url` (a string or, on the KCP page, an array of strings) replaces the console's webhook
      URL for this payment and the console URL is then not called; PortOne's server can only post to
      an absolute http(s) URL, so a relative path loses every webhook. Values with `{...}` doc
      placeholders are left to url-placeholder.
    source: https://developers.portone.io/opi/ko/integration/webhook/readme-v1?v=v1
    ref: KCP-URL-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000392, amount: 64900, notice_url: ''}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000388, amount: 64900, notice_url: 'https://shop.example.com/webhooks/portone'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000389, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', 'https://erp.example.com/hooks/pay']}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000390, amount: 64900, notice_url: /webhooks/portone}
          pointer: /notice_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000391, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', 'erp.example.com/hooks/pay']}
          pointer: /notice_url/1

  - id: url-unreachable-by-portone
    title: {en: "Server-called URL on a local or placeholder host", ko: "포트원 서버가 호출할 수 없는 URL"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - {path: notice_url, notFormat: local-url}
      - {path: 'notice_url[*]', notFormat: local-url}
      - {path: confirm_url, notFormat: local-url}
      - {path: 'schedules[*].notice_url', notFormat: local-url}
    message:
      en: "`{field}` {value} points to a local, private or placeholder host that PortOne's servers cannot reach: use a public URL (a tunnel in development)"
      ko: "`{field}` 값 {value}은(는) 포트원 서버가 접근할 수 없는 로컬·사설·예시 주소입니다. 외부에서 접근 가능한 URL을 입력하세요 (개발 중에는 터널링 주소)"
    rationale: >-
      `notice_url` (webhook) and `confirm_url` (confirm process) are called by PortOne's servers, not
      by the buyer's browser, so `localhost`, private addresses and reserved names such as the
      docs' `testtest.test` never receive them: webhooks are lost, and an unreachable confirm_url
      makes every payment fail. The same holds for `notice_url` of the REST calls and of each
      schedule. Warning, since a test setup may do this on purpose.
    source: https://developers.portone.io/opi/ko/integration/webhook/readme-v1?v=v1
    ref: KCP-URL-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000392, amount: 64900, notice_url: 'https://shop.example.com/webhooks/portone', confirm_url: 'https://shop.example.com/payments/confirm'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000393, amount: 64900, notice_url: 'http://localhost:3000/webhooks/portone'}
          pointer: /notice_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000394, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', 'https://testtest.test'], confirm_url: 'http://192.168.0.10/payments/confirm'}
          pointers: [/notice_url/1, /confirm_url]
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000395", "amount": 9900, "name": "정기구독 1개월", "notice_url": "http://127.0.0.1:8080/webhooks/portone"}'
          kind: rest-again
          pointer: /notice_url
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0011", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "notice_url": "https://testtest.test"}]}'
          kind: rest-schedule
          pointer: /schedules/0/notice_url

  - id: confirm-url-needs-activation
    title: {en: "`confirm_url` needs activation by PortOne", ko: "`confirm_url`은 포트원 활성화 필요"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: confirm_url, format: url}
        - not: {path: confirm_url, format: local-url}
    assert:
      forbid: confirm_url
    message:
      en: "`confirm_url` only works after PortOne tech support enables the confirm process; the endpoint must answer 200 within 10 seconds or the payment is aborted"
      ko: "`confirm_url`은 포트원 기술지원팀에 요청해 confirm process를 활성화한 후 사용할 수 있습니다. 엔드포인트가 10초 안에 200으로 응답하지 않으면 결제가 중단됩니다"
    rationale: >-
      The SDK reference: using `confirm_url` needs a separate request to support@portone.io. The
      confirm-process page: PortOne posts imp_uid, merchant_uid and amount just before approval,
      waits 10 seconds, and any non-200 answer aborts the payment. Advice only.
    source: https://developers.portone.io/opi/ko/extra/confirm-process/readme-v1?v=v1
    ref: KCP-MISC-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000395, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000396, amount: 64900, confirm_url: 'https://shop.example.com/payments/confirm'}
          pointer: /confirm_url

  # ==================================================================== other SDK fields
  - id: auth-mode-key-in
    title: {en: "`auth_mode` other than key-in", ko: "`auth_mode` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: auth_mode
      enum: [key-in]
    message:
      en: "`auth_mode` {value} is not supported by KCP: the only value is \"key-in\" (key-in payment window); leave it out for the normal window"
      ko: "`auth_mode` 값 {value}은(는) KCP에서 지원하지 않습니다. 키인 결제창은 \"key-in\"으로만 호출하며 일반 결제창은 파라미터를 생략하세요"
    rationale: >-
      The KCP page documents `auth_mode: "key-in"` (키인결제 이용시 설정) as the only value.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-MISC-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000397, amount: 64900, auth_mode: key-in}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000398, amount: 64900, auth_mode: keyin}
          pointer: /auth_mode

  - id: sdk-params-ignored-by-kcp
    title: {en: "Parameter of another gateway", ko: "다른 PG사 전용 파라미터"}
    severity: info
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      forbid: [biz_num, period, niceMobileV2, naverUseCfm, naverPopupMode, naverProducts, naverCultureBenefit, naverProductCode, naverActionType, naverInterface, naverChainId, naverMerchantUserKey, naverPurchaserName, naverPurchaserBirthday]
    message:
      en: "`{field}` is a parameter of another gateway (Danal, NICE, KG Inicis or Naver Pay direct): KCP ignores it"
      ko: "`{field}`은(는) 다른 PG사(다날, 나이스페이먼츠, KG이니시스, 네이버페이 직연동) 전용 파라미터이므로 KCP에서는 무시됩니다"
    rationale: >-
      The SDK reference marks `biz_num` as Danal virtual accounts only; PortOne's NICE page
      documents `niceMobileV2`; `period` is for Inicis, Danal and NICE; the `naver*` parameters
      belong to a Naver Pay direct channel (KCP's `naverpay` method goes through KCP). Harmless,
      but a sign of a parameter object shared between gateways. A billing-key window is the same
      `request_pay` call, so the same holds there (PortOne's Android and iOS SDKs and its Cordova
      plugin send `niceMobileV2: true` with every request, the Flutter module when the app passes it):
      an info, not `field-unknown`'s warning.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-MISC-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay, merchant_uid: ORD-20300101-000399, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay, merchant_uid: ORD-20300101-000400, amount: 64900, naverPopupMode: true, niceMobileV2: true}
          pointers: [/niceMobileV2, /naverPopupMode]
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000401, amount: 64900, buyer_name: 홍길동, vbank_due: '20301231', biz_num: '1234567890'}
          pointer: /biz_num
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000402, customer_uid: cust-0402, amount: 0, buyer_tel: 010-1234-5678, niceMobileV2: true, period: {from: '20301201', to: '20301231'}}
          pointers: [/niceMobileV2, /period]
          kind: sdk-billing-key
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay, merchant_uid: ORD-20300101-000969, amount: 64900, naverChainId: chain-1, naverPurchaserName: 홍길동}
          pointers: [/naverChainId, /naverPurchaserName]

  - id: test-site-amount-range
    title: {en: "Amount outside the KCP test site's range", ko: "KCP 테스트 사이트코드 금액 범위 밖"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: pg, equals: kcp.T0000}
        - {path: amount, type: integer}
    assert:
      path: amount
      that:
        any:
          - {path: ., gte: 1000, lte: 5004}
          - {path: ., equals: 50004}
    message:
      en: "`amount` {value} on the public KCP test site (`kcp.T0000`) may be refused: KCP test transactions take 1,000-5,004 KRW lump sum or 50,004 KRW with installments"
      ko: "KCP 공용 테스트 사이트코드(`kcp.T0000`)에서 `amount` 값 {value}은(는) 거절될 수 있습니다. 테스트 거래는 일시불 1,000~5,004원 또는 할부 50,004원만 가능합니다"
    rationale: >-
      KCP's result code 8129 (PortOne's KCP code workbook) says test transactions must be 1,000 to
      5,004 KRW lump sum or 50,004 KRW with installments. Only the public test site code is
      recognisable in the payload, and PortOne's playground uses other amounts on its own test
      channel, so advice only.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-TEST-001
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000402, amount: 1004}
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000403, amount: 64900}
      invalid:
        - payload: {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000404, amount: 64900}
          pointer: /amount
"""#####),
        ("30-rest-fields.yaml", #####"""
# Field dictionary of the four REST kinds used with NHN KCP:
#   rest-onetime      POST /subscribe/payments/onetime          (key-in payment, optionally saving a billing key)
#   rest-billing-key  POST /subscribe/customers/{customer_uid}  (billing key only)
#   rest-again        POST /subscribe/payments/again            (charge a stored billing key)
#   rest-schedule     POST /subscribe/payments/schedule         (schedule charges of a billing key)
# Sources: the PortOne v1 REST API (OpenAPI schema, operations onetime, customer_save, again,
# schedule and the definition ScheduleAnnotation), the current v1 NHN KCP page, and
# docs/kcp-reference.md section 3. Rules that need more than a type or a limit live in
# 40-rest-rules.yaml.
#
# Encoded here instead of as a rule (a rule at the same pointer would replace the built-in finding,
# and the built-in examples of 00-catalogue.yaml rely on some of these entries):
# - KCP-ID-002 (`merchant_uid` longer than 40), REST part: `maxLength: 40` (field-length, error),
#   also in `schedules[]` items (the schema gives no limit there, but every scheduled charge is an
#   /again call, whose limit is 40). The built-in field-length example relies on it. The SDK part
#   is in 10-sdk-fields.yaml.
# - KCP-ID-007 (`customer_uid` longer than 80), REST part: `maxLength: 80` (field-length).
# - KCP-AMT-003, negative part: `amount` has `minimum: 0` (field-range); the rule `amount-zero`
#   reports 0. The built-in field-range example relies on it.
# - KCP-BUY-002, REST part: `buyer_name` <= 16, `buyer_email` <= 64, `buyer_tel` <= 16,
#   `buyer_addr` <= 128, `buyer_postcode` <= 8 characters (field-length, error).
# - KCP-BUY-003: `customer_name` <= 20, `customer_tel` <= 20, `customer_email` <= 200,
#   `customer_addr` <= 200, `customer_postcode` <= 8 (field-length, error).
# - KCP-NAME-001, REST part: `name` <= 40 characters (field-length, error).
# - KCP-CH-010: `channel_key`, `channel_group_id` and `channelGroupId` <= 55 (field-length, error).
# - KCP-SCH-001: `schedules` is `required`, an `array`, `minItems: 1` (field-required, field-type,
#   field-items). The built-in field-items example relies on it. A body shaped like the /again call
#   is reported by the rule `schedules-again-body` instead.
# Sensitive members: `card_number` (pan), `expiry`, `birth`, `pwd_2digit`, `cvc` (full).
catalogue: kcp-rest-fields
version: 1
description: >-
  Field dictionary of the PortOne v1 REST calls used with NHN KCP: /subscribe/payments/onetime,
  /subscribe/customers/{customer_uid}, /subscribe/payments/again and /subscribe/payments/schedule.

fieldSets:
  # The order of a charge: /onetime and /again (a `schedules[]` item reuses the same specs).
  rest-order:
    merchant_uid: &f-merchant-uid
      type: string
      maxLength: 40
      title: {en: "Merchant order number (unique per charge)", ko: "고객사 주문 고유 번호"}
    amount: &f-amount
      type: number
      minimum: 0
      title: {en: "Amount to charge (KRW)", ko: "결제금액"}
    name: &f-name
      type: string
      maxLength: 40
      title: {en: "Order name", ko: "주문명"}

  # Buyer of a charge (limits from the v1 REST schema).
  rest-buyer:
    buyer_name: &f-buyer-name
      type: string
      maxLength: 16
      title: {en: "Buyer name", ko: "주문자명"}
    buyer_email: &f-buyer-email
      type: string
      maxLength: 64
      title: {en: "Buyer e-mail", ko: "주문자 E-mail 주소"}
    buyer_tel: &f-buyer-tel
      type: string
      maxLength: 16
      title: {en: "Buyer phone number", ko: "주문자 전화번호"}
    buyer_addr: &f-buyer-addr
      type: string
      maxLength: 128
      title: {en: "Buyer address", ko: "주문자 주소"}
    buyer_postcode: &f-buyer-postcode
      type: string
      maxLength: 8
      title: {en: "Buyer postcode", ko: "주문자 우편번호"}

  # Options of a charge shared by /onetime, /again and `schedules[]` items.
  rest-charge-options:
    tax_free: &f-tax-free
      type: number
      minimum: 0
      title: {en: "Tax-free portion of the amount", ko: "면세공급가액"}
    vat_amount: &f-vat-amount
      type: [number, "null"]
      title: {en: "VAT amount (not supported by KCP)", ko: "부가세 금액 (KCP 미지원)"}
    currency: &f-currency
      type: string
      title: {en: "Currency (default KRW)", ko: "결제 통화 (기본값 KRW)"}
    card_quota: &f-card-quota
      type: integer
      title: {en: "Installment months (0 = lump sum)", ko: "카드 할부개월수 (0 = 일시불)"}
    custom_data: &f-custom-data
      type: any
      title: {en: "Custom data stored with the payment (a JSON string)", ko: "결제정보와 함께 저장할 추가 정보 (JSON 문자열)"}
    notice_url: &f-notice-url
      type: string
      title: {en: "Webhook URL for this payment (an absolute URL)", ko: "결제 결과를 통지받을 Notification URL(Webhook URL)"}
    browser_ip: &f-browser-ip
      type: string
      title: {en: "Buyer browser IP", ko: "구매자 브라우저 IP"}
    bypass: &f-bypass
      type: [string, object]
      open: true
      title: {en: "PG-specific parameters as a JSON string", ko: "JSON 문자열 형식의 PG사별 파라미터"}
    promotion_id: &f-promotion-id
      type: string
      title: {en: "Promotion id (promotion-id-…)", ko: "프로모션 아이디 (promotion-id-로 시작)"}
    interest_free_by_merchant: &f-interest-free
      type: boolean
      title: {en: "Merchant-paid interest-free installments (not KCP)", ko: "고객사 부담 무이자 할부 여부 (KCP 미지원)"}
    use_card_point: &f-use-card-point
      type: boolean
      title: {en: "Pay with card points (not KCP)", ko: "카드사 포인트 사용 여부 (KCP 미지원)"}
    product_type: &f-product-type
      type: string
      enum: [real, digital]
      title: {en: "Real or digital goods (KSNET, not KCP)", ko: "주문 상품 구분 (KSNET 전용, KCP 미지원)"}

  # Card data of a key-in payment or a new billing key.
  rest-card:
    card_number:
      type: string
      sensitive: pan
      title: {en: "Card number (dddd-dddd-dddd-dddd)", ko: "카드번호 (dddd-dddd-dddd-dddd)"}
    expiry:
      type: string
      sensitive: full
      title: {en: "Card expiry (YYYY-MM)", ko: "카드 유효기간 (YYYY-MM)"}
    birth:
      type: string
      sensitive: full
      title: {en: "Date of birth YYMMDD, or a 10-digit business number for corporate cards", ko: "생년월일 6자리 (법인카드의 경우 사업자등록번호 10자리)"}
    pwd_2digit:
      type: string
      sensitive: full
      title: {en: "First 2 digits of the card password", ko: "카드비밀번호 앞 2자리"}
    cvc:
      type: string
      sensitive: full
      title: {en: "Card verification code (Paymentwall only)", ko: "카드 인증번호 (페이먼트월 전용)"}

kinds:
  # ------------------------------------------------------------ POST /subscribe/payments/onetime
  - id: rest-onetime
    fieldSets: [rest-order, rest-buyer, rest-charge-options, rest-card]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id: when given, the card is also saved as a billing key", ko: "구매자의 결제수단 식별 고유번호 (지정하면 빌링키도 함께 저장됩니다)"}
      pg:
        type: string
        maxLength: 80
        title: {en: "PG code: kcp, or kcp. followed by the site code", ko: "PG 구분코드 (kcp 또는 kcp.사이트코드)"}
      channelGroupId:
        type: string
        maxLength: 55
        title: {en: "Smart-routing channel group id (pg is then ignored)", ko: "스마트 라우팅 채널 그룹 아이디 (지정하면 pg는 무시됩니다)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key (not a documented parameter of /onetime)", ko: "채널키 (/onetime에는 정의되지 않은 파라미터)"}
      vat:
        type: number
        title: {en: "VAT (deprecated)", ko: "부가세 (지원 중단 예정)"}
        deprecated:
          en: "use `tax_free`; the VAT is then computed as (amount - tax_free) / 11"
          ko: "`tax_free` 파라미터를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"
        replacement: tax_free
      secure_3d_charge_id:
        type: string
        title: {en: "3-D Secure charge id (Paymentwall only)", ko: "3D secure 결제 ID (페이먼트월 전용)"}
      secure_3d_token:
        type: string
        title: {en: "3-D Secure token (Paymentwall only)", ko: "3D secure 토큰 (페이먼트월 전용)"}
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000201", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "card_quota": 3, "buyer_name": "홍길동", "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "buyer_addr": "서울특별시 강남구 삼성동", "buyer_postcode": "06164", "pg": "kcp.AO09C", "notice_url": "https://shop.example.com/webhooks/portone", "custom_data": "{\"cart_id\": 8812}"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000202", "amount": 9900, "name": "정기구독 1개월", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "1234567890", "pwd_2digit": "12", "tax_free": 0, "currency": "KRW", "bypass": "{\"key\": \"value\"}"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000203", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "buyer_postalcode": "06164"}'
          rule: field-unknown
          pointer: /buyer_postalcode
        - payload: '{"merchant_uid": "ORD-20300101-000204", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "cardQuota": 3}'
          rule: field-unknown
          pointer: /cardQuota
        - payload: '{"merchant_uid": "ORD-20300101-000205", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": 12}'
          rule: field-type
          pointer: /pwd_2digit
        - payload: '{"merchant_uid": "ORD-20300101-000206", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "buyer_name": "Alexander Hamilton Jr"}'
          rule: field-length
          pointer: /buyer_name
        - payload: '{"merchant_uid": "ORD-20300101-000207-ORD-20300101-000207-X", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          rule: field-length
          pointer: /merchant_uid
        - payload: '{"merchant_uid": "ORD-20300101-000208", "amount": 55000, "name": "프리미엄 정기구독 연간 이용권 자동 갱신 결제 (2030년 1월분 프리미엄 플랜)", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          rule: field-length
          pointer: /name
        - payload: '{"merchant_uid": "ORD-20300101-000209", "amount": -55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          rule: field-range
          pointer: /amount
        - payload: '{"merchant_uid": "ORD-20300101-000211", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "buyer_postcode": "06164-123"}'
          rule: field-length
          pointer: /buyer_postcode

  # ---------------------------------------------------- POST /subscribe/customers/{customer_uid}
  - id: rest-billing-key
    fieldSets: [rest-card]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id (belongs in the URL path)", ko: "구매자의 결제수단 식별 고유번호 (URL 경로에 넣는 값)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key of the KCP API billing channel", ko: "KCP API 빌링 채널의 채널키"}
      channel_group_id:
        type: string
        maxLength: 55
        title: {en: "Smart-routing channel group id (pg is then ignored)", ko: "스마트 라우팅 채널 그룹 아이디 (지정하면 pg는 무시됩니다)"}
      pg:
        type: string
        maxLength: 80
        title: {en: "PG code: kcp, or kcp. followed by the site code", ko: "PG 구분코드 (kcp 또는 kcp.사이트코드)"}
      customer_id:
        type: string
        title: {en: "Buyer id (Toss Payments only)", ko: "구매자 ID (토스페이먼츠 전용)"}
      customer_name:
        type: string
        maxLength: 20
        title: {en: "Card holder name", ko: "고객(카드소지자) 관리용 성함"}
      customer_tel:
        type: string
        maxLength: 20
        title: {en: "Card holder phone number", ko: "고객(카드소지자) 전화번호"}
      customer_email:
        type: string
        maxLength: 200
        title: {en: "Card holder e-mail", ko: "고객(카드소지자) Email"}
      customer_addr:
        type: string
        maxLength: 200
        title: {en: "Card holder address", ko: "고객(카드소지자) 주소"}
      customer_postcode:
        type: string
        maxLength: 8
        title: {en: "Card holder postcode", ko: "고객(카드소지자) 우편번호"}
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_name": "홍길동", "customer_tel": "010-1234-5678", "customer_email": "gildong@example.com", "customer_addr": "서울특별시 강남구 삼성동", "customer_postcode": "06164"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_mail": "gildong@example.com"}'
          rule: field-unknown
          pointer: /customer_mail
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f-0a1b2c3d"}'
          rule: field-length
          pointer: /channel_key
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_name": "Maximilian Alexander Hamilton", "customer_postcode": "06164-1234"}'
          rule: field-length
          pointers: [/customer_name, /customer_postcode]
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_tel": 1012345678}'
          rule: field-type
          pointer: /customer_tel

  # ----------------------------------------------------------------- POST /subscribe/payments/again
  - id: rest-again
    fieldSets: [rest-order, rest-buyer, rest-charge-options]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id", ko: "구매자의 결제수단 식별 고유번호 (빌링키와 매핑)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key (picks a channel of a multi-channel billing key)", ko: "채널키 (복수 채널 빌링키에서 결제할 채널 지정)"}
      vat:
        type: number
        title: {en: "VAT (deprecated)", ko: "부가세 (지원 중단 예정)"}
        deprecated:
          en: "use `tax_free`; the VAT is then computed as (amount - tax_free) / 11"
          ko: "`tax_free` 파라미터를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"
        replacement: tax_free
      product_count:
        type: integer
        minimum: 1
        title: {en: "Number of products (default 1)", ko: "결제 상품의 개수 (기본값 1)"}
      cash_receipt_type:
        type: string
        enum: [person, company, anonymous]
        title: {en: "Cash receipt target (Toss Pay only, not KCP)", ko: "현금영수증 발행대상 ((신) 토스페이 전용, KCP 미지원)"}
      extra: &f-extra
        type: object
        title: {en: "Extra parameters", ko: "추가 파라미터"}
        properties:
          naverUseCfm:
            type: string
            title: {en: "Naver Pay service completion date YYYYMMDD (not KCP)", ko: "네이버페이 이용완료일 YYYYMMDD (KCP 미지원)"}
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000301", "amount": 9900, "name": "정기구독 1개월", "buyer_name": "홍길동", "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "notice_url": "https://shop.example.com/webhooks/portone", "custom_data": "{\"plan\": \"monthly\"}", "product_count": 1}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000302", "amount": 120000, "name": "연간 이용권", "card_quota": 6, "tax_free": 20000, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "currency": "KRW"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000303", "amount": 9900, "name": "정기구독 1개월", "buyer_postalcode": "06164"}'
          rule: field-unknown
          pointer: /buyer_postalcode
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchantUid": "ORD-20300101-000304", "amount": 9900, "name": "정기구독 1개월"}'
          rule: field-unknown
          pointer: /merchantUid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000305", "amount": 9900, "name": "정기구독 1개월", "product_count": "2"}'
          rule: field-type
          pointer: /product_count
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000306", "amount": 9900, "name": "정기구독 1개월", "product_count": 0}'
          rule: field-range
          pointer: /product_count
        - payload: '{"customer_uid": "cust_8f14e45f_card01-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789", "merchant_uid": "ORD-20300101-000307", "amount": 9900, "name": "정기구독 1개월"}'
          rule: field-length
          pointer: /customer_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000308", "amount": 9900, "name": "정기구독 1개월", "buyer_tel": "+82-10-1234-5678-99"}'
          rule: field-length
          pointer: /buyer_tel
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000309", "amount": 9900, "name": "정기구독 1개월", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f-0a1b2c3d"}'
          rule: field-length
          pointer: /channel_key
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000310", "amount": 9900, "name": "정기구독 1개월", "extra": {"naverUseCfmDate": "20300131"}}'
          rule: field-unknown
          pointer: /extra/naverUseCfmDate

  # -------------------------------------------------------------- POST /subscribe/payments/schedule
  - id: rest-schedule
    fieldSets: [rest-card]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id", ko: "구매자의 결제수단 식별 고유번호 (빌링키와 매핑)"}
      customer_id:
        type: string
        title: {en: "Buyer id (Toss Payments only)", ko: "구매자 ID (토스페이먼츠 전용)"}
      checking_amount:
        type: integer
        minimum: 0
        title: {en: "Test charge approved and cancelled at once (0 = no test)", ko: "유효카드 체크 승인금액 (결제 직후 자동 취소, 0이면 테스트하지 않음)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key (new billing key, or a channel of a multi-channel key)", ko: "채널키 (신규 빌링키 발급 채널 또는 복수 채널 빌링키의 채널)"}
      pg:
        type: string
        maxLength: 80
        title: {en: "PG code (no longer documented for /schedule)", ko: "PG 구분코드 (/schedule에서 더 이상 문서화되지 않음)"}
        deprecated:
          en: "PortOne's current API reference no longer lists `pg` for /subscribe/payments/schedule (it only ever applied to a new `customer_uid`); select the channel with `channel_key`"
          ko: "포트원 API 문서에서 /subscribe/payments/schedule의 `pg` 파라미터가 삭제되었습니다 (신규 `customer_uid`를 등록할 때만 적용되던 값입니다). `channel_key`로 채널을 지정하세요"
        replacement: channel_key
      schedules:
        type: array
        required: true
        minItems: 1
        title: {en: "Scheduled charges", ko: "결제예약 스케줄"}
        items:
          type: object
          properties:
            merchant_uid: *f-merchant-uid
            schedule_at:
              type: integer
              title: {en: "When to charge: Unix time in seconds", ko: "결제요청 예약시각 (UNIX timestamp, 초 단위)"}
            amount: *f-amount
            currency: *f-currency
            name: *f-name
            tax_free: *f-tax-free
            vat_amount: *f-vat-amount
            buyer_name: *f-buyer-name
            buyer_email: *f-buyer-email
            buyer_tel: *f-buyer-tel
            buyer_addr: *f-buyer-addr
            buyer_postcode: *f-buyer-postcode
            custom_data: *f-custom-data
            notice_url: *f-notice-url
            # `number` in the schedule items (OAS ScheduleAnnotation), `integer` at the top level: a whole
            # number such as 3.0 is accepted here; card-quota-invalid checks the value.
            card_quota:
              type: number
              title: {en: "Installment months (0 = lump sum)", ko: "카드 할부개월수 (0 = 일시불)"}
            product_count:
              type: integer
              minimum: 1
              title: {en: "Number of products (default 1)", ko: "결제 상품의 개수 (기본값 1)"}
            browser_ip: *f-browser-ip
            bypass: *f-bypass
            promotion_id: *f-promotion-id
            extra: *f-extra
            product_type: *f-product-type
            cash_receipt_type:
              type: string
              enum: [person, company, anonymous]
              title: {en: "Cash receipt target (Toss Pay only, not KCP)", ko: "현금영수증 발행대상 ((신) 토스페이 전용, KCP 미지원)"}
            interest_free_by_merchant: *f-interest-free
            use_card_point: *f-use-card-point
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_name": "홍길동", "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "notice_url": "https://shop.example.com/webhooks/portone"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월", "custom_data": "{\"plan\": \"monthly\"}"}]}'
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 0, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": []}'
          rule: field-items
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": {"merchant_uid": "SUB-20300101-0003", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}}'
          rule: field-type
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01"}'
          kind: rest-schedule
          rule: field-required
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0004", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_postalcode": "06164"}]}'
          rule: field-unknown
          pointer: /schedules/0/buyer_postalcode
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0005", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "product_count": 1.5}]}'
          rule: field-type
          pointer: /schedules/0/product_count
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0006", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월 프리미엄 플랜 자동 결제 (연간 약정 회원 전용 할인가)"}]}'
          rule: field-length
          pointer: /schedules/0/name
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0007-SUB-20300101-0007-SUB-X", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          rule: field-length
          pointer: /schedules/0/merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "pg": "kcp.AO09C", "schedules": [{"merchant_uid": "SUB-20300101-0008", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          rule: field-deprecated
          pointer: /pg
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "checking_amount": 1000, "schedules": [{"merchant_uid": "SUB-20300101-0009", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyerName": "홍길동"}]}'
          rule: field-unknown
          pointer: /schedules/0/buyerName
"""#####),
        ("40-rest-rules.yaml", #####"""
# Rules of the REST kinds (rest-onetime, rest-billing-key, rest-again, rest-schedule) and the
# identity and amount rules shared by every kind, the SDK kinds included: `merchant_uid`,
# `customer_uid`, `amount`, `tax_free`, `vat_amount`, `vat`, `currency`, `buyer_email`, `name`.
# Field dictionary: 30-rest-fields.yaml (REST) and 10-sdk-fields.yaml (SDK).
#
# Candidates of docs/kcp-reference.md section 7 encoded in a field dictionary, not as a rule
# (a rule at the same pointer would replace the built-in finding; see 30-rest-fields.yaml):
#   KCP-ID-002 (REST part; the SDK part is `maxLength: 40` in 10-sdk-fields.yaml), KCP-ID-007
#   (REST part; SDK: 10-sdk-fields.yaml), KCP-AMT-003 negative amounts (`minimum: 0`),
#   KCP-BUY-002 (REST part), KCP-BUY-003, KCP-NAME-001 (REST part), KCP-CH-010, KCP-SCH-001.
#
# Candidates changed, with the reason:
# - KCP-ID-009: only the info "customer_uid belongs in the path" is kept; the error "body value
#   differs from the path value" is dropped because the URL path is not part of the payload.
# - KCP-AMT-001: split by what is wrong: `amount-missing` / `schedules-amount-missing`,
#   `amount-formatted-string` ("10,000", "9,900원") and `amount-object` (V2 `amount.total`). A plain
#   digit string ("1000") is left to the dictionary's field-type error, which already says that a
#   number is expected (and keeps the built-in field-type example of 00-catalogue.yaml meaningful).
# - KCP-AMT-003: `amount-zero` reports 0; negative amounts are the dictionary's field-range error.
# - KCP-TAX-002: only a `tax_free` above 0 draws the info; 0 is the documented default.
# - KCP-CUR-001: split into `currency-not-supported` and `currency-usd-non-card`.
# - KCP-BUY-004: also checks `customer_email` of /subscribe/customers (same KCP failure).
# - KCP-NAME-002: severity warning -> info (see the rule's rationale: KCP's character encoding is
#   not documented, and in EUC-KR, KCP's traditional encoding, 40 Hangul are only 80 bytes).
# - KCP-CD-004: the doc placeholder 1234-1234-1234-1234 fails the Luhn check, so one Luhn rule
#   covers both halves of the candidate.
# - KCP-CD-008 for rest-schedule: superseded by KCP-CD-011 (`schedule-card-fields-incomplete`,
#   error), which already requires `birth` whenever /schedule carries card data.
# - KCP-CD-010: two rules, `pwd-2digit-missing` (rest-billing-key, warning) and
#   `pwd-2digit-missing-onetime` (rest-onetime, info).
# - KCP-SCH-003: three rules, `schedule-at-missing`, `schedule-at-not-unix-seconds` (error) and
#   `schedule-at-past` (warning).
# - KCP-MISC-008: `cvc`, `secure_3d_*` and `customer_id` are in the dictionary so that only the info
#   is reported, not an unknown-member warning.
catalogue: kcp-rest-rules
version: 1
description: >-
  Identity and amount rules of every kind, and the rules of the PortOne v1 REST calls used with NHN
  KCP (key-in payment, billing-key issuance, billing-key charge and scheduled charges).

rules:
  # ================================================================== order number: merchant_uid
  - id: merchant-uid-missing
    title: {en: "`merchant_uid` is missing", ko: "`merchant_uid` 누락"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again]
    assert:
      require: merchant_uid
    message:
      en: "`merchant_uid` is required: send your own order number, unique for every payment request"
      ko: "`merchant_uid`(고객사 주문 고유 번호)는 필수입니다. 결제 요청마다 고유하게 채번해야 합니다"
    rationale: >-
      The KCP page lists `merchant_uid` among the main parameters of IMP.request_pay (also in its
      billing-key example) and the v1 REST schema marks it required on /subscribe/payments/onetime
      and /subscribe/payments/again. An empty or blank string counts as missing.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-001
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_name": "홍길동", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "name": "당근 10kg", "amount": 64900, "buyer_name": "홍길동", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /merchant_uid
        - payload: '{"merchant_uid": "   ", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /merchant_uid

  - id: schedules-merchant-uid-missing
    title: {en: "A scheduled charge has no `merchant_uid`", ko: "예약 건의 `merchant_uid` 누락"}
    severity: error
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].merchant_uid'
    message:
      en: "`{field}` is required: every scheduled charge needs its own order number"
      ko: "`{field}`은(는) 필수입니다. 예약 건마다 고유한 주문번호를 전달해야 합니다"
    rationale: >-
      `merchant_uid` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST
      schema); PortOne runs each item as a separate /again payment under that order number.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-ID-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/merchant_uid

  - id: merchant-uid-not-string
    title: {en: "`merchant_uid` is not a string", ko: "`merchant_uid`가 문자열이 아님"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: merchant_uid
        type: string
      - path: 'schedules[*].merchant_uid'
        type: string
    message:
      en: "`{field}` must be a string, found {value}: send the order number as text"
      ko: "`{field}`은(는) 문자열이어야 하는데 {value}입니다. 주문번호는 문자열로 보내야 합니다"
    rationale: >-
      Every PortOne source types `merchant_uid` as a string. A number loses leading zeros and, above
      2^53, digits (JavaScript numbers), so the order number PortOne stores is not the one the
      merchant's database holds.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "20300101001", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": 20300101001, "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": 1001, "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": 1001, "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid

  - id: merchant-uid-charset
    title: {en: "`merchant_uid` has characters KCP does not take", ko: "`merchant_uid`에 KCP가 받지 않는 문자가 있음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    # Next to field-length's "at most 40 characters", not instead of it: cutting a long value down to 40
    # characters keeps its spaces and colons.
    alongside: true
    assert:
      - path: merchant_uid
        # The common case first: an order number of letters, digits, `-` and `_` ends the `any` at once.
        that: &uid-charset-ok
          any:
            - not: {path: ., matches: '[^A-Za-z0-9_-]'}
            - not: {path: ., matches: '\S'}
            # A placeholder left as written is merchant-uid-doc-sample's.
            - {path: ., matches: &id-placeholder '[{}<>]'}
      - path: 'schedules[*].merchant_uid'
        that: *uid-charset-ok
    message:
      en: "`{field}` contains characters other than letters, digits, `-` and `_`: KCP takes order numbers made of letters and digits"
      ko: "`{field}`에 영문, 숫자, `-`, `_` 외의 문자가 있습니다. KCP는 영문과 숫자로 된 주문번호를 받습니다"
    rationale: >-
      PortOne passes `merchant_uid` to KCP as the order number. PortOne's V2 KCP page (a fact about
      the PG) allows only letters and digits in it; the v1 KCP page's own examples use `-` and `_`
      (`order_no_0001`, `A00021-TEST`), so those two are accepted. Anything else (Hangul, spaces,
      `#`, `/`, `.`) is a warning, not an error, because the v1 documentation does not state the
      limit. Blank values are `merchant-uid-missing`; a placeholder left as written
      (`{Merchant created Order ID}`) is `merchant-uid-doc-sample`. A value over 40 characters draws
      both this warning and field-length's error (`alongside`): `time.Now().String()` in a Go client
      is too long and has spaces, `:`, `+` and `.`, and cutting it to 40 characters keeps them.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-003
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "{Merchant created Order ID}", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101_000601", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB20300101A", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "주문-1001", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "c_1", "merchant_uid": "merchant_2030-01-01 15:30:12.123456789 +0900 KST", "amount": 1000, "name": "t"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD#1001", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB 2030/01", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid

  - id: merchant-uid-doc-sample
    title: {en: "`merchant_uid` is a sample value from the documentation or a placeholder", ko: "`merchant_uid`가 문서의 예시 값이거나 자리표시자임"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: merchant_uid
        # Exact values: a pattern for the sample's variants (`ORD20180131-00000`, cut short) costs every payload
        # ~0.6 % of its check (measured), for a rare copy.
        notIn: &sample-merchant-uids [order_no_0001, order_id_8237352, order_monthly_0001, A00021-TEST, your_merchant_uid1, your_merchant_uid2, ORD20180131-0000011, 57008833-33004]
      - path: 'schedules[*].merchant_uid'
        notIn: *sample-merchant-uids
      # An order number of letters, digits, `-` and `_` (merchant-uid-charset's first test, whose answer the
      # screen keeps) cannot hold a placeholder's brackets: the common case skips the second scan.
      - path: merchant_uid
        that: &no-uid-placeholder
          any:
            - not: {path: ., matches: '[^A-Za-z0-9_-]'}
            - not: {path: ., matches: *id-placeholder}
        message: &merchant-uid-placeholder
          en: "`{field}` is {value}, a placeholder that was never filled in: every request sends the same order number, which is refused once it has been paid (F1002); generate a unique order number for every payment"
          ko: "`{field}` 값 {value}은(는) 채워지지 않은 자리표시자입니다. 모든 요청이 같은 주문번호를 보내게 되어 한 번 결제된 뒤에는 거절됩니다(F1002). 결제 요청마다 고유한 주문번호를 채번해야 합니다"
      - path: 'schedules[*].merchant_uid'
        that: *no-uid-placeholder
        message: *merchant-uid-placeholder
    message:
      en: "`{field}` is {value}, a sample value from PortOne's documentation: generate a unique order number for every payment"
      ko: "`{field}` 값 {value}은(는) 포트원 문서의 예시 값입니다. 결제 요청마다 고유한 주문번호를 채번해야 합니다"
    rationale: >-
      A `merchant_uid` that has already been paid is refused before the window opens (F1002,
      "already paid"), and a value copied from the documentation is reused by every test run and
      every integration that copied it. The list holds the values of the KCP page (`order_no_0001`,
      `order_id_8237352`, `order_monthly_0001`, `A00021-TEST`) and of the REST reference's schedule
      example (`your_merchant_uid1`, `your_merchant_uid2`), and the two of PortOne's generic v1 SDK
      samples that merchant code copies most (`ORD20180131-0000011`, `57008833-33004`). A placeholder
      left as written (`{Merchant created Order ID}` in PortOne's English guides, `<merchant_uid>`, a
      template's `${orderId}` or `{{id}}`) has the same effect. A warning: the first use of the value in
      an account works.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "{Merchant created Order ID}", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "sub_${orderId}", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "order_no_0001", "name": "결제테스트", "amount": 1004, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "order_id_8237352", "amount": 3000, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "order_monthly_0001", "name": "정기결제", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "02-1234-1234", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "A00021-TEST", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid
        - payload: '{"pg": "kcp.AO09C", "pay_method": "card", "merchant_uid": "ORD20180131-0000011", "name": "노르웨이 회전 의자", "amount": 64900, "buyer_tel": "010-4242-4242", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "ORD20180131-0000011", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid

  - id: schedules-merchant-uid-duplicate
    title: {en: "Two scheduled charges share a `merchant_uid`", ko: "예약 건의 `merchant_uid` 중복"}
    severity: error
    kinds: [rest-schedule]
    assert:
      path: schedules
      unique: merchant_uid
    message:
      en: "`{field}` is {value}, the order number of an earlier scheduled charge: every scheduled charge needs its own `merchant_uid`"
      ko: "`{field}` 값 {value}은(는) 앞선 예약 건의 주문번호와 같습니다. 예약 건마다 고유한 `merchant_uid`를 전달해야 합니다"
    rationale: >-
      The REST reference of /subscribe/payments/schedule says each scheduled charge must carry its
      own `merchant_uid` and that one order number cannot be paid twice, so the second of two items
      with the same `merchant_uid` can never be charged.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-ID-005
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": " ", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}, {"schedule_at": 1898521200, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 3월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-2030-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "SUB-2030-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/merchant_uid

  - id: merchant-uid-is-customer-uid
    title: {en: "`merchant_uid` repeats the `customer_uid`", ko: "`merchant_uid`가 `customer_uid`와 같음"}
    severity: warning
    kinds: [rest-again, rest-schedule]
    assert:
      - path: merchant_uid
        that: &not-the-billing-key
          not: {path: ., sameAs: $.customer_uid}
      - path: 'schedules[*].merchant_uid'
        that: *not-the-billing-key
    message:
      en: "`{field}` is {value}, the same as `customer_uid`: a billing key is charged many times, and each charge needs a new order number, so every charge after the first fails as already paid (F1002)"
      ko: "`{field}` 값 {value}이(가) `customer_uid`와 같습니다. 빌링키로는 여러 번 결제하며 결제마다 새 주문번호가 필요하므로, 첫 결제 이후의 결제는 모두 이미 결제된 주문(F1002)으로 실패합니다"
    rationale: >-
      `customer_uid` names the billing key and stays the same for every charge on the card, while
      `merchant_uid` must be unique per payment (the REST reference of /subscribe/payments/again and
      /schedule; a re-used order number is refused as already paid, F1002). Merchant code that passes
      the billing key's id as the order number works once and then fails on every renewal. A
      warning, not an error: the first charge goes through.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000511", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "cust_8f14e45f_card01", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "user-1042", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "user-1042", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/merchant_uid
        - payload: '{"customer_uid": "cust_\u0031042", "merchant_uid": "cust_1042", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid

  # ================================================================ billing key id: customer_uid
  - id: customer-uid-missing
    title: {en: "`customer_uid` is missing", ko: "`customer_uid` 누락"}
    severity: error
    kinds: [sdk-billing-key, rest-again, rest-schedule]
    assert:
      require: customer_uid
    message:
      en: "`customer_uid` is required: it names the billing key to issue or to charge"
      ko: "`customer_uid`는 필수입니다. 발급하거나 결제할 빌링키를 지정하는 값입니다"
    rationale: >-
      `customer_uid` is what makes IMP.request_pay issue a billing key (KCP page: "빌링키 발급 요청
      시에는 customer_uid 파라미터를 입력한 후 호출해야 합니다"), and the v1 REST schema requires it on
      /subscribe/payments/again and /subscribe/payments/schedule. On /subscribe/customers it is a
      path parameter and is not checked in the body. An empty string counts as missing.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-ID-006
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
          kind: rest-again
          pointer: /customer_uid
        - payload: '{"schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /customer_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /customer_uid

  - id: customer-uid-doc-sample
    title: {en: "`customer_uid` is the documentation's sample value or a placeholder", ko: "`customer_uid`가 문서의 예시 값이거나 자리표시자임"}
    severity: warning
    kinds: [sdk-billing-key, rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      - path: customer_uid
        notIn: [your-customer-unique-id, gildong_0001_1234]
      - path: customer_uid
        notPattern: *id-placeholder
        message:
          en: "`customer_uid` is {value}, a placeholder that was never filled in: every customer would share one billing key; use your own id for each customer's card"
          ko: "`customer_uid` 값 {value}은(는) 채워지지 않은 자리표시자입니다. 모든 고객이 빌링키 하나를 함께 쓰게 되므로 고객의 카드마다 고유한 값을 지정해야 합니다"

    message:
      en: "`customer_uid` is {value}, a sample value from PortOne's documentation: use your own id for each customer's card"
      ko: "`customer_uid` 값 {value}은(는) 포트원 문서의 예시 값입니다. 고객의 카드마다 고유한 값을 지정해야 합니다"
    rationale: >-
      `customer_uid` maps one to one to a billing key. When every customer shares the sample value,
      each new card re-maps it (the previous key stays active at KCP) and later charges hit whichever
      card was registered last. A warning, because a test account may use it on purpose. The list holds
      the KCP page's value and the one of PortOne's generic billing-key guide (`gildong_0001_1234`),
      which merchant code copies into schedule bodies. A placeholder left as written (`{고객 아이디}`
      from a client library's README, `<customer_uid>`, a template's `${customerUid}` or `{{uid}}`)
      has the same effect.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-008
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "{고객 아이디}", "merchant_uid": "ORD-20300101-000521", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /customer_uid
        - payload: '{"customer_uid": "user_${userId}", "merchant_uid": "ORD-20300101-000522", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /customer_uid
        - payload: '{"customer_uid": "your-customer-unique-id", "merchant_uid": "ORD-20300101-000501", "amount": 3000, "name": "정기구독 1개월"}'
          pointer: /customer_uid
        - payload: '{"customer_uid": "your-customer-unique-id", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /customer_uid
        - payload: '{"customer_uid": "gildong_0001_1234", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 8900, "name": "월간 이용권 정기결제"}]}'
          pointer: /customer_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기결제", "amount": 0, "customer_uid": "your-customer-unique-id", "buyer_tel": "02-1234-1234", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /customer_uid

  - id: customer-uid-in-body
    title: {en: "`customer_uid` in the body of /subscribe/customers", ko: "/subscribe/customers 요청 본문의 `customer_uid`"}
    severity: info
    kinds: [rest-billing-key]
    assert:
      path: customer_uid
      that:
        not:
          all:
            - {path: ., type: string}
            - path: .
              length: {max: 80}
    message:
      en: "`customer_uid` belongs in the URL path of this call (/subscribe/customers/ followed by the id); the copy in the body is not used"
      ko: "`customer_uid`는 요청 본문이 아니라 URL 경로(/subscribe/customers/ 뒤)에 넣는 값입니다. 본문의 값은 사용되지 않습니다"
    rationale: >-
      The v1 REST schema defines `customer_uid` of POST /subscribe/customers/{customer_uid} as a
      path parameter only; the billing key is saved under the path value. kcplint accepts the body
      copy (the dictionary knows it) and says where it belongs. Whether it differs from the path
      cannot be told from the body alone.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-ID-009
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /customer_uid

  - id: customer-uid-onetime-saves-billing-key
    title: {en: "/onetime with `customer_uid` also saves a billing key", ko: "`customer_uid`가 있는 /onetime은 빌링키도 저장함"}
    severity: info
    kinds: [rest-onetime]
    assert:
      path: customer_uid
      that:
        not:
          all:
            - {path: ., matches: '\S'}
            - path: .
              length: {max: 80}
    message:
      en: "with `customer_uid`, /subscribe/payments/onetime also saves this card as the billing key {value}; reusing an existing `customer_uid` re-maps it to this card"
      ko: "`customer_uid`를 지정하면 /subscribe/payments/onetime 결제와 함께 이 카드가 {value} 빌링키로 저장됩니다. 이미 사용한 `customer_uid`를 다시 쓰면 이 카드로 다시 매핑됩니다"
    rationale: >-
      The KCP page: calling /subscribe/payments/onetime with `customer_uid` issues a billing key and
      pays at once; without it, the card is used once and not stored. Re-using a `customer_uid`
      re-maps it to the newest card (PortOne's non-authenticated payment guide). Advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /customer_uid

  # ========================================================================= amount
  - id: amount-missing
    title: {en: "`amount` is missing", ko: "`amount` 누락"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again]
    assert:
      require: amount
    message:
      en: "`amount` is required: send the amount as a JSON number"
      ko: "`amount`(결제금액)은 필수입니다. 따옴표 없는 JSON 숫자(예: 10000)로 보내세요"
    rationale: >-
      The KCP page lists `amount` among the main parameters of a payment and of a billing-key
      request (where it is the amount shown in the window, 0 allowed); the v1 REST schema requires it
      on /onetime and /again. An empty string counts as missing.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": "", "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /amount

  - id: schedules-amount-missing
    title: {en: "A scheduled charge has no `amount`", ko: "예약 건의 `amount` 누락"}
    severity: error
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].amount'
    message:
      en: "`{field}` is required: the amount of this scheduled charge, as a JSON number"
      ko: "`{field}`(예약 결제금액)은 필수입니다. 따옴표 없는 JSON 숫자(예: 10000)로 보내세요"
    rationale: >-
      `amount` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST schema).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  - id: amount-formatted-string
    title: {en: "`amount` is a formatted string", ko: "`amount`가 서식이 들어간 문자열임"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: amount
        that: &not-formatted-amount
          not: {path: ., matches: '[^0-9\s]'}
      - path: 'schedules[*].amount'
        that: *not-formatted-amount
    message:
      en: "`{field}` must be a JSON number without quotes such as 10000, not the string {value}: drop separators and currency signs, and send KRW as whole won, without decimals"
      ko: "`{field}`은(는) 10000처럼 따옴표 없는 JSON 숫자로 보내야 하며 문자열 {value}은(는) 쓸 수 없습니다. 쉼표와 통화 기호를 빼고, 원화는 소수점 없이 원 단위 정수로 보내세요"
    rationale: >-
      The KCP page types `amount` as an integer and the REST schema as a number. A display string
      such as "10,000", "₩64,900" or "9,900원" cannot be read as an amount (KCP result codes 9009,
      8105: amount must be digits). A plain digit string such as "1000" is the dictionary's
      field-type error.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 10000, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": "10,000", "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": "₩64,900", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": "9,900원", "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": "55000.00", "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /amount

  - id: amount-object
    title: {en: "`amount` is an object (V2 shape)", ko: "`amount`가 객체임 (V2 형식)"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: amount
        that: &not-object
          not: {path: ., type: object}
      - path: 'schedules[*].amount'
        that: *not-object
    message:
      en: "`{field}` must be a JSON number, found the object {value}: the v1 API accepts no object here (an object with `total` is the V2 API's form)"
      ko: "`{field}`은(는) JSON 숫자여야 하는데 객체 {value}입니다. v1 API는 이 자리에 객체를 받지 않습니다 (`total`을 담은 객체는 V2 API 형식입니다)"
    rationale: >-
      The v1 REST schema and the KCP page type `amount` as a number. PortOne's own v1
      non-authenticated payment guide shows /subscribe/payments/again with `amount` as an object
      holding `total`, which is the V2 API's shape; copied into a v1 call it is rejected. The schema
      wins over the guide.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 8900, "name": "정기구독 1개월", "currency": "KRW"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": {"total": 8900}, "name": "정기구독 1개월", "currency": "KRW"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": {"total": 9900}, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": {"total": 64900, "taxFree": 0}, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount

  - id: amount-not-integer
    title: {en: "`amount` has a fraction", ko: "`amount`가 정수가 아님"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    # A currency other than KRW: the request's own, and each schedule's for its amount.
    when:
      not: &foreign-currency
        all:
          - {path: currency, matches: '\S'}
          - not: {path: currency, equals: KRW}
    because:
      en: "the currency is KRW (or not set), which has no fractional unit"
      ko: "통화가 KRW(또는 미지정)이며, 원화에는 소수 단위가 없습니다"
    assert:
      - path: amount
        that:
          any:
            - not: {path: ., type: number}
            - {path: ., format: whole-number}
      - path: 'schedules[*]'
        at: amount
        # Most schedules pass on their amount: that is tested first, their currency last.
        that:
          any:
            - {path: amount, format: whole-number}
            - not: {path: amount, type: number}
            - *foreign-currency
    message:
      en: "`{field}` must be a whole number of won, found {value}: round it before sending (floating-point arithmetic leaves values like 27806.999999999996)"
      ko: "`{field}`은(는) 원 단위 정수여야 하는데 {value}입니다. 부동소수점 계산으로 생긴 값(예: 27806.999999999996)은 반올림해서 보내야 합니다"
    rationale: >-
      The KCP page types `amount` as an integer and the won has no minor unit; KCP refuses amounts
      that are not plain digits (result codes 8105, 8156-8158). Prices computed with discounts or
      percentages in floating point often come out as 27806.999999999996. Payloads in another
      currency (USD) are not checked here: cents are legitimate there. The value is checked, not how
      it is written: `9900.0` (what Python's `float` and many JSON encoders write) is 9900 won, the
      SDK receives it as the number 9900, and the REST reference types `amount` as a number.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 27807, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000502", "amount": 19.99, "currency": "USD", "name": "Monthly plan"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000503", "amount": 9900.0, "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000602", "name": "당근 10kg", "amount": 6.49e4, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "USD", "amount": 9.99, "name": "Plan 2030-01"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900.5, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 27806.999999999996, "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900.5, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900.5, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  - id: amount-zero
    title: {en: "`amount` is 0", ko: "`amount`가 0임"}
    severity: error
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: amount
        notIn: [0]
      - path: 'schedules[*].amount'
        notIn: [0]
    message:
      en: "`{field}` is 0: a payment must charge more than 0 (only a billing-key request through the window may show 0)"
      ko: "`{field}`이(가) 0입니다. 결제금액은 0보다 커야 합니다 (0원은 결제창 빌링키 발급 요청에서만 사용할 수 있습니다)"
    rationale: >-
      A payment of 0 won is not a payment: the KCP page uses 0 only in the billing-key example,
      where the amount is merely shown and nothing is approved. Negative amounts are the
      dictionary's field-range error (minimum 0).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 0, "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 0, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 0, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  - id: amount-below-card-minimum
    title: {en: "Card payment below 1,000 won", ko: "신용카드 결제금액이 1,000원 미만"}
    severity: warning
    alongside: true              # an amount sent as a string ("100") also gets field-type's error
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    when:
      all:
        - any:
            - absent: pay_method
            - {path: pay_method, equals: card}
        - not: *foreign-currency
    because:
      en: "this is a card payment in KRW"
      ko: "원화 신용카드 결제입니다"
    assert:
      - path: amount
        that:
          any:
            # Neither a number nor 1 to 999 written as a string ("100", as PortOne's Android and iOS SDKs
            # send it): not this rule's.
            - all: [{not: {path: ., type: number}}, {not: {path: ., matches: &below-minimum-digits '^[1-9][0-9]{0,2}$'}}]
            - {path: ., lte: 0}
            - {path: ., gte: 1000}
      - path: 'schedules[*]'
        at: amount
        that:
          any:
            - {path: amount, gte: 1000}
            - all: [{not: {path: amount, type: number}}, {not: {path: amount, matches: *below-minimum-digits}}]
            - {path: amount, lte: 0}
            - *foreign-currency
    message:
      en: "`{field}` is {value}, below KCP's minimum card payment of 1,000 won"
      ko: "`{field}` 값 {value}은(는) KCP 신용카드 최소 결제금액(1,000원)보다 작습니다"
    rationale: >-
      KCP's result code 9010 refuses card payments below 1,000 won. A warning rather than an error:
      PortOne's playground charges 100 won on KCP's public test channel. 0 is `amount-zero` and
      negative amounts are a field-range error. An amount sent as a string of digits (`"100"`, as
      PortOne's Android and iOS SDKs send it) is held to the minimum too, beside field-type's error.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-AMT-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 1000, "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "trans", "merchant_uid": "ORD-20300101-000601", "name": "커피 쿠폰", "amount": 500, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-001818", "name": "커피 쿠폰", "amount": "1000", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "USD", "amount": 5, "name": "Plan 2030-01"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 900, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 500, "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "커피 쿠폰", "amount": 100, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-001815", "name": "커피 쿠폰", "amount": "100", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-1817", "schedule_at": 1893423600, "amount": "500", "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  # ==================================================================== tax-free amount and VAT
  - id: tax-free-out-of-range
    title: {en: "`tax_free` is negative or above `amount`", ko: "`tax_free`가 음수이거나 `amount`보다 큼"}
    severity: error
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: tax_free
        min: 0
        message:
          en: "`{field}` is {value}: the tax-free portion cannot be negative"
          ko: "`{field}`이(가) {value}입니다. 면세금액은 음수일 수 없습니다"
      - path: tax_free
        that:
          any:
            - not: {path: ., type: number}
            - not: {path: $.amount, type: number}
            - path: .
              lte: {path: $.amount}
      - path: 'schedules[*].tax_free'
        min: 0
        message:
          en: "`{field}` is {value}: the tax-free portion cannot be negative"
          ko: "`{field}`이(가) {value}입니다. 면세금액은 음수일 수 없습니다"
      - path: 'schedules[*]'
        at: tax_free
        that:
          any:
            - not: {path: tax_free, type: number}
            - not: {path: amount, type: number}
            - path: tax_free
              lte: {path: amount}
        message:
          en: "`{field}` is {value}, more than the schedule's `amount`: the tax-free portion is part of the amount"
          ko: "`{field}` 값 {value}이(가) 해당 예약 건의 `amount`보다 큽니다. 면세금액은 결제금액 중 일부여야 합니다"
    message:
      en: "`tax_free` ({value}) is greater than `amount`: the tax-free portion is part of the amount"
      ko: "`tax_free`({value})가 `amount`보다 큽니다. 면세금액은 결제금액 중 일부여야 합니다"
    rationale: >-
      `tax_free` is "the tax-exempt part of `amount`" (SDK reference and v1 REST schema): the VAT is
      (amount - tax_free) / 11, so a negative value or one above `amount` makes no sense and KCP
      refuses the mismatch (result codes 8564, 8074).
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-TAX-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 9900, "name": "도서 정기구독"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 0, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 12000, "name": "도서 정기구독 2030년 1월"}]}'
          pointer: /schedules/0/tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 20000, "name": "도서 정기구독"}'
          pointer: /tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": -100, "name": "도서 정기구독"}'
          pointer: /tax_free
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "도서 3권", "amount": 64900, "tax_free": 70000, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 10000, "name": "정기구독 2030년 1월"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "tax_free": -1, "name": "정기구독 2030년 2월"}]}'
          pointers: [/schedules/0/tax_free, /schedules/1/tax_free]

  - id: tax-free-needs-kcp-contract
    title: {en: "`tax_free` needs a KCP mixed-taxation contract", ko: "`tax_free`는 KCP 복합과세 계약이 필요함"}
    severity: info
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: tax_free
        that:
          not:
            all:
              - {path: ., gt: 0}
              - path: .
                lte: {path: $.amount}
      - path: 'schedules[*]'
        at: tax_free
        that:
          not:
            all:
              - {path: tax_free, gt: 0}
              - any:
                  - not: {path: amount, type: number}
                  - path: tax_free
                    lte: {path: amount}
    message:
      en: "`{field}` sets a tax-free portion: KCP applies it only on a site code contracted for mixed taxation; otherwise the settled amounts can differ from the request"
      ko: "`{field}`(으)로 면세금액을 지정했습니다. KCP와 복합과세 계약이 된 사이트코드에서만 적용되며, 그렇지 않으면 정산 금액이 요청과 달라질 수 있습니다"
    rationale: >-
      Setting the tax-free amount or the VAT directly needs a separate contract with KCP (PortOne's
      V2 KCP page, a fact about the PG; KCP result code 8011 "mixed-tax amount setup"). 0, the
      documented default, draws nothing; out-of-range values are `tax-free-out-of-range`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-TAX-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 12000, "name": "도서 정기구독 2030년 1월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 0, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 2000, "name": "도서 정기구독"}'
          pointer: /tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 9900, "name": "도서 정기구독 2030년 1월"}]}'
          pointer: /schedules/0/tax_free

  - id: vat-amount-not-supported
    title: {en: "`vat_amount` is not supported by KCP", ko: "`vat_amount`는 KCP에서 지원하지 않음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      forbid: [vat_amount, 'schedules[*].vat_amount']
    message:
      en: "`{field}` is not supported by NHN KCP (only NICE, KG Inicis, Welcome and the new Toss Pay take it): the VAT is computed from `amount` and `tax_free`"
      ko: "`{field}`은(는) NHN KCP에서 지원하지 않는 파라미터입니다 (나이스페이먼츠, KG이니시스, 웰컴페이먼츠, (신) 토스페이 전용). 부가세는 `amount`와 `tax_free`로 계산됩니다"
    rationale: >-
      The SDK reference and the v1 REST schema list the gateways that honour `vat_amount`; KCP is
      not among them, so a VAT the merchant relies on is silently not applied.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-TAX-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "vat_amount": 900, "name": "정기구독 1개월"}'
          pointer: /vat_amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "vat_amount": 5900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /vat_amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "vat_amount": 900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/vat_amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "BILL-20300101-1810", "customer_uid": "cust_8f14e45f_card01", "name": "정기구독", "amount": 0, "vat_amount": 0, "buyer_tel": "010-1234-5678"}'
          pointer: /vat_amount

  - id: vat-deprecated
    title: {en: "`vat` is deprecated", ko: "`vat`는 지원 중단 예정 파라미터"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again]
    assert:
      forbid: vat
    message:
      en: "`vat` is deprecated: send the tax-free portion in `tax_free` instead (the VAT is then (amount - tax_free) / 11)"
      ko: "`vat`는 지원 중단 예정 파라미터입니다. 면세금액을 `tax_free`로 전달하세요 (부가세는 (amount - tax_free) / 11로 계산됩니다)"
    rationale: >-
      The v1 REST schema marks `vat` deprecated ("use the tax_free parameter") on /onetime and
      /again, and the 2018 SDK parameter table already replaced it with `tax_free`.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-TAX-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 0, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "vat": 900, "name": "정기구독 1개월"}'
          pointer: /vat
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "vat": 5000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /vat
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "vat": 5900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /vat

  # ========================================================================= currency
  - id: currency-not-supported
    title: {en: "Currency not supported by KCP", ko: "KCP가 지원하지 않는 통화"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: currency
        that: &krw-or-usd
          any:
            - not: {path: ., type: string}
            - {path: ., in: [KRW, USD]}
            # `krw`, ` USD`: the code in another spelling is currency-code-spelling's.
            - {path: ., matches: '(?i)^\s*(krw|usd)\s*$'}
      - path: 'schedules[*].currency'
        that: *krw-or-usd
    message:
      en: "`{field}` is {value}: NHN KCP settles only KRW and USD"
      ko: "`{field}`이(가) {value}입니다. NHN KCP는 KRW와 USD만 지원합니다"
    rationale: >-
      The v1 KCP page does not list currencies; PortOne's V2 KCP page (a fact about the PG) says KCP
      supports KRW and USD only, and KCP answers other codes with "unsupported currency" (result
      codes 9014, 8176). A warning because the v1 page is silent.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CUR-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "currency": "KRW", "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "USD", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 1100, "currency": "JPY", "name": "Monthly plan"}'
          pointer: /currency
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "EUR", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /currency
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "EUR", "amount": 9, "name": "Monthly plan"}]}'
          pointer: /schedules/0/currency

  - id: currency-code-spelling
    title: {en: "Currency code not in upper case", ko: "통화 코드 대소문자·공백 오류"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: currency
        that: &currency-spelt-exactly
          any:
            # The exact codes first: a schedule of thousands of `KRW` items is settled by a comparison each.
            - {path: ., in: [KRW, USD]}
            - not: {path: ., matches: '(?i)^\s*(krw|usd)\s*$'}
        fix: &currency-upper-case
          map: {krw: KRW, Krw: KRW, usd: USD, Usd: USD, 'KRW ': KRW, ' KRW': KRW, 'USD ': USD, ' USD': USD, 'krw ': KRW, ' krw': KRW, 'usd ': USD, ' usd': USD}
          safe: true
          message: {en: "write the code in upper case, without spaces", ko: "코드를 공백 없이 대문자로 쓰세요"}
      - path: 'schedules[*].currency'
        that: *currency-spelt-exactly
        fix: *currency-upper-case
    message:
      en: "`{field}` is {value}: PortOne documents the currency codes in upper case without spaces (`KRW`, `USD`), and KCP rejects a currency code it does not recognise"
      ko: "`{field}` 값이 {value}입니다. 포트원 문서의 통화 코드는 공백 없는 대문자(`KRW`, `USD`)이며, KCP는 인식하지 못하는 통화 코드를 거절합니다"
    rationale: >-
      PortOne documents `currency` as `KRW`, `USD`, ... (ISO 4217 codes, upper case), and KCP answers
      a currency it does not know with "unsupported currency" (result codes 9014, 8176). A lower-case
      or padded `krw` is the right currency spelt wrongly, so it gets this warning and a safe fix
      instead of currency-not-supported's "only KRW and USD". The KRW-only checks (a whole number of
      won, the card minimum) still treat it as another currency until it is fixed.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CUR-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-001806", "amount": 9900, "currency": "KRW", "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-001807", "amount": 1100, "currency": "JPY", "name": "Monthly plan"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-001808", "amount": 9900, "currency": "krw", "name": "정기구독 1개월"}'
          pointer: /currency
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-001809", "name": "Gift card", "amount": 25, "currency": "usd ", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /currency
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-1806", "schedule_at": 1893423600, "currency": "Krw", "amount": 9900, "name": "Monthly plan"}]}'
          pointer: /schedules/0/currency

  - id: currency-usd-non-card
    title: {en: "USD with a payment method other than card", ko: "신용카드가 아닌 결제수단의 USD 결제"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: currency, equals: USD}
        - present: pay_method
        - not: {path: pay_method, equals: card}
    because:
      en: "`pay_method` is not `card`"
      ko: "`pay_method`가 `card`가 아닙니다"
    assert:
      path: currency
      notIn: [USD]
    message:
      en: "`currency` USD is accepted by KCP for card payments only, and `pay_method` is not `card`"
      ko: "KCP는 신용카드 결제에서만 `currency` USD를 지원하는데 `pay_method`가 `card`가 아닙니다"
    rationale: >-
      PortOne's V2 KCP page (a fact about the PG): KCP takes USD for card payments only. The v1 KCP
      page is silent, hence a warning.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CUR-001
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "USD", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "trans", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "USD", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /currency

  # ==================================================================== buyer and order name
  - id: buyer-email-format
    title: {en: "E-mail address is not plausible", ko: "이메일 주소 형식이 올바르지 않음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      - path: buyer_email
        # The common case first: a plausible address ends the `any` at once.
        that: &plausible-buyer-email
          any:
            - {path: ., format: email}
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 65}
      - path: 'schedules[*].buyer_email'
        that: *plausible-buyer-email
      - path: customer_email
        that:
          any:
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 201}
            - {path: ., format: email}
    message:
      en: "`{field}` is not a plausible e-mail address: {value}; KCP may refuse a malformed e-mail address"
      ko: "`{field}` 값 {value}은(는) 올바른 이메일 주소 형식이 아닙니다. KCP는 형식이 잘못된 이메일 주소를 거절할 수 있습니다"
    rationale: >-
      KCP validates the buyer e-mail (result codes 8509 "buyer e-mail format", 9012). The check is a
      plausibility test (local@domain.tld), so it is a warning. Empty strings are not reported
      (the member is optional); values over the REST length limit are already field-length errors.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-BUY-004
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "buyer_email": ""}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_email": "gildong@example", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /buyer_email
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "buyer_email": "gildong.example.com"}'
          pointer: /buyer_email
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_email": "홍길동"}]}'
          pointer: /schedules/0/buyer_email
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_email": "gildong@"}'
          pointer: /customer_email

  - id: buyer-tel-format
    title: {en: "Phone number is not plausible", ko: "전화번호 형식이 올바르지 않음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      - path: buyer_tel
        # The common case first: a plausible number ends the `any` at once.
        that: &plausible-phone
          any:
            - {path: ., matches: '^\s*[+(]?([0-9][ ().-]*){7,}[0-9]\s*$'}
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 17}
      - path: 'schedules[*].buyer_tel'
        that: *plausible-phone
      - path: customer_tel
        that:
          any:
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 21}
            - {path: ., matches: '^\s*[+(]?([0-9][ ().-]*){7,}[0-9]\s*$'}
    message:
      en: "`{field}` is not a plausible phone number: {value}; KCP refuses a malformed phone number"
      ko: "`{field}` 값 {value}은(는) 올바른 전화번호 형식이 아닙니다. KCP는 형식이 잘못된 전화번호를 거절합니다"
    rationale: >-
      KCP validates the buyer's phone number (result codes 8507 and 8508, "buyer phone format").
      Merchant code sends placeholders that were never filled in (`010-####-####`, `구매자연락처`)
      or a label instead of the number. The check is a plausibility test: eight or more digits,
      separated by nothing or by spaces, hyphens, dots or parentheses, with an optional leading `+`
      (`01012345678`, `010-1234-5678`, `02)555-1234`, `1588-1234`, `+82 10-1234-5678`), so it is a
      warning. Empty strings are not reported (the member is optional; `sdk-buyer-tel-missing` covers
      a blank one on the SDK); values over the length limits are already field-length errors.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000701", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000702", "name": "당근 10kg", "amount": 64900, "buyer_tel": "+82 10 1234 5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000703", "amount": 9900, "name": "정기구독 1개월", "buyer_tel": "(02) 555-1234"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000704", "amount": 9900, "name": "정기구독 1개월", "buyer_tel": "01012345678"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000705", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-####-####", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /buyer_tel
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "BILL-20300101-0706", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "구매자연락처"}'
          pointer: /buyer_tel
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_tel": "010-1234"}]}'
          pointer: /schedules/0/buyer_tel
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_tel": "TBD"}'
          pointer: /customer_tel
  - id: name-too-many-bytes
    title: {en: "`name` over KCP's 100-byte limit", ko: "`name`이 KCP의 100바이트 한도를 넘음"}
    severity: info
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: name
        that: &name-bytes-ok
          any:
            - not: {path: ., type: string}
            - path: .
              length: {min: 41}
            - path: .
              bytes: {max: 100}
      - path: 'schedules[*].name'
        that: *name-bytes-ok
    message:
      en: "`{field}` is longer than 100 bytes in UTF-8: if KCP receives it in UTF-8, its 100-byte order-name limit may cut it"
      ko: "`{field}`이(가) UTF-8 기준 100바이트를 넘습니다. KCP가 UTF-8로 받는 경우 주문명 한도(100바이트)에 걸려 잘릴 수 있습니다"
    rationale: >-
      PortOne limits `name` to 40 characters (v1 REST schema, field-length); KCP limits the product
      name to 100 bytes (PortOne's V2 KCP page, a fact about the PG). A Hangul syllable is 3 bytes in
      UTF-8, so 34 to 40 Hangul pass PortOne's limit but not KCP's. Changed from the reference's
      warning to info: the encoding KCP counts in is not documented, and in EUC-KR, KCP's
      traditional encoding, 40 Hangul are only 80 bytes.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-NAME-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "프리미엄 정기구독 연간 이용권 자동 갱신 결제"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독프리미엄 플랜 연간 이용권 자동결제 갱신 회차 일월분 결제 안내문"}'
          pointer: /name
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독프리미엄 플랜 연간 이용권 자동결제 갱신 회차 일월분 결제 안내문"}]}'
          pointer: /schedules/0/name

  - id: name-missing
    title: {en: "`name` is missing on /again", ko: "/again 요청에 `name` 누락"}
    severity: info
    kinds: [rest-again]
    assert:
      require: name
    message:
      en: "`name` is missing: the v1 API schema requires the order name on /subscribe/payments/again"
      ko: "`name`(주문명)이 없습니다. v1 API 스키마에서 /subscribe/payments/again의 `name`은 필수입니다"
    rationale: >-
      The v1 REST schema marks `name` required on /again (since at least 2023). The KCP page's own
      /again example and PortOne's Python client omit it, and whether the server enforces it is not
      known.
      Severity info, not the reference's warning: the KCP page (the highest authority) sends /again without `name`, so a payload that copies it must not draw a warning; the schema's requirement is real but its enforcement is unknown.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-NAME-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 3000}'
          pointer: /name

  - id: schedules-name-missing
    title: {en: "A scheduled charge has no `name`", ko: "예약 건의 `name` 누락"}
    severity: info
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].name'
    message:
      en: "`{field}` is missing: the v1 API schema requires an order name in every scheduled charge"
      ko: "`{field}`(주문명)이 없습니다. v1 API 스키마에서 예약 건마다 `name`은 필수입니다"
    rationale: >-
      ScheduleAnnotation in the v1 REST schema lists `name` as required (added between 2024-03 and
      2025-01); PortOne's older examples omit it and enforcement is not known.
      Severity info, not the reference's warning: PortOne's own schedule examples omit `name`, and enforcement of the schema's requirement is unknown.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-NAME-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900}]}'
          pointer: /schedules/0/name

  - id: name-missing-sdk-payment
    title: {en: "`name` is missing from a payment", ko: "결제 요청에 `name` 누락"}
    severity: info
    kinds: [sdk-payment]
    assert:
      require: name
    message:
      en: "`name` is not set: KCP shows the order name to the buyer as the product name"
      ko: "`name`(주문명)이 없습니다. 주문명은 KCP 결제창에 상품명으로 표시됩니다"
    rationale: >-
      The KCP page lists `name` without a question mark (a main parameter) and every KCP example
      sends it; KCP's result code 9007 is "product name missing". The SDK reference marks it
      optional, so this is advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-NAME-003
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /name

  # ===================================================================== REST installments
  - id: card-quota-below-installment-minimum
    title: {en: "Installments below 50,000 won", ko: "5만원 미만 할부 요청"}
    severity: warning
    kinds: [rest-onetime, rest-again, rest-schedule]
    when:
      not: *foreign-currency
    because:
      en: "the amount is in KRW"
      ko: "원화 결제입니다"
    assert:
      - path: card_quota
        that:
          any:
            - not:
                all:
                  - {path: ., type: integer}
                  - {path: ., gte: 2}
            - not: {path: $.amount, type: number}
            - {path: $.amount, gte: 50000}
      - path: 'schedules[*]'
        at: card_quota
        that:
          any:
            - not:
                all:
                  - {path: card_quota, format: whole-number}
                  - {path: card_quota, gte: 2}
            - {path: amount, gte: 50000}
            - not: {path: amount, type: number}
            - *foreign-currency
        message:
          en: "`{field}` asks for {value} monthly installments, but the schedule's `amount` is below 50,000 won, the installment minimum (some issuers: 10,000 won)"
          ko: "`{field}`로 {value}개월 할부를 요청했지만 해당 예약 건의 `amount`가 할부 결제 최소 금액인 5만원 미만입니다 (일부 카드사는 1만원 이상)"
    message:
      en: "`card_quota` asks for {value} monthly installments, but installments need an amount of at least 50,000 won (some issuers: 10,000 won)"
      ko: "`card_quota`로 {value}개월 할부를 요청했지만 할부 결제는 5만원 이상 결제 시 이용할 수 있습니다 (일부 카드사는 1만원 이상)"
    rationale: >-
      The KCP page: installments are available from 50,000 won (some issuers from 10,000 won); the
      v1 REST schema says the same of `card_quota` ("결제금액 50,000원 이상 한정"). A warning
      because of the issuer exceptions.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 6, "name": "연간 이용권"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000502", "amount": 9900, "card_quota": 0, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "card_quota": 3, "name": "정기구독 1개월"}'
          pointer: /card_quota
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 30000, "card_quota": 6, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_quota
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "card_quota": 3, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/card_quota
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "USD", "amount": 30, "card_quota": 3, "name": "Plan 2030-01"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "card_quota": 3.0, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/card_quota

  - id: card-quota-invalid
    title: {en: "`card_quota` is not 0 or 2 and more", ko: "`card_quota`가 0 또는 2 이상이 아님"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: card_quota
        that:
          any:
            - not: {path: ., type: number}
            - all:
                - {path: ., format: whole-number}
                - {path: ., gte: 0}
                - not: {path: ., equals: 1}
      - path: 'schedules[*].card_quota'
        that:
          any:
            - not: {path: ., type: number}
            - all:
                - {path: ., format: whole-number}
                - {path: ., gte: 0}
                - not: {path: ., equals: 1}
    message:
      en: "`{field}` must be 0 (lump sum) or a number of months from 2, found {value}"
      ko: "`{field}`은(는) 0(일시불) 또는 2 이상의 할부개월수여야 하는데 {value}입니다"
    rationale: >-
      The v1 REST schema: `card_quota` is an integer, 0 for a lump sum (the default), otherwise 2 or
      more months ("2 이상의 integer 할부개월수"). There is no 1-month installment; KCP refuses
      malformed installment periods (result codes 8106, CC16). A whole number written with a
      fraction (`3.0`) is the same integer and is accepted, at the top level and in `schedules[]`.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-Q-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000502", "amount": 120000, "card_quota": 3.0, "name": "연간 이용권"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 12, "name": "연간 이용권"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0003", "schedule_at": 1893423600, "currency": "KRW", "amount": 120000, "card_quota": 3.0, "name": "연간 이용권"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 1, "name": "연간 이용권"}'
          pointer: /card_quota
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 120000, "card_quota": -3, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_quota
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 120000, "card_quota": 2.5, "name": "연간 이용권"}]}'
          pointer: /schedules/0/card_quota
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 120000, "card_quota": 1.0, "name": "연간 이용권"}]}'
          pointer: /schedules/0/card_quota

  # ================================================================ REST string-typed members
  - id: rest-bypass-not-string
    title: {en: "REST `bypass` is an object", ko: "REST API의 `bypass`가 객체임"}
    severity: warning
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: bypass
        that: *not-object
      - path: 'schedules[*].bypass'
        that: *not-object
    message:
      en: "`{field}` must be a JSON string on the REST API (`JSON.stringify` the object): PortOne passes it to the PG unchanged"
      ko: "REST API의 `{field}`은(는) JSON 문자열이어야 합니다 (객체는 `JSON.stringify`로 변환해서 보내야 합니다). 포트원은 이 값을 가공 없이 PG사로 전달합니다"
    rationale: >-
      On /onetime, /again and in schedules, the v1 REST schema types `bypass` as a string: "JSON
      string 형식의 PG사별 파라미터, 가공 없이 그대로 PG사로 전달". Unlike IMP.request_pay, an object
      is not serialised for the merchant.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-BP-007
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "bypass": "{\"key\": \"value\"}"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "bypass": {"key": "value"}}'
          kind: rest-again
          pointer: /bypass
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "bypass": {"key": "value"}}'
          pointer: /bypass
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "bypass": {"key": "value"}}]}'
          pointer: /schedules/0/bypass

  - id: rest-notice-url-not-absolute
    title: {en: "REST `notice_url` is not an absolute URL", ko: "REST API의 `notice_url`이 절대 URL이 아님"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: notice_url
        that: &absolute-url-or-blank
          any:
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - {path: ., format: url}
      - path: 'schedules[*].notice_url'
        that: *absolute-url-or-blank
    message:
      en: "`{field}` must be an absolute http(s) URL, found {value}: PortOne's servers call it"
      ko: "`{field}`은(는) http(s)로 시작하는 절대 URL이어야 하는데 {value}입니다. 포트원 서버가 이 주소로 웹훅을 호출합니다"
    rationale: >-
      `notice_url` replaces the console's webhook URL for this payment and is called by PortOne's
      servers, so a relative path or a host without a scheme can never be reached and the result
      notification is lost.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-URL-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": "https://shop.example.com/webhooks/portone"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": "/api/webhooks/portone"}'
          pointer: /notice_url
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "notice_url": "shop.example.com/webhooks/portone"}]}'
          pointer: /schedules/0/notice_url

  - id: rest-notice-url-array
    title: {en: "REST `notice_url` is an array", ko: "REST API의 `notice_url`이 배열임"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: notice_url
        that: &not-array
          not: {path: ., type: array}
      - path: 'schedules[*].notice_url'
        that: *not-array
    message:
      en: "`{field}` takes one URL string on the REST API; an array of URLs is accepted only by IMP.request_pay"
      ko: "REST API의 `{field}`에는 URL 문자열 하나만 넣을 수 있습니다. URL 배열은 IMP.request_pay에서만 지원됩니다"
    rationale: >-
      The KCP page allows `notice_url` as a string or an array of strings in IMP.request_pay, but the
      v1 REST schema types it as a single string on /onetime, /again and in schedules.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-URL-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": "https://shop.example.com/webhooks/portone"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": ["https://shop.example.com/webhooks/portone", "https://backup.example.com/webhooks/portone"]}'
          pointer: /notice_url
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "notice_url": ["https://shop.example.com/webhooks/portone"]}]}'
          pointer: /schedules/0/notice_url

  - id: custom-data-not-string
    title: {en: "REST `custom_data` is not a string", ko: "REST API의 `custom_data`가 문자열이 아님"}
    severity: info
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: custom_data
        type: string
      - path: 'schedules[*].custom_data'
        type: string
    message:
      en: "`{field}` is a string parameter on the REST API: send `JSON.stringify` of the object to control exactly what is stored and returned"
      ko: "REST API의 `{field}`은(는) 문자열 파라미터입니다. 저장되고 조회될 값을 정확히 지정하려면 객체를 `JSON.stringify`로 변환해서 보내세요"
    rationale: >-
      The v1 REST schema types `custom_data` as a string on /onetime, /again and in schedules. Other
      PortOne operations say an object is stored as its JSON text, so an object most likely works;
      hence advice only.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-MISC-005
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "custom_data": "{\"plan\": \"monthly\"}"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "custom_data": {"plan": "monthly"}}'
          kind: rest-again
          pointer: /custom_data
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "custom_data": {"plan": "monthly"}}]}'
          pointer: /schedules/0/custom_data

  - id: promotion-id-prefix
    title: {en: "`promotion_id` does not start with promotion-id-", ko: "`promotion_id`가 promotion-id-로 시작하지 않음"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: promotion_id
        that: &promotion-id-ok
          any:
            - not: {path: ., type: string}
            - {path: ., matches: '^\s*$'}
            - {path: ., matches: '^promotion-id-'}
      - path: 'schedules[*].promotion_id'
        that: *promotion-id-ok
    message:
      en: "`{field}` must be a PortOne promotion id starting with `promotion-id-`, found {value}"
      ko: "`{field}`은(는) `promotion-id-`로 시작하는 포트원 프로모션 아이디여야 하는데 {value}입니다"
    rationale: >-
      The v1 REST schema describes `promotion_id` as the id of a PortOne promotion, which starts
      with `promotion-id-`; any other value (a coupon code of the shop) matches no promotion.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-MISC-007
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000502", "amount": 9900, "name": "정기구독 1개월", "promotion_id": ""}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "promotion_id": "promotion-id-8f1c2a7b"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "promotion_id": "SPRING2030"}'
          pointer: /promotion_id
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "promotion_id": "8f1c2a7b"}]}'
          pointer: /schedules/0/promotion_id

  - id: rest-field-not-for-kcp
    title: {en: "REST member not used by KCP", ko: "KCP에서 사용하지 않는 REST 파라미터"}
    severity: info
    kinds: [rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      forbid:
        - interest_free_by_merchant
        - use_card_point
        - product_type
        - cash_receipt_type
        - cvc
        - secure_3d_charge_id
        - secure_3d_token
        - customer_id
        - extra.naverUseCfm
        - 'schedules[*].interest_free_by_merchant'
        - 'schedules[*].use_card_point'
        - 'schedules[*].product_type'
        - 'schedules[*].cash_receipt_type'
        - 'schedules[*].extra.naverUseCfm'
    message:
      en: "`{name}` is not used by NHN KCP (PortOne applies it for other gateways only), so it has no effect here"
      ko: "`{name}`은(는) NHN KCP에서 사용하지 않는 파라미터입니다 (다른 PG사 전용). KCP 결제에는 적용되지 않습니다"
    rationale: >-
      The v1 REST schema names the gateways of each of these members: `interest_free_by_merchant`
      (NICE, KSNET), `use_card_point` (NICE, KSNET, Smartro), `product_type` (KSNET, PayPal),
      `cash_receipt_type` (Toss Pay), `cvc` and `secure_3d_*` (Paymentwall), `customer_id` (Toss
      Payments), `extra.naverUseCfm` (Naver Pay). KCP is never among them.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-MISC-008
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 3, "interest_free_by_merchant": true, "name": "연간 이용권"}'
          pointer: /interest_free_by_merchant
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "cvc": "123", "product_type": "real"}'
          pointers: [/cvc, /product_type]
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_id": "member-20391"}'
          pointer: /customer_id
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "extra": {"naverUseCfm": "20300131"}}]}'
          pointer: /schedules/0/extra/naverUseCfm

  # ============================================================================ REST channel
  - id: rest-pg-kcp-billing
    title: {en: "`kcp_billing` channel on /onetime or /subscribe/customers", ko: "수기 결제·API 빌링키 발급 REST API에 `kcp_billing` 채널 사용"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    assert:
      path: pg
      that:
        not: {path: ., matches: '^kcp_billing(\.|$)'}
    message:
      en: "`pg` is {value}, a KCP window-billing channel, which /subscribe/payments/onetime and /subscribe/customers do not support: use `kcp`, or `kcp.` followed by the site code of the KCP API channel (e.g. `kcp.AO09C`)"
      ko: "`pg` 값 {value}은(는) KCP 결제창 빌링 채널입니다. /subscribe/payments/onetime과 /subscribe/customers는 `kcp` 또는 `kcp.사이트코드`(예: `kcp.AO09C`) 형식의 KCP API 채널만 지원합니다"
    rationale: >-
      The v1 REST schema lists `kcp`, not `kcp_billing`, among the gateways of /onetime and of
      /subscribe/customers, and PortOne's billing-key rules say `kcp_billing` issues billing keys
      through the window only while `kcp` issues them through the API.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CH-008
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": "kcp"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": ""}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp_billing.AO09C"}'
          pointer: /pg
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": "kcp_billing"}'
          pointer: /pg

  - id: rest-pg-format
    title: {en: "`pg` not of the form `kcp.` + site code on /onetime or /subscribe/customers", ko: "수기 결제·API 빌링키 발급 REST API의 `pg` 형식 오류"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    when:
      all:
        # A blank `pg` (PortOne's PHP client sends `pg: ''`) is one left unset: the default channel.
        - {path: pg, type: string, matches: '\S'}
        # The billing-window channel has a rule of its own.
        - not: {path: pg, matches: '^kcp_billing(\.|$)'}
    assert:
      path: pg
      pattern: '^kcp(\.[A-Za-z0-9]+)?$'
    message:
      en: "`pg` {value} is not a KCP channel code: write `kcp`, or `kcp.` followed by the site code of the KCP API channel (e.g. `kcp.AO09C`), with `kcp` in lower case and no spaces; replace any `{...}` placeholder copied from the docs with the real site code"
      ko: "`pg` 값 {value}은(는) 올바른 KCP 채널 코드가 아닙니다. `kcp` 또는 `kcp.사이트코드`(예: `kcp.AO09C`) 형식으로, `kcp`는 소문자로 공백 없이 입력하세요 (문서의 `{...}` 예시 표기는 실제 사이트코드로 바꾸세요)"
    rationale: >-
      The v1 REST schema describes `pg` on /onetime and /subscribe/customers as `{provider}` or
      `{provider}.{store id}`, and the KCP provider of these API calls is `kcp`. A value that names no
      provider (`kcp `, `kcpp`, `KCP`) matches no channel, and PortOne falls back to the console's
      default one, which may not be the KCP API channel. A value naming another provider is
      not-kcp-gateway's.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CH-005
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000962", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": "kcp"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": ""}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000963", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp "}'
          pointer: /pg
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": "KCP"}'
          pointer: /pg
        - payload: '{"merchant_uid": "ORD-20300101-000968", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.{상점아이디}"}'
          pointer: /pg

  - id: rest-channel-key-missing
    title: {en: "`channel_key` missing on /subscribe/customers", ko: "/subscribe/customers 요청에 `channel_key` 누락"}
    severity: info
    kinds: [rest-billing-key]
    assert:
      requireAny: [channel_key, channel_group_id]
    message:
      en: "`channel_key` is missing: PortOne's API reference requires it on /subscribe/customers to select the KCP channel that issues the billing key"
      ko: "`channel_key`가 없습니다. 포트원 API 문서에서는 /subscribe/customers 요청에 빌링키를 발급할 KCP 채널의 `channel_key`를 필수로 요구합니다"
    rationale: >-
      The v1 REST schema marks `channel_key` required on POST /subscribe/customers/{customer_uid}
      since 2026-05-20; the KCP page's example predates that and omits it. Whether the server
      enforces it is not known. A smart-routing `channel_group_id` also selects the
      channels and is accepted instead.
      Severity info, not the reference's warning: the KCP page's billing-key example (the highest authority) omits `channel_key`, and whether the server enforces the schema's newer requirement is unknown.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CH-009
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_group_id": "channel-group-id-7d2f"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": ""}'
          pointer: /channel_key
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "820213", "pwd_2digit": "00"}'
          pointer: /channel_key
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
          pointer: /channel_key

  - id: rest-channel-key-onetime
    title: {en: "`channel_key` on /subscribe/payments/onetime", ko: "/subscribe/payments/onetime 요청의 `channel_key`"}
    severity: info
    kinds: [rest-onetime]
    assert:
      forbid: channel_key
    message:
      en: "`channel_key` is not a documented parameter of /subscribe/payments/onetime: select the KCP channel with `pg` (`kcp`, or `kcp.` followed by the site code) or `channelGroupId`"
      ko: "`channel_key`는 /subscribe/payments/onetime에 정의된 파라미터가 아닙니다. `pg`(`kcp` 또는 `kcp.사이트코드`)나 `channelGroupId`로 KCP 채널을 지정하세요"
    rationale: >-
      The v1 REST schema defines `pg` and `channelGroupId` on /onetime but not `channel_key` (unlike
      /again, /schedule and /subscribe/customers). If the server ignores it, the default API channel
      is used.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CH-011
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /channel_key

  # =============================================================================== card data
  - id: card-number-missing
    title: {en: "`card_number` is missing", ko: "`card_number` 누락"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    assert:
      require: card_number
    message:
      en: "`card_number` is required: the card number as dddd-dddd-dddd-dddd"
      ko: "`card_number`(카드번호)는 필수입니다 (dddd-dddd-dddd-dddd 형식)"
    rationale: >-
      The v1 REST schema requires `card_number` on /subscribe/payments/onetime and
      /subscribe/customers: a key-in payment and an API billing key are made from the card data.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-001
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          kind: rest-onetime
          pointer: /card_number
        - payload: '{"expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number

  - id: card-number-length
    title: {en: "`card_number` does not have 14 to 16 digits", ko: "`card_number`가 14~16자리가 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: card_number
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., matches: '^[ -]*(\d[ -]*){14,16}$'}
    message:
      en: "`card_number` must hold 14 to 16 digits (hyphens and spaces aside): PortOne cuts numbers longer than 16 digits"
      ko: "`card_number`는 하이픈과 공백을 제외하고 14~16자리 숫자여야 합니다. 16자리를 넘는 번호는 포트원에서 잘립니다"
    rationale: >-
      Card numbers of domestic cards have 16 digits, AMEX 15 and Diners 14. PortOne silently
      truncates numbers longer than 16 digits (iamport-manual issue 23), and KCP refuses malformed
      card numbers (result codes 8107, CC14). Letters or other symbols fail the check too.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-002
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "3782-822463-10005", "expiry": "2030-12", "birth": "900101"}'
        - '{"card_number": "3056-930902-5904", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111-123", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number
        - payload: '{"card_number": "4111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-111X", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /card_number

  - id: card-number-layout
    title: {en: "16-digit `card_number` not written as dddd-dddd-dddd-dddd", ko: "16자리 `card_number`가 dddd-dddd-dddd-dddd 형식이 아님"}
    severity: warning
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: card_number
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '^[ -]*(\d[ -]*){16}$'}
          - {path: ., matches: '^\d{4}-\d{4}-\d{4}-\d{4}$'}
    message:
      en: "`card_number` should be written as dddd-dddd-dddd-dddd, the layout PortOne documents for 16-digit numbers"
      ko: "16자리 `card_number`는 포트원 문서의 형식인 dddd-dddd-dddd-dddd로 입력하는 것을 권장합니다"
    rationale: >-
      The v1 REST schema describes `card_number` as "카드번호(dddd-dddd-dddd-dddd) 기재 양식을
      유의하세요" on /onetime, /schedule and /subscribe/customers. Other layouts are not documented, so
      a warning. 14- and 15-digit numbers (Diners, AMEX) have no documented layout and are not
      checked.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-003
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "378282246310005", "expiry": "2030-12", "birth": "900101"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111111111111111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number
        - payload: '{"card_number": "4111 1111 1111 1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number

  - id: card-number-luhn
    title: {en: "`card_number` fails the Luhn check", ko: "`card_number`가 Luhn 검사를 통과하지 못함"}
    severity: warning
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: card_number
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '^[ -]*(\d[ -]*){14,16}$'}
          - all:
              - {path: ., format: luhn}
              - {path: ., matches: '[1-9]'}
    message:
      en: "`card_number` is not a valid card number: it fails the Luhn check or is all zeros, like the placeholders 1234-1234-1234-1234 and 0000-0000-0000-0000"
      ko: "`card_number`가 유효한 카드번호가 아닙니다. 1234-1234-1234-1234나 0000-0000-0000-0000 같은 예시 값처럼 Luhn 검사를 통과하지 못하거나 모두 0입니다"
    rationale: >-
      Every issued card number passes the Luhn check digit; one that fails is a typo or a
      placeholder, such as the KCP page's `1234-1234-1234-1234`, and is refused as an invalid card
      (KCP result codes 8108, CC14). A number of zeros passes the check digit but is no card
      (client examples send `0000-0000-0000-0000`). A warning because test environments may use
      made-up numbers. Numbers of the wrong length are `card-number-length`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-004
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000231", "amount": 55000, "name": "가습기", "card_number": "0000-0000-0000-0000", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number
        - payload: '{"merchant_uid": "ORD-20300101-000401", "card_number": "1234-1234-1234-1234", "expiry": "2030-12", "birth": "900101", "amount": 3000}'
          pointer: /card_number
        - payload: '{"card_number": "4111-1111-1111-1112", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number

  - id: expiry-missing
    title: {en: "`expiry` is missing", ko: "`expiry` 누락"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    assert:
      require: expiry
    message:
      en: "`expiry` is required: the card expiry as YYYY-MM"
      ko: "`expiry`(카드 유효기간)은 필수입니다 (YYYY-MM 형식)"
    rationale: >-
      The v1 REST schema requires `expiry` on /subscribe/payments/onetime and /subscribe/customers.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-005
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /expiry
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /expiry

  - id: expiry-format
    title: {en: "`expiry` is not YYYY-MM", ko: "`expiry`가 YYYY-MM 형식이 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: expiry
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., format: card-expiry}
    message:
      en: "`expiry` must be YYYY-MM with a month from 01 to 12, such as 2030-12 (not MM/YY or YYYYMM)"
      ko: "`expiry`는 2030-12처럼 YYYY-MM 형식(월은 01~12)이어야 합니다 (MM/YY, YYYYMM 형식은 사용할 수 없습니다)"
    rationale: >-
      The v1 REST schema: "카드 유효기간(YYYY-MM) 기재 양식을 유의하세요". The card's own MM/YY layout
      and compact YYYYMM are common mistakes; KCP refuses malformed expiries (result code 8109).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-005
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "12/30", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /expiry
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "203012", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /expiry
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-13", "birth": "900101", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /expiry

  - id: expiry-past
    title: {en: "Card has expired", ko: "카드 유효기간이 지남"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    when:
      path: expiry
      type: string
    because:
      en: "a card is valid through the last day of its expiry month (Korea time)"
      ko: "카드는 유효기간 월의 마지막 날(한국 시간)까지 사용할 수 있습니다"
    assert:
      path: expiry
      notPast: true
    message:
      en: "`expiry` is in the past: the card has expired and KCP will refuse it"
      ko: "`expiry`가 이미 지난 날짜입니다. 유효기간이 지난 카드는 KCP에서 거절됩니다"
    rationale: >-
      An expired card is refused (KCP result codes CC54, CC55). The KCP page's /onetime examples send
      `expiry: "2019-01"` and its /subscribe/customers example `2025-12`, both past; copied as they
      are, they fail. The month counts until its last moment, Korea time.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-006
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2026-01", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "card_number": "4111-1111-1111-1111", "expiry": "2019-01", "birth": "900101", "amount": 3000}'
          pointer: /expiry
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2025-12", "birth": "820213", "pwd_2digit": "00", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /expiry

  - id: birth-format
    title: {en: "`birth` is not YYMMDD or a business number", ko: "`birth`가 생년월일 6자리나 사업자등록번호가 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: birth
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., format: yymmdd}
          - {path: ., matches: '^\d{10}$'}
    message:
      en: "`birth` must be a date of birth as 6 digits YYMMDD (a real date) or, for a corporate card, the 10-digit business number"
      ko: "`birth`는 생년월일 6자리(YYMMDD, 실제 날짜) 또는 법인카드의 경우 사업자등록번호 10자리여야 합니다"
    rationale: >-
      The v1 REST schema: "생년월일6자리(YYMMDD) (법인카드의 경우 사업자등록번호10자리)". An 8-digit
      YYYYMMDD, separators or an impossible date are refused by KCP (result codes 8110, CC66).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-007
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "1208147521", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "19900101", "pwd_2digit": "12"}'
          pointer: /birth
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "901301", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /birth
        - payload: '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "90-01-01", "pwd_2digit": "12"}'
          pointer: /birth

  - id: birth-missing
    title: {en: "`birth` is missing", ko: "`birth` 누락"}
    severity: warning
    kinds: [rest-onetime, rest-billing-key]
    assert:
      require: birth
    message:
      en: "`birth` is missing: KCP checks the card holder's date of birth (or business number) for key-in payments and API billing keys"
      ko: "`birth`(생년월일 6자리 또는 사업자등록번호 10자리)가 없습니다. KCP는 수기 결제와 API 빌링키 발급 시 카드 소유자의 생년월일을 확인합니다"
    rationale: >-
      Every KCP example of /onetime and /subscribe/customers sends `birth`, and PortOne's V2 KCP page
      (a fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks
      it "varies by PG or contract", so a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-008
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "pwd_2digit": "12"}'
          pointer: /birth
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /birth

  - id: pwd-2digit-format
    title: {en: "`pwd_2digit` is not 2 digits", ko: "`pwd_2digit`이 숫자 2자리가 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: pwd_2digit
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., matches: '^\d{2}$'}
    message:
      en: "`pwd_2digit` must be the first 2 digits of the card password, exactly 2 digits"
      ko: "`pwd_2digit`은 카드 비밀번호 앞 2자리 숫자여야 합니다"
    rationale: >-
      The v1 REST schema: "카드비밀번호 앞 2자리". The whole 4-digit password, or a single digit, is
      refused (KCP result codes 8111, CC63) and must never be sent in full.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CD-009
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "00", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "1234", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /pwd_2digit
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "1"}'
          pointer: /pwd_2digit
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "ab", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /pwd_2digit

  - id: pwd-2digit-missing
    title: {en: "`pwd_2digit` missing on /subscribe/customers", ko: "/subscribe/customers 요청에 `pwd_2digit` 누락"}
    severity: warning
    kinds: [rest-billing-key]
    assert:
      require: pwd_2digit
    message:
      en: "`pwd_2digit` is missing: KCP needs the first 2 digits of the card password to issue a billing key through the API"
      ko: "`pwd_2digit`(카드 비밀번호 앞 2자리)가 없습니다. KCP API 빌링키 발급에는 카드 비밀번호 앞 2자리가 필요합니다"
    rationale: >-
      The KCP page's /subscribe/customers example sends `pwd_2digit`, and PortOne's V2 KCP page (a
      fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks it
      "varies by PG or contract", so a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-010
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /pwd_2digit

  - id: pwd-2digit-missing-onetime
    title: {en: "`pwd_2digit` not sent on /onetime", ko: "/onetime 요청에 `pwd_2digit` 없음"}
    severity: info
    kinds: [rest-onetime]
    assert:
      require: pwd_2digit
    message:
      en: "`pwd_2digit` is not sent: depending on the KCP contract, key-in payments (and billing keys saved with `customer_uid`) need the first 2 digits of the card password"
      ko: "`pwd_2digit`이 없습니다. KCP 계약에 따라 수기 결제(및 `customer_uid`로 함께 저장하는 빌링키)에 카드 비밀번호 앞 2자리가 필요할 수 있습니다"
    rationale: >-
      The KCP page's /onetime examples omit `pwd_2digit`, while the legacy KCP API guide and
      PortOne's Python client send it and PortOne's V2 KCP page requires it for API billing keys.
      Advice only, because the KCP page's own example works without it.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-010
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          pointer: /pwd_2digit

  - id: schedule-card-fields-incomplete
    title: {en: "Incomplete card data on /schedule", ko: "/schedule 요청의 카드 정보가 불완전함"}
    severity: error
    kinds: [rest-schedule]
    when:
      # Members sent empty ("") carry no card data: the body schedules with the stored billing key.
      any:
        - any: [{path: card_number, matches: '\S'}, {all: [{present: card_number}, {not: {path: card_number, type: string}}]}]
        - any: [{path: expiry, matches: '\S'}, {all: [{present: expiry}, {not: {path: expiry, type: string}}]}]
        - any: [{path: birth, matches: '\S'}, {all: [{present: birth}, {not: {path: birth, type: string}}]}]
        - any: [{path: pwd_2digit, matches: '\S'}, {all: [{present: pwd_2digit}, {not: {path: pwd_2digit, type: string}}]}]
    because:
      en: "the body carries card data, so a new billing key is issued before scheduling"
      ko: "카드 정보가 있으므로 예약 전에 빌링키를 새로 발급합니다"
    assert:
      require: [card_number, expiry, birth]
    message:
      en: "`{field}` is missing: with card data, /subscribe/payments/schedule first issues a billing key and needs `card_number`, `expiry` and `birth` together"
      ko: "`{field}`이(가) 없습니다. 카드 정보를 보내면 /subscribe/payments/schedule은 빌링키를 먼저 발급하므로 `card_number`, `expiry`, `birth`를 모두 입력해야 합니다"
    rationale: >-
      The REST reference of /subscribe/payments/schedule: with a `customer_uid` that has no billing
      key yet, a key is issued first and the card data is mandatory; with an existing key it is
      optional. A body with only part of the card data can do neither.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-CD-011
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "card_number": "", "expiry": "", "birth": "", "pwd_2digit": "", "schedules": [{"merchant_uid": "SUB-20300101-0003", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /birth
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointers: [/card_number, /expiry, /birth]

  # ============================================================================ schedule shape
  - id: schedule-flat
    title: {en: "A schedule written flat, without `schedules`", ko: "`schedules` 없이 최상위에 쓴 예약 결제"}
    severity: error
    kinds: [rest-schedule]
    when:
      all:
        - absent: schedules
        - present: schedule_at
    assert:
      forbid: schedule_at
    stop: true
    message:
      en: "`schedule_at` is at the top level: /subscribe/payments/schedule takes `customer_uid` and `schedules`, an array of charges each with its own `merchant_uid`, `schedule_at` and `amount`; nest the charge in `schedules`"
      ko: "`schedule_at`이 최상위에 있습니다. /subscribe/payments/schedule에는 `customer_uid`와, 예약 건마다 `merchant_uid`, `schedule_at`, `amount`를 가진 배열 `schedules`를 보내야 합니다. 예약 건을 `schedules` 안에 넣으세요"
    rationale: >-
      The v1 REST schema of /subscribe/payments/schedule has `schedule_at` only inside the items of
      `schedules`. A body with a top-level `schedule_at` and no `schedules` (the /again body with a time
      added) is refused for the missing `schedules`; the fix is to nest the charge. The rule stops
      further checks: every other finding would only repeat it.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "SUB-20300101-0001", "amount": 9900, "schedule_at": 1893423600}'
          pointer: /schedule_at

  - id: schedules-again-body
    title: {en: "/again body sent to /schedule", ko: "/schedule에 /again 요청 본문을 보냄"}
    severity: error
    kinds: [rest-schedule]
    when:
      all:
        - absent: schedules
        - any:
            - present: merchant_uid
            - present: amount
    because:
      en: "the body has a top-level `merchant_uid` or `amount` and no `schedules`"
      ko: "`schedules` 없이 최상위에 `merchant_uid`나 `amount`가 있습니다"
    assert:
      require: schedules
    stop: true
    message:
      en: "this is the /subscribe/payments/again body (`customer_uid`, `merchant_uid`, `amount`), not a schedule: /subscribe/payments/schedule takes `customer_uid` and `schedules`, an array of charges each with `merchant_uid`, `schedule_at` and `amount`"
      ko: "/subscribe/payments/again 요청 본문(`customer_uid`, `merchant_uid`, `amount`)이며 예약 결제 본문이 아닙니다. /subscribe/payments/schedule에는 `customer_uid`와, 예약 건마다 `merchant_uid`, `schedule_at`, `amount`를 가진 배열 `schedules`를 보내야 합니다"
    rationale: >-
      The KCP page's "API 빌링키 예약/반복 결제 요청하기" example (in the seed and still on the current
      page) posts `{customer_uid, merchant_uid, amount}` to /subscribe/payments/again instead of
      showing a schedule. Sent to /subscribe/payments/schedule, that body has no `schedules` and is
      refused. The rule stops further checks: the body belongs to another endpoint, and every other
      finding would only repeat that.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "your-customer-unique-id", "merchant_uid": "order_id_8237352", "amount": 3000}'
      invalid:
        - payload: '{"customer_uid": "your-customer-unique-id", "merchant_uid": "order_id_8237352", "amount": 3000}'
          kind: rest-schedule
          pointer: /schedules

  - id: schedule-at-missing
    title: {en: "A scheduled charge has no `schedule_at`", ko: "예약 건의 `schedule_at` 누락"}
    severity: error
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].schedule_at'
    message:
      en: "`{field}` is required: when to charge, as a Unix time in seconds"
      ko: "`{field}`(결제 예약 시각)은 필수입니다. 초 단위 UNIX timestamp로 입력해야 합니다"
    rationale: >-
      `schedule_at` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST
      schema).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at

  - id: schedule-at-not-unix-seconds
    title: {en: "`schedule_at` is not Unix seconds", ko: "`schedule_at`이 초 단위 UNIX timestamp가 아님"}
    severity: error
    kinds: [rest-schedule]
    assert:
      - path: 'schedules[*].schedule_at'
        that:
          not: &looks-like-milliseconds
            all:
              - {path: ., type: integer}
              - {path: ., gte: 100000000000}
        message:
          en: "`{field}` is {value}, a time in milliseconds: `schedule_at` takes Unix seconds (divide by 1000)"
          ko: "`{field}` 값 {value}은(는) 밀리초 단위입니다. `schedule_at`은 초 단위 UNIX timestamp여야 합니다 (1000으로 나누세요)"
      - path: 'schedules[*].schedule_at'
        that:
          not: &has-fraction
            all:
              - {path: ., type: number}
              - not: {path: ., format: whole-number}
        message:
          en: "`{field}` is {value}: `schedule_at` must be a whole number of seconds"
          ko: "`{field}` 값 {value}은(는) 정수가 아닙니다. `schedule_at`은 초 단위 정수여야 합니다"
      - path: 'schedules[*].schedule_at'
        that:
          any:
            - {path: ., format: unix-seconds}
            - *looks-like-milliseconds
            - *has-fraction
    message:
      en: "`{field}` must be a Unix time in seconds as a JSON integer (such as 1893423600), found {value}"
      ko: "`{field}`은(는) 1893423600처럼 초 단위 UNIX timestamp 정수여야 하는데 {value}입니다"
    rationale: >-
      The v1 REST schema: `schedule_at` is an integer, "결제요청 예약시각(초) (UNIX timestamp in
      seconds)". JavaScript's Date.now() gives milliseconds, which read as seconds land tens of
      thousands of years ahead; a fraction or a date string is not a Unix time.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        # A whole number written with a fraction is the same integer (a .NET client writes them so).
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0004", "schedule_at": 1893423600.0, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        # And with an exponent, as Java prints a large double.
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0005", "schedule_at": 1.8934236E9, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600.5, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": "2030-01-01 00:00:00", "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at

  - id: schedule-at-past
    title: {en: "`schedule_at` is in the past", ko: "`schedule_at`이 이미 지난 시각임"}
    severity: warning
    kinds: [rest-schedule]
    assert:
      path: 'schedules[*].schedule_at'
      notPast: true
    message:
      en: "`{field}` is in the past: PortOne documents no behaviour for a past `schedule_at`, so the charge may run at once or be refused"
      ko: "`{field}`이(가) 이미 지난 시각입니다. 지난 시각으로 예약한 경우의 동작은 문서화되어 있지 않아 즉시 결제되거나 거절될 수 있습니다"
    rationale: >-
      A schedule is meant for a future time; the REST reference documents no behaviour for a past
      `schedule_at`, which usually comes from a wrong clock, a reused fixture or seconds and
      milliseconds mixed up. A warning because the outcome is unknown.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20190101-0001", "schedule_at": 1546268400, "currency": "KRW", "amount": 9900, "name": "정기구독 2019년 1월"}, {"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at

  - id: schedules-currency-missing
    title: {en: "A scheduled charge has no `currency`", ko: "예약 건의 `currency` 없음"}
    severity: info
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].currency'
    message:
      en: "`{field}` is not set: the v1 API schema lists `currency` as required in schedules (KRW when omitted); send `KRW` to be explicit"
      ko: "`{field}`이(가) 없습니다. v1 API 스키마에서 예약 건의 `currency`는 필수로 표시되어 있습니다 (생략하면 KRW). `KRW`를 명시적으로 보내는 것을 권장합니다"
    rationale: >-
      ScheduleAnnotation lists `currency` as required (since 2023-08 to 2024-03) with the default
      KRW, while PortOne's own examples omit it. Advice only.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/currency

  - id: checking-amount-invalid
    title: {en: "`checking_amount` is not a whole number of 0 or more", ko: "`checking_amount`가 0 이상의 정수가 아님"}
    severity: error
    kinds: [rest-schedule]
    assert:
      path: checking_amount
      that:
        any:
          - not: {path: ., type: number}
          - all:
              - {path: ., format: whole-number}
              - {path: ., gte: 0}
    message:
      en: "`checking_amount` must be a whole number of won, 0 or more (0 = no test charge), found {value}"
      ko: "`checking_amount`는 0 이상의 정수여야 하는데 {value}입니다 (0이면 테스트 승인을 하지 않습니다)"
    rationale: >-
      The v1 REST schema types `checking_amount` as an integer: an amount approved and cancelled
      right away to check the card, 0 for no check.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-005
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 1000, "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card02", "checking_amount": 1000.0, "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "checking_amount": -1000, "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /checking_amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "checking_amount": 1000.5, "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /checking_amount


  - id: checking-amount-below-card-minimum
    title: {en: "`checking_amount` below KCP's card minimum", ko: "`checking_amount`가 KCP 카드 최소 결제금액 미만"}
    severity: warning
    alongside: true              # a fractional value also gets field-type's integer error
    kinds: [rest-schedule]
    when:
      not:
        any:
          - *foreign-currency
          - {path: schedules, some: *foreign-currency}
    because:
      en: "the test charge is a KRW card approval"
      ko: "테스트 승인은 원화 카드 결제입니다"
    assert:
      path: checking_amount
      that:
        any:
          - not: {path: ., type: number}
          - {path: ., lte: 0}
          - {path: ., gte: 1000}
    message:
      en: "`checking_amount` is {value} won: the test charge is a card approval, and KCP's minimum card payment is 1,000 won, so the card check fails (use 0 for no check, or 1,000 or more)"
      ko: "`checking_amount`가 {value}원입니다. 테스트 승인도 카드 결제이며 KCP 신용카드 결제의 최소 금액은 1,000원이므로 카드 확인이 실패합니다 (확인하지 않으려면 0, 확인하려면 1,000원 이상)"
    rationale: >-
      `checking_amount` approves a charge of that amount on the new card and cancels it at once (v1
      REST schema). On KCP that approval is a card payment, and KCP's result code 9010 refuses card
      payments below 1,000 won. PortOne's PHP client example sends 100, which merchants copy. A
      warning, as `amount-below-card-minimum` is. 0 (no test charge) is not reported.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-AMT-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 1000, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 0, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "schedules": [{"merchant_uid": "SUB-20300101-0003", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 100, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "schedules": [{"merchant_uid": "SUB-20300101-0004", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /checking_amount
  - id: schedules-imp-uid
    title: {en: "`imp_uid` in a scheduled charge", ko: "예약 건의 `imp_uid`"}
    severity: warning
    kinds: [rest-schedule]
    assert:
      forbid: 'schedules[*].imp_uid'
    message:
      en: "`imp_uid` is not a parameter of a scheduled charge: PortOne assigns it when the charge runs; identify each scheduled charge with `merchant_uid`"
      ko: "`imp_uid`는 예약 건의 파라미터가 아닙니다. `imp_uid`는 결제가 실행될 때 포트원이 부여하며, 예약 건은 `merchant_uid`로 구분합니다"
    rationale: >-
      ScheduleAnnotation has no `imp_uid`: it appears only in responses (schedule lookups). Sent in
      a request it is ignored, and an item that relies on it for identity usually lacks its
      `merchant_uid`.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"imp_uid": "imp_123456789012", "merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/imp_uid
"""#####),
    ]

    /// The same files loaded without their examples, as a `CatalogueSnapshot` in Base64.
    static let snapshot = "BQwacmVzdC1zY2hlZHVsZUJQT1NUIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGViUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlICjsmIjslb0g6rKw7KCcKQFCUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlAY4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djECBAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAEABgYWc2NoZWR1bGVfYXQAAgAWc2NoZWR1bGVfYXQCAgABBhhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIAAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAABYWY2FyZF9udW1iZXIMZXhwaXJ5CmJpcnRoFHB3ZF8yZGlnaXQGY3ZjGGN1c3RvbWVyX3VpZBZjdXN0b21lcl9pZB5jaGVja2luZ19hbW91bnQWY2hhbm5lbF9rZXkEcGcSc2NoZWR1bGVzFhZjYXJkX251bWJlcgIBQkNhcmQgbnVtYmVyIChkZGRkLWRkZGQtZGRkZC1kZGRkKUTsubTrk5zrsojtmLggKGRkZGQtZGRkZC1kZGRkLWRkZGQpAAAAAAAAAAAAAAABAAAAAQZwYW4ADGV4cGlyeQIBKkNhcmQgZXhwaXJ5IChZWVlZLU1NKTrsubTrk5wg7Jyg7Zqo6riw6rCEIChZWVlZLU1NKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAKYmlydGgCAY4BRGF0ZSBvZiBiaXJ0aCBZWU1NREQsIG9yIGEgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyIGZvciBjb3Jwb3JhdGUgY2FyZHOYAeyDneuFhOyblOydvCA27J6Q66asICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAFHB3ZF8yZGlnaXQCAUZGaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZDzsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwAAAAAAAAAAAAAAAEAAAABCGZ1bGwABmN2YwIBUkNhcmQgdmVyaWZpY2F0aW9uIGNvZGUgKFBheW1lbnR3YWxsIG9ubHkpWOy5tOuTnCDsnbjspp3rsojtmLggKO2OmOydtOuovO2KuOyblCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAQhmdWxsABhjdXN0b21lcl91aWQCARxCaWxsaW5nIGtleSBpZIYB6rWs66ek7J6Q7J2YIOqysOygnOyImOuLqCDsi53rs4Qg6rOg7Jyg67KI7Zi4ICjruYzrp4HtgqTsmYAg66ek7ZWRKQAAAAEAAaABAAAAAAAAAAEAAAAAABZjdXN0b21lcl9pZAIBOkJ1eWVyIGlkIChUb3NzIFBheW1lbnRzIG9ubHkpUOq1rOunpOyekCBJRCAo7Yag7Iqk7Y6Y7J2066i87LigIOyghOyaqSkAAAAAAAAAAAAAAAEAAAAAAB5jaGVja2luZ19hbW91bnQEAXBUZXN0IGNoYXJnZSBhcHByb3ZlZCBhbmQgY2FuY2VsbGVkIGF0IG9uY2UgKDAgPSBubyB0ZXN0KbwB7Jyg7Zqo7Lm065OcIOyytO2BrCDsirnsnbjquIjslaEgKOqysOygnCDsp4Htm4Qg7J6Q64+ZIOy3qOyGjCwgMOydtOuptCDthYzsiqTtirjtlZjsp4Ag7JWK7J2MKQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAWY2hhbm5lbF9rZXkCAYQBQ2hhbm5lbCBrZXkgKG5ldyBiaWxsaW5nIGtleSwgb3IgYSBjaGFubmVsIG9mIGEgbXVsdGktY2hhbm5lbCBrZXkppgHssYTrhJDtgqQgKOyLoOq3nCDruYzrp4HtgqQg67Cc6riJIOyxhOuEkCDrmJDripQg67O17IiYIOyxhOuEkCDruYzrp4HtgqTsnZgg7LGE64SQKQAAAAEAAW4AAAAAAAAAAQAAAAAABHBnAgFYUEcgY29kZSAobm8gbG9uZ2VyIGRvY3VtZW50ZWQgZm9yIC9zY2hlZHVsZSmGAVBHIOq1rOu2hOy9lOuTnCAoL3NjaGVkdWxl7JeQ7IScIOuNlCDsnbTsg4Eg66y47ISc7ZmU65CY7KeAIOyViuydjCkAAAABAAGgAQAAAAAAAAABAAHWAlBvcnRPbmUncyBjdXJyZW50IEFQSSByZWZlcmVuY2Ugbm8gbG9uZ2VyIGxpc3RzIGBwZ2AgZm9yIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgKGl0IG9ubHkgZXZlciBhcHBsaWVkIHRvIGEgbmV3IGBjdXN0b21lcl91aWRgKTsgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxfa2V5YK4D7Y+s7Yq47JuQIEFQSSDrrLjshJzsl5DshJwgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydmCBgcGdgIO2MjOudvOuvuO2EsOqwgCDsgq3soJzrkJjsl4jsirXri4jri6QgKOyLoOq3nCBgY3VzdG9tZXJfdWlkYOulvCDrk7HroZ3tlaAg65WM66eMIOyggeyaqeuQmOuNmCDqsJLsnoXri4jri6QpLiBgY2hhbm5lbF9rZXlg66GcIOyxhOuEkOydhCDsp4DsoJXtlZjshLjsmpQBFmNoYW5uZWxfa2V5AAASc2NoZWR1bGVzQAEiU2NoZWR1bGVkIGNoYXJnZXMs6rKw7KCc7JiI7JW9IOyKpOy8gOykhAAAAAAAAAABAQIAARZzY2hlZHVsZXNbXSAAAAAAAAAAAAAAMBhtZXJjaGFudF91aWQWc2NoZWR1bGVfYXQMYW1vdW50EGN1cnJlbmN5CG5hbWUQdGF4X2ZyZWUUdmF0X2Ftb3VudBRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlFmN1c3RvbV9kYXRhFG5vdGljZV91cmwUY2FyZF9xdW90YRpwcm9kdWN0X2NvdW50FGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZApleHRyYRhwcm9kdWN0X3R5cGUiY2FzaF9yZWNlaXB0X3R5cGUyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudBx1c2VfY2FyZF9wb2ludDAYbWVyY2hhbnRfdWlkAgFSTWVyY2hhbnQgb3JkZXIgbnVtYmVyICh1bmlxdWUgcGVyIGNoYXJnZSk86rOg6rCd7IKsIOyjvOusuCDqs6DsnKAg67KI7Zi4AAAAAQABUAAAAAAAAAABAAAAAAAWc2NoZWR1bGVfYXQEAUhXaGVuIHRvIGNoYXJnZTogVW5peCB0aW1lIGluIHNlY29uZHNs6rKw7KCc7JqU7LKtIOyYiOyVveyLnOqwgSAoVU5JWCB0aW1lc3RhbXAsIOy0iCDri6jsnIQpAAAAAAAAAAAAAAABAAAAAAAMYW1vdW50CAEsQW1vdW50IHRvIGNoYXJnZSAoS1JXKRjqsrDsoJzquIjslaEAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAEAAVAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUY2FyZF9xdW90YQgBQkluc3RhbGxtZW50IG1vbnRocyAoMCA9IGx1bXAgc3VtKUzsubTrk5wg7ZWg67aA6rCc7JuU7IiYICgwID0g7J287Iuc67aIKQAAAAAAAAAAAAAAAQAAAAAAGnByb2R1Y3RfY291bnQEATxOdW1iZXIgb2YgcHJvZHVjdHMgKGRlZmF1bHQgMSlK6rKw7KCcIOyDge2SiOydmCDqsJzsiJggKOq4sOuzuOqwkiAxKQAAAAAAAQAAAAAAAPA/AAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAAApleHRyYSABIEV4dHJhIHBhcmFtZXRlcnMm7LaU6rCAIO2MjOudvOuvuO2EsAAAAAAAAAAAAAIWbmF2ZXJVc2VDZm0CFm5hdmVyVXNlQ2ZtAgFoTmF2ZXIgUGF5IHNlcnZpY2UgY29tcGxldGlvbiBkYXRlIFlZWVlNTUREIChub3QgS0NQKXDrhKTsnbTrsoTtjpjsnbQg7J207Jqp7JmE66OM7J28IFlZWVlNTUREIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGHByb2R1Y3RfdHlwZQIBTFJlYWwgb3IgZGlnaXRhbCBnb29kcyAoS1NORVQsIG5vdCBLQ1ApZOyjvOusuCDsg4Htkogg6rWs67aEIChLU05FVCDsoITsmqksIEtDUCDrr7jsp4Dsm5ApAQQGCHJlYWwGDmRpZ2l0YWwAAAAAAAAAAAAAAQAAAAAAImNhc2hfcmVjZWlwdF90eXBlAgFYQ2FzaCByZWNlaXB0IHRhcmdldCAoVG9zcyBQYXkgb25seSwgbm90IEtDUCmOAe2YhOq4iOyYgeyImOymnSDrsJztlonrjIDsg4EgKCjsi6ApIO2GoOyKpO2OmOydtCDsoITsmqksIEtDUCDrr7jsp4Dsm5ApAQYGDHBlcnNvbgYOY29tcGFueQYSYW5vbnltb3VzAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sKAoYcmVzdC1vbmV0aW1lQFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lYFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lICjsiJjquLAg6rKw7KCcKQFAUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUBemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEABAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgABAgQGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgABBgxhbW91bnQAAgAMYW1vdW50DAIAAUAYbWVyY2hhbnRfdWlkDGFtb3VudAhuYW1lFGJ1eWVyX25hbWUWYnV5ZXJfZW1haWwSYnV5ZXJfdGVsFGJ1eWVyX2FkZHIcYnV5ZXJfcG9zdGNvZGUQdGF4X2ZyZWUUdmF0X2Ftb3VudBBjdXJyZW5jeRRjYXJkX3F1b3RhFmN1c3RvbV9kYXRhFG5vdGljZV91cmwUYnJvd3Nlcl9pcAxieXBhc3MYcHJvbW90aW9uX2lkMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQcdXNlX2NhcmRfcG9pbnQYcHJvZHVjdF90eXBlFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YxhjdXN0b21lcl91aWQEcGccY2hhbm5lbEdyb3VwSWQWY2hhbm5lbF9rZXkGdmF0JnNlY3VyZV8zZF9jaGFyZ2VfaWQec2VjdXJlXzNkX3Rva2VuQBhtZXJjaGFudF91aWQCAVJNZXJjaGFudCBvcmRlciBudW1iZXIgKHVuaXF1ZSBwZXIgY2hhcmdlKTzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEAAAAAAAxhbW91bnQIASxBbW91bnQgdG8gY2hhcmdlIChLUlcpGOqysOygnOq4iOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAIbmFtZQIBFE9yZGVyIG5hbWUS7KO866y466qFAAAAAQABUAAAAAAAAAABAAAAAAAUYnV5ZXJfbmFtZQIBFEJ1eWVyIG5hbWUY7KO866y47J6Q66qFAAAAAQABIAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwu7KO866y47J6QIEUtbWFpbCDso7zshowAAAABAAGAAQAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyLOyjvOusuOyekCDsoITtmZTrsojtmLgAAAABAAEgAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDso7zrrLjsnpAg7KO87IaMAAAAAQABgAIAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs7KO866y47J6QIOyasO2OuOuyiO2YuAAAAAEAARAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBLEN1cnJlbmN5IChkZWZhdWx0IEtSVyk66rKw7KCcIO2Gte2ZlCAo6riw67O46rCSIEtSVykAAAAAAAAAAAAAAAEAAAAAABRjYXJkX3F1b3RhBAFCSW5zdGFsbG1lbnQgbW9udGhzICgwID0gbHVtcCBzdW0pTOy5tOuTnCDtlaDrtoDqsJzsm5TsiJggKDAgPSDsnbzsi5zrtogpAAAAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAYcHJvZHVjdF90eXBlAgFMUmVhbCBvciBkaWdpdGFsIGdvb2RzIChLU05FVCwgbm90IEtDUClk7KO866y4IOyDge2SiCDqtazrtoQgKEtTTkVUIOyghOyaqSwgS0NQIOuvuOyngOybkCkBBAYIcmVhbAYOZGlnaXRhbAAAAAAAAAAAAAABAAAAAAAWY2FyZF9udW1iZXICAUJDYXJkIG51bWJlciAoZGRkZC1kZGRkLWRkZGQtZGRkZClE7Lm065Oc67KI7Zi4IChkZGRkLWRkZGQtZGRkZC1kZGRkKQAAAAAAAAAAAAAAAQAAAAEGcGFuAAxleHBpcnkCASpDYXJkIGV4cGlyeSAoWVlZWS1NTSk67Lm065OcIOycoO2aqOq4sOqwhCAoWVlZWS1NTSkAAAAAAAAAAAAAAAEAAAABCGZ1bGwACmJpcnRoAgGOAURhdGUgb2YgYmlydGggWVlNTURELCBvciBhIDEwLWRpZ2l0IGJ1c2luZXNzIG51bWJlciBmb3IgY29ycG9yYXRlIGNhcmRzmAHsg53rhYTsm5TsnbwgNuyekOumrCAo67KV7J247Lm065Oc7J2YIOqyveyasCDsgqzsl4XsnpDrk7HroZ3rsojtmLggMTDsnpDrpqwpAAAAAAAAAAAAAAABAAAAAQhmdWxsABRwd2RfMmRpZ2l0AgFGRmlyc3QgMiBkaWdpdHMgb2YgdGhlIGNhcmQgcGFzc3dvcmQ87Lm065Oc67mE67CA67KI7Zi4IOyVniAy7J6Q66asAAAAAAAAAAAAAAABAAAAAQhmdWxsAAZjdmMCAVJDYXJkIHZlcmlmaWNhdGlvbiBjb2RlIChQYXltZW50d2FsbCBvbmx5KVjsubTrk5wg7J247Kad67KI7Zi4ICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAYY3VzdG9tZXJfdWlkAgGGAUJpbGxpbmcga2V5IGlkOiB3aGVuIGdpdmVuLCB0aGUgY2FyZCBpcyBhbHNvIHNhdmVkIGFzIGEgYmlsbGluZyBrZXnAAeq1rOunpOyekOydmCDqsrDsoJzsiJjri6gg7Iud67OEIOqzoOycoOuyiO2YuCAo7KeA7KCV7ZWY66m0IOu5jOunge2CpOuPhCDtlajqu5gg7KCA7J6l65Cp64uI64ukKQAAAAEAAaABAAAAAAAAAAEAAAAAAARwZwIBXlBHIGNvZGU6IGtjcCwgb3Iga2NwLiBmb2xsb3dlZCBieSB0aGUgc2l0ZSBjb2RlYFBHIOq1rOu2hOy9lOuTnCAoa2NwIOuYkOuKlCBrY3Au7IKs7J207Yq47L2U65OcKQAAAAEAAaABAAAAAAAAAAEAAAAAABxjaGFubmVsR3JvdXBJZAIBZlNtYXJ0LXJvdXRpbmcgY2hhbm5lbCBncm91cCBpZCAocGcgaXMgdGhlbiBpZ25vcmVkKaAB7Iqk66eI7Yq4IOudvOyasO2MhSDssYTrhJAg6re466O5IOyVhOydtOuUlCAo7KeA7KCV7ZWY66m0IHBn64qUIOustOyLnOuQqeuLiOuLpCkAAAABAAFuAAAAAAAAAAEAAAAAABZjaGFubmVsX2tleQIBaENoYW5uZWwga2V5IChub3QgYSBkb2N1bWVudGVkIHBhcmFtZXRlciBvZiAvb25ldGltZSl27LGE64SQ7YKkICgvb25ldGltZeyXkOuKlCDsoJXsnZjrkJjsp4Ag7JWK7J2AIO2MjOudvOuvuO2EsCkAAAABAAFuAAAAAAAAAAEAAAAAAAZ2YXQIASBWQVQgKGRlcHJlY2F0ZWQpQOu2gOqwgOyEuCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGIAXVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIHRoZW4gY29tcHV0ZWQgYXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExyAFgdGF4X2ZyZWVgIO2MjOudvOuvuO2EsOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAJnNlY3VyZV8zZF9jaGFyZ2VfaWQCAU4zLUQgU2VjdXJlIGNoYXJnZSBpZCAoUGF5bWVudHdhbGwgb25seSlYM0Qgc2VjdXJlIOqysOygnCBJRCAo7Y6Y7J2066i87Yq47JuUIOyghOyaqSkAAAAAAAAAAAAAAAEAAAAAAB5zZWN1cmVfM2RfdG9rZW4CAUYzLUQgU2VjdXJlIHRva2VuIChQYXltZW50d2FsbCBvbmx5KVIzRCBzZWN1cmUg7Yag7YGwICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAAAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWw+CiByZXN0LWJpbGxpbmcta2V5UFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH12UE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfSAo67mM66eB7YKkIOuwnOq4iSkBUFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0Bcmh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL2JpbGxpbmdrZXk/dj12MQIKBhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggCAAEGFHB3ZF8yZGlnaXQAAgAUcHdkXzJkaWdpdA4CAAEGGmN1c3RvbWVyX25hbWUAAgAaY3VzdG9tZXJfbmFtZRACAAEGGGN1c3RvbWVyX3RlbAACABhjdXN0b21lcl90ZWwSAgABBhxjdXN0b21lcl9lbWFpbAACABxjdXN0b21lcl9lbWFpbBQCAAEeFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YxhjdXN0b21lcl91aWQWY2hhbm5lbF9rZXkgY2hhbm5lbF9ncm91cF9pZARwZxZjdXN0b21lcl9pZBpjdXN0b21lcl9uYW1lGGN1c3RvbWVyX3RlbBxjdXN0b21lcl9lbWFpbBpjdXN0b21lcl9hZGRyImN1c3RvbWVyX3Bvc3Rjb2RlHhZjYXJkX251bWJlcgIBQkNhcmQgbnVtYmVyIChkZGRkLWRkZGQtZGRkZC1kZGRkKUTsubTrk5zrsojtmLggKGRkZGQtZGRkZC1kZGRkLWRkZGQpAAAAAAAAAAAAAAABAAAAAQZwYW4ADGV4cGlyeQIBKkNhcmQgZXhwaXJ5IChZWVlZLU1NKTrsubTrk5wg7Jyg7Zqo6riw6rCEIChZWVlZLU1NKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAKYmlydGgCAY4BRGF0ZSBvZiBiaXJ0aCBZWU1NREQsIG9yIGEgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyIGZvciBjb3Jwb3JhdGUgY2FyZHOYAeyDneuFhOyblOydvCA27J6Q66asICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAFHB3ZF8yZGlnaXQCAUZGaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZDzsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwAAAAAAAAAAAAAAAEAAAABCGZ1bGwABmN2YwIBUkNhcmQgdmVyaWZpY2F0aW9uIGNvZGUgKFBheW1lbnR3YWxsIG9ubHkpWOy5tOuTnCDsnbjspp3rsojtmLggKO2OmOydtOuovO2KuOyblCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAQhmdWxsABhjdXN0b21lcl91aWQCAVBCaWxsaW5nIGtleSBpZCAoYmVsb25ncyBpbiB0aGUgVVJMIHBhdGgpkAHqtazrp6TsnpDsnZgg6rKw7KCc7IiY64uoIOyLneuzhCDqs6DsnKDrsojtmLggKFVSTCDqsr3roZzsl5Ag64Sj64qUIOqwkikAAAABAAGgAQAAAAAAAAABAAAAAAAWY2hhbm5lbF9rZXkCAVRDaGFubmVsIGtleSBvZiB0aGUgS0NQIEFQSSBiaWxsaW5nIGNoYW5uZWxES0NQIEFQSSDruYzrp4Eg7LGE64SQ7J2YIOyxhOuEkO2CpAAAAAEAAW4AAAAAAAAAAQAAAAAAIGNoYW5uZWxfZ3JvdXBfaWQCAWZTbWFydC1yb3V0aW5nIGNoYW5uZWwgZ3JvdXAgaWQgKHBnIGlzIHRoZW4gaWdub3JlZCmgAeyKpOuniO2KuCDrnbzsmrDtjIUg7LGE64SQIOq3uOujuSDslYTsnbTrlJQgKOyngOygle2VmOuptCBwZ+uKlCDrrLTsi5zrkKnri4jri6QpAAAAAQABbgAAAAAAAAABAAAAAAAEcGcCAV5QRyBjb2RlOiBrY3AsIG9yIGtjcC4gZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZWBQRyDqtazrtoTsvZTrk5wgKGtjcCDrmJDripQga2NwLuyCrOydtO2KuOy9lOuTnCkAAAABAAGgAQAAAAAAAAABAAAAAAAWY3VzdG9tZXJfaWQCATpCdXllciBpZCAoVG9zcyBQYXltZW50cyBvbmx5KVDqtazrp6TsnpAgSUQgKO2GoOyKpO2OmOydtOuovOy4oCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAAAaY3VzdG9tZXJfbmFtZQIBIENhcmQgaG9sZGVyIG5hbWVQ6rOg6rCdKOy5tOuTnOyGjOyngOyekCkg6rSA66as7JqpIOyEse2VqAAAAAEAASgAAAAAAAAAAQAAAAAAGGN1c3RvbWVyX3RlbAIBMENhcmQgaG9sZGVyIHBob25lIG51bWJlckjqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDsoITtmZTrsojtmLgAAAABAAEoAAAAAAAAAAEAAAAAABxjdXN0b21lcl9lbWFpbAIBJENhcmQgaG9sZGVyIGUtbWFpbDrqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSBFbWFpbAAAAAEAAZADAAAAAAAAAAEAAAAAABpjdXN0b21lcl9hZGRyAgEmQ2FyZCBob2xkZXIgYWRkcmVzczzqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDso7zshowAAAABAAGQAwAAAAAAAAABAAAAAAAiY3VzdG9tZXJfcG9zdGNvZGUCAShDYXJkIGhvbGRlciBwb3N0Y29kZUjqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDsmrDtjrjrsojtmLgAAAABAAEQAAAAAAAAAAEAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sUAoec2RrLWJpbGxpbmcta2V5SklNUC5yZXF1ZXN0X3BheSBpc3N1aW5nIGEgYmlsbGluZyBrZXlASU1QLnJlcXVlc3RfcGF5IOu5jOunge2CpCDrsJzquIkBUElNUC5yZXF1ZXN0X3BheShwYXJhbSkgd2l0aCBjdXN0b21lcl91aWQBigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEABAYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAECBAAEBgRwZwACAARwZxYCBgRcUwQGBHBnAAIABHBnFgIGKCg/aSleXHMqa2NwXHMqKFwufCQpAiIGFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgCAAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAEGHG1fcmVkaXJlY3RfdXJsAAIAHG1fcmVkaXJlY3RfdXJsGgIAAQYUYXBwX3NjaGVtZQACABRhcHBfc2NoZW1lHAIAAQYOZGlzcGxheQACAA5kaXNwbGF5HgIAAQYIY2FyZAACAAhjYXJkIAIAAQYOYXBwQ2FyZAACAA5hcHBDYXJkIgIAAQYMZXNjcm93AAIADGVzY3JvdyQCAAEGFmtjcFByb2R1Y3RzAAIAFmtjcFByb2R1Y3RzJgIAAQYOcHJlZmlsbAACAA5wcmVmaWxsKAIAAQYQbGFuZ3VhZ2UAAgAQbGFuZ3VhZ2UqAgABBg5jb21wYW55AAIADmNvbXBhbnksAgABBhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIAAQYOZGlnaXRhbAACAA5kaWdpdGFsMAIAAQYSYXV0aF9tb2RlAAIAEmF1dGhfbW9kZTICAAEGFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAIAAQYKcG9wdXAAAgAKcG9wdXA2AgABNhRjaGFubmVsS2V5BHBnFHBheV9tZXRob2QYbWVyY2hhbnRfdWlkCG5hbWUQY3VycmVuY3kUYnV5ZXJfbmFtZRZidXllcl9lbWFpbBJidXllcl90ZWwUYnV5ZXJfYWRkchxidXllcl9wb3N0Y29kZRxtX3JlZGlyZWN0X3VybBRhcHBfc2NoZW1lFG5vdGljZV91cmwWY29uZmlybV91cmwWY3VzdG9tX2RhdGEQbGFuZ3VhZ2UOY29tcGFueQ5kaWdpdGFsCnBvcHVwCGNhcmQMYW1vdW50GGN1c3RvbWVyX3VpZAxlc2Nyb3cQdGF4X2ZyZWUUdmF0X2Ftb3VudAxieXBhc3M2FGNoYW5uZWxLZXkCARZDaGFubmVsIGtleRLssYTrhJDtgqQAAAAAAAAAAAAAAAEAAAAAAARwZwIBKFBHIGNvZGUgKGRlcHJlY2F0ZWQpUlBH7IKsIOq1rOu2hOy9lOuTnCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGoAnVwZ3JhZGUgdG8gdGhlIGxhdGVzdCBKYXZhU2NyaXB0IFNESyBhbmQgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxLZXlgIChQb3J0T25lIGNvbnNvbGU6IEludGVncmF0aW9uID4gSW50ZWdyYXRpb24gaW5mbyA+IENoYW5uZWwgbWFuYWdlbWVudCnkAkpTIFNES+ulvCDstZzsi6Ag67KE7KCE7Jy866GcIOyXheq3uOugiOydtOuTnO2VnCDtm4QgYGNoYW5uZWxLZXlgIO2MjOudvOuvuO2EsOuhnCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUICjtj6ztirjsm5Ag7L2Y7IaUIFvqsrDsoJwg7Jew64+ZXSA+IFvsl7Drj5kg7KCV67O0XSA+IFvssYTrhJAg6rSA66asXSkBFGNoYW5uZWxLZXkAABRwYXlfbWV0aG9kAgEmUGF5bWVudCBtZXRob2QgY29kZTLqsrDsoJzsiJjri6gg6rWs67aE7L2U65OcAAAAAAAAAAAAAAABAAAAAAAYbWVyY2hhbnRfdWlkAgEqTWVyY2hhbnQgb3JkZXIgbnVtYmVyPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQEAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEQQ3VycmVuY3ky6rKw7KCc7Ya17ZmUIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAFGJ1eWVyX25hbWUCARRCdXllciBuYW1lIOq1rOunpOyekCDsnbTrpoQAAAAAAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbCbqtazrp6TsnpAg7J2066mU7J28AAAAAAAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyJuq1rOunpOyekCDsl7Drnb3sspgAAAAAAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDqtazrp6TsnpAg7KO87IaMAAAAAAAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzqtazrp6TsnpAg7Jqw7Y6467KI7Zi4AAAAAAAAAAAAAAABAAAAAAAcbV9yZWRpcmVjdF91cmwCAUZSZWRpcmVjdCBVUkwgYWZ0ZXIgYSBtb2JpbGUgcGF5bWVudF7rqqjrsJTsnbwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWY65CgIFVSTAABBnVybAAAAAAAAAAAAAEAAAAAABRhcHBfc2NoZW1lAgEwQXBwIFVSTCBzY2hlbWUgKFdlYlZpZXcpROyVsSDrs7Xqt4DsmqkgVVJMIHNjaGVtZSAoV2ViVmlldykAAAAAAAAAAAAAAAEAAAAAABRub3RpY2VfdXJsQgE+V2ViaG9vayBVUkwocykgZm9yIHRoaXMgcGF5bWVudCLsm7ntm4Ug7IiY7IugIFVSTAAAAAAAAAAAARhub3RpY2VfdXJsW10CAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAWY29uZmlybV91cmwCATBDb25maXJtLXByb2Nlc3MgZW5kcG9pbnRGY29uZmlybSBwcm9jZXNzIOyXlOuTnO2PrOyduO2KuCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQEyTWVyY2hhbnQgZGF0YSBlY2hvZWQgYmFjazTsgqzsmqnsnpAg7KCV7J2YIOuNsOydtO2EsAAAAAAAAAAAAAAAAQAAAAAAEGxhbmd1YWdlAgEuUGF5bWVudCB3aW5kb3cgbGFuZ3VhZ2Ug6rKw7KCc7LC9IOyWuOyWtAEEBgRrbwYEZW4AAAAAAAAAAAAAAQAAAAABDndhcm5pbmcOY29tcGFueQIBQk1lcmNoYW50IG5hbWUgc2hvd24gaW4gdGhlIHdpbmRvd0DqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOyDge2YuOuqhQAAAAAAAAAAAAAAAQAAAAAADmRpZ2l0YWwQATxEaWdpdGFsIGdvb2RzIChwaG9uZSBwYXltZW50cylg65SU7KeA7YS4IOyDge2SiCDsl6zrtoAgKO2ctOuMgO2PsCDshozslaHqsrDsoJwpAAAAAAAAAAAAAAABAAAAAAAKcG9wdXAQATRPcGVuIHRoZSB3aW5kb3cgYXMgYSBwb3B1cDztjJ3sl4Ug67Cp7IudIOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAAhjYXJkIAEYQ2FyZCBvcHRpb25zNuy5tOuTnCDqsrDsoJwg7IS467aAIOyEpOyglQAAAAAAAAAAAAQMZGlyZWN0DGRldGFpbAQMZGlyZWN0IAEwQ2FyZCBjb21wYW55IGRpcmVjdCBjYWxsSOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47LacIOygleuztAAAAAAAAAAAAAQIY29kZQpxdW90YQQIY29kZQIBIkNhcmQgY29tcGFueSBjb2RlIOy5tOuTnOyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAAApxdW90YQQBXEZpeGVkIGluc3RhbGxtZW50IG1vbnRocyAoKyBjYXJkLXBvaW50IG9mZnNldCl86rOg7KCVIO2VoOu2gOqwnOyblOyImCAo7Lm065Oc7IKsIO2PrOyduO2KuCDsgqzsmqkg7IucIOqwgOyCsCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxkZXRhaWxAAURDYXJkIGNvbXBhbmllcyBzaG93biBpbiB0aGUgd2luZG93NOy5tOuTnOyCrCDroIzrjZTrp4Eg7KCV67O0AAAAAAAAAAABEGRldGFpbFtdIAAAAAAAAAAAAAAGEmNhcmRfY29kZQ5lbmFibGVkEm1heF9tb250aAYSY2FyZF9jb2RlAgEsQ2FyZCBjb21wYW55IGNvZGUgb3IgKjLsubTrk5zsgqwg7L2U65OcIOuYkOuKlCAqAAAAAAAAAAAAAAABAAAAAAAOZW5hYmxlZBABGFNob3duIG9yIG5vdCDroIzrjZTrp4Eg7Jes67aAAAAAAAAAAAAAAAABAAAAAAASbWF4X21vbnRoBAFYTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIG1vbnRocyAobm90IEtDUClw7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7LWc64yAIOqwnOyblOyImCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGFtb3VudAgBUEFtb3VudCBzaG93biBpbiB0aGUgd2luZG93IChub3QgY2hhcmdlZClm6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDquIjslaEgKOyKueyduOuQmOyngCDslYrsnYwpAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABhjdXN0b21lcl91aWQCAUpCaWxsaW5nIGtleSBpZCBjaG9zZW4gYnkgdGhlIG1lcmNoYW50TO2PrO2KuOybkCDruYzrp4HtgqQgKOqzoOqwneyCrCDsoJXsnZgpAAAAAQABoAEAAAAAAAAAAQEAAAAADGVzY3JvdxABVkVzY3JvdyBwYXltZW50IChubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleSmCAeyXkOyKpO2BrOuhnCDqsrDsoJwg7Jes67aAICjruYzrp4HtgqQg67Cc6riJ7JeQ64qUIO2aqOqzvCDsl4bsnYwpAAAAAAAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIAVpUYXgtZnJlZSBwb3J0aW9uIChubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleSlm66m07IS46riI7JWhICjruYzrp4HtgqQg67Cc6riJ7JeQ64qUIO2aqOqzvCDsl4bsnYwpAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAABBJzaXRlX2xvZ28kYmF0Y2hfYmlydGhfZGF5X3luBBJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAACRiYXRjaF9iaXJ0aF9kYXlfeW4CAURBbHdheXMgc2hvdyB0aGUgYmlydGgtZGF0ZSBib3ggKFkpVuyDneuFhOyblOydvCDsnoXroKXrsJXsiqQg7ZWt7IOBIO2RnOyLnCAoWSkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1saAoWc2RrLXBheW1lbnQ6SU1QLnJlcXVlc3RfcGF5IGZvciBhIHBheW1lbnQ6SU1QLnJlcXVlc3RfcGF5IOydvOuwmCDqsrDsoJwBLElNUC5yZXF1ZXN0X3BheShwYXJhbSkBigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEABgYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAAGFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAIAAAIIBgRwZwACAARwZxYCAAECIgYUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIAAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAAQYcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgABBhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgABBg5kaXNwbGF5AAIADmRpc3BsYXkeAgABBghjYXJkAAIACGNhcmQgAgABBg5hcHBDYXJkAAIADmFwcENhcmQiAgABBgxlc2Nyb3cAAgAMZXNjcm93JAIAAQYWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAgABBg5wcmVmaWxsAAIADnByZWZpbGwoAgABBhBsYW5ndWFnZQACABBsYW5ndWFnZSoCAAEGDmNvbXBhbnkAAgAOY29tcGFueSwCAAEGEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAgABBg5kaWdpdGFsAAIADmRpZ2l0YWwwAgABBhJhdXRoX21vZGUAAgASYXV0aF9tb2RlMgIAAQYWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AgABBgpwb3B1cAACAApwb3B1cDYCAAEGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgABBgxhbW91bnQAAgAMYW1vdW50DAIAAUwUY2hhbm5lbEtleQRwZxRwYXlfbWV0aG9kGG1lcmNoYW50X3VpZAhuYW1lEGN1cnJlbmN5FGJ1eWVyX25hbWUWYnV5ZXJfZW1haWwSYnV5ZXJfdGVsFGJ1eWVyX2FkZHIcYnV5ZXJfcG9zdGNvZGUcbV9yZWRpcmVjdF91cmwUYXBwX3NjaGVtZRRub3RpY2VfdXJsFmNvbmZpcm1fdXJsFmN1c3RvbV9kYXRhEGxhbmd1YWdlDmNvbXBhbnkOZGlnaXRhbApwb3B1cAhjYXJkDGFtb3VudAxlc2Nyb3cWa2NwUHJvZHVjdHMQcHJvZHVjdHMQdGF4X2ZyZWUUdmF0X2Ftb3VudAZ2YXQSdmJhbmtfZHVlDmRpc3BsYXkOYXBwQ2FyZBJhdXRoX21vZGUOcHJlZmlsbAxieXBhc3MOYml6X251bS51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAxwZXJpb2QYbmljZU1vYmlsZVYyTBRjaGFubmVsS2V5AgEWQ2hhbm5lbCBrZXkS7LGE64SQ7YKkAAAAAAAAAAAAAAABAAAAAAAEcGcCAShQRyBjb2RlIChkZXByZWNhdGVkKVJQR+yCrCDqtazrtoTsvZTrk5wgKOyngOybkCDspJHri6gg7JiI7KCVKQAAAAAAAAAAAAAAAQABqAJ1cGdyYWRlIHRvIHRoZSBsYXRlc3QgSmF2YVNjcmlwdCBTREsgYW5kIHNlbGVjdCB0aGUgY2hhbm5lbCB3aXRoIGBjaGFubmVsS2V5YCAoUG9ydE9uZSBjb25zb2xlOiBJbnRlZ3JhdGlvbiA+IEludGVncmF0aW9uIGluZm8gPiBDaGFubmVsIG1hbmFnZW1lbnQp5AJKUyBTREvrpbwg7LWc7IugIOuyhOyghOycvOuhnCDsl4Xqt7jroIjsnbTrk5ztlZwg7ZuEIGBjaGFubmVsS2V5YCDtjIzrnbzrr7jthLDroZwg7LGE64SQ7J2EIOyngOygle2VmOyEuOyalCAo7Y+s7Yq47JuQIOy9mOyGlCBb6rKw7KCcIOyXsOuPmV0gPiBb7Jew64+ZIOygleuztF0gPiBb7LGE64SQIOq0gOumrF0pARRjaGFubmVsS2V5AAAUcGF5X21ldGhvZAIBJlBheW1lbnQgbWV0aG9kIGNvZGUy6rKw7KCc7IiY64uoIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAGG1lcmNoYW50X3VpZAIBKk1lcmNoYW50IG9yZGVyIG51bWJlcjzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEBAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBEEN1cnJlbmN5MuqysOygnO2Gte2ZlCDqtazrtoTsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZSDqtazrp6TsnpAg7J2066aEAAAAAAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwm6rWs66ek7J6QIOydtOuplOydvAAAAAAAAAAAAAAAAQAAAAAAEmJ1eWVyX3RlbAIBJEJ1eWVyIHBob25lIG51bWJlcibqtazrp6TsnpAg7Jew65297LKYAAAAAAAAAAAAAAABAAAAAAAUYnV5ZXJfYWRkcgIBGkJ1eWVyIGFkZHJlc3Mg6rWs66ek7J6QIOyjvOyGjAAAAAAAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs6rWs66ek7J6QIOyasO2OuOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAHG1fcmVkaXJlY3RfdXJsAgFGUmVkaXJlY3QgVVJMIGFmdGVyIGEgbW9iaWxlIHBheW1lbnRe66qo67CU7J28IOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmOuQoCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAUYXBwX3NjaGVtZQIBMEFwcCBVUkwgc2NoZW1lIChXZWJWaWV3KUTslbEg67O16reA7JqpIFVSTCBzY2hlbWUgKFdlYlZpZXcpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybEIBPldlYmhvb2sgVVJMKHMpIGZvciB0aGlzIHBheW1lbnQi7Ju57ZuFIOyImOyLoCBVUkwAAAAAAAAAAAEYbm90aWNlX3VybFtdAgAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAFmNvbmZpcm1fdXJsAgEwQ29uZmlybS1wcm9jZXNzIGVuZHBvaW50RmNvbmZpcm0gcHJvY2VzcyDsl5Trk5ztj6zsnbjtirggVVJMAAEGdXJsAAAAAAAAAAAAAQAAAAAAFmN1c3RvbV9kYXRh/gEBMk1lcmNoYW50IGRhdGEgZWNob2VkIGJhY2s07IKs7Jqp7J6QIOygleydmCDrjbDsnbTthLAAAAAAAAAAAAAAAAEAAAAAABBsYW5ndWFnZQIBLlBheW1lbnQgd2luZG93IGxhbmd1YWdlIOqysOygnOywvSDslrjslrQBBAYEa28GBGVuAAAAAAAAAAAAAAEAAAAAAQ53YXJuaW5nDmNvbXBhbnkCAUJNZXJjaGFudCBuYW1lIHNob3duIGluIHRoZSB3aW5kb3dA6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDsg4HtmLjrqoUAAAAAAAAAAAAAAAEAAAAAAA5kaWdpdGFsEAE8RGlnaXRhbCBnb29kcyAocGhvbmUgcGF5bWVudHMpYOuUlOyngO2EuCDsg4Htkogg7Jes67aAICjtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcKQAAAAAAAAAAAAAAAQAAAAAACnBvcHVwEAE0T3BlbiB0aGUgd2luZG93IGFzIGEgcG9wdXA87Yyd7JeFIOuwqeyLnSDqsrDsoJzssL0g7Zi47LacAAAAAAAAAAAAAAABAAAAAAAIY2FyZCABGENhcmQgb3B0aW9uczbsubTrk5wg6rKw7KCcIOyEuOu2gCDshKTsoJUAAAAAAAAAAAAEDGRpcmVjdAxkZXRhaWwEDGRpcmVjdCABMENhcmQgY29tcGFueSBkaXJlY3QgY2FsbEjsubTrk5zsgqwg64uk7J2066CJ7Yq4IO2YuOy2nCDsoJXrs7QAAAAAAAAAAAAECGNvZGUKcXVvdGEECGNvZGUCASJDYXJkIGNvbXBhbnkgY29kZSDsubTrk5zsgqwg7L2U65OcAAAAAAAAAAAAAAABAAAAAAAKcXVvdGEEAVxGaXhlZCBpbnN0YWxsbWVudCBtb250aHMgKCsgY2FyZC1wb2ludCBvZmZzZXQpfOqzoOyglSDtlaDrtoDqsJzsm5TsiJggKOy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyLnCDqsIDsgrApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMZGV0YWlsQAFEQ2FyZCBjb21wYW5pZXMgc2hvd24gaW4gdGhlIHdpbmRvdzTsubTrk5zsgqwg66CM642U66eBIOygleuztAAAAAAAAAAAARBkZXRhaWxbXSAAAAAAAAAAAAAABhJjYXJkX2NvZGUOZW5hYmxlZBJtYXhfbW9udGgGEmNhcmRfY29kZQIBLENhcmQgY29tcGFueSBjb2RlIG9yICoy7Lm065Oc7IKsIOy9lOuTnCDrmJDripQgKgAAAAAAAAAAAAAAAQAAAAAADmVuYWJsZWQQARhTaG93biBvciBub3Qg66CM642U66eBIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAEm1heF9tb250aAQBWE1lcmNoYW50LXBhaWQgaW50ZXJlc3QtZnJlZSBtb250aHMgKG5vdCBLQ1ApcOyDgeygkCDrtoDri7Qg66y07J207J6QIOy1nOuMgCDqsJzsm5TsiJggKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxhbW91bnQIARhBbW91bnQgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAxlc2Nyb3cQARxFc2Nyb3cgcGF5bWVudDTsl5DsiqTtgazroZwg6rKw7KCcIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAFmtjcFByb2R1Y3RzQAEqS0NQIGVzY3JvdyBjYXJ0IGl0ZW1zVktDUCDsl5DsiqTtgazroZwg7J6l67CU6rWs64uIIOyDge2SiCDsoJXrs7QAAAAAAAAAAAEaa2NwUHJvZHVjdHNbXSAAAAAAAAAAAAAACBZvcmRlck51bWJlcghuYW1lEHF1YW50aXR5DGFtb3VudAgWb3JkZXJOdW1iZXICASJJdGVtIG9yZGVyIG51bWJlciTsg4Htkojso7zrrLjrsojtmLgAAAAAAAAAAAAAAAEBAAAAAAhuYW1lAgESSXRlbSBuYW1lEuyDge2SiOuqhQAAAAAAAAAAAAAAAQEAAAAAEHF1YW50aXR5BAEQUXVhbnRpdHkM7IiY65+JAAAAAAAAAAAAAAABAQAAAAAMYW1vdW50BAEUSXRlbSBwcmljZRrsg4Htkogg6rCA6rKpAAAAAAAAAAAAAAABAQAAAAAAAAAAAAAAAAEAAAAAABBwcm9kdWN0c0ABSFRvc3MgUGF5bWVudHMgZXNjcm93IGl0ZW1zIChub3QgS0NQKXrthqDsiqTtjpjsnbTrqLzsuKAg7JeQ7Iqk7YGs66GcIOyDge2SiCDsoJXrs7QgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAABFHByb2R1Y3RzW10gAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQY66m07IS46riI7JWhAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAABnZhdAgBIFZBVCAoZGVwcmVjYXRlZClA67aA6rCA7IS4ICjsp4Dsm5Ag7KSR64uoIOyYiOyglSkAAAAAAAAAAAAAAAEAAX51c2UgYHRheF9mcmVlYDsgdGhlIFZBVCBpcyBjb21wdXRlZCBhcyAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTGuAWB0YXhfZnJlZWDrpbwg7IKs7Jqp7ZWY7IS47JqULiDrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx66GcIOqzhOyCsOuQqeuLiOuLpAEQdGF4X2ZyZWUAABJ2YmFua19kdWUCAUBWaXJ0dWFsIGFjY291bnQgZGVwb3NpdCBkZWFkbGluZTLqsIDsg4Hqs4Tsoowg7J6F6riI6riw7ZWcAAAAAAAAAAAAAAABAAAAAAAOZGlzcGxheSABLFdpbmRvdyBkaXNwbGF5IG9wdGlvbnM06rKw7KCc7LC9IOugjOuNlOungSDshKTsoJUAAAAAAAAAAAACFGNhcmRfcXVvdGECFGNhcmRfcXVvdGFAAYQBSW5zdGFsbG1lbnQgbW9udGhzIG9mZmVyZWQgKEtDUDogdGhlIGxhcmdlc3QgdmFsdWUgaXMgdGhlIGNlaWxpbmcpcu2VoOu2gOqwnOyblOyImCAoS0NQOiDqsIDsnqUg7YGwIOqwkuq5jOyngCDshKDtg50g6rCA64qlKQAAAAAAAAAAARhjYXJkX3F1b3RhW10EAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAOYXBwQ2FyZBABKkFwcC1jYXJkIHBheW1lbnQgb25seTrslbHsubTrk5wg6rKw7KCc66eMIO2ZnOyEse2ZlAAAAAAAAAAAAAAAAQAAAAAAEmF1dGhfbW9kZQIBGktleS1pbiB3aW5kb3cu7YKk7J24IOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAA5wcmVmaWxsIAEgUHJlZmlsbGVkIHZhbHVlcyLrr7jrpqwg7LGE7Jq4IOqwkgAAAAAAAAAAAAIWcGhvbmVOdW1iZXICFnBob25lTnVtYmVyAgFKRml4ZWQgcGhvbmUgbnVtYmVyIGZvciBwaG9uZSBwYXltZW50c2rtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCDqs6DsoJXtlaAg7Zy064yA7Y+wIOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAADhhzaG9wX3VzZXJfaWQeY291cG9uX2FwcGx5X3luEnNraW5faW5keBJzaXRlX2xvZ28cY29tcGxleF9wbnRfeW4acHRfbWVtY29ycF9jZBBhcHBfZmxhZw4Yc2hvcF91c2VyX2lkAgFaTWVyY2hhbnQgbWVtYmVyIElEIChnaWZ0IGNlcnRpZmljYXRlcywgcGhvbmUpfOqzoOqwneyCrCDtmozsm5AgSUQgKOyDge2SiOq2jCwg7Zy064yA7Y+wIOyGjOyVoeqysOygnCDtlYTsiJgpAAAAAAAAAAAAAAABAAAAAAAeY291cG9uX2FwcGx5X3luAgE0RGlzY291bnQtY291cG9uIGFyZWEgKFkvTila6rKw7KCc7LC9IO2VoOyduOy/oO2PsCDsmIHsl60g7Zmc7ISx7ZmUIChZL04pAAAAAAAAAAAAAAABAAAAAAASc2tpbl9pbmR4BgEsV2luZG93IHNraW4gKDEtMTEsIFBDKTbqsrDsoJzssL0g7Iqk7YKoICgxfjExLCBQQykAAAAAAAAAAAAAAAEAAAAAABJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAABxjb21wbGV4X3BudF95bgIBTlBvaW50cyB3aXRoIGNhcmQgKFkpIG9yIHBvaW50cyBvbmx5IChOKUbtj6zsnbjtirgg67O17ZWp6rKw7KCcIOyXrOu2gCAoWS9OKQAAAAAAAAAAAAAAAQAAAAAAGnB0X21lbWNvcnBfY2QCATZCZW5lcGlhIG1lbWJlci1jb21wYW55IGNvZGU667Kg64Sk7ZS87JWEIOqzoOqwneyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABBhcHBfZmxhZwIBREtCIGNhcmQgYXBwIChZKSwgSVNQIChOKSwgYm90aCAoUylYS0Lqta3rr7zsubTrk5wg7JWx7Lm065OcKFkpL0lTUChOKS/rqqjrkZAoUykAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA5iaXpfbnVtAgFSQnVzaW5lc3MgcmVnaXN0cmF0aW9uIG51bWJlciAoRGFuYWwgb25seSlK7IKs7JeF7J6Q65Ox66Gd67KI7Zi4ICjri6TrgqAg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAALnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsEAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClc7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADHBlcmlvZCABMFNlcnZpY2UgcGVyaW9kIChub3QgS0NQKUzshJzruYTsiqQg7KCc6rO16riw6rCEIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAGG5pY2VNb2JpbGVWMhABQE5JQ0UgbmV3IG1vYmlsZSB3aW5kb3cgKG5vdCBLQ1ApdOuCmOydtOyKpO2OmOydtCDsi6Dqt5wg66qo67CU7J28IOqysOygnOywvSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sqAEKFHJlc3QtYWdhaW48UE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluYlBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiAo67mM66eB7YKkIOqysOygnCkBPFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbgF6aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAE0GG1lcmNoYW50X3VpZAxhbW91bnQIbmFtZRRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlEHRheF9mcmVlFHZhdF9hbW91bnQQY3VycmVuY3kUY2FyZF9xdW90YRZjdXN0b21fZGF0YRRub3RpY2VfdXJsFGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50HHVzZV9jYXJkX3BvaW50GHByb2R1Y3RfdHlwZRhjdXN0b21lcl91aWQWY2hhbm5lbF9rZXkGdmF0GnByb2R1Y3RfY291bnQiY2FzaF9yZWNlaXB0X3R5cGUKZXh0cmE0GG1lcmNoYW50X3VpZAIBUk1lcmNoYW50IG9yZGVyIG51bWJlciAodW5pcXVlIHBlciBjaGFyZ2UpPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQAAAAAADGFtb3VudAgBLEFtb3VudCB0byBjaGFyZ2UgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAABAAFQAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQk66m07IS46rO16riJ6rCA7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKUDrtoDqsIDshLgg6riI7JWhIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAAFGNhcmRfcXVvdGEEAUJJbnN0YWxsbWVudCBtb250aHMgKDAgPSBsdW1wIHN1bSlM7Lm065OcIO2VoOu2gOqwnOyblOyImCAoMCA9IOydvOyLnOu2iCkAAAAAAAAAAAAAAAEAAAAAABZjdXN0b21fZGF0Yf4BAWZDdXN0b20gZGF0YSBzdG9yZWQgd2l0aCB0aGUgcGF5bWVudCAoYSBKU09OIHN0cmluZyl+6rKw7KCc7KCV67O07JmAIO2VqOq7mCDsoIDsnqXtlaAg7LaU6rCAIOygleuztCAoSlNPTiDrrLjsnpDsl7QpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybAIBXFdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgKGFuIGFic29sdXRlIFVSTCl26rKw7KCcIOqysOqzvOulvCDthrXsp4DrsJvsnYQgTm90aWZpY2F0aW9uIFVSTChXZWJob29rIFVSTCkAAAAAAAAAAAAAAAEAAAAAABRicm93c2VyX2lwAgEgQnV5ZXIgYnJvd3NlciBJUDLqtazrp6TsnpAg67iM65287Jqw7KCAIElQAAAAAAAAAAAAAAABAAAAAAAMYnlwYXNzIgFOUEctc3BlY2lmaWMgcGFyYW1ldGVycyBhcyBhIEpTT04gc3RyaW5nXEpTT04g66y47J6Q7Je0IO2YleyLneydmCBQR+yCrOuzhCDtjIzrnbzrr7jthLAAAAAAAAAAAAAAAAEAAAAAABhwcm9tb3Rpb25faWQCAT5Qcm9tb3Rpb24gaWQgKHByb21vdGlvbi1pZC3igKYpYO2UhOuhnOuqqOyFmCDslYTsnbTrlJQgKHByb21vdGlvbi1pZC3roZwg7Iuc7J6RKQAAAAAAAAAAAAAAAQAAAAAAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKXDqs6DqsJ3sgqwg67aA64u0IOustOydtOyekCDtlaDrtoAg7Jes67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAHHVzZV9jYXJkX3BvaW50EAE8UGF5IHdpdGggY2FyZCBwb2ludHMgKG5vdCBLQ1ApYuy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABhwcm9kdWN0X3R5cGUCAUxSZWFsIG9yIGRpZ2l0YWwgZ29vZHMgKEtTTkVULCBub3QgS0NQKWTso7zrrLgg7IOB7ZKIIOq1rOu2hCAoS1NORVQg7KCE7JqpLCBLQ1Ag66+47KeA7JuQKQEEBghyZWFsBg5kaWdpdGFsAAAAAAAAAAAAAAEAAAAAABhjdXN0b21lcl91aWQCARxCaWxsaW5nIGtleSBpZIYB6rWs66ek7J6Q7J2YIOqysOygnOyImOuLqCDsi53rs4Qg6rOg7Jyg67KI7Zi4ICjruYzrp4HtgqTsmYAg66ek7ZWRKQAAAAEAAaABAAAAAAAAAAEAAAAAABZjaGFubmVsX2tleQIBeENoYW5uZWwga2V5IChwaWNrcyBhIGNoYW5uZWwgb2YgYSBtdWx0aS1jaGFubmVsIGJpbGxpbmcga2V5KYIB7LGE64SQ7YKkICjrs7XsiJgg7LGE64SQIOu5jOunge2CpOyXkOyEnCDqsrDsoJztlaAg7LGE64SQIOyngOyglSkAAAABAAFuAAAAAAAAAAEAAAAAAAZ2YXQIASBWQVQgKGRlcHJlY2F0ZWQpQOu2gOqwgOyEuCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGIAXVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIHRoZW4gY29tcHV0ZWQgYXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExyAFgdGF4X2ZyZWVgIO2MjOudvOuvuO2EsOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAGnByb2R1Y3RfY291bnQEATxOdW1iZXIgb2YgcHJvZHVjdHMgKGRlZmF1bHQgMSlK6rKw7KCcIOyDge2SiOydmCDqsJzsiJggKOq4sOuzuOqwkiAxKQAAAAAAAQAAAAAAAPA/AAAAAAABAAAAAAAiY2FzaF9yZWNlaXB0X3R5cGUCAVhDYXNoIHJlY2VpcHQgdGFyZ2V0IChUb3NzIFBheSBvbmx5LCBub3QgS0NQKY4B7ZiE6riI7JiB7IiY7KadIOuwnO2WieuMgOyDgSAoKOyLoCkg7Yag7Iqk7Y6Y7J20IOyghOyaqSwgS0NQIOuvuOyngOybkCkBBgYMcGVyc29uBg5jb21wYW55BhJhbm9ueW1vdXMAAAAAAAAAAAAAAQAAAAAACmV4dHJhIAEgRXh0cmEgcGFyYW1ldGVycybstpTqsIAg7YyM652866+47YSwAAAAAAAAAAAAAhZuYXZlclVzZUNmbQIWbmF2ZXJVc2VDZm0CAWhOYXZlciBQYXkgc2VydmljZSBjb21wbGV0aW9uIGRhdGUgWVlZWU1NREQgKG5vdCBLQ1ApcOuEpOydtOuyhO2OmOydtCDsnbTsmqnsmYTro4zsnbwgWVlZWU1NREQgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbMQBCtoCFmpzb24tc3ludGF4OlRoZSBwYXlsb2FkIGlzIG5vdCB2YWxpZCBKU09OJEpTT04g66y467KVIOyYpOulmAplcnJvcgEAAAAAAACUA1BvcnRPbmUgcGFyc2VzIHJlcXVlc3QgYm9kaWVzIGFzIEpTT04gYW5kIHRoZSBTREsgcmVjZWl2ZXMgYSBKYXZhU2NyaXB0IG9iamVjdDsgYSBwYXlsb2FkIGZpbGUgdGhhdCBpcyBub3QgUkZDIDgyNTkgSlNPTiAoY29tbWVudHMsIHRyYWlsaW5nIGNvbW1hcywgc2luZ2xlIHF1b3RlcywgaW52YWxpZCBVVEYtOCkgY2Fubm90IGJlIHdoYXQgaXMgc2VudC6UA1BvcnRPbmUgcGFyc2VzIHJlcXVlc3QgYm9kaWVzIGFzIEpTT04gYW5kIHRoZSBTREsgcmVjZWl2ZXMgYSBKYXZhU2NyaXB0IG9iamVjdDsgYSBwYXlsb2FkIGZpbGUgdGhhdCBpcyBub3QgUkZDIDgyNTkgSlNPTiAoY29tbWVudHMsIHRyYWlsaW5nIGNvbW1hcywgc2luZ2xlIHF1b3RlcywgaW52YWxpZCBVVEYtOCkgY2Fubm90IGJlIHdoYXQgaXMgc2VudC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s1gEKJGpzb24tZHVwbGljYXRlLWtleUJBIGtleSBhcHBlYXJzIHR3aWNlIGluIG9uZSBvYmplY3RU7ZWcIOqwneyytOyXkCDqsJnsnYAg7YKk6rCAIOuRkCDrsogg7J6I7J2MCmVycm9yAQAAAAAAAIQDSlNPTiBwYXJzZXJzIGRpc2FncmVlIG9uIGR1cGxpY2F0ZSBrZXlzIChzb21lIGtlZXAgdGhlIGZpcnN0IHZhbHVlLCBzb21lIHRoZSBsYXN0KSwgc28gYSBwYXltZW50IGJvZHkgd2l0aCBgYW1vdW50YCB0d2ljZSBpcyBhbWJpZ3VvdXMuIGtjcGxpbnQgcmVwb3J0cyB0aGUgc2Vjb25kIGtleSBhbmQgY2hlY2tzIHRoZSBmaXJzdCB2YWx1ZS6EA0pTT04gcGFyc2VycyBkaXNhZ3JlZSBvbiBkdXBsaWNhdGUga2V5cyAoc29tZSBrZWVwIHRoZSBmaXJzdCB2YWx1ZSwgc29tZSB0aGUgbGFzdCksIHNvIGEgcGF5bWVudCBib2R5IHdpdGggYGFtb3VudGAgdHdpY2UgaXMgYW1iaWd1b3VzLiBrY3BsaW50IHJlcG9ydHMgdGhlIHNlY29uZCBrZXkgYW5kIGNoZWNrcyB0aGUgZmlyc3QgdmFsdWUuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbPQBChBqc29uLWJvbUxUaGUgZmlsZSBzdGFydHMgd2l0aCBhIGJ5dGUtb3JkZXIgbWFyazrtjIzsnbzsnbQgQk9N7Jy866GcIOyLnOyeke2VqA53YXJuaW5nAQAAAAAAALICUkZDIDgyNTkgZm9yYmlkcyBhIGJ5dGUtb3JkZXIgbWFyayBpbiBKU09OIHNlbnQgb3ZlciBhIG5ldHdvcms7IHNvbWUgSFRUUCBjbGllbnRzIHNlbmQgaXQgYXMgcGFydCBvZiB0aGUgYm9keS4gVGhlIHJlc3Qgb2YgdGhlIGRvY3VtZW50IGlzIHN0aWxsIGNoZWNrZWQusgJSRkMgODI1OSBmb3JiaWRzIGEgYnl0ZS1vcmRlciBtYXJrIGluIEpTT04gc2VudCBvdmVyIGEgbmV0d29yazsgc29tZSBIVFRQIGNsaWVudHMgc2VuZCBpdCBhcyBwYXJ0IG9mIHRoZSBib2R5LiBUaGUgcmVzdCBvZiB0aGUgZG9jdW1lbnQgaXMgc3RpbGwgY2hlY2tlZC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1skAIKFGpzb24tbGltaXREVGhlIHBheWxvYWQgZXhjZWVkcyBhIHJlYWRlciBsaW1pdELsnoXroKXsnbQg7J296riwIO2VnOuPhOulvCDrhJjsnYwKZXJyb3IBAAAAAAAArANSZXF1ZXN0IGJvZGllcyBhcmUgc21hbGw7IGEgZmlsZSBsYXJnZXIgdGhhbiB0aGUgc2l6ZSBsaW1pdCBvciBuZXN0ZWQgZGVlcGVyIHRoYW4gdGhlIGRlcHRoIGxpbWl0IGlzIG5vdCBhIHBheW1lbnQgcmVxdWVzdCwgYW5kIHJlYWRpbmcgaXQgd2l0aG91dCBib3VuZHMgd291bGQgcHV0IHRoZSB0b29sIChvciBhIHNlcnZpY2UgdXNpbmcgdGhlIGxpYnJhcnkpIGF0IHJpc2surANSZXF1ZXN0IGJvZGllcyBhcmUgc21hbGw7IGEgZmlsZSBsYXJnZXIgdGhhbiB0aGUgc2l6ZSBsaW1pdCBvciBuZXN0ZWQgZGVlcGVyIHRoYW4gdGhlIGRlcHRoIGxpbWl0IGlzIG5vdCBhIHBheW1lbnQgcmVxdWVzdCwgYW5kIHJlYWRpbmcgaXQgd2l0aG91dCBib3VuZHMgd291bGQgcHV0IHRoZSB0b29sIChvciBhIHNlcnZpY2UgdXNpbmcgdGhlIGxpYnJhcnkpIGF0IHJpc2suemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbKwCChpwYXlsb2FkLXNoYXBlRlRoZSBwYXlsb2FkIGlzIG5vdCBhIHJlcXVlc3Qgb2JqZWN0LuyalOyyrSDqsJ3ssrTqsIAg7JWE64uYCmVycm9yAQAAAAAAALICSU1QLnJlcXVlc3RfcGF5IHRha2VzIG9uZSBvYmplY3QgYW5kIGV2ZXJ5IFJFU1QgYm9keSBpcyBhIEpTT04gb2JqZWN0LiBBIHBheWxvYWQgZmlsZSBtYXkgYWxzbyBob2xkIGFuIGFycmF5IG9mIHJlcXVlc3Qgb2JqZWN0cywgZWFjaCBjaGVja2VkIG9uIGl0cyBvd24usgJJTVAucmVxdWVzdF9wYXkgdGFrZXMgb25lIG9iamVjdCBhbmQgZXZlcnkgUkVTVCBib2R5IGlzIGEgSlNPTiBvYmplY3QuIEEgcGF5bG9hZCBmaWxlIG1heSBhbHNvIGhvbGQgYW4gYXJyYXkgb2YgcmVxdWVzdCBvYmplY3RzLCBlYWNoIGNoZWNrZWQgb24gaXRzIG93bi6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sygIKGGtpbmQtdW5rbm93bj5UaGUgcmVxdWVzdCBraW5kIGNhbm5vdCBiZSB0b2xkSuyalOyyrSDsooXrpZjrpbwg7YyQ67OE7ZWgIOyImCDsl4bsnYwKZXJyb3IBAAAAAAAA8AJXaGljaCBjb25zdHJhaW50cyBhcHBseSBkZXBlbmRzIG9uIHRoZSBjYWxsIChJTVAucmVxdWVzdF9wYXkgb3Igb25lIG9mIGZvdXIgUkVTVCBlbmRwb2ludHMpLiBXaGVuIG5vIGtpbmQncyBkZXRlY3Rpb24gaG9sZHMsIGtjcGxpbnQgc2F5cyBzbyBpbnN0ZWFkIG9mIGd1ZXNzaW5nOyBwYXNzIC0ta2luZCB0byBjaG9vc2Uu8AJXaGljaCBjb25zdHJhaW50cyBhcHBseSBkZXBlbmRzIG9uIHRoZSBjYWxsIChJTVAucmVxdWVzdF9wYXkgb3Igb25lIG9mIGZvdXIgUkVTVCBlbmRwb2ludHMpLiBXaGVuIG5vIGtpbmQncyBkZXRlY3Rpb24gaG9sZHMsIGtjcGxpbnQgc2F5cyBzbyBpbnN0ZWFkIG9mIGd1ZXNzaW5nOyBwYXNzIC0ta2luZCB0byBjaG9vc2UulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s6gIKGmZpZWxkLXVua25vd24cVW5rbm93biBtZW1iZXI27JWMIOyImCDsl4bripQg7YyM652866+47YSwDndhcm5pbmcBAAAAAW5ge25hbWV9YCBpcyBub3QgYSBwYXJhbWV0ZXIgb2YgdGhpcyByZXF1ZXN0e3N1Z2dlc3Rpb259jgFge25hbWV9YOydgCjripQpIOydtCDsmpTssq3snZgg7YyM652866+47YSw6rCAIOyVhOuLmeuLiOuLpHtzdWdnZXN0aW9ufQAA3AJQb3J0T25lIGlnbm9yZXMgcGFyYW1ldGVycyBpdCBkb2VzIG5vdCBrbm93LCBzbyBhIG1pc3NwZWxsZWQga2V5IChgbWVyY2hhbnRVaWRgLCBgYnV5ZXJfcG9zdGFsY29kZWApIHNpbGVudGx5IGRyb3BzIHRoZSB2YWx1ZS4gVGhlIHN1Z2dlc3Rpb24gY29tZXMgZnJvbSB0aGUgZmllbGQgZGljdGlvbmFyeS7cAlBvcnRPbmUgaWdub3JlcyBwYXJhbWV0ZXJzIGl0IGRvZXMgbm90IGtub3csIHNvIGEgbWlzc3BlbGxlZCBrZXkgKGBtZXJjaGFudFVpZGAsIGBidXllcl9wb3N0YWxjb2RlYCkgc2lsZW50bHkgZHJvcHMgdGhlIHZhbHVlLiBUaGUgc3VnZ2VzdGlvbiBjb21lcyBmcm9tIHRoZSBmaWVsZCBkaWN0aW9uYXJ5LooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWyGAwoUZmllbGQtdHlwZR5Xcm9uZyBKU09OIHR5cGUq7J6Y66q765CcIEpTT04g7YOA7J6FCmVycm9yAQAAAAFYYHtmaWVsZH1gIG11c3QgYmUge2V4cGVjdGVkfSwgZm91bmQge2FjdHVhbH2OAWB7ZmllbGR9YOyXkOuKlCB7ZXhwZWN0ZWR9IOqwkuydhCDrs7TrgrTslbwg7ZWY64qU642wIHthY3R1YWx97J6F64uI64ukAACuBFBvcnRPbmUgZG9jdW1lbnRzIGEgdHlwZSBmb3IgZXZlcnkgcGFyYW1ldGVyOyBhIHN0cmluZyB3aGVyZSBhIG51bWJlciBvciBib29sZWFuIGJlbG9uZ3MgKGAiYW1vdW50IjogIjEwLDAwMCJgLCBgImVzY3JvdyI6ICJmYWxzZSJgKSBpcyBlaXRoZXIgcmVqZWN0ZWQgb3IgcmVhZCB0aGUgd3Jvbmcgd2F5LiBXaGVuIHRoZSBzdHJpbmcgY29udmVydHMgcGxhaW5seSAoYCIzMDAwImAsIGAiZmFsc2UiYCksIHRoZSBmaW5kaW5nIG9mZmVycyB0aGUgY29udmVydGVkIHZhbHVlIGFzIGEgZml4Lq4EUG9ydE9uZSBkb2N1bWVudHMgYSB0eXBlIGZvciBldmVyeSBwYXJhbWV0ZXI7IGEgc3RyaW5nIHdoZXJlIGEgbnVtYmVyIG9yIGJvb2xlYW4gYmVsb25ncyAoYCJhbW91bnQiOiAiMTAsMDAwImAsIGAiZXNjcm93IjogImZhbHNlImApIGlzIGVpdGhlciByZWplY3RlZCBvciByZWFkIHRoZSB3cm9uZyB3YXkuIFdoZW4gdGhlIHN0cmluZyBjb252ZXJ0cyBwbGFpbmx5IChgIjMwMDAiYCwgYCJmYWxzZSJgKSwgdGhlIGZpbmRpbmcgb2ZmZXJzIHRoZSBjb252ZXJ0ZWQgdmFsdWUgYXMgYSBmaXguigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbKgDChRmaWVsZC1lbnVtIlZhbHVlIG5vdCBhbGxvd2VkLu2XiOyaqeuQmOyngCDslYrripQg6rCSCmVycm9yAQAAAAFkYHtmaWVsZH1gIG11c3QgYmUgb25lIG9mIHtleHBlY3RlZH0sIGZvdW5kIHt2YWx1ZX2OAWB7ZmllbGR9YCDqsJLsnYAge2V4cGVjdGVkfSDspJEg7ZWY64KY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAABeVGhlIHBhcmFtZXRlciB0YWtlcyBvbmx5IHRoZSBkb2N1bWVudGVkIHZhbHVlcy5eVGhlIHBhcmFtZXRlciB0YWtlcyBvbmx5IHRoZSBkb2N1bWVudGVkIHZhbHVlcy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWzMAwoYZmllbGQtZm9ybWF0MlZhbHVlIGluIHRoZSB3cm9uZyBmb3JtYXQ06rCS7J2YIO2YleyLneydtCDsnpjrqrvrkKgKZXJyb3IBAAAAAVZge2ZpZWxkfWAgbXVzdCBiZSB7ZXhwZWN0ZWR9LCBmb3VuZCB7dmFsdWV9jAFge2ZpZWxkfWDsl5DripQge2V4cGVjdGVkfSDqsJLsnYQg67O064K07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACOAVRoZSBwYXJhbWV0ZXIgaGFzIGEgZG9jdW1lbnRlZCBmb3JtYXQgKFVSTCwgZGF0ZSwgY2FyZCBleHBpcnksIGRpZ2l0cykujgFUaGUgcGFyYW1ldGVyIGhhcyBhIGRvY3VtZW50ZWQgZm9ybWF0IChVUkwsIGRhdGUsIGNhcmQgZXhwaXJ5LCBkaWdpdHMpLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWzqAwoYZmllbGQtbGVuZ3RoNlZhbHVlIHRvbyBsb25nIG9yIHRvbyBzaG9ydFbqsJLsnZgg6ri47J206rCAIO2XiOyaqSDrspTsnITrpbwg67KX7Ja064KoCmVycm9yAQAAAAFYYHtmaWVsZH1gIG11c3QgYmUge2V4cGVjdGVkfSwgZm91bmQge2FjdHVhbH2qAWB7ZmllbGR9YOydmCDquLjsnbTqsIAg7ZeI7JqpIOuylOychCh7ZXhwZWN0ZWR9KeulvCDrspfslrTrgqnri4jri6QgKO2YhOyerCB7YWN0dWFsfSkAAJQBUG9ydE9uZSdzIHYxIEFQSSBzY2hlbWEgbGltaXRzIHRoZSBsZW5ndGggb2YgaWRlbnRpZmllcnMgYW5kIGJ1eWVyIGZpZWxkcy6UAVBvcnRPbmUncyB2MSBBUEkgc2NoZW1hIGxpbWl0cyB0aGUgbGVuZ3RoIG9mIGlkZW50aWZpZXJzIGFuZCBidXllciBmaWVsZHMuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbIgEChZmaWVsZC1yYW5nZSZOdW1iZXIgb3V0IG9mIHJhbmdlSOyIq+yekOqwgCDtl4jsmqkg67KU7JyE66W8IOuyl+yWtOuCqAplcnJvcgEAAAABVmB7ZmllbGR9YCBtdXN0IGJlIHtleHBlY3RlZH0sIGZvdW5kIHt2YWx1ZX2UAWB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIO2XiOyaqSDrspTsnIQoe2V4cGVjdGVkfSnrpbwg67KX7Ja064Kp64uI64ukAABaVGhlIHBhcmFtZXRlciBoYXMgYSBkb2N1bWVudGVkIG51bWVyaWMgcmFuZ2UuWlRoZSBwYXJhbWV0ZXIgaGFzIGEgZG9jdW1lbnRlZCBudW1lcmljIHJhbmdlLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWymBAoWZmllbGQtaXRlbXMqV3JvbmcgbnVtYmVyIG9mIGl0ZW1zPOuwsOyXtCDtla3rqqkg7IiY6rCAIOyemOuqu+uQqAplcnJvcgEAAAABXGB7ZmllbGR9YCBtdXN0IGhhdmUge2V4cGVjdGVkfSwgZm91bmQge2FjdHVhbH2UAWB7ZmllbGR9YOyXkOuKlCDtla3rqqnsnbQge2V4cGVjdGVkfSDsnojslrTslbwg7ZWY64qU642wIHthY3R1YWx97J6F64uI64ukAABWVGhlIGFycmF5IGhhcyBhIGRvY3VtZW50ZWQgbnVtYmVyIG9mIGl0ZW1zLlZUaGUgYXJyYXkgaGFzIGEgZG9jdW1lbnRlZCBudW1iZXIgb2YgaXRlbXMujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sxAQKHGZpZWxkLXJlcXVpcmVkLlJlcXVpcmVkIG1lbWJlciBtaXNzaW5nNO2VhOyImCDtjIzrnbzrr7jthLAg64iE6529CmVycm9yAQAAAAEqYHtmaWVsZH1gIGlzIHJlcXVpcmVkQmB7ZmllbGR9YOydgCjripQpIO2VhOyImOyeheuLiOuLpAAAkAFUaGUgbWVtYmVyIGlzIGRvY3VtZW50ZWQgYXMgcmVxdWlyZWQgd2hlcmV2ZXIgaXRzIHBhcmVudCBvYmplY3QgaXMgc2VudC6QAVRoZSBtZW1iZXIgaXMgZG9jdW1lbnRlZCBhcyByZXF1aXJlZCB3aGVyZXZlciBpdHMgcGFyZW50IG9iamVjdCBpcyBzZW50LpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbOIECiBmaWVsZC1kZXByZWNhdGVkIkRlcHJlY2F0ZWQgbWVtYmVyQuyngOybkCDspJHri6gg7JiI7KCVIO2MjOudvOuvuO2EsA53YXJuaW5nAQAAAAFGYHtmaWVsZH1gIGlzIGRlcHJlY2F0ZWQ6IHtleHBlY3RlZH2QAWB7ZmllbGR9YOydgCjripQpIOyngOybkCDspJHri6gg7JiI7KCVIO2MjOudvOuvuO2EsOyeheuLiOuLpDoge2V4cGVjdGVkfQAAggFQb3J0T25lIG1hcmtzIHRoZSBtZW1iZXIgYXMgZGVwcmVjYXRlZCBhbmQgbmFtZXMgaXRzIHJlcGxhY2VtZW50LoIBUG9ydE9uZSBtYXJrcyB0aGUgbWVtYmVyIGFzIGRlcHJlY2F0ZWQgYW5kIG5hbWVzIGl0cyByZXBsYWNlbWVudC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWyABQoqZGlhZ25vc3RpY3MtdHJ1bmNhdGVkKFRvbyBtYW55IGRpYWdub3N0aWNzLuynhOuLqOydtCDrhIjrrLQg66eO7J2MCGluZm8BAAAAAAAApAJBZnRlciB0aGUgcGVyLWZpbGUgbGltaXQga2NwbGludCBzdG9wcyBsaXN0aW5nIGRpYWdub3N0aWNzIGZvciB0aGUgZmlsZSBhbmQgc2F5cyBob3cgbWFueSB3ZXJlIGxlZnQgb3V0LCBzbyBvbmUgYnJva2VuIGZpbGUgY2Fubm90IGZsb29kIGEgQ0kgbG9nLqQCQWZ0ZXIgdGhlIHBlci1maWxlIGxpbWl0IGtjcGxpbnQgc3RvcHMgbGlzdGluZyBkaWFnbm9zdGljcyBmb3IgdGhlIGZpbGUgYW5kIHNheXMgaG93IG1hbnkgd2VyZSBsZWZ0IG91dCwgc28gb25lIGJyb2tlbiBmaWxlIGNhbm5vdCBmbG9vZCBhIENJIGxvZy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWysBQokc3VwcHJlc3Npb24tdW51c2VkSkEgc3VwcHJlc3Npb24gdGhhdCBtYXRjaGVzIG5vIGZpbmRpbmdQ6rG466as64qUIOynhOuLqOydtCDsl4bripQg7Ja17KCcIOyEpOyglQ53YXJuaW5nAQAAAAAAAPAGUmVwb3J0ZWQgYXQgYSBgc3VwcHJlc3NgIGVudHJ5IG9mIGAua2NwbGludC55bWxgIHRoYXQgbmFtZXMgYSBmaWxlIHRoZSBydW4gY2hlY2tlZCwgd2hlbiBubyBmaW5kaW5nIG9mIGl0cyBydWxlcyB3YXMgZHJvcHBlZCB0aGVyZTogdGhlIHByb2JsZW0gd2FzIGZpeGVkIG9yIHRoZSB0YXJnZXQgbW92ZWQsIGFuZCBhIHN0YWxlIHN1cHByZXNzaW9uIHdvdWxkIHNpbGVudGx5IGhpZGUgdGhlIG5leHQgcmVhbCBmaW5kaW5nIGF0IHRoYXQgcGxhY2UuIEVudHJpZXMgdGhhdCBuYW1lIG5vIGNoZWNrZWQgZmlsZSBzYXkgbm90aGluZywgc28gYSBwcmUtY29tbWl0IHJ1biBvdmVyIGEgZmV3IGZpbGVzIGRvZXMgbm90IGNhbGwgdGhlIG90aGVycyB1bnVzZWQuIE5vdCBhYm91dCBwYXlsb2Fkczogbm8gcGF5bG9hZCBleGFtcGxlIGRyYXdzIGl0ICh0aGUgQ0xJIHRlc3RzIGRvKS7wBlJlcG9ydGVkIGF0IGEgYHN1cHByZXNzYCBlbnRyeSBvZiBgLmtjcGxpbnQueW1sYCB0aGF0IG5hbWVzIGEgZmlsZSB0aGUgcnVuIGNoZWNrZWQsIHdoZW4gbm8gZmluZGluZyBvZiBpdHMgcnVsZXMgd2FzIGRyb3BwZWQgdGhlcmU6IHRoZSBwcm9ibGVtIHdhcyBmaXhlZCBvciB0aGUgdGFyZ2V0IG1vdmVkLCBhbmQgYSBzdGFsZSBzdXBwcmVzc2lvbiB3b3VsZCBzaWxlbnRseSBoaWRlIHRoZSBuZXh0IHJlYWwgZmluZGluZyBhdCB0aGF0IHBsYWNlLiBFbnRyaWVzIHRoYXQgbmFtZSBubyBjaGVja2VkIGZpbGUgc2F5IG5vdGhpbmcsIHNvIGEgcHJlLWNvbW1pdCBydW4gb3ZlciBhIGZldyBmaWxlcyBkb2VzIG5vdCBjYWxsIHRoZSBvdGhlcnMgdW51c2VkLiBOb3QgYWJvdXQgcGF5bG9hZHM6IG5vIHBheWxvYWQgZXhhbXBsZSBkcmF3cyBpdCAodGhlIENMSSB0ZXN0cyBkbykulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sxAUKJnN1cHByZXNzaW9uLWV4cGlyZWREQSBzdXBwcmVzc2lvbiBwYXN0IGl0cyBgdW50aWxgIGRheUxgdW50aWxgIOuCoOynnOqwgCDsp4Drgpwg7Ja17KCcIOyEpOyglQ53YXJuaW5nAQAAAAAAALwEUmVwb3J0ZWQgYXQgdGhlIGB1bnRpbGAgb2YgYSBgc3VwcHJlc3NgIGVudHJ5IG9uY2UgdGhlIGRheSBoYXMgcGFzc2VkIChpbiBLb3JlYSB0aW1lLCBvciBhdCBgLS1ub3dgKTogdGhlIGZpbmRpbmdzIGl0IGNvdmVyZWQgYXJlIHJlcG9ydGVkIGFnYWluLCBhbmQgdGhlIGVudHJ5IHNob3VsZCBiZSByZW1vdmVkIG9uY2UgdGhleSBhcmUgZml4ZWQsIG9yIGdpdmVuIGEgbmV3IGRheS4gTm90IGFib3V0IHBheWxvYWRzOiBubyBwYXlsb2FkIGV4YW1wbGUgZHJhd3MgaXQgKHRoZSBDTEkgdGVzdHMgZG8pLrwEUmVwb3J0ZWQgYXQgdGhlIGB1bnRpbGAgb2YgYSBgc3VwcHJlc3NgIGVudHJ5IG9uY2UgdGhlIGRheSBoYXMgcGFzc2VkIChpbiBLb3JlYSB0aW1lLCBvciBhdCBgLS1ub3dgKTogdGhlIGZpbmRpbmdzIGl0IGNvdmVyZWQgYXJlIHJlcG9ydGVkIGFnYWluLCBhbmQgdGhlIGVudHJ5IHNob3VsZCBiZSByZW1vdmVkIG9uY2UgdGhleSBhcmUgZml4ZWQsIG9yIGdpdmVuIGEgbmV3IGRheS4gTm90IGFib3V0IHBheWxvYWRzOiBubyBwYXlsb2FkIGV4YW1wbGUgZHJhd3MgaXQgKHRoZSBDTEkgdGVzdHMgZG8pLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbOIFChxiYXNlbGluZS1zdGFsZUZBIGJhc2VsaW5lIGVudHJ5IG5vIGZpbmRpbmcgbWF0Y2hlc1bsp4Tri6jsnbQg64KY7Jik7KeAIOyViuuKlCDquLDspIDshKAg7ZWt66qpCGluZm8BAAAAAAAA0AVSZXBvcnRlZCBhdCB0aGUgbGluZSBvZiBhIGJhc2VsaW5lIGVudHJ5IHdob3NlIGZpbGUgd2FzIGNoZWNrZWQgYnV0IGhhZCBmZXdlciBmaW5kaW5ncyBvZiB0aGF0IHJ1bGUgYXQgdGhhdCBwb2ludGVyIHRoYW4gdGhlIGVudHJ5IGhvbGRzOiB0aGUgcHJvYmxlbSB3YXMgZml4ZWQgKG9yIHN1cHByZXNzZWQsIG9yIGl0cyBydWxlIHR1cm5lZCBvZmYpLCBhbmQgYC0td3JpdGUtYmFzZWxpbmVgIHNocmlua3MgdGhlIGJhc2VsaW5lIHNvIHRoYXQgdGhlIHByb2JsZW0gY2Fubm90IGNvbWUgYmFjayB1bm5vdGljZWQuIE5vdCBhYm91dCBwYXlsb2Fkczogbm8gcGF5bG9hZCBleGFtcGxlIGRyYXdzIGl0ICh0aGUgQ0xJIHRlc3RzIGRvKS7QBVJlcG9ydGVkIGF0IHRoZSBsaW5lIG9mIGEgYmFzZWxpbmUgZW50cnkgd2hvc2UgZmlsZSB3YXMgY2hlY2tlZCBidXQgaGFkIGZld2VyIGZpbmRpbmdzIG9mIHRoYXQgcnVsZSBhdCB0aGF0IHBvaW50ZXIgdGhhbiB0aGUgZW50cnkgaG9sZHM6IHRoZSBwcm9ibGVtIHdhcyBmaXhlZCAob3Igc3VwcHJlc3NlZCwgb3IgaXRzIHJ1bGUgdHVybmVkIG9mZiksIGFuZCBgLS13cml0ZS1iYXNlbGluZWAgc2hyaW5rcyB0aGUgYmFzZWxpbmUgc28gdGhhdCB0aGUgcHJvYmxlbSBjYW5ub3QgY29tZSBiYWNrIHVubm90aWNlZC4gTm90IGFib3V0IHBheWxvYWRzOiBubyBwYXlsb2FkIGV4YW1wbGUgZHJhd3MgaXQgKHRoZSBDTEkgdGVzdHMgZG8pLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbPwFCiRzZWNyZXQtY2FyZC1udW1iZXJCQSByZWFsIGNhcmQgbnVtYmVyIGluIHRoZSBwYXlsb2FkWu2OmOydtOuhnOuTnOyXkCDsi6TsoJwg7Lm065Oc67KI7Zi46rCAIOyeiOydjA53YXJuaW5nAQAAAAAAAKAFUGF5bG9hZCBmaWxlcyBlbmQgdXAgaW4gcmVwb3NpdG9yaWVzLCBDSSBsb2dzIGFuZCB0aWNrZXRzLiBBIDEzLTE5IGRpZ2l0IHN0cmluZyB3aXRoIGEgY2FyZC1uZXR3b3JrIHByZWZpeCB0aGF0IHBhc3NlcyB0aGUgTHVobiBjaGVjayBpcyB2ZXJ5IGxpa2VseSBhIHJlYWwgY2FyZCBudW1iZXIgKHB1Ymxpc2hlZCB0ZXN0IGNhcmQgbnVtYmVycyBzdWNoIGFzIDQxMTEtMTExMS0xMTExLTExMTEgYXJlIGV4Y2VwdGVkKS4ga2NwbGludCByZXBvcnRzIHdoZXJlIGl0IGlzIHdpdGhvdXQgcHJpbnRpbmcgaXQsIGFuZCBtYXNrcyBpdCBldmVyeXdoZXJlIGl0IHByaW50cyBwYXlsb2FkIHRleHQuoAVQYXlsb2FkIGZpbGVzIGVuZCB1cCBpbiByZXBvc2l0b3JpZXMsIENJIGxvZ3MgYW5kIHRpY2tldHMuIEEgMTMtMTkgZGlnaXQgc3RyaW5nIHdpdGggYSBjYXJkLW5ldHdvcmsgcHJlZml4IHRoYXQgcGFzc2VzIHRoZSBMdWhuIGNoZWNrIGlzIHZlcnkgbGlrZWx5IGEgcmVhbCBjYXJkIG51bWJlciAocHVibGlzaGVkIHRlc3QgY2FyZCBudW1iZXJzIHN1Y2ggYXMgNDExMS0xMTExLTExMTEtMTExMSBhcmUgZXhjZXB0ZWQpLiBrY3BsaW50IHJlcG9ydHMgd2hlcmUgaXQgaXMgd2l0aG91dCBwcmludGluZyBpdCwgYW5kIG1hc2tzIGl0IGV2ZXJ5d2hlcmUgaXQgcHJpbnRzIHBheWxvYWQgdGV4dC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1smAYKInNlY3JldC1jcmVkZW50aWFsTkEgUG9ydE9uZSBBUEkgY3JlZGVudGlhbCBpbiB0aGUgcGF5bG9hZGrtjpjsnbTroZzrk5zsl5Ag7Y+s7Yq47JuQIEFQSSDsnbjspp0g7KCV67O06rCAIOyeiOydjA53YXJuaW5nAQAAAAAAAKoDVGhlIFJFU1QgQVBJIGtleSBhbmQgc2VjcmV0IChgaW1wX2tleWAsIGBpbXBfc2VjcmV0YCkgYW5kIGFjY2VzcyB0b2tlbnMgYmVsb25nIGluIHRoZSBzZXJ2ZXIncyBzZWNyZXQgc3RvcmUsIG5vdCBpbiByZXF1ZXN0IGJvZGllcyBvciBjb21taXR0ZWQgcGF5bG9hZCBmaWxlcy4ga2NwbGludCByZXBvcnRzIHRoZSBtZW1iZXIgd2l0aG91dCBwcmludGluZyBpdHMgdmFsdWUuqgNUaGUgUkVTVCBBUEkga2V5IGFuZCBzZWNyZXQgKGBpbXBfa2V5YCwgYGltcF9zZWNyZXRgKSBhbmQgYWNjZXNzIHRva2VucyBiZWxvbmcgaW4gdGhlIHNlcnZlcidzIHNlY3JldCBzdG9yZSwgbm90IGluIHJlcXVlc3QgYm9kaWVzIG9yIGNvbW1pdHRlZCBwYXlsb2FkIGZpbGVzLiBrY3BsaW50IHJlcG9ydHMgdGhlIG1lbWJlciB3aXRob3V0IHByaW50aW5nIGl0cyB2YWx1ZS5maHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYXV0aD92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWy6Bgoebm90LWtjcC1nYXRld2F5RFRoZSBwYXlsb2FkIGlzIGZvciBhbm90aGVyIGdhdGV3YXkm64uk66W4IFBH7IKsIOyalOyyrQ53YXJuaW5nAQABAAYGBHBnAAIABHBnFgIIAgQGBHBnAAIABHBnFgIGUF5rY3AoX2JpbGxpbmd8X3F1aWNrKT8oXC5bQS1aYS16MC05XSspPyQGBHBnAAIABHBnFgIG2AYoP2kpXlxzKihodG1sNV9pbmljaXN8aW5pY2lzfGluaWNpc191bmlmaWVkfGluaWNpc192MnxpbmljaXNfanB8dXBsdXN8dG9zc3BheW1lbnRzfHRvc3NfYnJhbmRwYXl8bmljZXxuaWNlX3YyfGtpY2N8a2FrYW9wYXl8a2FrYW98ZGFuYWx8ZGFuYWxfdHBheXxtb2JpbGlhbnN8cGF5Y298cGF5cGFsfHBheXBhbF92MnxleGltYmF5fGV4aW1iYXlfdjJ8bmF2ZXJwYXl8bmF2ZXJjb3xzbWlsZXBheXxkYW91fHBheW1lbnR3YWxsfHRvc3NwYXl8dG9zc3BheV92MnxzbWFydHJvfHNtYXJ0cm9fdjJ8c2V0dGxlfHNldHRsZV9hY2N8c2V0dGxlX2Zpcm18a3NuZXR8Z2FsYXhpYXx3ZWxjb21lfGp0bmV0fHN5cnVwfGNoYWl8cGF5cGxlfGJsdWV3YWxudXR8YWxpcGF5fHBpbnBheXxrcG58aHlwaGVufHBheWxldHRlcnxwYXlsZXR0ZXJfZ2xvYmFsKVxzKihcLnwkKQICAgRwZwACAARwZxYAAAABqgJgcGdgIHt2YWx1ZX0gbmFtZXMgYW5vdGhlciBwYXltZW50IGdhdGV3YXk6IHRoZSBOSE4gS0NQIGNhdGFsb2d1ZSBkb2VzIG5vdCBhcHBseSwgc28gbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKbADYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIE5ITiBLQ1DqsIAg7JWE64uMIOuLpOuluCBQR+yCrOyeheuLiOuLpC4gTkhOIEtDUCDqt5zsuZnsnbQg7KCB7Jqp65CY7KeAIOyViuycvOuvgOuhnCDrgpjrqLjsp4AgS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjtjpjsnbTroZzrk5wg7JWI7J2YIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAADODkEgYHBnYCB2YWx1ZSBpcyBge3Byb3ZpZGVyfWAgb3IgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAsIGFuZCB0aGUgS0NQIHByb3ZpZGVyIGNvZGVzIGFyZSBga2NwYCAocGF5bWVudCB3aW5kb3csIGtleS1pbiBhbmQgUkVTVCkgYW5kIGBrY3BfYmlsbGluZ2AgKGJpbGxpbmcta2V5IHdpbmRvdykuIEFueSBvdGhlciBwcm92aWRlciAoYGh0bWw1X2luaWNpc2AsIGBuaWNlX3YyYCwgYHRvc3NwYXltZW50c2AsIC4uLikgZm9sbG93cyBkaWZmZXJlbnQgcnVsZXMsIHNvIGNoZWNraW5nIGl0IGFnYWluc3QgdGhlIEtDUCBjYXRhbG9ndWUgd291bGQgb25seSBwcm9kdWNlIGEgZmxvb2Qgb2Ygd3JvbmcgZmluZGluZ3MuIE9uZSB3YXJuaW5nIHNheXMgd2h5IHRoZSBwYXlsb2FkIHdhcyBza2lwcGVkLiBPbmx5IHRoZSBwcm92aWRlcnMgb2YgUG9ydE9uZSdzIGNvZGUgbGlzdCBjb3VudCAoYGh0bWw1X2luaWNpc2AsIGB0b3NzcGF5bWVudHNgLCBgdG9zc19icmFuZHBheWAsIGBuaWNlX3YyYCwgLi4uLCB0aGUgbGVnYWN5IG1hbnVhbCdzIGBrYWthb2AsIGBqdG5ldGAsIGBzeXJ1cGAsIGBibHVld2FsbnV0YCwgYGFsaXBheWAsIGFuZCB0aGUgb3RoZXIgcHJvdmlkZXJzIG9mIFBvcnRPbmUncyBzZXJ2ZXIgU0RLKTogYHBnYCBuYW1lcyBubyBwcm92aWRlciB3aGVuIGl0IGlzIG1pc3R5cGVkIChga2NwIGAsIGBrY3BwYCwgYG5obmtjcGApIG9yIGhvbGRzIGEgYHBheV9tZXRob2RgIChgdmJhbmtgKSwgYW5kIFBvcnRPbmUgdGhlbiBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLCBvZnRlbiB0aGUgbWVyY2hhbnQncyBLQ1Agb25lLCBzbyB0aGUgcGF5bG9hZCBpcyBjaGVja2VkIGFzIEtDUCBhbmQgcGctZm9ybWF0IHJlcG9ydHMgdGhlIHZhbHVlLiBga2NwX3F1aWNrYCBpcyBoYW5kbGVkIGJ5IG5vdC1rY3AtcXVpY2twYXkuzg5BIGBwZ2AgdmFsdWUgaXMgYHtwcm92aWRlcn1gIG9yIGB7cHJvdmlkZXJ9LntzdG9yZSBpZH1gLCBhbmQgdGhlIEtDUCBwcm92aWRlciBjb2RlcyBhcmUgYGtjcGAgKHBheW1lbnQgd2luZG93LCBrZXktaW4gYW5kIFJFU1QpIGFuZCBga2NwX2JpbGxpbmdgIChiaWxsaW5nLWtleSB3aW5kb3cpLiBBbnkgb3RoZXIgcHJvdmlkZXIgKGBodG1sNV9pbmljaXNgLCBgbmljZV92MmAsIGB0b3NzcGF5bWVudHNgLCAuLi4pIGZvbGxvd3MgZGlmZmVyZW50IHJ1bGVzLCBzbyBjaGVja2luZyBpdCBhZ2FpbnN0IHRoZSBLQ1AgY2F0YWxvZ3VlIHdvdWxkIG9ubHkgcHJvZHVjZSBhIGZsb29kIG9mIHdyb25nIGZpbmRpbmdzLiBPbmUgd2FybmluZyBzYXlzIHdoeSB0aGUgcGF5bG9hZCB3YXMgc2tpcHBlZC4gT25seSB0aGUgcHJvdmlkZXJzIG9mIFBvcnRPbmUncyBjb2RlIGxpc3QgY291bnQgKGBodG1sNV9pbmljaXNgLCBgdG9zc3BheW1lbnRzYCwgYHRvc3NfYnJhbmRwYXlgLCBgbmljZV92MmAsIC4uLiwgdGhlIGxlZ2FjeSBtYW51YWwncyBga2FrYW9gLCBganRuZXRgLCBgc3lydXBgLCBgYmx1ZXdhbG51dGAsIGBhbGlwYXlgLCBhbmQgdGhlIG90aGVyIHByb3ZpZGVycyBvZiBQb3J0T25lJ3Mgc2VydmVyIFNESyk6IGBwZ2AgbmFtZXMgbm8gcHJvdmlkZXIgd2hlbiBpdCBpcyBtaXN0eXBlZCAoYGtjcCBgLCBga2NwcGAsIGBuaG5rY3BgKSBvciBob2xkcyBhIGBwYXlfbWV0aG9kYCAoYHZiYW5rYCksIGFuZCBQb3J0T25lIHRoZW4gZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbCwgb2Z0ZW4gdGhlIG1lcmNoYW50J3MgS0NQIG9uZSwgc28gdGhlIHBheWxvYWQgaXMgY2hlY2tlZCBhcyBLQ1AgYW5kIHBnLWZvcm1hdCByZXBvcnRzIHRoZSB2YWx1ZS4gYGtjcF9xdWlja2AgaXMgaGFuZGxlZCBieSBub3Qta2NwLXF1aWNrcGF5LoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnLTI/dj12MQABAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sWgombm90LXBvcnRvbmUtcmVxdWVzdF5UaGUgcGF5bG9hZCBpcyBhIEJvb3RwYXkgcmVxdWVzdCwgbm90IFBvcnRPbmUnc07tj6ztirjsm5DsnbQg7JWE64uMIOu2gO2KuO2OmOydtCDsmpTssq0Od2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAYGHGFwcGxpY2F0aW9uX2lkAAIAHGFwcGxpY2F0aW9uX2lkOAIAAQIEBhBvcmRlcl9pZAACABBvcmRlcl9pZDoCAAEGCnByaWNlAAIACnByaWNlPAIAAQYYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCAAACAgIcYXBwbGljYXRpb25faWQAAgAcYXBwbGljYXRpb25faWQ4AAAAAbAEYGFwcGxpY2F0aW9uX2lkYCB3aXRoIGBvcmRlcl9pZGAgb3IgYHByaWNlYCBpcyBhIEJvb3RwYXkgcmVxdWVzdCAoYEJvb3RwYXkucmVxdWVzdFBheW1lbnRgKSwgbm90IFBvcnRPbmUncyBgSU1QLnJlcXVlc3RfcGF5YCAod2hpY2ggdGFrZXMgYG1lcmNoYW50X3VpZGAgYW5kIGBhbW91bnRgKTogdGhlIFBvcnRPbmUgw5cgS0NQIGNhdGFsb2d1ZSBkb2VzIG5vdCBhcHBseSwgc28gbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKa4FYG9yZGVyX2lkYCDrmJDripQgYHByaWNlYOyZgCDtlajqu5gg7J6I64qUIGBhcHBsaWNhdGlvbl9pZGDripQg7Y+s7Yq47JuQIGBJTVAucmVxdWVzdF9wYXlgKGBtZXJjaGFudF91aWRgLCBgYW1vdW50YCDsgqzsmqkp6rCAIOyVhOuLjCDrtoDtirjtjpjsnbQoYEJvb3RwYXkucmVxdWVzdFBheW1lbnRgKSDsmpTssq3snoXri4jri6QuIO2PrO2KuOybkCDDlyBLQ1Ag6rec7LmZ7J20IOyggeyaqeuQmOyngCDslYrsnLzrr4DroZwg64uk66W4IEtDUCDqt5zsuZnsnYAg6rKA7IKs7ZWY7KeAIOyViuyVmOyKteuLiOuLpCAo7Lm065Oc67KI7Zi4IOuTsSDrr7zqsJDsoJXrs7TripQg6rKA7IKs7ZWp64uI64ukKQAA8gZCb290cGF5J3MgYnJvd3NlciBTREsgYWxzbyB0YWtlcyBgcGc6ICdrY3AnYCwgc28gaXRzIHJlcXVlc3Qgb2JqZWN0cyB0dXJuIHVwIGluIHNlYXJjaGVzIGZvciBLQ1AgcGF5bWVudHMgYW5kIGdldCBjaGVja2VkIGJ5IG1pc3Rha2UuIFRoZXkgbmFtZSB0aGUgb3JkZXIgYG9yZGVyX2lkYCBhbmQgdGhlIGFtb3VudCBgcHJpY2VgLCBhbmQgY2FycnkgdGhlIG1lcmNoYW50J3MgQm9vdHBheSBgYXBwbGljYXRpb25faWRgLCBub25lIG9mIHdoaWNoIFBvcnRPbmUncyBgcmVxdWVzdF9wYXlgIGhhcy4gQ2hlY2tlZCBhcyBQb3J0T25lLCBzdWNoIGEgcGF5bG9hZCBkcmF3cyBhIGZsb29kIG9mIGZpbmRpbmdzIChgbWVyY2hhbnRfdWlkYCBhbmQgYGFtb3VudGAgbWlzc2luZywgZXZlcnkgbWVtYmVyIHVua25vd24pOyBvbmUgd2FybmluZyBzYXlzIHdoYXQgaXQgaXMgaW5zdGVhZC7yBkJvb3RwYXkncyBicm93c2VyIFNESyBhbHNvIHRha2VzIGBwZzogJ2tjcCdgLCBzbyBpdHMgcmVxdWVzdCBvYmplY3RzIHR1cm4gdXAgaW4gc2VhcmNoZXMgZm9yIEtDUCBwYXltZW50cyBhbmQgZ2V0IGNoZWNrZWQgYnkgbWlzdGFrZS4gVGhleSBuYW1lIHRoZSBvcmRlciBgb3JkZXJfaWRgIGFuZCB0aGUgYW1vdW50IGBwcmljZWAsIGFuZCBjYXJyeSB0aGUgbWVyY2hhbnQncyBCb290cGF5IGBhcHBsaWNhdGlvbl9pZGAsIG5vbmUgb2Ygd2hpY2ggUG9ydE9uZSdzIGByZXF1ZXN0X3BheWAgaGFzLiBDaGVja2VkIGFzIFBvcnRPbmUsIHN1Y2ggYSBwYXlsb2FkIGRyYXdzIGEgZmxvb2Qgb2YgZmluZGluZ3MgKGBtZXJjaGFudF91aWRgIGFuZCBgYW1vdW50YCBtaXNzaW5nLCBldmVyeSBtZW1iZXIgdW5rbm93bik7IG9uZSB3YXJuaW5nIHNheXMgd2hhdCBpdCBpcyBpbnN0ZWFkLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxAAEAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzCAQokcG9ydG9uZS12Mi1yZXF1ZXN0VlRoZSBwYXlsb2FkIGlzIGEgUG9ydE9uZSBWMiByZXF1ZXN0LCBub3QgdjFA7Y+s7Yq47JuQIFYx7J20IOyVhOuLjCBWMiDsmpTssq0Od2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAYGDnN0b3JlSWQAAgAOc3RvcmVJZD4CAAEGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgAAAg4GEnBheW1lbnRJZAACABJwYXltZW50SWRAAgABBhJvcmRlck5hbWUAAgASb3JkZXJOYW1lQgIAAQYWdG90YWxBbW91bnQAAgAWdG90YWxBbW91bnREAgABBhJwYXlNZXRob2QAAgAScGF5TWV0aG9kRgIAAQYgYmlsbGluZ0tleU1ldGhvZAACACBiaWxsaW5nS2V5TWV0aG9kSAIAAQYOaXNzdWVJZAACAA5pc3N1ZUlkSgIAAQYsaWRlbnRpdHlWZXJpZmljYXRpb25JZAACACxpZGVudGl0eVZlcmlmaWNhdGlvbklkTAIAAQICAg5zdG9yZUlkAAIADnN0b3JlSWQ+AAAAAZIFYHN0b3JlSWRgIHdpdGggYHBheW1lbnRJZGAsIGBvcmRlck5hbWVgLCBgdG90YWxBbW91bnRgIG9yIGBiaWxsaW5nS2V5TWV0aG9kYCBpcyBhIFBvcnRPbmUgVjIgcmVxdWVzdCAoYFBvcnRPbmUucmVxdWVzdFBheW1lbnRgLCBgUG9ydE9uZS5yZXF1ZXN0SXNzdWVCaWxsaW5nS2V5YCksIG5vdCB0aGUgdjEgYElNUC5yZXF1ZXN0X3BheWAgdGhpcyBjYXRhbG9ndWUgY2hlY2tzICh3aGljaCB0YWtlcyBgbWVyY2hhbnRfdWlkYCwgYG5hbWVgIGFuZCBgYW1vdW50YCk6IG5vIG90aGVyIEtDUCBydWxlIHdhcyBjaGVja2VkIChzZWNyZXRzIGluIHRoZSBwYXlsb2FkIHN0aWxsIGFyZSmIBmBwYXltZW50SWRgLCBgb3JkZXJOYW1lYCwgYHRvdGFsQW1vdW50YCDrmJDripQgYGJpbGxpbmdLZXlNZXRob2Rg7JmAIO2VqOq7mCDsnojripQgYHN0b3JlSWRg64qUIO2PrO2KuOybkCBWMiDsmpTssq0oYFBvcnRPbmUucmVxdWVzdFBheW1lbnRgLCBgUG9ydE9uZS5yZXF1ZXN0SXNzdWVCaWxsaW5nS2V5YCnsnoXri4jri6QuIOydtCDqt5zsuZkg66qo7J2M7J2AIFYxIGBJTVAucmVxdWVzdF9wYXlgKGBtZXJjaGFudF91aWRgLCBgbmFtZWAsIGBhbW91bnRgIOyCrOyaqSnrpbwg6rKA7IKs7ZWY66+A66GcIOuLpOuluCBLQ1Ag6rec7LmZ7J2AIOqygOyCrO2VmOyngCDslYrslZjsirXri4jri6QgKOy5tOuTnOuyiO2YuCDrk7Eg66+86rCQ7KCV67O064qUIOqygOyCrO2VqeuLiOuLpCkAAJ4HUG9ydE9uZSdzIFYyIGJyb3dzZXIgU0RLIHRha2VzIGBzdG9yZUlkYCwgYGNoYW5uZWxLZXlgLCBgcGF5bWVudElkYCwgYG9yZGVyTmFtZWAsIGB0b3RhbEFtb3VudGAsIGBjdXJyZW5jeWAgKGBDVVJSRU5DWV9LUldgKSBhbmQgYHBheU1ldGhvZGAgKGBDQVJEYCksIGFuZCBpc3N1ZXMgYmlsbGluZyBrZXlzIHdpdGggYGJpbGxpbmdLZXlNZXRob2RgOyBub25lIG9mIHRoZXNlIGJ1dCBgY2hhbm5lbEtleWAgaXMgYSB2MSBwYXJhbWV0ZXIuIENoZWNrZWQgYXMgdjEsIGEgVjIgcmVxdWVzdCBkcmF3cyBhIGZsb29kIG9mIGZpbmRpbmdzIChgbWVyY2hhbnRfdWlkYCBhbmQgYGFtb3VudGAgbWlzc2luZywgZXZlcnkgbWVtYmVyIHVua25vd24sIGEgY3VycmVuY3kgS0NQIGRvZXMgbm90IHNldHRsZSk7IG9uZSB3YXJuaW5nIHNheXMgd2hhdCBpdCBpcyBpbnN0ZWFkLiBWMiByZXF1ZXN0cyBuZWVkIGEgVjIgbGludGVyLp4HUG9ydE9uZSdzIFYyIGJyb3dzZXIgU0RLIHRha2VzIGBzdG9yZUlkYCwgYGNoYW5uZWxLZXlgLCBgcGF5bWVudElkYCwgYG9yZGVyTmFtZWAsIGB0b3RhbEFtb3VudGAsIGBjdXJyZW5jeWAgKGBDVVJSRU5DWV9LUldgKSBhbmQgYHBheU1ldGhvZGAgKGBDQVJEYCksIGFuZCBpc3N1ZXMgYmlsbGluZyBrZXlzIHdpdGggYGJpbGxpbmdLZXlNZXRob2RgOyBub25lIG9mIHRoZXNlIGJ1dCBgY2hhbm5lbEtleWAgaXMgYSB2MSBwYXJhbWV0ZXIuIENoZWNrZWQgYXMgdjEsIGEgVjIgcmVxdWVzdCBkcmF3cyBhIGZsb29kIG9mIGZpbmRpbmdzIChgbWVyY2hhbnRfdWlkYCBhbmQgYGFtb3VudGAgbWlzc2luZywgZXZlcnkgbWVtYmVyIHVua25vd24sIGEgY3VycmVuY3kgS0NQIGRvZXMgbm90IHNldHRsZSk7IG9uZSB3YXJuaW5nIHNheXMgd2hhdCBpdCBpcyBpbnN0ZWFkLiBWMiByZXF1ZXN0cyBuZWVkIGEgVjIgbGludGVyLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YyLXNkay9wYXltZW50LXJlcXVlc3Q/dj12MgABAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s/AEKIG5vdC1rY3AtcXVpY2twYXk+VGhlIHBheWxvYWQgaXMgZm9yIEtDUCBRdWlja1BheShLQ1Ag7YC17Y6Y7J20IOyalOyyrQ53YXJuaW5nAQABBgRwZwACAARwZxYCBigoP2kpXmtjcF9xdWljaygkfFwuKQICAgRwZwACAARwZxYAAAABtgJgcGdgIHt2YWx1ZX0gaXMgYSBLQ1AgUXVpY2tQYXkgY2hhbm5lbCAoYGtjcF9xdWlja2ApLCB3aGljaCB0aGlzIGNhdGFsb2d1ZSBkb2VzIG5vdCBjb3Zlcjogbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKeADYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDtgLXtjpjsnbQoYGtjcF9xdWlja2ApIOyxhOuEkOyeheuLiOuLpC4g7YC17Y6Y7J20IOyalOyyreydgCDsnbQg6rec7LmZIOuqqOydjOydmCDqsoDsgqwg64yA7IOB7J20IOyVhOuLiOuvgOuhnCDri6TrpbggS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjsubTrk5zrsojtmLgg65OxIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAADEA0tDUCBRdWlja1BheSBpcyBhIHNlcGFyYXRlIFBvcnRPbmUgY2hhbm5lbCB0eXBlIChga2NwX3F1aWNrYCkgd2l0aCBpdHMgb3duIHBhcmFtZXRlcnMgKGBieXBhc3Mua2NwUXVpY2tgLCBhY3Rpb24gdHlwZXMsIGVuY3J5cHRlZCBDSSkgYW5kIGl0cyBvd24gcGFnZTsgdGhlIGNvbnN0cmFpbnRzIG9mIHRoZSBLQ1AgcGF5bWVudCBhbmQgYmlsbGluZyB3aW5kb3dzIGRvIG5vdCBhcHBseSB0byBpdC7EA0tDUCBRdWlja1BheSBpcyBhIHNlcGFyYXRlIFBvcnRPbmUgY2hhbm5lbCB0eXBlIChga2NwX3F1aWNrYCkgd2l0aCBpdHMgb3duIHBhcmFtZXRlcnMgKGBieXBhc3Mua2NwUXVpY2tgLCBhY3Rpb24gdHlwZXMsIGVuY3J5cHRlZCBDSSkgYW5kIGl0cyBvd24gcGFnZTsgdGhlIGNvbnN0cmFpbnRzIG9mIHRoZSBLQ1AgcGF5bWVudCBhbmQgYmlsbGluZyB3aW5kb3dzIGRvIG5vdCBhcHBseSB0byBpdC6gAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL2tjcC1xdWlja3BheT92PXYxAAEAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzKAgosa2NwLXF1aWNrLW91dC1vZi1zY29wZUBLQ1AgUXVpY2tQYXkgcmVxdWVzdCBub3QgY2hlY2tlZFZLQ1Ag7YC17Y6Y7J20IOyalOyyreydgCDqsoDsgqztlZjsp4Ag7JWK7J2MCGluZm8BAAEABAYeYnlwYXNzLmtjcFF1aWNrAAQADGJ5cGFzc04AEGtjcFF1aWNrUAIAAQYEcGcAAgAEcGcWAgAAAgICHmJ5cGFzcy5rY3BRdWljawAEAAxieXBhc3NOABBrY3BRdWlja1AAAAABqgJgYnlwYXNzLmtjcFF1aWNrYCBtYXJrcyBhIEtDUCBRdWlja1BheSByZXF1ZXN0LCB3aGljaCB0aGlzIGNhdGFsb2d1ZSBkb2VzIG5vdCBjb3Zlcjogbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKfgDYGJ5cGFzcy5rY3BRdWlja2DsnYAgS0NQIO2Ate2OmOydtCDsmpTssq3sl5Ag7IKs7Jqp7ZWY64qUIO2MjOudvOuvuO2EsOyeheuLiOuLpC4g7YC17Y6Y7J20IOyalOyyreydgCDsnbQg6rec7LmZIOuqqOydjOydmCDqsoDsgqwg64yA7IOB7J20IOyVhOuLiOuvgOuhnCDri6TrpbggS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjsubTrk5zrsojtmLgg65OxIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAACaB1dpdGggYGNoYW5uZWxLZXlgIHRoZSBjaGFubmVsIHR5cGUgY2Fubm90IGJlIHNlZW4gaW4gdGhlIHBheWxvYWQsIGJ1dCBgYnlwYXNzLmtjcFF1aWNrYCBpcyBkb2N1bWVudGVkIG9ubHkgZm9yIEtDUCBRdWlja1BheSAoYGtjcF9xdWlja2ApIGNoYW5uZWxzLCB3aG9zZSByZXF1ZXN0cyBmb2xsb3cgdGhlaXIgb3duIHBhZ2UgKGFjdGlvbiB0eXBlcyB3aXRob3V0IGBhbW91bnRgLCBgY3VzdG9tZXJfdWlkYCBwZXIgcmVnaXN0ZXJlZCBjYXJkKS4gQ2hlY2tpbmcgdGhlbSBhZ2FpbnN0IHRoZSBLQ1AgcGF5bWVudCBvciBiaWxsaW5nLWtleSBydWxlcyB3b3VsZCByYWlzZSBmYWxzZSBhbGFybXMgb24gY29ycmVjdCBRdWlja1BheSBjYWxscywgc28gdGhlIHBheWxvYWQgaXMgc2tpcHBlZCB3aXRoIGFuIGluZm8gKG5vdCBhIHdhcm5pbmc6IGl0IG1heSBmb2xsb3cgdGhlIFF1aWNrUGF5IGRvY3MgZXhhY3RseSkumgdXaXRoIGBjaGFubmVsS2V5YCB0aGUgY2hhbm5lbCB0eXBlIGNhbm5vdCBiZSBzZWVuIGluIHRoZSBwYXlsb2FkLCBidXQgYGJ5cGFzcy5rY3BRdWlja2AgaXMgZG9jdW1lbnRlZCBvbmx5IGZvciBLQ1AgUXVpY2tQYXkgKGBrY3BfcXVpY2tgKSBjaGFubmVscywgd2hvc2UgcmVxdWVzdHMgZm9sbG93IHRoZWlyIG93biBwYWdlIChhY3Rpb24gdHlwZXMgd2l0aG91dCBgYW1vdW50YCwgYGN1c3RvbWVyX3VpZGAgcGVyIHJlZ2lzdGVyZWQgY2FyZCkuIENoZWNraW5nIHRoZW0gYWdhaW5zdCB0aGUgS0NQIHBheW1lbnQgb3IgYmlsbGluZy1rZXkgcnVsZXMgd291bGQgcmFpc2UgZmFsc2UgYWxhcm1zIG9uIGNvcnJlY3QgUXVpY2tQYXkgY2FsbHMsIHNvIHRoZSBwYXlsb2FkIGlzIHNraXBwZWQgd2l0aCBhbiBpbmZvIChub3QgYSB3YXJuaW5nOiBpdCBtYXkgZm9sbG93IHRoZSBRdWlja1BheSBkb2NzIGV4YWN0bHkpLqABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3Ava2NwLXF1aWNrcGF5P3Y9djEAAQAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPYCCj5rY3AtcXVpY2stYnlwYXNzLW9uLWtjcC1jaGFubmVsamBieXBhc3Mua2NwUXVpY2tgIG9uIGEgS0NQIHBheW1lbnQgb3IgYmlsbGluZyBjaGFubmVsdEtDUCDsnbzrsJgv7KCV6riw6rKw7KCcIOyxhOuEkOyXkCBgYnlwYXNzLmtjcFF1aWNrYCDsgqzsmqkOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAQGHmJ5cGFzcy5rY3BRdWljawAEAAxieXBhc3NOABBrY3BRdWlja1ACAAEGBHBnAAIABHBnFgIGMig/aSlea2NwKF9iaWxsaW5nKT8oJHxcLikCAgIeYnlwYXNzLmtjcFF1aWNrAAQADGJ5cGFzc04AEGtjcFF1aWNrUAAAAAGCAmBieXBhc3Mua2NwUXVpY2tgIGJlbG9uZ3MgdG8gS0NQIFF1aWNrUGF5IGNoYW5uZWxzIChga2NwX3F1aWNrYCk7IG9uIHRoZSBga2NwYC9ga2NwX2JpbGxpbmdgIGNoYW5uZWwgbmFtZWQgYnkgYHBnYCBpdCBpcyBub3QgdXNlZMgCYGJ5cGFzcy5rY3BRdWlja2DsnYAgS0NQIO2Ate2OmOydtChga2NwX3F1aWNrYCkg7LGE64SQIOyghOyaqSDtjIzrnbzrr7jthLDsnoXri4jri6QuIGBwZ2Dsl5Ag7KeA7KCV7ZWcIGBrY3BgL2BrY3BfYmlsbGluZ2Ag7LGE64SQ7JeQ7ISc64qUIOyCrOyaqeuQmOyngCDslYrsirXri4jri6QAANYDYGJ5cGFzcy5rY3BRdWlja2AgaXMgZG9jdW1lbnRlZCBvbmx5IG9uIHRoZSBLQ1AgUXVpY2tQYXkgcGFnZSwgd2hvc2UgY2hhbm5lbCBjb2RlIGlzIGBrY3BfcXVpY2tgLiBBIHBheWxvYWQgdGhhdCBuYW1lcyBhIGBrY3BgIG9yIGBrY3BfYmlsbGluZ2AgY2hhbm5lbCBhbmQgYWxzbyBzZW5kcyBpdCBtaXhlcyB0d28gcHJvZHVjdHM6IGVpdGhlciB0aGUgY2hhbm5lbCBvciB0aGUgcGFyYW1ldGVyIGlzIHdyb25nLtYDYGJ5cGFzcy5rY3BRdWlja2AgaXMgZG9jdW1lbnRlZCBvbmx5IG9uIHRoZSBLQ1AgUXVpY2tQYXkgcGFnZSwgd2hvc2UgY2hhbm5lbCBjb2RlIGlzIGBrY3BfcXVpY2tgLiBBIHBheWxvYWQgdGhhdCBuYW1lcyBhIGBrY3BgIG9yIGBrY3BfYmlsbGluZ2AgY2hhbm5lbCBhbmQgYWxzbyBzZW5kcyBpdCBtaXhlcyB0d28gcHJvZHVjdHM6IGVpdGhlciB0aGUgY2hhbm5lbCBvciB0aGUgcGFyYW1ldGVyIGlzIHdyb25nLqABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3Ava2NwLXF1aWNrcGF5P3Y9djEBFEtDUC1DSC0wMTIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1srAMKHmNoYW5uZWwtbWlzc2luZyZObyBjaGFubmVsIHNlbGVjdGVkIOyxhOuEkCDrr7jsp4DsoJUOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgQEFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgEcGcAAgAEcGcWAAAAAeQBbmVpdGhlciBgY2hhbm5lbEtleWAgbm9yIGBwZ2AgaXMgc2V0OiBQb3J0T25lIHVzZXMgdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwsIHdoaWNoIG1heSBub3QgYmUgdGhlIEtDUCBjaGFubmVsogJgY2hhbm5lbEtleWDsmYAgYHBnYOqwgCDrqqjrkZAg7JeG7Iq164uI64ukLiDsvZjshpTsl5Ag7ISk7KCV65CcIOq4sOuzuCDssYTrhJDroZwg6rKw7KCc6rCAIOyalOyyreuQmOuvgOuhnCBLQ1Ag7LGE64SQ7J20IOyVhOuLkCDsiJgg7J6I7Iq164uI64ukAADMBFRoZSBLQ1AgcGFnZSBtYWtlcyBgY2hhbm5lbEtleWAgdGhlIHdheSB0byBwaWNrIHRoZSBLQ1AgY2hhbm5lbCAoYHBnYCBpcyBpdHMgZGVwcmVjYXRlZCBhbHRlcm5hdGl2ZSkuIFdpdGhvdXQgZWl0aGVyLCB0aGUgZGVmYXVsdCBQRyBzZXQgaW4gdGhlIGNvbnNvbGUgaXMgdXNlZDsgd2l0aCBtb3JlIHRoYW4gb25lIGNoYW5uZWwgY29uZmlndXJlZCB0aGF0IGlzIHNpbGVudGx5IGEgZGlmZmVyZW50IGdhdGV3YXksIGFuZCBmb3IgYSBiaWxsaW5nIGtleSBpdCBtdXN0IGJlIGEgYGtjcF9iaWxsaW5nYCBjaGFubmVsLswEVGhlIEtDUCBwYWdlIG1ha2VzIGBjaGFubmVsS2V5YCB0aGUgd2F5IHRvIHBpY2sgdGhlIEtDUCBjaGFubmVsIChgcGdgIGlzIGl0cyBkZXByZWNhdGVkIGFsdGVybmF0aXZlKS4gV2l0aG91dCBlaXRoZXIsIHRoZSBkZWZhdWx0IFBHIHNldCBpbiB0aGUgY29uc29sZSBpcyB1c2VkOyB3aXRoIG1vcmUgdGhhbiBvbmUgY2hhbm5lbCBjb25maWd1cmVkIHRoYXQgaXMgc2lsZW50bHkgYSBkaWZmZXJlbnQgZ2F0ZXdheSwgYW5kIGZvciBhIGJpbGxpbmcga2V5IGl0IG11c3QgYmUgYSBga2NwX2JpbGxpbmdgIGNoYW5uZWwulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNILTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWziAwokY2hhbm5lbC1rZXktYW5kLXBnPGBjaGFubmVsS2V5YCBhbmQgYHBnYCBib3RoIHNldEpgY2hhbm5lbEtleWDsmYAgYHBnYOulvCDtlajqu5gg7IKs7JqpDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIGBBRjaGFubmVsS2V5AAIAFGNoYW5uZWxLZXkYBHBnAAIABHBnFgAAAAHaAWBwZ2AgaXMgc2VudCB0b2dldGhlciB3aXRoIGBjaGFubmVsS2V5YDogd2hpY2ggb25lIFBvcnRPbmUgdXNlcyBpcyBub3QgZG9jdW1lbnRlZDsgcmVtb3ZlIHRoZSBkZXByZWNhdGVkIGBwZ2DIAmBjaGFubmVsS2V5YOyZgCBgcGdg66W8IO2VqOq7mCDsnoXroKXtlojsirXri4jri6QuIOyWtOuKkCDqsJLsnbQg7KCB7Jqp65CY64qU7KeAIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOyngOybkCDspJHri6gg7JiI7KCV7J24IGBwZ2Drpbwg7IKt7KCc7ZWY7IS47JqUAACOA1RoZSBLQ1AgcGFnZSBwcmVzZW50cyBgY2hhbm5lbEtleWAgYXMgdGhlIHJlcGxhY2VtZW50IG9mIHRoZSBkZXByZWNhdGVkIGBwZ2A7IHdoYXQgaGFwcGVucyB3aGVuIGJvdGggYXJlIHNlbnQgKGFuZCBkaXNhZ3JlZSkgaXMgbm90IGRvY3VtZW50ZWQgYW55d2hlcmUsIHNvIHRoZSBjaGFubmVsIGFjdHVhbGx5IHVzZWQgaXMgdW5wcmVkaWN0YWJsZS6OA1RoZSBLQ1AgcGFnZSBwcmVzZW50cyBgY2hhbm5lbEtleWAgYXMgdGhlIHJlcGxhY2VtZW50IG9mIHRoZSBkZXByZWNhdGVkIGBwZ2A7IHdoYXQgaGFwcGVucyB3aGVuIGJvdGggYXJlIHNlbnQgKGFuZCBkaXNhZ3JlZSkgaXMgbm90IGRvY3VtZW50ZWQgYW55d2hlcmUsIHNvIHRoZSBjaGFubmVsIGFjdHVhbGx5IHVzZWQgaXMgdW5wcmVkaWN0YWJsZS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0gtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJwECi5jaGFubmVsLWtleS1wbGFjZWhvbGRlck5DaGFubmVsIGtleSBsZWZ0IGFzIHRoZSBkb2MgcGxhY2Vob2xkZXJQ7LGE64SQ7YKkIOyYiOyLnCDqsJLsnYQg6re464yA66GcIOyCrOyaqQplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIKcig/aSlbe308Pl187LGE64SQ7YKkfHlvdXJbLV8gXT9jaGFubmVsfF5jaGFubmVsWy1fIF0/a2V5JAAAAAHEAmBjaGFubmVsS2V5YCB7dmFsdWV9IGlzIGEgcGxhY2Vob2xkZXIgY29waWVkIGZyb20gdGhlIGRvY3M6IHVzZSB0aGUgY2hhbm5lbCBrZXkgc2hvd24gaW4gdGhlIFBvcnRPbmUgY29uc29sZSAoSW50ZWdyYXRpb24gPiBJbnRlZ3JhdGlvbiBpbmZvID4gQ2hhbm5lbCBtYW5hZ2VtZW50KeICYGNoYW5uZWxLZXlgIOqwkiB7dmFsdWV97J2AKOuKlCkg66y47ISc7J2YIOyYiOyLnCDqsJLsnoXri4jri6QuIO2PrO2KuOybkCDsvZjshpQgW+qysOygnCDsl7Drj5ldID4gW+yXsOuPmSDsoJXrs7RdID4gW+yxhOuEkCDqtIDrpqxd7JeQ7IScIO2ZleyduO2VnCDssYTrhJDtgqTrpbwg7J6F66Cl7ZWY7IS47JqUAADeBEV2ZXJ5IFNESyBleGFtcGxlIG9uIHRoZSBLQ1AgcGFnZSBzZW5kcyBgY2hhbm5lbEtleTogInvsvZjshpQg64K0IOyXsOuPmSDsoJXrs7TsnZgg7LGE64SQ7YKkfSJgLiBTZW50IGFzIGlzLCBQb3J0T25lIGZpbmRzIG5vIGNoYW5uZWwgYW5kIHRoZSB3aW5kb3cgbmV2ZXIgb3BlbnMuIEJyYWNlcywgYW5nbGUgYnJhY2tldHMsIHRoZSBLb3JlYW4gd29yZCBmb3IgY2hhbm5lbCBrZXksIG9yICJ5b3VyIGNoYW5uZWwga2V5IiBuZXZlciBvY2N1ciBpbiBhIHJlYWwga2V5IChgY2hhbm5lbC1rZXktYCBmb2xsb3dlZCBieSBhIFVVSUQpLt4ERXZlcnkgU0RLIGV4YW1wbGUgb24gdGhlIEtDUCBwYWdlIHNlbmRzIGBjaGFubmVsS2V5OiAie+y9mOyGlCDrgrQg7Jew64+ZIOygleuztOydmCDssYTrhJDtgqR9ImAuIFNlbnQgYXMgaXMsIFBvcnRPbmUgZmluZHMgbm8gY2hhbm5lbCBhbmQgdGhlIHdpbmRvdyBuZXZlciBvcGVucy4gQnJhY2VzLCBhbmdsZSBicmFja2V0cywgdGhlIEtvcmVhbiB3b3JkIGZvciBjaGFubmVsIGtleSwgb3IgInlvdXIgY2hhbm5lbCBrZXkiIG5ldmVyIG9jY3VyIGluIGEgcmVhbCBrZXkgKGBjaGFubmVsLWtleS1gIGZvbGxvd2VkIGJ5IGEgVVVJRCkulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNILTAwNAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzKBAokY2hhbm5lbC1rZXktZm9ybWF0RENoYW5uZWwga2V5IGluIGFuIHVuZXhwZWN0ZWQgc2hhcGVI7LGE64SQ7YKkIO2YleyLneydtCDsmIjsg4Hqs7wg64uk66aEDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQYUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIGBFxTAggUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIcAgQGAi4AAAIGnAEoP2kpXmNoYW5uZWwta2V5LVswLTlhLWZdezh9LVswLTlhLWZdezR9LVswLTlhLWZdezR9LVswLTlhLWZdezR9LVswLTlhLWZdezEyfSQGAi4AAAIGcig/aSlbe308Pl187LGE64SQ7YKkfHlvdXJbLV8gXT9jaGFubmVsfF5jaGFubmVsWy1fIF0/a2V5JAAAAAGUAmBjaGFubmVsS2V5YCB7dmFsdWV9IGRvZXMgbm90IGxvb2sgbGlrZSBhIFBvcnRPbmUgY2hhbm5lbCBrZXkgKGBjaGFubmVsLWtleS1gIGZvbGxvd2VkIGJ5IGEgVVVJRCk6IGNvcHkgaXQgZnJvbSB0aGUgY29uc29sZSdzIGNoYW5uZWwgbGlzdOgCYGNoYW5uZWxLZXlgIOqwkiB7dmFsdWV97J20KOqwgCkg7Y+s7Yq47JuQIOyxhOuEkO2CpCDtmJXsi50oYGNoYW5uZWwta2V5LWAg65Kk7JeQIFVVSUQp7J20IOyVhOuLmeuLiOuLpC4g7L2Y7IaU7J2YIOyxhOuEkCDqtIDrpqwg7ZmU66m07JeQ7IScIOyxhOuEkO2CpOulvCDrs7XsgqztlbQg7J6F66Cl7ZWY7IS47JqUAAD0BUNoYW5uZWwga2V5cyBpc3N1ZWQgYnkgdGhlIGNvbnNvbGUgaGF2ZSB0aGUgZm9ybSBgY2hhbm5lbC1rZXktPFVVSUQ+YCAoYXMgaW4gUG9ydE9uZSdzIG93biBwbGF5Z3JvdW5kKS4gQSBkaWZmZXJlbnQgc2hhcGUgdXN1YWxseSBtZWFucyBhbm90aGVyIGlkZW50aWZpZXIgd2FzIHBhc3RlZCAodGhlIG1lcmNoYW50IGNvZGUgYGltcC4uLmAsIGEgc3RvcmUgaWQgb3IgYSBzaXRlIGNvZGUpIG9yIHdoaXRlc3BhY2Ugd2FzIGNvcGllZCBhbG9uZy4gVGhlIGZvcm1hdCBpcyBub3Qgc3BlY2lmaWVkIGluIHRoZSBkb2NzLCBzbyB0aGlzIGlzIGEgd2FybmluZzsgYSBwbGFjZWhvbGRlciBpcyByZXBvcnRlZCBieSBjaGFubmVsLWtleS1wbGFjZWhvbGRlciBpbnN0ZWFkLvQFQ2hhbm5lbCBrZXlzIGlzc3VlZCBieSB0aGUgY29uc29sZSBoYXZlIHRoZSBmb3JtIGBjaGFubmVsLWtleS08VVVJRD5gIChhcyBpbiBQb3J0T25lJ3Mgb3duIHBsYXlncm91bmQpLiBBIGRpZmZlcmVudCBzaGFwZSB1c3VhbGx5IG1lYW5zIGFub3RoZXIgaWRlbnRpZmllciB3YXMgcGFzdGVkICh0aGUgbWVyY2hhbnQgY29kZSBgaW1wLi4uYCwgYSBzdG9yZSBpZCBvciBhIHNpdGUgY29kZSkgb3Igd2hpdGVzcGFjZSB3YXMgY29waWVkIGFsb25nLiBUaGUgZm9ybWF0IGlzIG5vdCBzcGVjaWZpZWQgaW4gdGhlIGRvY3MsIHNvIHRoaXMgaXMgYSB3YXJuaW5nOyBhIHBsYWNlaG9sZGVyIGlzIHJlcG9ydGVkIGJ5IGNoYW5uZWwta2V5LXBsYWNlaG9sZGVyIGluc3RlYWQuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFEtDUC1DSC0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s/gQKHHBnLXBsYWNlaG9sZGVyQGBwZ2AgbGVmdCBhcyB0aGUgZG9jIHBsYWNlaG9sZGVyRmBwZ2Ag7JiI7IucIOqwkuydhCDqt7jrjIDroZwg7IKs7JqpCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCARwZwACAARwZxYCCgxbe308Pl0AAAAB9gJgcGdgIHt2YWx1ZX0gc3RpbGwgY29udGFpbnMgdGhlIGRvYyBwbGFjZWhvbGRlcjogd3JpdGUgdGhlIHNpdGUgY29kZSBpdHNlbGYsIHdpdGhvdXQgYnJhY2tldHMgKGBrY3AuQU8wOUNgIGZvciBhIHBheW1lbnQsIGBrY3BfYmlsbGluZy5BTzA5Q2AgZm9yIGEgYmlsbGluZyBrZXkpLCBvciBzd2l0Y2ggdG8gYGNoYW5uZWxLZXlg7gNgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkg66y47ISc7J2YIOyYiOyLnCDtkZzquLDrpbwg6re464yA66GcIOuLtOqzoCDsnojsirXri4jri6QuIOq0hO2YuCDsl4bsnbQg7Iuk7KCcIOyCrOydtO2KuOy9lOuTnOulvCDsnoXroKXtlZjqsbDrgpgo7J2867CY6rKw7KCc64qUIGBrY3AuQU8wOUNgLCDruYzrp4HtgqQg67Cc6riJ7J2AIGBrY3BfYmlsbGluZy5BTzA5Q2Ag7ZiV7IudKSBgY2hhbm5lbEtleWDroZwg67OA6rK97ZWY7IS47JqUAACQA1RoZSBLQ1AgcGFnZSBkZXNjcmliZXMgdGhlIHZhbHVlIGFzIGBrY3Aue21pZCjsgqzsnbTtirjsvZTrk5wpfWAgYW5kIGBrY3BfYmlsbGluZy57bWlkKOyCrOydtO2KuOy9lOuTnCl9YDsgY29waWVkIGxpdGVyYWxseSwgbm8gY2hhbm5lbCBtYXRjaGVzIGFuZCBQb3J0T25lIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwukANUaGUgS0NQIHBhZ2UgZGVzY3JpYmVzIHRoZSB2YWx1ZSBhcyBga2NwLnttaWQo7IKs7J207Yq47L2U65OcKX1gIGFuZCBga2NwX2JpbGxpbmcue21pZCjsgqzsnbTtirjsvZTrk5wpfWA7IGNvcGllZCBsaXRlcmFsbHksIG5vIGNoYW5uZWwgbWF0Y2hlcyBhbmQgUG9ydE9uZSBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMIFCjxwZy1iaWxsaW5nLWNoYW5uZWwtZm9yLXBheW1lbnREQmlsbGluZyBjaGFubmVsIHVzZWQgZm9yIGEgcGF5bWVudFTsnbzrsJjqsrDsoJzsl5Ag7KCV6riw6rKw7KCcIOyxhOuEkCDsgqzsmqkKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggEcGcAAgAEcGcWAgokXmtjcF9iaWxsaW5nKCR8XC4pAAAAAYwDYHBnYCB7dmFsdWV9IGlzIGEgS0NQIGJpbGxpbmcta2V5IGNoYW5uZWwsIGJ1dCB0aGlzIHJlcXVlc3QgaGFzIG5vIGBjdXN0b21lcl91aWRgOiBmb3IgYSBwYXltZW50LCB1c2UgYGtjcC5gIGZvbGxvd2VkIGJ5IHlvdXIgc2l0ZSBjb2RlIChlLmcuIGBrY3AuQU8wOUNgKTsgdG8gaXNzdWUgYSBiaWxsaW5nIGtleSwgYWRkIGBjdXN0b21lcl91aWRg+ANgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOygleq4sOqysOygnCjruYzrp4HtgqQg67Cc6riJKSDssYTrhJDsnbjrjbAgYGN1c3RvbWVyX3VpZGDqsIAg7JeG7Iq164uI64ukLiDsnbzrsJjqsrDsoJzrnbzrqbQgYHBnYOulvCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCnroZwg67CU6r646rOgLCDruYzrp4HtgqQg67Cc6riJ7J20652866m0IGBjdXN0b21lcl91aWRg66W8IO2VqOq7mCDsnoXroKXtlZjshLjsmpQAAPQEVGhlIEtDUCBwYWdlIHVzZXMgYGtjcC57c2l0ZSBjb2RlfWAgZm9yIHRoZSBwYXltZW50IHdpbmRvdyBhbmQgYGtjcF9iaWxsaW5nLntzaXRlIGNvZGV9YCBmb3IgdGhlIGJpbGxpbmcta2V5IHdpbmRvdywgYW5kIHRoZSBga2NwX2JpbGxpbmdgIGNoYW5uZWwgb25seSBpc3N1ZXMgYmlsbGluZyBrZXlzIChpdCBjYW5ub3QgY2hhcmdlIHdoaWxlIGlzc3VpbmcpLiBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHJlZnVzZSBga2NwX2JpbGxpbmdgIHdpdGhvdXQgYGN1c3RvbWVyX3VpZGAgZm9yIHRoZSBzYW1lIHJlYXNvbi70BFRoZSBLQ1AgcGFnZSB1c2VzIGBrY3Aue3NpdGUgY29kZX1gIGZvciB0aGUgcGF5bWVudCB3aW5kb3cgYW5kIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWAgZm9yIHRoZSBiaWxsaW5nLWtleSB3aW5kb3csIGFuZCB0aGUgYGtjcF9iaWxsaW5nYCBjaGFubmVsIG9ubHkgaXNzdWVzIGJpbGxpbmcga2V5cyAoaXQgY2Fubm90IGNoYXJnZSB3aGlsZSBpc3N1aW5nKS4gUG9ydE9uZSdzIFJlYWN0IE5hdGl2ZSBhbmQgRmx1dHRlciB3cmFwcGVycyByZWZ1c2UgYGtjcF9iaWxsaW5nYCB3aXRob3V0IGBjdXN0b21lcl91aWRgIGZvciB0aGUgc2FtZSByZWFzb24ulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNILTAwNQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWz0BQpEcGctcGF5bWVudC1jaGFubmVsLWZvci1iaWxsaW5nLWtleUxQYXltZW50IGNoYW5uZWwgdXNlZCBmb3IgYSBiaWxsaW5nIGtleVzruYzrp4HtgqQg67Cc6riJ7JeQIOydvOuwmOqysOygnCDssYTrhJAg7IKs7JqpCmVycm9yAQECHnNkay1iaWxsaW5nLWtleQACCARwZwACAARwZxYCChRea2NwKCR8XC4pAAAAAdYCYHBnYCB7dmFsdWV9IGlzIGEgS0NQIHBheW1lbnQgY2hhbm5lbDogYSBiaWxsaW5nIGtleSB0aHJvdWdoIHRoZSBLQ1Agd2luZG93IG5lZWRzIHRoZSBiaWxsaW5nIGNoYW5uZWwsIGBrY3BfYmlsbGluZy5gIGZvbGxvd2VkIGJ5IHlvdXIgc2l0ZSBjb2RlIChlLmcuIGBrY3BfYmlsbGluZy5BTzA5Q2ApogNgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOydvOuwmOqysOygnCDssYTrhJDsnoXri4jri6QuIEtDUCDqsrDsoJzssL3snLzroZwg67mM66eB7YKk66W8IOuwnOq4ie2VmOugpOuptCDsoJXquLDqsrDsoJwg7LGE64SQIGBrY3BfYmlsbGluZy7sgqzsnbTtirjsvZTrk5xgKOyYiDogYGtjcF9iaWxsaW5nLkFPMDlDYCnrpbwg7KeA7KCV7ZW07JW8IO2VqeuLiOuLpAAA7ANQb3J0T25lJ3MgYmlsbGluZy1rZXkgcnVsZXM6IHRoZSBga2NwX2JpbGxpbmdgIGNoYW5uZWwgaXNzdWVzIGJpbGxpbmcga2V5cyB0aHJvdWdoIHRoZSB3aW5kb3c7IHRoZSBga2NwYCBjaGFubmVsIGlzc3VlcyB0aGVtIG9ubHkgdGhyb3VnaCB0aGUgQVBJIChgL3N1YnNjcmliZS9jdXN0b21lcnNgLCBgL29uZXRpbWVgKS4gVGhlIEtDUCBwYWdlJ3MgYmlsbGluZyBzZWN0aW9uIHVzZXMgYGtjcF9iaWxsaW5nLntzaXRlIGNvZGV9YC7sA1BvcnRPbmUncyBiaWxsaW5nLWtleSBydWxlczogdGhlIGBrY3BfYmlsbGluZ2AgY2hhbm5lbCBpc3N1ZXMgYmlsbGluZyBrZXlzIHRocm91Z2ggdGhlIHdpbmRvdzsgdGhlIGBrY3BgIGNoYW5uZWwgaXNzdWVzIHRoZW0gb25seSB0aHJvdWdoIHRoZSBBUEkgKGAvc3Vic2NyaWJlL2N1c3RvbWVyc2AsIGAvb25ldGltZWApLiBUaGUgS0NQIHBhZ2UncyBiaWxsaW5nIHNlY3Rpb24gdXNlcyBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1gLnxodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGc/dj12MQEUS0NQLUNILTAwNgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyqBgoScGctZm9ybWF0TmBwZ2Agbm90IG9mIHRoZSBmb3JtIGBrY3AuYCArIHNpdGUgY29kZSRgcGdgIO2YleyLnSDsmKTrpZgKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAGBgRwZwACAARwZxYCBgRcUwQGBHBnAAIABHBnFgIGDFt7fTw+XQQABAQGBHBnAAIABHBnFgIGDig/aSlrY3AGBHBnAAIABHBnFgIGggMoP2kpKG5pY2V8aW5pY2lzfHRvc3N8a2FrYW98bmF2ZXJ8ZGFuYWx8a2ljY3xwYXljb3xwYXlwYWx8ZXhpbWJheXxzbWFydHJvfHNldHRsZXxrc25ldHx3ZWxjb21lfGRhb3V8cGF5cGxlfGJsdWV3YWxudXR8YWxpcGF5fG1vYmlsaWFuc3x1cGx1c3xoZWN0b3xwYXltZW50d2FsbHxqdG5ldHxzeXJ1cHxjaGFpfGdhbGF4aWF8c21pbGVwYXkpAggEcGcAAgAEcGcWAghCXmtjcChfYmlsbGluZyk/KFwuW0EtWmEtejAtOV0rKT8kAAAAAb4DYHBnYCB7dmFsdWV9IGlzIG5vdCBhIEtDUCBjaGFubmVsIGNvZGU6IHdyaXRlIGBrY3AuYCBmb2xsb3dlZCBieSB5b3VyIHNpdGUgY29kZSBmb3IgcGF5bWVudHMgKGUuZy4gYGtjcC5BTzA5Q2ApIG9yIGBrY3BfYmlsbGluZy5gIGZvbGxvd2VkIGJ5IGl0IGZvciBiaWxsaW5nIGtleXMgKGBrY3BfYmlsbGluZy5BTzA5Q2ApLCB3aXRoIGBrY3BgIGluIGxvd2VyIGNhc2UgYW5kIG5vIHNwYWNlc5gEYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIOyYrOuwlOuluCBLQ1Ag7LGE64SQIOy9lOuTnOqwgCDslYTri5nri4jri6QuIOydvOuwmOqysOygnOuKlCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCksIOu5jOunge2CpCDrsJzquInsnYAgYGtjcF9iaWxsaW5nLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwX2JpbGxpbmcuQU8wOUNgKSDtmJXsi53snLzroZwsIGBrY3Bg64qUIOyGjOusuOyekOuhnCDqs7XrsLEg7JeG7J20IOyeheugpe2VmOyEuOyalAAAugRUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBrY3Aue3NpdGUgY29kZX1gIGFuZCBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1gOyBQb3J0T25lJ3MgY29kZSBsaXN0IHNwZWxscyB0aGUgcHJvdmlkZXJzIGluIGxvd2VyIGNhc2UsIGFuZCBhIGBwZ2AgdGhhdCBtYXRjaGVzIG5vIGNoYW5uZWwgc2lsZW50bHkgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbC4gU3dhcHBlZCBjaGFubmVsIHR5cGVzIGFuZCBgey4uLn1gIHBsYWNlaG9sZGVycyBoYXZlIHRoZWlyIG93biBydWxlcy66BFRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYGtjcC57c2l0ZSBjb2RlfWAgYW5kIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWA7IFBvcnRPbmUncyBjb2RlIGxpc3Qgc3BlbGxzIHRoZSBwcm92aWRlcnMgaW4gbG93ZXIgY2FzZSwgYW5kIGEgYHBnYCB0aGF0IG1hdGNoZXMgbm8gY2hhbm5lbCBzaWxlbnRseSBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLiBTd2FwcGVkIGNoYW5uZWwgdHlwZXMgYW5kIGB7Li4ufWAgcGxhY2Vob2xkZXJzIGhhdmUgdGhlaXIgb3duIHJ1bGVzLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s3AYKJnBnLW1pc3NwZWx0LWdhdGV3YXlUYHBnYCBpcyBhIG1pc3NwZWx0IGNvZGUgb2YgYW5vdGhlciBnYXRld2F5UGBwZ2DqsIAg64uk66W4IFBH7IKs7J2YIOyemOuqu+uQnCDsvZTrk5wKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAEBAYEcGcAAgAEcGcWAgYOKD9pKWtjcAYEcGcAAgAEcGcWAgaCAyg/aSkobmljZXxpbmljaXN8dG9zc3xrYWthb3xuYXZlcnxkYW5hbHxraWNjfHBheWNvfHBheXBhbHxleGltYmF5fHNtYXJ0cm98c2V0dGxlfGtzbmV0fHdlbGNvbWV8ZGFvdXxwYXlwbGV8Ymx1ZXdhbG51dHxhbGlwYXl8bW9iaWxpYW5zfHVwbHVzfGhlY3RvfHBheW1lbnR3YWxsfGp0bmV0fHN5cnVwfGNoYWl8Z2FsYXhpYXxzbWlsZXBheSkCCARwZwACAARwZxYCCoIDKD9pKShuaWNlfGluaWNpc3x0b3NzfGtha2FvfG5hdmVyfGRhbmFsfGtpY2N8cGF5Y298cGF5cGFsfGV4aW1iYXl8c21hcnRyb3xzZXR0bGV8a3NuZXR8d2VsY29tZXxkYW91fHBheXBsZXxibHVld2FsbnV0fGFsaXBheXxtb2JpbGlhbnN8dXBsdXN8aGVjdG98cGF5bWVudHdhbGx8anRuZXR8c3lydXB8Y2hhaXxnYWxheGlhfHNtaWxlcGF5KQAAAAGsBWBwZ2Age3ZhbHVlfSBpcyBub3QgYSBQb3J0T25lIHByb3ZpZGVyIGNvZGUsIGJ1dCBpdCBuYW1lcyBhbm90aGVyIGdhdGV3YXk6IFBvcnRPbmUgbWF0Y2hlcyBubyBjaGFubmVsIGFuZCBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBvbmUuIFdyaXRlIHRoYXQgZ2F0ZXdheSdzIGNvZGUgZnJvbSBQb3J0T25lJ3MgUEcgY29kZSBsaXN0IChgaHRtbDVfaW5pY2lzYCwgYG5pY2VfdjJgLCBgdG9zc3BheW1lbnRzYCwgLi4uKSwgb3IgYGtjcC5gIGZvbGxvd2VkIGJ5IHlvdXIgc2l0ZSBjb2RlIChlLmcuIGBrY3AuQU8wOUNgKSBpZiB0aGUgcGF5bWVudCBpcyBtZWFudCBmb3IgTkhOIEtDUNoFYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIO2PrO2KuOybkCBQR+yCrCDsvZTrk5zqsIAg7JWE64uI7KeA66eMIOuLpOuluCBQR+yCrCDsnbTrpoTsnYQg64u06rOgIOyeiOyKteuLiOuLpC4g7J287LmY7ZWY64qUIOyxhOuEkOydtCDsl4bslrQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDroZwg6rKw7KCc65Cp64uI64ukLiDtlbTri7kgUEfsgqzsnZgg7L2U65OcKGBodG1sNV9pbmljaXNgLCBgbmljZV92MmAsIGB0b3NzcGF5bWVudHNgIOuTsSDtj6ztirjsm5AgUEfsgqwg7L2U65Oc7ZGcKeulvCDsk7DqsbDrgpgsIE5ITiBLQ1Ag6rKw7KCc652866m0IGBrY3Au7IKs7J207Yq47L2U65OcYCjsmIg6IGBrY3AuQU8wOUNgKeulvCDsk7DshLjsmpQAALwIQSBgcGdgIHZhbHVlIGlzIGB7cHJvdmlkZXJ9YCBvciBge3Byb3ZpZGVyfS57c3RvcmUgaWR9YCBmcm9tIFBvcnRPbmUncyBQRyBjb2RlIGxpc3QsIGFuZCBhIHZhbHVlIHRoYXQgbWF0Y2hlcyBubyBjaGFubmVsIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwuIEEgdmFsdWUgdGhhdCBob2xkcyBhbm90aGVyIGdhdGV3YXkncyBuYW1lIGJ1dCBpcyBub3QgaXRzIGNvZGUgKGBodG1sNV9uaWNlcGF5YCwgYGluaWNpc19odG1sNWAsIGB0b3NzX3BheW1lbnRzYCkgd2FzIG1lYW50IGZvciB0aGF0IGdhdGV3YXksIHNvIHRlbGxpbmcgaXRzIGF1dGhvciB0byB3cml0ZSBga2NwLntzaXRlIGNvZGV9YCAocGctZm9ybWF0J3MgYWR2aWNlKSB3b3VsZCBiZSB3cm9uZzsgdGhlIHBheWxvYWQgaXMgc3RpbGwgY2hlY2tlZCBhcyBLQ1AsIGJlY2F1c2UgdGhlIGZhbGxiYWNrIGNoYW5uZWwgbWF5IGJlIHRoZSBtZXJjaGFudCdzIEtDUCBvbmUuIEV4YWN0IGNvZGVzIG9mIG90aGVyIGdhdGV3YXlzIGFyZSBub3Qta2NwLWdhdGV3YXkncy68CEEgYHBnYCB2YWx1ZSBpcyBge3Byb3ZpZGVyfWAgb3IgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAgZnJvbSBQb3J0T25lJ3MgUEcgY29kZSBsaXN0LCBhbmQgYSB2YWx1ZSB0aGF0IG1hdGNoZXMgbm8gY2hhbm5lbCBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLiBBIHZhbHVlIHRoYXQgaG9sZHMgYW5vdGhlciBnYXRld2F5J3MgbmFtZSBidXQgaXMgbm90IGl0cyBjb2RlIChgaHRtbDVfbmljZXBheWAsIGBpbmljaXNfaHRtbDVgLCBgdG9zc19wYXltZW50c2ApIHdhcyBtZWFudCBmb3IgdGhhdCBnYXRld2F5LCBzbyB0ZWxsaW5nIGl0cyBhdXRob3IgdG8gd3JpdGUgYGtjcC57c2l0ZSBjb2RlfWAgKHBnLWZvcm1hdCdzIGFkdmljZSkgd291bGQgYmUgd3Jvbmc7IHRoZSBwYXlsb2FkIGlzIHN0aWxsIGNoZWNrZWQgYXMgS0NQLCBiZWNhdXNlIHRoZSBmYWxsYmFjayBjaGFubmVsIG1heSBiZSB0aGUgbWVyY2hhbnQncyBLQ1Agb25lLiBFeGFjdCBjb2RlcyBvZiBvdGhlciBnYXRld2F5cyBhcmUgbm90LWtjcC1nYXRld2F5J3MugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMj92PXYxARRLQ1AtQ0gtMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLIHCiRwZy1zaXRlLWNvZGUtc2hhcGUqVW51c3VhbCBLQ1Agc2l0ZSBjb2RlaEtDUCDsgqzsnbTtirjsvZTrk5wg7ZiV7Iud7J20IOydvOuwmOyggeydtOyngCDslYrsnYwIaW5mbwEBCCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAQGBHBnAAIABHBnFgIGPF5rY3AoX2JpbGxpbmcpP1wuW0EtWmEtejAtOV0rJAQGBHBnAAIABHBnFgIGcCg/aSlea2NwKF9iaWxsaW5nKT9cLihJTklwYXlUZXN0fElOSUJpbGxUc3R8aWFtcG9ydDAwbSkkAggEcGcAAgAEcGcWAgg6XmtjcChfYmlsbGluZyk/XC5bQS1aMC05XXs1fSQAAAABnAJ0aGUgc2l0ZSBjb2RlIGluIGBwZ2Age3ZhbHVlfSBpcyBub3QgNSB1cHBlci1jYXNlIGxldHRlcnMgb3IgZGlnaXRzIGxpa2UgYFQwMDAwYCBvciBgQU8wOUNgOiBjaGVjayBpdCBhZ2FpbnN0IHRoZSBLQ1Agc2l0ZSBjb2RlIGluIHRoZSBjb25zb2xl6AJgcGdgIOqwkiB7dmFsdWV97J2YIOyCrOydtO2KuOy9lOuTnOqwgCBgVDAwMDBgLCBgQU8wOUNg7LKY65+8IOyYgeusuCDrjIDrrLjsnpDCt+yIq+yekCA17J6Q66as6rCAIOyVhOuLmeuLiOuLpC4g7L2Y7IaU7JeQIOuTseuhneuQnCBLQ1Ag7IKs7J207Yq47L2U65Oc7JmAIOqwmeydgOyngCDtmZXsnbjtlZjshLjsmpQAAJYES0NQIHNpdGUgY29kZXMgc2VlbiBpbiBQb3J0T25lJ3MgZG9jcyBhbmQgcGxheWdyb3VuZCBhcmUgZml2ZSB1cHBlci1jYXNlIGFscGhhbnVtZXJpY3MgKHRoZSBwdWJsaWMgdGVzdCBjb2RlIGBUMDAwMGAsIGBBTzA5Q2ApLiBUaGUgZm9ybWF0IGl0c2VsZiBpcyBub3Qgc3BlY2lmaWVkLCBzbyBhIGRpZmZlcmVudCBzaGFwZSBpcyBvbmx5IHdvcnRoIGEgbG9vayAoaW5mbyksIGUuZy4gYSBsb3dlci1jYXNlZCBjb2RlIG9yIGEgZ3JvdXAgaWQgcGFzdGVkIGluc3RlYWQulgRLQ1Agc2l0ZSBjb2RlcyBzZWVuIGluIFBvcnRPbmUncyBkb2NzIGFuZCBwbGF5Z3JvdW5kIGFyZSBmaXZlIHVwcGVyLWNhc2UgYWxwaGFudW1lcmljcyAodGhlIHB1YmxpYyB0ZXN0IGNvZGUgYFQwMDAwYCwgYEFPMDlDYCkuIFRoZSBmb3JtYXQgaXRzZWxmIGlzIG5vdCBzcGVjaWZpZWQsIHNvIGEgZGlmZmVyZW50IHNoYXBlIGlzIG9ubHkgd29ydGggYSBsb29rIChpbmZvKSwgZS5nLiBhIGxvd2VyLWNhc2VkIGNvZGUgb3IgYSBncm91cCBpZCBwYXN0ZWQgaW5zdGVhZC6EAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9yZWFkeS9yZWFkbWU/dj12MQEUS0NQLUNILTAwNwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzyBwo+cGctc2l0ZS1jb2RlLWZyb20tb3RoZXItZ2F0ZXdheW5Bbm90aGVyIGdhdGV3YXkncyB0ZXN0IHN0b3JlIGlkIHVzZWQgYXMgYSBLQ1Agc2l0ZSBjb2RllAHri6TrpbggUEfsgqzsnZgg7YWM7Iqk7Yq4IOyDgeygkOyVhOydtOuUlOulvCBLQ1Ag7IKs7J207Yq47L2U65Oc66GcIOyCrOyaqQ53YXJuaW5nAQEIIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCARwZwACAARwZxYCCogCKD9pKV5rY3AoX2JpbGxpbmcpP1wuKElOSXBheVRlc3R8SU5JQmlsbFRzdHxpYW1wb3J0MDBtfFx7KElOSXBheVRlc3R8SU5JQmlsbFRzdHxpYW1wb3J0MDBtKVx9fDwoSU5JcGF5VGVzdHxJTklCaWxsVHN0fGlhbXBvcnQwMG0pPikkAAAAAeACYHBnYCB7dmFsdWV9IHB1dHMgYSBLRyBJbmljaXMgLyBnZW5lcmljIHNhbXBsZSBzdG9yZSBpZCBhZnRlciB0aGUgS0NQIGNoYW5uZWwgY29kZTogbm8gS0NQIGNoYW5uZWwgaGFzIGl0OyBwdXQgeW91ciBLQ1Agc2l0ZSBjb2RlIHRoZXJlIChLQ1AncyBwdWJsaWMgdGVzdCBzaXRlIGNvZGUgaXMgYFQwMDAwYCn+A2BwZ2Ag6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag7LGE64SQIOy9lOuTnCDrkqTsl5AgS0fsnbTri4jsi5zsiqTCt+uylOyaqSDsmIjsi5wg7IOB7KCQ7JWE7J2065SU66W8IOu2meyduCDqsJLsnoXri4jri6QuIOydtOufsCBLQ1Ag7LGE64SQ7J2AIOyXhuycvOuvgOuhnCDqt7gg7J6Q66as7JeQIEtDUCDsgqzsnbTtirjsvZTrk5woS0NQIOqzteyaqSDthYzsiqTtirgg7IKs7J207Yq47L2U65Oc64qUIGBUMDAwMGAp66W8IOyeheugpe2VmOyEuOyalAAApgVgSU5JcGF5VGVzdGAsIGBJTklCaWxsVHN0YCBhbmQgYGlhbXBvcnQwMG1gIGFyZSB0aGUgdGVzdCBzdG9yZSBpZHMgb2YgUG9ydE9uZSdzIGdlbmVyaWMgYW5kIEtHIEluaWNpcyBzYW1wbGVzIChgaHRtbDVfaW5pY2lzLklOSXBheVRlc3RgKTsgY29waWVkIGFmdGVyIGBrY3AuYCB0aGV5IG1hdGNoIG5vIEtDUCBjaGFubmVsLCBhbmQgYSBgcGdgIHRoYXQgbWF0Y2hlcyBubyBjaGFubmVsIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwuIFNlZW4gaW4gcHVibGljIG1lcmNoYW50IGNvZGUuIEtDUCdzIG93biBwdWJsaWMgdGVzdCBzaXRlIGNvZGUgaXMgYFQwMDAwYC6mBWBJTklwYXlUZXN0YCwgYElOSUJpbGxUc3RgIGFuZCBgaWFtcG9ydDAwbWAgYXJlIHRoZSB0ZXN0IHN0b3JlIGlkcyBvZiBQb3J0T25lJ3MgZ2VuZXJpYyBhbmQgS0cgSW5pY2lzIHNhbXBsZXMgKGBodG1sNV9pbmljaXMuSU5JcGF5VGVzdGApOyBjb3BpZWQgYWZ0ZXIgYGtjcC5gIHRoZXkgbWF0Y2ggbm8gS0NQIGNoYW5uZWwsIGFuZCBhIGBwZ2AgdGhhdCBtYXRjaGVzIG5vIGNoYW5uZWwgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbC4gU2VlbiBpbiBwdWJsaWMgbWVyY2hhbnQgY29kZS4gS0NQJ3Mgb3duIHB1YmxpYyB0ZXN0IHNpdGUgY29kZSBpcyBgVDAwMDBgLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARRLQ1AtQ0gtMDA3AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbK4ICiRwYXktbWV0aG9kLW5vdC1rY3A+YHBheV9tZXRob2RgIG5vdCBvZmZlcmVkIGJ5IEtDUFRLQ1Dsl5DshJwg7KeA7JuQ7ZWY7KeAIOyViuuKlCBgcGF5X21ldGhvZGAKZXJyb3IBAQIWc2RrLXBheW1lbnQBAAQEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQKBhRzYW1zdW5ncGF5BhpuYXZlcnBheV9jYXJkBhxuYXZlcnBheV9wb2ludAYYdG9zc3BheV9jYXJkBhp0b3NzcGF5X21vbmV5BhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgYEXFMCCBRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgImBghjYXJkBgp0cmFucwYKdmJhbmsGCnBob25lBhZjdWx0dXJlbGFuZAYYc21hcnRjdWx0dXJlBhJib29rbmxpZmUGFGhhcHB5bW9uZXkGDnNhbXN1bmcGCnBheWNvBghscGF5BhBrYWthb3BheQYQbmF2ZXJwYXkGHm5hdmVycGF5X2JyaWRnZQYMc3NncGF5BhBhcHBsZXBheQYOdG9zc3BheQYKcG9pbnQGEnJvY2tldHBheQAAAAHoAWBwYXlfbWV0aG9kYCB7dmFsdWV9IGlzIG5vdCBhIEtDUCBwYXltZW50IG1ldGhvZDogUG9ydE9uZSBvcGVucyB0aGUgcGxhaW4gY2FyZCB3aW5kb3cgaW5zdGVhZDsgdXNlIG9uZSBvZiB7ZXhwZWN0ZWR94gJgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Dsl5DshJwg7KeA7JuQ7ZWY64qUIOqysOygnOyImOuLqOydtCDslYTri5nri4jri6QuIOydtCDqsr3smrAg7J2867CYIOy5tOuTnCDqsrDsoJzssL3snbQg7Je066as66+A66GcIHtleHBlY3RlZH0g7KSRIO2VmOuCmOulvCDsnoXroKXtlZjshLjsmpQAAQAAUAYSIGFwcGxlcGF5BgogY2FyZAYSIGtha2FvcGF5BhIgbmF2ZXJwYXkGDCBwYXljbwYMIHBob25lBhAgc2Ftc3VuZwYQIHRvc3NwYXkGDCB0cmFucwYMIHZiYW5rBhBBUFBMRVBBWQYQQXBwbGVwYXkGCENBUkQGCENhcmQGEEtBS0FPUEFZBhBLYWthb3BheQYQTkFWRVJQQVkGEE5hdmVycGF5BgpQQVlDTwYKUEhPTkUGClBheWNvBgpQaG9uZQYOU0FNU1VORwYOU2Ftc3VuZwYOVE9TU1BBWQYKVFJBTlMGDlRvc3NwYXkGClRyYW5zBgpWQkFOSwYKVmJhbmsGEmFwcGxlcGF5IAYKY2FyZCAGEmtha2FvcGF5IAYSbmF2ZXJwYXkgBgxwYXljbyAGDHBob25lIAYQc2Ftc3VuZyAGEHRvc3NwYXkgBgx0cmFucyAGDHZiYW5rIFAGEGFwcGxlcGF5BghjYXJkBhBrYWthb3BheQYQbmF2ZXJwYXkGCnBheWNvBgpwaG9uZQYOc2Ftc3VuZwYOdG9zc3BheQYKdHJhbnMGCnZiYW5rBhBhcHBsZXBheQYQYXBwbGVwYXkGCGNhcmQGCGNhcmQGEGtha2FvcGF5BhBrYWthb3BheQYQbmF2ZXJwYXkGEG5hdmVycGF5BgpwYXljbwYKcGhvbmUGCnBheWNvBgpwaG9uZQYOc2Ftc3VuZwYOc2Ftc3VuZwYOdG9zc3BheQYKdHJhbnMGDnRvc3NwYXkGCnRyYW5zBgp2YmFuawYKdmJhbmsGEGFwcGxlcGF5BghjYXJkBhBrYWthb3BheQYQbmF2ZXJwYXkGCnBheWNvBgpwaG9uZQYOc2Ftc3VuZwYOdG9zc3BheQYKdHJhbnMGCnZiYW5rAWZ3cml0ZSB0aGUgbWV0aG9kIGNvZGUgaW4gbG93ZXIgY2FzZSwgd2l0aG91dCBzcGFjZXN26rKw7KCc7IiY64uoIOy9lOuTnOulvCDqs7XrsLEg7JeG7J20IOyGjOusuOyekOuhnCDsk7DshLjsmpQAvgdUaGUgc2V0IGlzIHRoZSB1bmlvbiBvZiB0aGUgS0NQIHBhZ2UncyB0d28gbGlzdHMgKHdpbmRvdyBtZXRob2RzIGFuZCB0aGUgYHBheV9tZXRob2RgIHBhcmFtZXRlciBsaXN0OiBgaGFwcHltb25leWAsIGBzc2dwYXlgLCBgbmF2ZXJwYXlfYnJpZGdlYCwgYHRvc3NwYXlgIGluY2x1ZGVkKSBwbHVzIGByb2NrZXRwYXlgIChhZGRlZCB0byB0aGUgcGFnZSBpbiBQUiAjMTExOCkuIFRoYXQgUFIgYWxzbyBzdGF0ZXMgdGhlIGNvbnNlcXVlbmNlOiBhbiB1bmtub3duIHZhbHVlIGlzIG5vdCByZWplY3RlZCwgdGhlIHBsYWluIGNhcmQgd2luZG93IG9wZW5zLCBzbyB0aGUgY3VzdG9tZXIgaXMgY2hhcmdlZCBieSBjYXJkIGZvciB3aGF0IHdhcyBtZWFudCBhcyBhbm90aGVyIG1ldGhvZC4gR2VuZXJpYyBhbGlhc2VzIHdpdGggYSBLQ1AgZXF1aXZhbGVudCBhcmUgcmVwb3J0ZWQgYnkgcGF5LW1ldGhvZC1hbGlhcyBpbnN0ZWFkLCB3aXRoIGEgZml4Lr4HVGhlIHNldCBpcyB0aGUgdW5pb24gb2YgdGhlIEtDUCBwYWdlJ3MgdHdvIGxpc3RzICh3aW5kb3cgbWV0aG9kcyBhbmQgdGhlIGBwYXlfbWV0aG9kYCBwYXJhbWV0ZXIgbGlzdDogYGhhcHB5bW9uZXlgLCBgc3NncGF5YCwgYG5hdmVycGF5X2JyaWRnZWAsIGB0b3NzcGF5YCBpbmNsdWRlZCkgcGx1cyBgcm9ja2V0cGF5YCAoYWRkZWQgdG8gdGhlIHBhZ2UgaW4gUFIgIzExMTgpLiBUaGF0IFBSIGFsc28gc3RhdGVzIHRoZSBjb25zZXF1ZW5jZTogYW4gdW5rbm93biB2YWx1ZSBpcyBub3QgcmVqZWN0ZWQsIHRoZSBwbGFpbiBjYXJkIHdpbmRvdyBvcGVucywgc28gdGhlIGN1c3RvbWVyIGlzIGNoYXJnZWQgYnkgY2FyZCBmb3Igd2hhdCB3YXMgbWVhbnQgYXMgYW5vdGhlciBtZXRob2QuIEdlbmVyaWMgYWxpYXNlcyB3aXRoIGEgS0NQIGVxdWl2YWxlbnQgYXJlIHJlcG9ydGVkIGJ5IHBheS1tZXRob2QtYWxpYXMgaW5zdGVhZCwgd2l0aCBhIGZpeC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOoICiBwYXktbWV0aG9kLWFsaWFzZkdlbmVyaWMgYHBheV9tZXRob2RgIGFsaWFzIGluc3RlYWQgb2YgdGhlIEtDUCB2YWx1ZWZLQ1Ag6rKw7KCc7IiY64uoIOy9lOuTnCDrjIDsi6Ag67KU7JqpIOy9lOuTnCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAACCBRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQEBhRzYW1zdW5ncGF5BhpuYXZlcnBheV9jYXJkAAAAAbQCYHBheV9tZXRob2RgIHt2YWx1ZX0gaXMgdGhlIGdlbmVyaWMgU0RLIGNvZGU7IHRoZSBLQ1AgcGFnZSB1c2VzIGl0cyBvd24gY29kZSBmb3IgdGhpcyBtZXRob2QgKGBzYW1zdW5nYCBmb3IgU2Ftc3VuZyBQYXksIGBuYXZlcnBheWAgZm9yIE5hdmVyIFBheSBieSBjYXJkKZYDYHBheV9tZXRob2RgIOqwkiB7dmFsdWV97J2AKOuKlCkg67KU7JqpIFNESyDsvZTrk5zsnoXri4jri6QuIEtDUCDrrLjshJzsl5DshJzripQg7J20IOqysOygnOyImOuLqOyXkCBLQ1Ag7KCE7JqpIOy9lOuTnCjsgrzshLHtjpjsnbQgYHNhbXN1bmdgLCDrhKTsnbTrsoTtjpjsnbQg7Lm065OcIOqysOygnCBgbmF2ZXJwYXlgKeulvCDsgqzsmqntlanri4jri6QAAQAABAYabmF2ZXJwYXlfY2FyZAYUc2Ftc3VuZ3BheQQGEG5hdmVycGF5Bg5zYW1zdW5nAT51c2UgdGhlIEtDUCBwYXltZW50IG1ldGhvZCBjb2RlQktDUCDqsrDsoJzsiJjri6gg7L2U65Oc66GcIOuzgOqyvQHGBlRoZSBTREsgcGFyYW1ldGVyIHJlZmVyZW5jZSBsaXN0cyBnZW5lcmljIGNvZGVzIChgc2Ftc3VuZ3BheWAsIGBuYXZlcnBheV9jYXJkYCkgd2hpbGUgdGhlIEtDUCBwYWdlIGxpc3RzIGBzYW1zdW5nYCBhbmQgYG5hdmVycGF5YCAoY2FyZCBwYXltZW50IGNhbGwpIGZvciB0aGUgc2FtZSBtZXRob2RzLiBXaGV0aGVyIFBvcnRPbmUgbWFwcyB0aGUgZ2VuZXJpYyBjb2RlcyBmb3IgS0NQIGlzIG5vdCBkb2N1bWVudGVkLCBhbmQgYW4gdW5tYXBwZWQgdmFsdWUgb3BlbnMgdGhlIHBsYWluIGNhcmQgd2luZG93LCBzbyB0aGlzIGlzIGEgd2FybmluZyB3aXRoIHRoZSBLQ1AgY29kZSBhcyB0aGUgZml4LiBHZW5lcmljIGNvZGVzIHdob3NlIG5lYXJlc3QgS0NQIG1ldGhvZCBpcyBicm9hZGVyIGFyZSBwYXktbWV0aG9kLWFsaWFzLWJyb2FkZXIuxgZUaGUgU0RLIHBhcmFtZXRlciByZWZlcmVuY2UgbGlzdHMgZ2VuZXJpYyBjb2RlcyAoYHNhbXN1bmdwYXlgLCBgbmF2ZXJwYXlfY2FyZGApIHdoaWxlIHRoZSBLQ1AgcGFnZSBsaXN0cyBgc2Ftc3VuZ2AgYW5kIGBuYXZlcnBheWAgKGNhcmQgcGF5bWVudCBjYWxsKSBmb3IgdGhlIHNhbWUgbWV0aG9kcy4gV2hldGhlciBQb3J0T25lIG1hcHMgdGhlIGdlbmVyaWMgY29kZXMgZm9yIEtDUCBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGFuIHVubWFwcGVkIHZhbHVlIG9wZW5zIHRoZSBwbGFpbiBjYXJkIHdpbmRvdywgc28gdGhpcyBpcyBhIHdhcm5pbmcgd2l0aCB0aGUgS0NQIGNvZGUgYXMgdGhlIGZpeC4gR2VuZXJpYyBjb2RlcyB3aG9zZSBuZWFyZXN0IEtDUCBtZXRob2QgaXMgYnJvYWRlciBhcmUgcGF5LW1ldGhvZC1hbGlhcy1icm9hZGVyLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1swAkKMHBheS1tZXRob2QtYWxpYXMtYnJvYWRlclZHZW5lcmljIGBwYXlfbWV0aG9kYCB3aXRoIG5vIGV4YWN0IEtDUCBjb2RlkgFLQ1Dsl5Ag7KCV7ZmV7Z6IIOuMgOydke2VmOuKlCDsvZTrk5zqsIAg7JeG64qUIOuylOyaqSDqsrDsoJzsiJjri6gg7L2U65OcDndhcm5pbmcBAQIWc2RrLXBheW1lbnQAAggUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIEBgYcbmF2ZXJwYXlfcG9pbnQGGHRvc3NwYXlfY2FyZAYadG9zc3BheV9tb25leQAAAAGKA2BwYXlfbWV0aG9kYCB7dmFsdWV9IGlzIGEgZ2VuZXJpYyBTREsgY29kZSB3aXRoIG5vIGV4YWN0IEtDUCBjb3VudGVycGFydDogdGhlIG5lYXJlc3QgS0NQIG1ldGhvZHMgYXJlIGJyb2FkZXIgKGBuYXZlcnBheV9icmlkZ2VgIGxldHMgdGhlIGJ1eWVyIGNob29zZSBjYXJkIG9yIHBvaW50cywgYHRvc3NwYXlgIGFueSBUb3NzIFBheSBzb3VyY2UphgRgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX3snYAo64qUKSDrspTsmqkgU0RLIOy9lOuTnOuhnCBLQ1Dsl5Ag7KCV7ZmV7Z6IIOuMgOydke2VmOuKlCDsvZTrk5zqsIAg7JeG7Iq164uI64ukLiDqsIDsnqUg6rCA6rmM7Jq0IEtDUCDqsrDsoJzsiJjri6jsnYAg642UIOuEk+yKteuLiOuLpCAoYG5hdmVycGF5X2JyaWRnZWDripQg7Lm065Ocwrftj6zsnbjtirgg7ISg7YOdLCBgdG9zc3BheWDripQg7Yag7Iqk7Y6Y7J207J2YIOuqqOuToCDqsrDsoJzsiJjri6gpAAEAAAYGHG5hdmVycGF5X3BvaW50Bhh0b3NzcGF5X2NhcmQGGnRvc3NwYXlfbW9uZXkGBh5uYXZlcnBheV9icmlkZ2UGDnRvc3NwYXkGDnRvc3NwYXkBiAF1c2UgdGhlIG5lYXJlc3QgS0NQIHBheW1lbnQgbWV0aG9kLCB3aGljaCBvZmZlcnMgbW9yZSB0aGFuIHRoaXMgY29kZaoB6rCA7J6lIOqwgOq5jOyatCBLQ1Ag6rKw7KCc7IiY64uo7Jy866GcIOuzgOqyvSAo7J20IOy9lOuTnOuztOuLpCDrhJPsnYAg6rKw7KCc7IiY64uoKQCuB1RoZSBTREsgcGFyYW1ldGVyIHJlZmVyZW5jZSBsaXN0cyBgbmF2ZXJwYXlfcG9pbnRgLCBgdG9zc3BheV9jYXJkYCBhbmQgYHRvc3NwYXlfbW9uZXlgOyB0aGUgS0NQIHBhZ2UgaGFzIG5vIHN1Y2ggY29kZXMsIG9ubHkgYG5hdmVycGF5X2JyaWRnZWAgKHRoZSBOYXZlciBQYXkgY2FyZC9wb2ludCBzZWxlY3RvcikgYW5kIGB0b3NzcGF5YC4gV2hldGhlciBQb3J0T25lIG1hcHMgdGhlIGdlbmVyaWMgY29kZXMgZm9yIEtDUCBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGFuIHVubWFwcGVkIHZhbHVlIG9wZW5zIHRoZSBwbGFpbiBjYXJkIHdpbmRvdywgc28gdGhpcyBpcyBhIHdhcm5pbmcuIFRoZSBzdWdnZXN0ZWQgY29kZSBsZXRzIHRoZSBidXllciBwYXkgaW4gbW9yZSB3YXlzIHRoYW4gdGhlIGdlbmVyaWMgb25lIGFza2VkIGZvciwgc28gYGNoZWNrIC0tZml4YCBhcHBsaWVzIGl0IG9ubHkgd2l0aCBgLS11bnNhZmUtZml4ZXNgLq4HVGhlIFNESyBwYXJhbWV0ZXIgcmVmZXJlbmNlIGxpc3RzIGBuYXZlcnBheV9wb2ludGAsIGB0b3NzcGF5X2NhcmRgIGFuZCBgdG9zc3BheV9tb25leWA7IHRoZSBLQ1AgcGFnZSBoYXMgbm8gc3VjaCBjb2Rlcywgb25seSBgbmF2ZXJwYXlfYnJpZGdlYCAodGhlIE5hdmVyIFBheSBjYXJkL3BvaW50IHNlbGVjdG9yKSBhbmQgYHRvc3NwYXlgLiBXaGV0aGVyIFBvcnRPbmUgbWFwcyB0aGUgZ2VuZXJpYyBjb2RlcyBmb3IgS0NQIGlzIG5vdCBkb2N1bWVudGVkLCBhbmQgYW4gdW5tYXBwZWQgdmFsdWUgb3BlbnMgdGhlIHBsYWluIGNhcmQgd2luZG93LCBzbyB0aGlzIGlzIGEgd2FybmluZy4gVGhlIHN1Z2dlc3RlZCBjb2RlIGxldHMgdGhlIGJ1eWVyIHBheSBpbiBtb3JlIHdheXMgdGhhbiB0aGUgZ2VuZXJpYyBvbmUgYXNrZWQgZm9yLCBzbyBgY2hlY2sgLS1maXhgIGFwcGxpZXMgaXQgb25seSB3aXRoIGAtLXVuc2FmZS1maXhlc2AulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVBNLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWz+CQo2cGF5LW1ldGhvZC1jb25mbGljdGluZy1kb2NzVGBwYXlfbWV0aG9kYCBsaXN0ZWQgaW5jb25zaXN0ZW50bHkgZm9yIEtDUHZLQ1Ag66y47ISc7JeQ7IScIOyngOybkCDsl6zrtoDqsIAg67aI67aE66qF7ZWcIGBwYXlfbWV0aG9kYA53YXJuaW5nAQECFnNkay1wYXltZW50AAQIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBAIGFGhhcHB5bW9uZXkB1gNgcGF5X21ldGhvZGAge3ZhbHVlfSBhcHBlYXJzIG9ubHkgaW4gdGhlIEtDUCBwYWdlJ3MgcGFyYW1ldGVyIGxpc3QsIG5vdCBhbW9uZyBpdHMgYXZhaWxhYmxlIG1ldGhvZHMgKFBvcnRPbmUncyBkb2NzIHJlbW92ZWQgYGhhcHB5bW9uZXlgIGluIDIwMjQgYW5kIGxpc3RlZCBpdCBhZ2FpbiBpbiAyMDI2KTogY29uZmlybSB3aXRoIFBvcnRPbmUgdGhhdCBpdCBpcyBlbmFibGVkIGZvciB5b3VyIEtDUCBjaGFubmVs5ARgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag66y47ISc7J2YIO2MjOudvOuvuO2EsCDrqqnroZ3sl5Drp4wg7J6I6rOgIOqwgOuKpe2VnCDqsrDsoJzsiJjri6gg66qp66Gd7JeQ64qUIOyXhuyKteuLiOuLpCAoYGhhcHB5bW9uZXlg64qUIDIwMjTrhYTsl5Ag66y47ISc7JeQ7IScIOyCreygnOuQmOyXiOuLpOqwgCAyMDI264WE7JeQIOuLpOyLnCDstpTqsIDrkJjsl4jsirXri4jri6QpLiDsgqzsmqkg7KSR7J24IEtDUCDssYTrhJDsl5DshJwg7KeA7JuQ65CY64qU7KeAIO2PrO2KuOybkOyXkCDtmZXsnbjtlZjshLjsmpQAAAgUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIEAgYMc3NncGF5AAAAAcICYHBheV9tZXRob2RgIHt2YWx1ZX0gYXBwZWFycyBvbmx5IGluIHRoZSBLQ1AgcGFnZSdzIHBhcmFtZXRlciBsaXN0LCBub3QgYW1vbmcgaXRzIGF2YWlsYWJsZSBtZXRob2RzOiBjb25maXJtIHdpdGggUG9ydE9uZSB0aGF0IGl0IGlzIGVuYWJsZWQgZm9yIHlvdXIgS0NQIGNoYW5uZWyaA2BwYXlfbWV0aG9kYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDrrLjshJzsnZgg7YyM652866+47YSwIOuqqeuhneyXkOunjCDsnojqs6Ag6rCA64ql7ZWcIOqysOygnOyImOuLqCDrqqnroZ3sl5DripQg7JeG7Iq164uI64ukLiDsgqzsmqkg7KSR7J24IEtDUCDssYTrhJDsl5DshJwg7KeA7JuQ65CY64qU7KeAIO2PrO2KuOybkOyXkCDtmZXsnbjtlZjshLjsmpQAAPIEVGhlIGN1cnJlbnQgS0NQIHBhZ2UgbGlzdHMgYGhhcHB5bW9uZXlgIGFuZCBgc3NncGF5YCBpbiB0aGUgYHBheV9tZXRob2RgIHBhcmFtZXRlciBsaXN0IGJ1dCBub3QgaW4gaXRzICJhdmFpbGFibGUgbWV0aG9kcyIgbGlzdDsgYGhhcHB5bW9uZXlgIHdhcyByZW1vdmVkIGZyb20gYWxsIHYxIGRvY3Mgb24gMjAyNC0wNy0yOSBhbmQgcmUtbGlzdGVkIG9uIDIwMjYtMDQtMjcuIFRoZSBzb3VyY2VzIGNvbmZsaWN0LCBzbyB0aGUgdmFsdWUgaXMgYWNjZXB0ZWQgYnkgcGF5LW1ldGhvZC1ub3Qta2NwIGFuZCBmbGFnZ2VkIGhlcmUgYXMgYSB3YXJuaW5nLvIEVGhlIGN1cnJlbnQgS0NQIHBhZ2UgbGlzdHMgYGhhcHB5bW9uZXlgIGFuZCBgc3NncGF5YCBpbiB0aGUgYHBheV9tZXRob2RgIHBhcmFtZXRlciBsaXN0IGJ1dCBub3QgaW4gaXRzICJhdmFpbGFibGUgbWV0aG9kcyIgbGlzdDsgYGhhcHB5bW9uZXlgIHdhcyByZW1vdmVkIGZyb20gYWxsIHYxIGRvY3Mgb24gMjAyNC0wNy0yOSBhbmQgcmUtbGlzdGVkIG9uIDIwMjYtMDQtMjcuIFRoZSBzb3VyY2VzIGNvbmZsaWN0LCBzbyB0aGUgdmFsdWUgaXMgYWNjZXB0ZWQgYnkgcGF5LW1ldGhvZC1ub3Qta2NwIGFuZCBmbGFnZ2VkIGhlcmUgYXMgYSB3YXJuaW5nLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1svgoKKHBheS1tZXRob2Qtcm9ja2V0cGF5NGByb2NrZXRwYXlgIGlzIG5ldyBmb3IgS0NQWGByb2NrZXRwYXlg64qUIOy1nOq3vCDstpTqsIDrkJwg6rKw7KCc7IiY64uoCGluZm8BAQIWc2RrLXBheW1lbnQAAggUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIEAgYScm9ja2V0cGF5AAAAAYACYHBheV9tZXRob2RgIGByb2NrZXRwYXlgIHdhcyBhZGRlZCB0byB0aGUgS0NQIHBhZ2UgaW4gQXVndXN0IDIwMjY6IG1ha2Ugc3VyZSBpdCBpcyBlbmFibGVkIGZvciB5b3VyIGNoYW5uZWwgYmVmb3JlIHJlbHlpbmcgb24gaXTCAmBwYXlfbWV0aG9kYCDqsJIgYHJvY2tldHBheWDripQgMjAyNuuFhCA47JuUIEtDUCDrrLjshJzsl5Ag7LaU6rCA65CcIOqysOygnOyImOuLqOyeheuLiOuLpC4g7IKs7JqpIOykkeyduCDssYTrhJDsl5DshJwg7J207JqpIOqwgOuKpe2VnOyngCDrqLzsoIAg7ZmV7J247ZWY7IS47JqUAAC6A2Byb2NrZXRwYXlgIHdhcyBhZGRlZCB0byB0aGUgdjEgS0NQIHBhZ2UgYnkgUFIgIzExMTggKG1lcmdlZCAyMDI2LTA4LTI3KSwgYWZ0ZXIgdGhlIHJlc3Qgb2YgdGhlIHBhZ2Ugd2FzIHNldHRsZWQ7IHRoZSBzYW1lIFBSIG5vdGVzIHRoYXQgYSB2YWx1ZSB0aGUgc2VydmVyIGRvZXMgbm90IGtub3cgb3BlbnMgdGhlIHBsYWluIGNhcmQgd2luZG93LiBBY2NlcHRlZCwgd2l0aCBhIG5vdGUuugNgcm9ja2V0cGF5YCB3YXMgYWRkZWQgdG8gdGhlIHYxIEtDUCBwYWdlIGJ5IFBSICMxMTE4IChtZXJnZWQgMjAyNi0wOC0yNyksIGFmdGVyIHRoZSByZXN0IG9mIHRoZSBwYWdlIHdhcyBzZXR0bGVkOyB0aGUgc2FtZSBQUiBub3RlcyB0aGF0IGEgdmFsdWUgdGhlIHNlcnZlciBkb2VzIG5vdCBrbm93IG9wZW5zIHRoZSBwbGFpbiBjYXJkIHdpbmRvdy4gQWNjZXB0ZWQsIHdpdGggYSBub3RlLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s/AoKJHBheS1tZXRob2QtbWlzc2luZyhgcGF5X21ldGhvZGAgbWlzc2luZyZgcGF5X21ldGhvZGAg64iE6529Dndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIAAhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAAAAAfABYHBheV9tZXRob2RgIGlzIG1pc3Npbmc6IHRoZSBjYXJkIHdpbmRvdyBvcGVucyBieSBkZWZhdWx0OyBzZXQgdGhlIG1ldGhvZCBleHBsaWNpdGx5IChhIGJpbGxpbmcta2V5IHdpbmRvdyB0YWtlcyBgY2FyZGApqgJgcGF5X21ldGhvZGDqsIAg7JeG7Iq164uI64ukLiDquLDrs7jqsJLsnLzroZwg7Lm065OcIOqysOygnOywveydtCDsl7Trpqzrr4DroZwg6rKw7KCc7IiY64uo7J2EIOuqheyLnO2VmOyEuOyalCAo67mM66eB7YKkIOuwnOq4iSDqsrDsoJzssL3snYAgYGNhcmRgKQAArARUaGUgS0NQIHBhZ2UgbGlzdHMgYHBheV9tZXRob2RgIGFtb25nIHRoZSBtYWluIHBhcmFtZXRlcnMgYW5kIGV2ZXJ5IEtDUCBleGFtcGxlIHNlbmRzIGl0OyB0aGUgU0RLIHJlZmVyZW5jZSBtYXJrcyBpdCBvcHRpb25hbCBhbmQgdGhlIGxlZ2FjeSBkZWZhdWx0IGlzIGBjYXJkYC4gQSBtaXNzaW5nIHZhbHVlIGlzIHVzdWFsbHkgYW4gb21pc3Npb24gKG9yIGEgbWlzc3BlbHQga2V5KSwgYW5kIHRoZSByZXN1bHQgKGNhcmQpIG1heSBub3QgYmUgd2hhdCB0aGUgYnV0dG9uIHByb21pc2VkLqwEVGhlIEtDUCBwYWdlIGxpc3RzIGBwYXlfbWV0aG9kYCBhbW9uZyB0aGUgbWFpbiBwYXJhbWV0ZXJzIGFuZCBldmVyeSBLQ1AgZXhhbXBsZSBzZW5kcyBpdDsgdGhlIFNESyByZWZlcmVuY2UgbWFya3MgaXQgb3B0aW9uYWwgYW5kIHRoZSBsZWdhY3kgZGVmYXVsdCBpcyBgY2FyZGAuIEEgbWlzc2luZyB2YWx1ZSBpcyB1c3VhbGx5IGFuIG9taXNzaW9uIChvciBhIG1pc3NwZWx0IGtleSksIGFuZCB0aGUgcmVzdWx0IChjYXJkKSBtYXkgbm90IGJlIHdoYXQgdGhlIGJ1dHRvbiBwcm9taXNlZC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKoLCi5iaWxsaW5nLXBheS1tZXRob2QtY2FyZG5CaWxsaW5nIGtleSB0aHJvdWdoIHRoZSB3aW5kb3cgbmVlZHMgYHBheV9tZXRob2Q6IGNhcmRgdOqysOygnOywvSDruYzrp4HtgqQg67Cc6riJ7J2AIGBwYXlfbWV0aG9kOiBjYXJkYOunjCDsp4Dsm5AKZXJyb3IBAQIec2RrLWJpbGxpbmcta2V5AAIIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBgYIY2FyZAAAAAHAAWBwYXlfbWV0aG9kYCB7dmFsdWV9IGNhbm5vdCBpc3N1ZSBhIGJpbGxpbmcga2V5IHRocm91Z2ggdGhlIEtDUCB3aW5kb3c6IG9ubHkgYGNhcmRgIGlzIHN1cHBvcnRlZPQBS0NQIOqysOygnOywvSDruYzrp4HtgqQg67Cc6riJ7J2AIGBjYXJkYOunjCDsp4Dsm5DrkJjrr4DroZwgYHBheV9tZXRob2RgIOqwkiB7dmFsdWV9KOycvCnroZzripQg67Cc6riJ7ZWgIOyImCDsl4bsirXri4jri6QAAQEGCGNhcmQAAAABFHVzZSBgY2FyZGAgYGNhcmRg66GcIOuzgOqyvQCCAlRoZSBLQ1AgcGFnZSdzICLqsrDsoJzssL0g67mM66eB7YKkIOuwnOq4iSIgbGlzdHMgYGNhcmRgIGFzIHRoZSBvbmx5IG1ldGhvZCBhbmQgaXRzIGV4YW1wbGUgY29tbWVudHMgIidjYXJkJ+unjCDsp4Dsm5DrkKnri4jri6QiLoICVGhlIEtDUCBwYWdlJ3MgIuqysOygnOywvSDruYzrp4HtgqQg67Cc6riJIiBsaXN0cyBgY2FyZGAgYXMgdGhlIG9ubHkgbWV0aG9kIGFuZCBpdHMgZXhhbXBsZSBjb21tZW50cyAiJ2NhcmQn66eMIOyngOybkOuQqeuLiOuLpCIulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVBNLTAwNgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzaCwo2YmlsbGluZy1hbW91bnQtZGlzcGxheS1vbmx5VkJpbGxpbmcta2V5IHdpbmRvdyBkb2VzIG5vdCBjaGFyZ2UgYGFtb3VudGBo67mM66eB7YKkIOuwnOq4iSDsi5wgYGFtb3VudGDripQg7Iq57J2465CY7KeAIOyViuydjAhpbmZvAQECHnNkay1iaWxsaW5nLWtleQAECAxhbW91bnQAAgAMYW1vdW50DAIOAAAAAAAAAAAAAjAAAAAIDGFtb3VudAACAAxhbW91bnQMAgoaXlsxLTldWzAtOV0qJAAAAAGUAmBhbW91bnRgIHt2YWx1ZX0gaXMgb25seSBzaG93biBpbiB0aGUgS0NQIGJpbGxpbmcta2V5IHdpbmRvdzsgbm90aGluZyBpcyBjaGFyZ2VkOiBjaGFyZ2UgbGF0ZXIgd2l0aCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluIG9yIC9zY2hlZHVsZZYDYGFtb3VudGAg6rCSIHt2YWx1ZX3snYAo64qUKSDqsrDsoJzssL3sl5Ag7ZGc7Iuc66eMIOuQmOqzoCDruYzrp4HtgqQg67Cc6riJIOyLnCDqsrDsoJzqsIAg7Iq57J2465CY7KeAIOyViuyKteuLiOuLpC4g6rKw7KCc64qUIOuwnOq4iSDtm4QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiDrmJDripQgL3NjaGVkdWxlIEFQSeuhnCDsmpTssq3tlZjshLjsmpQAAKAEVGhlIEtDUCBwYWdlOiAi6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDquIjslaEuIOuwnOq4iSDsmpTssq3si5zsl5DripQg6rKw7KCc6rCAIOyKueyduOuQmOyngCDslYrsirXri4jri6QiLCBhbmQgUG9ydE9uZSdzIGJpbGxpbmcgcnVsZXMgc2F5IGBrY3BfYmlsbGluZ2AgY2Fubm90IGNoYXJnZSB3aGlsZSBpc3N1aW5nLiBBIHBvc2l0aXZlIGFtb3VudCBpcyBhbGxvd2VkIGJ1dCBvZnRlbiBtZWFucyB0aGUgZmlyc3QgY2hhcmdlIHdhcyBleHBlY3RlZCB0byBoYXBwZW4gaGVyZS6gBFRoZSBLQ1AgcGFnZTogIuqysOygnOywveyXkCDtkZzsi5zrkKAg6riI7JWhLiDrsJzquIkg7JqU7LKt7Iuc7JeQ64qUIOqysOygnOqwgCDsirnsnbjrkJjsp4Ag7JWK7Iq164uI64ukIiwgYW5kIFBvcnRPbmUncyBiaWxsaW5nIHJ1bGVzIHNheSBga2NwX2JpbGxpbmdgIGNhbm5vdCBjaGFyZ2Ugd2hpbGUgaXNzdWluZy4gQSBwb3NpdGl2ZSBhbW91bnQgaXMgYWxsb3dlZCBidXQgb2Z0ZW4gbWVhbnMgdGhlIGZpcnN0IGNoYXJnZSB3YXMgZXhwZWN0ZWQgdG8gaGFwcGVuIGhlcmUulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUFNVC0wMDUAAQDg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1skAwKNGJpbGxpbmcta2V5LWVzY3Jvdy1pZ25vcmVkTmBlc2Nyb3dgIGhhcyBubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleVzruYzrp4HtgqQg67Cc6riJIOyLnCBgZXNjcm93YOuKlCDtmqjqs7wg7JeG7J2MCGluZm8BAQIec2RrLWJpbGxpbmcta2V5AAIIDGVzY3JvdwACAAxlc2Nyb3ckAgQCAgEAAAAB9AFgZXNjcm93OiB0cnVlYCBoYXMgbm8gZWZmZWN0IHdoZW4gaXNzdWluZyBhIGJpbGxpbmcga2V5OiBub3RoaW5nIGlzIGNoYXJnZWQgaW4gdGhlIEtDUCB3aW5kb3c7IGVzY3JvdyBiZWxvbmdzIHRvIGEgcGF5bWVudOAC67mM66eB7YKkIOuwnOq4iSDsi5zsl5DripQgYGVzY3JvdzogdHJ1ZWDqsIAg7Zqo6rO86rCAIOyXhuyKteuLiOuLpC4gS0NQIOqysOygnOywveyXkOyEnCDqsrDsoJzqsIAg7Iq57J2465CY7KeAIOyViuycvOupsCDsl5DsiqTtgazroZzripQg6rKw7KCc7JeQIOyggeyaqeuQmOuKlCDshKTsoJXsnoXri4jri6QAAPAFYGVzY3Jvd2AgaXMgYSBjb21tb24gSU1QLnJlcXVlc3RfcGF5IHBhcmFtZXRlciAoYm9vbGVhbiwgZGVmYXVsdCBmYWxzZSksIGFuZCB0aGUgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHNlbmQgYGVzY3JvdzogZmFsc2VgIHdpdGggZXZlcnkgcmVxdWVzdCwgYmlsbGluZyBrZXlzIGluY2x1ZGVkLCBzbyBmYWxzZSBpcyBhY2NlcHRlZC4gVGhlIEtDUCBwYWdlIHNheXMgYSBiaWxsaW5nLWtleSByZXF1ZXN0IGFwcHJvdmVzIG5vdGhpbmcsIHNvIGFuIGVzY3JvdyBmbGFnIHRoZXJlIHByb3RlY3RzIG5vdGhpbmc7IGB0cnVlYCB1c3VhbGx5IG1lYW5zIHRoZSBtZXJjaGFudCBleHBlY3RlZCB0aGUgZmlyc3QgY2hhcmdlIHRvIGhhcHBlbiBoZXJlLvAFYGVzY3Jvd2AgaXMgYSBjb21tb24gSU1QLnJlcXVlc3RfcGF5IHBhcmFtZXRlciAoYm9vbGVhbiwgZGVmYXVsdCBmYWxzZSksIGFuZCB0aGUgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHNlbmQgYGVzY3JvdzogZmFsc2VgIHdpdGggZXZlcnkgcmVxdWVzdCwgYmlsbGluZyBrZXlzIGluY2x1ZGVkLCBzbyBmYWxzZSBpcyBhY2NlcHRlZC4gVGhlIEtDUCBwYWdlIHNheXMgYSBiaWxsaW5nLWtleSByZXF1ZXN0IGFwcHJvdmVzIG5vdGhpbmcsIHNvIGFuIGVzY3JvdyBmbGFnIHRoZXJlIHByb3RlY3RzIG5vdGhpbmc7IGB0cnVlYCB1c3VhbGx5IG1lYW5zIHRoZSBtZXJjaGFudCBleHBlY3RlZCB0aGUgZmlyc3QgY2hhcmdlIHRvIGhhcHBlbiBoZXJlLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMoMCipzZGstYnV5ZXItdGVsLW1pc3NpbmcmYGJ1eWVyX3RlbGAgbWlzc2luZyRgYnV5ZXJfdGVsYCDriITrnb0IaW5mbwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgACEmJ1eWVyX3RlbAACABJidXllcl90ZWxSAAAAAZYCYGJ1eWVyX3RlbGAgaXMgbWlzc2luZzogc29tZSBnYXRld2F5cyBmYWlsIHdpdGhvdXQgdGhlIGJ1eWVyJ3MgcGhvbmUgbnVtYmVyLCBhbmQgUG9ydE9uZSdzIFJlYWN0IE5hdGl2ZSBhbmQgRmx1dHRlciBtb2R1bGVzIHJlZnVzZSB0aGUgY2FsbNACYGJ1eWVyX3RlbGDsnbQg7JeG7Iq164uI64ukLiDsnbzrtoAgUEfsgqzripQg6rWs66ek7J6QIOyXsOudveyymOqwgCDsl4bsnLzrqbQg6rKw7KCc6rCAIOyLpO2MqO2VmOupsCDtj6ztirjsm5AgUmVhY3QgTmF0aXZlwrdGbHV0dGVyIOuqqOuTiOydgCDtmLjstpzsnYQg6rGw67aA7ZWp64uI64ukAADmBlRoZSBTREsgcmVmZXJlbmNlIHNheXMgc29tZSBnYXRld2F5cyBmYWlsIHdoZW4gYGJ1eWVyX3RlbGAgaXMgbWlzc2luZzsgZXZlcnkgS0NQIGV4YW1wbGUgc2VuZHMgaXQsIGFuZCBQb3J0T25lJ3MgcGxheWdyb3VuZCwgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHRyZWF0IGl0IGFzIHJlcXVpcmVkLiBLQ1AncyBvd24gZG9jcyBkbyBub3QgbWFyayBpdCByZXF1aXJlZC4gU2V2ZXJpdHkgaW5mbywgbm90IHRoZSByZWZlcmVuY2UncyB3YXJuaW5nOiB0aGUgS0NQIHBhZ2UgbGlzdHMgYGJ1eWVyX3RlbGAgYXMgb3B0aW9uYWwsIHNvIGEgcGF5bG9hZCB0aGF0IGZvbGxvd3MgaXQgbXVzdCBub3QgZHJhdyBhIHdhcm5pbmc7IHRoZSBhZHZpY2Ugc3RhbmRzIGJlY2F1c2UgUG9ydE9uZSdzIHdyYXBwZXJzIHJlZnVzZSB0aGUgY2FsbCB3aXRob3V0IGl0LuYGVGhlIFNESyByZWZlcmVuY2Ugc2F5cyBzb21lIGdhdGV3YXlzIGZhaWwgd2hlbiBgYnV5ZXJfdGVsYCBpcyBtaXNzaW5nOyBldmVyeSBLQ1AgZXhhbXBsZSBzZW5kcyBpdCwgYW5kIFBvcnRPbmUncyBwbGF5Z3JvdW5kLCBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgdHJlYXQgaXQgYXMgcmVxdWlyZWQuIEtDUCdzIG93biBkb2NzIGRvIG5vdCBtYXJrIGl0IHJlcXVpcmVkLiBTZXZlcml0eSBpbmZvLCBub3QgdGhlIHJlZmVyZW5jZSdzIHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSBsaXN0cyBgYnV5ZXJfdGVsYCBhcyBvcHRpb25hbCwgc28gYSBwYXlsb2FkIHRoYXQgZm9sbG93cyBpdCBtdXN0IG5vdCBkcmF3IGEgd2FybmluZzsgdGhlIGFkdmljZSBzdGFuZHMgYmVjYXVzZSBQb3J0T25lJ3Mgd3JhcHBlcnMgcmVmdXNlIHRoZSBjYWxsIHdpdGhvdXQgaXQuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFktDUC1CVVktMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPoMCixzZGstYnV5ZXItZmllbGQtbGVuZ3RoTkJ1eWVyIGZpZWxkIGxvbmdlciB0aGFuIFBvcnRPbmUncyBsaW1pdGrqtazrp6TsnpAg7KCV67O06rCAIO2PrO2KuOybkCDquLjsnbQg7KCc7ZWc7J2EIOuEmOydjA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAKCBRidXllcl9uYW1lAAIAFGJ1eWVyX25hbWVUAhAAASABkgFgYnV5ZXJfbmFtZWAgaXMgbG9uZ2VyIHRoYW4gMTYgY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkgAFgYnV5ZXJfbmFtZWDsnbQg7Y+s7Yq47JuQIOygnO2VnCDquLjsnbTsnbggMTbsnpDrpbwg64SY7Iq164uI64ukAAAIFmJ1eWVyX2VtYWlsAAIAFmJ1eWVyX2VtYWlsVgIQAAGAAQGUAWBidXllcl9lbWFpbGAgaXMgbG9uZ2VyIHRoYW4gNjQgY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkggFgYnV5ZXJfZW1haWxg7J20IO2PrO2KuOybkCDsoJztlZwg6ri47J207J24IDY07J6Q66W8IOuEmOyKteuLiOuLpAAACBJidXllcl90ZWwAAgASYnV5ZXJfdGVsUgIQAAEgAZABYGJ1eWVyX3RlbGAgaXMgbG9uZ2VyIHRoYW4gMTYgY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkfmBidXllcl90ZWxg7J20IO2PrO2KuOybkCDsoJztlZwg6ri47J207J24IDE27J6Q66W8IOuEmOyKteuLiOuLpAAACBRidXllcl9hZGRyAAIAFGJ1eWVyX2FkZHJYAhAAAYACAZQBYGJ1eWVyX2FkZHJgIGlzIGxvbmdlciB0aGFuIDEyOCBjaGFyYWN0ZXJzLCBQb3J0T25lJ3MgbGltaXQgZm9yIHRoaXMgZmllbGSCAWBidXllcl9hZGRyYOydtCDtj6ztirjsm5Ag7KCc7ZWcIOq4uOydtOyduCAxMjjsnpDrpbwg64SY7Iq164uI64ukAAAIHGJ1eWVyX3Bvc3Rjb2RlAAIAHGJ1eWVyX3Bvc3Rjb2RlWgIQAAEQAZgBYGJ1eWVyX3Bvc3Rjb2RlYCBpcyBsb25nZXIgdGhhbiA4IGNoYXJhY3RlcnMsIFBvcnRPbmUncyBsaW1pdCBmb3IgdGhpcyBmaWVsZIYBYGJ1eWVyX3Bvc3Rjb2RlYOqwgCDtj6ztirjsm5Ag7KCc7ZWcIOq4uOydtOyduCA47J6Q66W8IOuEmOyKteuLiOuLpAAAAWpge2ZpZWxkfWAgaXMgbG9uZ2VyIHRoYW4gUG9ydE9uZSdzIGxpbWl0ICh7ZXhwZWN0ZWR9KYoBYHtmaWVsZH1g7J20KOqwgCkg7Y+s7Yq47JuQIOq4uOydtCDsoJztlZwoe2V4cGVjdGVkfSnsnYQg64SY7Iq164uI64ukAACoBVBvcnRPbmUncyB2MSBBUEkgc2NoZW1hIGxpbWl0cyBgYnV5ZXJfbmFtZWAgdG8gMTYsIGBidXllcl9lbWFpbGAgdG8gNjQsIGBidXllcl90ZWxgIHRvIDE2LCBgYnV5ZXJfYWRkcmAgdG8gMTI4IGFuZCBgYnV5ZXJfcG9zdGNvZGVgIHRvIDggY2hhcmFjdGVycy4gVGhlIGxpbWl0cyBhcmUgZG9jdW1lbnRlZCBmb3IgdGhlIFJFU1QgYm9kaWVzIG9ubHk7IHRoZSBTREsgcmVmZXJlbmNlIGdpdmVzIG5vbmUsIHNvIGZvciBJTVAucmVxdWVzdF9wYXkgdGhpcyBpcyBhIHdhcm5pbmcgKEtDUCBtYXkgY3V0IG9yIHJlamVjdCB0aGUgdmFsdWUpIHJhdGhlciB0aGFuIHRoZSBSRVNUIHJ1bGVzJyBlcnJvci6oBVBvcnRPbmUncyB2MSBBUEkgc2NoZW1hIGxpbWl0cyBgYnV5ZXJfbmFtZWAgdG8gMTYsIGBidXllcl9lbWFpbGAgdG8gNjQsIGBidXllcl90ZWxgIHRvIDE2LCBgYnV5ZXJfYWRkcmAgdG8gMTI4IGFuZCBgYnV5ZXJfcG9zdGNvZGVgIHRvIDggY2hhcmFjdGVycy4gVGhlIGxpbWl0cyBhcmUgZG9jdW1lbnRlZCBmb3IgdGhlIFJFU1QgYm9kaWVzIG9ubHk7IHRoZSBTREsgcmVmZXJlbmNlIGdpdmVzIG5vbmUsIHNvIGZvciBJTVAucmVxdWVzdF9wYXkgdGhpcyBpcyBhIHdhcm5pbmcgKEtDUCBtYXkgY3V0IG9yIHJlamVjdCB0aGUgdmFsdWUpIHJhdGhlciB0aGFuIHRoZSBSRVNUIHJ1bGVzJyBlcnJvci56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLUJVWS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1srA0KHnNkay1uYW1lLWxlbmd0aEhPcmRlciBuYW1lIGxvbmdlciB0aGFuIDQwIGNoYXJhY3RlcnM47KO866y466qF7J20IDQw7J6Q66W8IOuEmOydjA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCAhuYW1lAAIACG5hbWVcAhAAAVAAAAABygFgbmFtZWAgaXMgbG9uZ2VyIHRoYW4gNDAgY2hhcmFjdGVyczogdGhlIFNESyByZWZlcmVuY2UgYXNrcyBmb3IgNDAgYXQgbW9zdCwgYW5kIHRoZSB3aW5kb3cgbWF5IGN1dCBpdPIBYG5hbWVg7J20IDQw7J6Q66W8IOuEmOyKteuLiOuLpC4g7KO866y466qF7J2AIDQw7J6QIOydtOuCtOuhnCDsnpHshLHtlbTslbwg7ZWY66mwIOqysOygnOywveyXkOyEnCDsnpjrprQg7IiYIOyeiOyKteuLiOuLpAAArANUaGUgU0RLIHJlZmVyZW5jZSBzYXlzICI0MOyekCDsnbTrgrTroZwg7J6R7ISx7ZW07KO87IS47JqUIiBmb3IgYG5hbWVgLCBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIGhhcyBtYXhMZW5ndGggNDAuIEZvciBJTVAucmVxdWVzdF9wYXkgdGhlIGNvbnNlcXVlbmNlIGlzIG5vdCBkb2N1bWVudGVkICh0aGUgUkVTVCBydWxlIGlzIGFuIGVycm9yKSwgc28gYSB3YXJuaW5nIGhlcmUurANUaGUgU0RLIHJlZmVyZW5jZSBzYXlzICI0MOyekCDsnbTrgrTroZwg7J6R7ISx7ZW07KO87IS47JqUIiBmb3IgYG5hbWVgLCBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIGhhcyBtYXhMZW5ndGggNDAuIEZvciBJTVAucmVxdWVzdF9wYXkgdGhlIGNvbnNlcXVlbmNlIGlzIG5vdCBkb2N1bWVudGVkICh0aGUgUkVTVCBydWxlIGlzIGFuIGVycm9yKSwgc28gYSB3YXJuaW5nIGhlcmUuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGEtDUC1OQU1FLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWz6DQocc2RrLW5hbWUtYnl0ZXNIT3JkZXIgbmFtZSBvdmVyIEtDUCdzIDEwMC1ieXRlIGxpbWl0XOyjvOusuOuqheydtCBLQ1Ag7KCc7ZWcIDEwMOuwlOydtO2KuOulvCDrhJjsnYwIaW5mbwEBAhZzZGstcGF5bWVudAEGCG5hbWUAAgAIbmFtZVwCDAABUAIICG5hbWUAAgAIbmFtZVwCEgAByAEAAAAB4AFgbmFtZWAgdGFrZXMgbW9yZSB0aGFuIDEwMCBieXRlcyBpbiBVVEYtODogaWYgS0NQIHJlY2VpdmVzIGl0IGluIFVURi04LCBpdHMgMTAwLWJ5dGUgb3JkZXItbmFtZSBsaW1pdCBtYXkgY3V0IGl0pgJgbmFtZWDsnbQgVVRGLTgg6riw7KSAIDEwMOuwlOydtO2KuOulvCDrhJjsirXri4jri6QuIEtDUOqwgCBVVEYtOOuhnCDrsJvripQg6rK97JqwIOyjvOusuOuqhSDtlZzrj4QoMTAw67CU7J207Yq4KeyXkCDqsbjroKQg7J6Y66a0IOyImCDsnojsirXri4jri6QAAI4HUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2UgZ2l2ZXMgS0NQJ3Mgb3duIGxpbWl0IGZvciB0aGUgb3JkZXIgbmFtZSBhcyAxMDAgYnl0ZXM7IEtvcmVhbiBzeWxsYWJsZXMgdGFrZSAzIGJ5dGVzIGluIFVURi04LCBzbyBhIDM0LTQwIGNoYXJhY3RlciBLb3JlYW4gbmFtZSBwYXNzZXMgUG9ydE9uZSdzIDQwLWNoYXJhY3RlciBsaW1pdCBhbmQgc3RpbGwgZXhjZWVkcyBLQ1Ancy4gSW5mbywgbm90IHRoZSByZWZlcmVuY2UncyB3YXJuaW5nLCBhcyBuYW1lLXRvby1tYW55LWJ5dGVzIG9uIHRoZSBSRVNUIGJvZGllczogS0NQJ3MgYnl0ZSBlbmNvZGluZyBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGluIEVVQy1LUiwgS0NQJ3MgdHJhZGl0aW9uYWwgZW5jb2RpbmcsIDQwIEhhbmd1bCBhcmUgb25seSA4MCBieXRlcy4gTmFtZXMgb3ZlciA0MCBjaGFyYWN0ZXJzIGFyZSBsZWZ0IHRvIHNkay1uYW1lLWxlbmd0aC6OB1BvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIGdpdmVzIEtDUCdzIG93biBsaW1pdCBmb3IgdGhlIG9yZGVyIG5hbWUgYXMgMTAwIGJ5dGVzOyBLb3JlYW4gc3lsbGFibGVzIHRha2UgMyBieXRlcyBpbiBVVEYtOCwgc28gYSAzNC00MCBjaGFyYWN0ZXIgS29yZWFuIG5hbWUgcGFzc2VzIFBvcnRPbmUncyA0MC1jaGFyYWN0ZXIgbGltaXQgYW5kIHN0aWxsIGV4Y2VlZHMgS0NQJ3MuIEluZm8sIG5vdCB0aGUgcmVmZXJlbmNlJ3Mgd2FybmluZywgYXMgbmFtZS10b28tbWFueS1ieXRlcyBvbiB0aGUgUkVTVCBib2RpZXM6IEtDUCdzIGJ5dGUgZW5jb2RpbmcgaXMgbm90IGRvY3VtZW50ZWQsIGFuZCBpbiBFVUMtS1IsIEtDUCdzIHRyYWRpdGlvbmFsIGVuY29kaW5nLCA0MCBIYW5ndWwgYXJlIG9ubHkgODAgYnl0ZXMuIE5hbWVzIG92ZXIgNDAgY2hhcmFjdGVycyBhcmUgbGVmdCB0byBzZGstbmFtZS1sZW5ndGguhAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjIva2NwLXYyP3Y9djIBGEtDUC1OQU1FLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyoDgoycGhvbmUtcmVxdWlyZXMtYnV5ZXItbmFtZUBQaG9uZSBwYXltZW50IG5lZWRzIGBidXllcl9uYW1lYFztnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCBgYnV5ZXJfbmFtZWAg7ZWE7IiYCmVycm9yAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgpwaG9uZQIAAhRidXllcl9uYW1lAAIAFGJ1eWVyX25hbWVUAAAAAYwBYGJ1eWVyX25hbWVgIGlzIHJlcXVpcmVkIGZvciBhIEtDUCBwaG9uZSBwYXltZW50IChgcGF5X21ldGhvZDogcGhvbmVgKXTtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCBgYnV5ZXJfbmFtZWDsnYAg7ZWE7IiY7J6F64uI64ukAADUBFRoZSBLQ1AgcGFnZTogIu2ctOuMgO2PsCDshozslaHqsrDsoJzsi5wgYGJ1eWVyX25hbWVg6rO8IGBieXBhc3Muc2hvcF91c2VyX2lkYCDtjIzrnbzrr7jthLDrpbwg7ZWE7IiYIOyeheugpe2VtOyVvO2VqeuLiOuLpCIuIEtDUCBhbnN3ZXJzIGEgbWlzc2luZyBidXllciBuYW1lIHdpdGggcmVzdWx0IGNvZGUgOTAxMS4gUG9ydE9uZSdzIHBsYXlncm91bmQgdHJpYWwgcHJlc2V0IG9taXRzIGl0LCBidXQgdGhhdCBydW5zIG9uIHRoZSBwdWJsaWMgdGVzdCBjaGFubmVsIGFuZCBkb2VzIG5vdCBvdmVycmlkZSB0aGUgcGFnZS7UBFRoZSBLQ1AgcGFnZTogIu2ctOuMgO2PsCDshozslaHqsrDsoJzsi5wgYGJ1eWVyX25hbWVg6rO8IGBieXBhc3Muc2hvcF91c2VyX2lkYCDtjIzrnbzrr7jthLDrpbwg7ZWE7IiYIOyeheugpe2VtOyVvO2VqeuLiOuLpCIuIEtDUCBhbnN3ZXJzIGEgbWlzc2luZyBidXllciBuYW1lIHdpdGggcmVzdWx0IGNvZGUgOTAxMS4gUG9ydE9uZSdzIHBsYXlncm91bmQgdHJpYWwgcHJlc2V0IG9taXRzIGl0LCBidXQgdGhhdCBydW5zIG9uIHRoZSBwdWJsaWMgdGVzdCBjaGFubmVsIGFuZCBkb2VzIG5vdCBvdmVycmlkZSB0aGUgcGFnZS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUEhPTkUtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbN4OCjZwaG9uZS1yZXF1aXJlcy1zaG9wLXVzZXItaWRSUGhvbmUgcGF5bWVudCBuZWVkcyBgYnlwYXNzLnNob3BfdXNlcl9pZGBu7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIO2VhOyImAplcnJvcgEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKcGhvbmUCAAImYnlwYXNzLnNob3BfdXNlcl9pZAAEAAxieXBhc3NOABhzaG9wX3VzZXJfaWReAAAAAbABYGJ5cGFzcy5zaG9wX3VzZXJfaWRgICh5b3VyIG1lbWJlciBJRCBmb3IgdGhlIGJ1eWVyKSBpcyByZXF1aXJlZCBmb3IgYSBLQ1AgcGhvbmUgcGF5bWVudLAB7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgKOqzoOqwneyCrCDtmozsm5AgSUQp64qUIO2VhOyImOyeheuLiOuLpAAA2gJUaGUgS0NQIHBhZ2UgcmVxdWlyZXMgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIGZvciBwaG9uZSBwYXltZW50cyAoUG9ydE9uZSBQUiAjODgwKTsgS0NQIHVzZXMgdGhlIG1lbWJlciBJRCBmb3IgcmlzayBtYW5hZ2VtZW50IGFuZCBhbnN3ZXJzIGEgbWlzc2luZyBvbmUgd2l0aCByZXN1bHQgY29kZSA5MDU1LtoCVGhlIEtDUCBwYWdlIHJlcXVpcmVzIGBieXBhc3Muc2hvcF91c2VyX2lkYCBmb3IgcGhvbmUgcGF5bWVudHMgKFBvcnRPbmUgUFIgIzg4MCk7IEtDUCB1c2VzIHRoZSBtZW1iZXIgSUQgZm9yIHJpc2sgbWFuYWdlbWVudCBhbmQgYW5zd2VycyBhIG1pc3Npbmcgb25lIHdpdGggcmVzdWx0IGNvZGUgOTA1NS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUEhPTkUtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJQPCixwaG9uZS1yZXF1aXJlcy1kaWdpdGFsPlBob25lIHBheW1lbnQgd2l0aG91dCBgZGlnaXRhbGBW7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGRpZ2l0YWxgIOuIhOudvQhpbmZvAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgpwaG9uZQIAAg5kaWdpdGFsAAIADmRpZ2l0YWwwAAAAAYwCYGRpZ2l0YWxgIGlzIG1pc3Npbmc6IHRoZSBTREsgcmVmZXJlbmNlIHJlcXVpcmVzIGl0IGZvciBwaG9uZSBwYXltZW50cyAodHJ1ZSBmb3IgZGlnaXRhbCBnb29kcywgZmFsc2UgZm9yIHBoeXNpY2FsIGdvb2RzOyBmZWVzIGRpZmZlcimaA2BkaWdpdGFsYOydtCDsl4bsirXri4jri6QuIO2PrO2KuOybkCBTREsg66y47ISc64qUIO2ctOuMgO2PsCDshozslaHqsrDsoJzsl5Ag7J20IOqwkuydhCDtlYTsiJjroZwg7JWI64K07ZWp64uI64ukICjrlJTsp4DthLgg7IOB7ZKI7J2066m0IHRydWUsIOyLpOusvCDsg4HtkojsnbTrqbQgZmFsc2XsnbTrqbAg7IiY7IiY66OM7Jyo7J20IOuLpOumheuLiOuLpCkAAOwFVGhlIFNESyByZWZlcmVuY2Ugc2F5cyBgZGlnaXRhbGAgaXMgcmVxdWlyZWQgZm9yIHBob25lIHBheW1lbnRzIGFuZCB0aGF0IHJlYWwgYW5kIGRpZ2l0YWwgZ29vZHMgYXJlIGNoYXJnZWQgZGlmZmVyZW50IGZlZXM7IFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgcmVmdXNlIGBwaG9uZWAgd2l0aG91dCBpdC4gU2V2ZXJpdHkgaW5mbywgbm90IHRoZSByZWZlcmVuY2UncyB3YXJuaW5nOiB0aGUgS0NQIHBhZ2UncyBvd24gcGhvbmUtcGF5bWVudCBleGFtcGxlIG9taXRzIGBkaWdpdGFsYDsgdGhlIGdlbmVyaWMgU0RLIHJlZmVyZW5jZSByZXF1aXJlcyBpdCwgc28ga2NwbGludCBhZHZpc2VzIGl0IHdpdGhvdXQgd2FybmluZy7sBVRoZSBTREsgcmVmZXJlbmNlIHNheXMgYGRpZ2l0YWxgIGlzIHJlcXVpcmVkIGZvciBwaG9uZSBwYXltZW50cyBhbmQgdGhhdCByZWFsIGFuZCBkaWdpdGFsIGdvb2RzIGFyZSBjaGFyZ2VkIGRpZmZlcmVudCBmZWVzOyBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHJlZnVzZSBgcGhvbmVgIHdpdGhvdXQgaXQuIFNldmVyaXR5IGluZm8sIG5vdCB0aGUgcmVmZXJlbmNlJ3Mgd2FybmluZzogdGhlIEtDUCBwYWdlJ3Mgb3duIHBob25lLXBheW1lbnQgZXhhbXBsZSBvbWl0cyBgZGlnaXRhbGA7IHRoZSBnZW5lcmljIFNESyByZWZlcmVuY2UgcmVxdWlyZXMgaXQsIHNvIGtjcGxpbnQgYWR2aXNlcyBpdCB3aXRob3V0IHdhcm5pbmcuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGktDUC1QSE9ORS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sxA8KNnBob25lLXByZWZpbGwtbW9iaWxlLW51bWJlclhgcHJlZmlsbC5waG9uZU51bWJlcmAgaXMgbm90IGEgbW9iaWxlIG51bWJlcmZgcHJlZmlsbC5waG9uZU51bWJlcmDqsIAg7Zy064yA7Y+wIOuyiO2YuOqwgCDslYTri5gOd2FybmluZwEBAhZzZGstcGF5bWVudAEGJnByZWZpbGwucGhvbmVOdW1iZXIABAAOcHJlZmlsbCgAFnBob25lTnVtYmVyYAIGBFxTAggmcHJlZmlsbC5waG9uZU51bWJlcgAEAA5wcmVmaWxsKAAWcGhvbmVOdW1iZXJgAghEXjAxWzAxNjc4OV1bLSBdP1xkezMsNH1bLSBdP1xkezR9JAAAAAGoAmBwcmVmaWxsLnBob25lTnVtYmVyYCB7dmFsdWV9IGlzIG5vdCBhIEtvcmVhbiBtb2JpbGUgbnVtYmVyIHN1Y2ggYXMgMDEwMTIzNDU2Nzg6IHRoZSBwaG9uZS1wYXltZW50IHdpbmRvdyB3b3VsZCBiZSBmaXhlZCB0byBhIG51bWJlciB0aGF0IGNhbm5vdCBwYXnWAmBwcmVmaWxsLnBob25lTnVtYmVyYCDqsJIge3ZhbHVlfeydgCjripQpIDAxMDEyMzQ1Njc4IOqwmeydgCDtnLTrjIDtj7Ag67KI7Zi46rCAIOyVhOuLmeuLiOuLpC4g7Zy064yA7Y+wIOyGjOyVoeqysOygnCDssL3sl5Ag6rKw7KCc7ZWgIOyImCDsl4bripQg67KI7Zi46rCAIOqzoOygleuQqeuLiOuLpAAAggRUaGUgS0NQIHBhZ2U6IGBwcmVmaWxsLnBob25lTnVtYmVyYCBmaXhlcyB0aGUgbnVtYmVyIHVzZWQgYnkgdGhlIHBob25lIChtaWNyb3BheW1lbnQpIHdpbmRvdy4gUGhvbmUgbWljcm9wYXltZW50cyBhcmUgYmlsbGVkIHRvIGEgS29yZWFuIG1vYmlsZSBsaW5lICgwMTAsIDAxMSwgMDE2LTAxOSksIHNvIGEgbGFuZGxpbmUsIGFuIGludGVybmF0aW9uYWwgZm9ybSBvciBhIHRydW5jYXRlZCBudW1iZXIgY2Fubm90IGNvbXBsZXRlIHRoZSBwYXltZW50LoIEVGhlIEtDUCBwYWdlOiBgcHJlZmlsbC5waG9uZU51bWJlcmAgZml4ZXMgdGhlIG51bWJlciB1c2VkIGJ5IHRoZSBwaG9uZSAobWljcm9wYXltZW50KSB3aW5kb3cuIFBob25lIG1pY3JvcGF5bWVudHMgYXJlIGJpbGxlZCB0byBhIEtvcmVhbiBtb2JpbGUgbGluZSAoMDEwLCAwMTEsIDAxNi0wMTkpLCBzbyBhIGxhbmRsaW5lLCBhbiBpbnRlcm5hdGlvbmFsIGZvcm0gb3IgYSB0cnVuY2F0ZWQgbnVtYmVyIGNhbm5vdCBjb21wbGV0ZSB0aGUgcGF5bWVudC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUEhPTkUtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPQPCjJwaG9uZS1wcmVmaWxsLWRpZ2l0cy1vbmx5SmBwcmVmaWxsLnBob25lTnVtYmVyYCB3aXRoIHNlcGFyYXRvcnNaYHByZWZpbGwucGhvbmVOdW1iZXJg7JeQIOq1rOu2hCDquLDtmLgg7Y+s7ZWoCGluZm8BAQIWc2RrLXBheW1lbnQBBiZwcmVmaWxsLnBob25lTnVtYmVyAAQADnByZWZpbGwoABZwaG9uZU51bWJlcmACBkReMDFbMDE2Nzg5XVstIF0/XGR7Myw0fVstIF0/XGR7NH0kAggmcHJlZmlsbC5waG9uZU51bWJlcgAEAA5wcmVmaWxsKAAWcGhvbmVOdW1iZXJgAggKXlxkKyQAAAABsAJgcHJlZmlsbC5waG9uZU51bWJlcmAge3ZhbHVlfSBjb250YWlucyBoeXBoZW5zIG9yIHNwYWNlczogdGhlIEtDUCBwYWdlIGdpdmVzIG5vIGZvcm1hdCwgYnV0IHNlbmQgZGlnaXRzIG9ubHkgKDAxMDEyMzQ1Njc4KSwgYXMgUG9ydE9uZSdzIERhbmFsIHBhZ2UgYXNrc/wCYHByZWZpbGwucGhvbmVOdW1iZXJgIOqwkiB7dmFsdWV97J2AKOuKlCkg7ZWY7J207ZSI7J2064KYIOqzteuwseydhCDtj6ztlajtlanri4jri6QuIEtDUCDrrLjshJzsl5DripQg7ZiV7Iud7J20IOyXhuyngOunjCDtj6ztirjsm5Ag64uk64KgIOusuOyEnOyymOufvCDsiKvsnpDrp4woMDEwMTIzNDU2NzgpIOyeheugpe2VmOyEuOyalAAA+AJUaGUgS0NQIHBhZ2UgZG9lcyBub3QgZ2l2ZSBhIGZvcm1hdCBmb3IgYHByZWZpbGwucGhvbmVOdW1iZXJgOyBQb3J0T25lJ3MgRGFuYWwgcGFnZSwgdGhlIG90aGVyIHYxIGdhdGV3YXkgd2l0aCB0aGlzIHBhcmFtZXRlciwgYXNrcyBmb3IgZGlnaXRzIHdpdGhvdXQgaHlwaGVucy4gQnkgYW5hbG9neSBvbmx5LCBoZW5jZSBpbmZvLvgCVGhlIEtDUCBwYWdlIGRvZXMgbm90IGdpdmUgYSBmb3JtYXQgZm9yIGBwcmVmaWxsLnBob25lTnVtYmVyYDsgUG9ydE9uZSdzIERhbmFsIHBhZ2UsIHRoZSBvdGhlciB2MSBnYXRld2F5IHdpdGggdGhpcyBwYXJhbWV0ZXIsIGFza3MgZm9yIGRpZ2l0cyB3aXRob3V0IGh5cGhlbnMuIEJ5IGFuYWxvZ3kgb25seSwgaGVuY2UgaW5mby6CAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9kYW5hbD92PXYxARpLQ1AtUEhPTkUtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKwQCjRnaWZ0LXJlcXVpcmVzLXNob3AtdXNlci1pZFhHaWZ0IGNlcnRpZmljYXRlIG5lZWRzIGBieXBhc3Muc2hvcF91c2VyX2lkYGLsg4Htkojqtowg6rKw7KCcIOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGAg7ZWE7IiYCmVycm9yAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIECAYWY3VsdHVyZWxhbmQGGHNtYXJ0Y3VsdHVyZQYSYm9va25saWZlBhRoYXBweW1vbmV5AgACJmJ5cGFzcy5zaG9wX3VzZXJfaWQABAAMYnlwYXNzTgAYc2hvcF91c2VyX2lkXgAAAAH6AWBieXBhc3Muc2hvcF91c2VyX2lkYCAoeW91ciBtZW1iZXIgSUQgZm9yIHRoZSBidXllcikgaXMgcmVxdWlyZWQgZm9yIGEgZ2lmdC1jZXJ0aWZpY2F0ZSBwYXltZW50IChgcGF5X21ldGhvZGAge3RyaWdnZXJWYWx1ZX0p3gHsg4Htkojqtowg6rKw7KCcKGBwYXlfbWV0aG9kYCB7dHJpZ2dlclZhbHVlfSkg7IucIGBieXBhc3Muc2hvcF91c2VyX2lkYCjqs6DqsJ3sgqwg7ZqM7JuQIElEKeuKlCDtlYTsiJjsnoXri4jri6QAAIYEVGhlIEtDUCBwYWdlOiAi7IOB7ZKI6raMIOqysOygnOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGDtjIzrnbzrr7jthLDrpbwg7ZWE7IiYIOyeheugpe2VtOyVvO2VqeuLiOuLpCIg4oCUIHRoZSBpc3N1ZXJzIHVzZSB0aGUgbWVtYmVyIElEIGZvciByaXNrIG1hbmFnZW1lbnQgKFBvcnRPbmUgUFIgIzkzMSkuIEl0IGFwcGxpZXMgdG8gZXZlcnkgZ2lmdCBjZXJ0aWZpY2F0ZSBtZXRob2QsIGluY2x1ZGluZyBgaGFwcHltb25leWAgd2hlbiBpdCBpcyB1c2VkLoYEVGhlIEtDUCBwYWdlOiAi7IOB7ZKI6raMIOqysOygnOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGDtjIzrnbzrr7jthLDrpbwg7ZWE7IiYIOyeheugpe2VtOyVvO2VqeuLiOuLpCIg4oCUIHRoZSBpc3N1ZXJzIHVzZSB0aGUgbWVtYmVyIElEIGZvciByaXNrIG1hbmFnZW1lbnQgKFBvcnRPbmUgUFIgIzkzMSkuIEl0IGFwcGxpZXMgdG8gZXZlcnkgZ2lmdCBjZXJ0aWZpY2F0ZSBtZXRob2QsIGluY2x1ZGluZyBgaGFwcHltb25leWAgd2hlbiBpdCBpcyB1c2VkLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1HSUZULTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzaEAo2cG9pbnQtcmVxdWlyZXMtbWVtY29ycC1jb2RlVEJlbmVwaWEgcG9pbnRzIG5lZWQgYGJ5cGFzcy5wdF9tZW1jb3JwX2NkYH7rsqDrhKTtlLzslYQg7Y+s7J247Yq4IOqysOygnCDsi5wgYGJ5cGFzcy5wdF9tZW1jb3JwX2NkYCDtlYTsiJgKZXJyb3IBAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnBvaW50AgACKGJ5cGFzcy5wdF9tZW1jb3JwX2NkAAQADGJ5cGFzc04AGnB0X21lbWNvcnBfY2RiAAAAAbgBYGJ5cGFzcy5wdF9tZW1jb3JwX2NkYCAodGhlIEJlbmVwaWEgbWVtYmVyLWNvbXBhbnkgY29kZSkgaXMgcmVxdWlyZWQgZm9yIGBwYXlfbWV0aG9kOiBwb2ludGD+AeuyoOuEpO2UvOyVhCDtj6zsnbjtirgg6rKw7KCcKGBwYXlfbWV0aG9kOiBwb2ludGApIOyLnCBgYnlwYXNzLnB0X21lbWNvcnBfY2RgKOuyoOuEpO2UvOyVhCDqs6DqsJ3sgqwg7L2U65OcKeuKlCDtlYTsiJjsnoXri4jri6QAALYBVGhlIEtDUCBwYWdlJ3MgYGJ5cGFzc2AgdGFibGUgbWFya3MgYHB0X21lbWNvcnBfY2RgIGFzIHJlcXVpcmVkIGZvciBCZW5lcGlhIHBvaW50IHBheW1lbnRzLrYBVGhlIEtDUCBwYWdlJ3MgYGJ5cGFzc2AgdGFibGUgbWFya3MgYHB0X21lbWNvcnBfY2RgIGFzIHJlcXVpcmVkIGZvciBCZW5lcGlhIHBvaW50IHBheW1lbnRzLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGktDUC1QT0lOVC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sjBEKNmJvb2xlYW4tZmllbGRzLWpzb24tYm9vbGVhbkxCb29sZWFuIHBhcmFtZXRlciBzZW50IGFzIGFub3RoZXIgdHlwZUpib29sZWFuIO2MjOudvOuvuO2EsOydmCDtg4DsnoUg7Jik66WYCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAMCAxlc2Nyb3cAAgAMZXNjcm93JAIAEAAAAAgOYXBwQ2FyZAACAA5hcHBDYXJkIgIAEAAAAAgOZGlnaXRhbAACAA5kaWdpdGFsMAIAEAAAAAgKcG9wdXAAAgAKcG9wdXA2AgAQAAAACC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAACAC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGQCABAAAAAILGNhcmQuZGV0YWlsWypdLmVuYWJsZWQACAAIY2FyZCAADGRldGFpbGYEAA5lbmFibGVkaAIAEAAAAAGCAmB7ZmllbGR9YCBtdXN0IGJlIGEgSlNPTiBib29sZWFuLCBmb3VuZCB7dmFsdWV9OiBzZW5kIHRydWUgb3IgZmFsc2Ugd2l0aG91dCBxdW90ZXMgKEphdmFTY3JpcHQgdHJlYXRzIHRoZSBzdHJpbmcgImZhbHNlIiBhcyB0cnVlKfACYHtmaWVsZH1g7J2AKOuKlCkgYm9vbGVhbiDqsJLsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QuIOuUsOyYtO2RnCDsl4bsnbQgdHJ1ZSDrmJDripQgZmFsc2XroZwg67O064K07IS47JqUIChKYXZhU2NyaXB07JeQ7ISc64qUIOusuOyekOyXtCAiZmFsc2Ui64+EIHRydWXroZwg7Leo6riJ65Cp64uI64ukKQAAugZUaGUgS0NQIHBhZ2UgYW5kIHRoZSBTREsgcmVmZXJlbmNlIHR5cGUgYGVzY3Jvd2AsIGBhcHBDYXJkYCwgYGRpZ2l0YWxgIGFuZCBgY2FyZC5kZXRhaWxbXS5lbmFibGVkYCAoYW5kIHRoZSBnZW5lcmljIGBwb3B1cGAsIGB1c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGApIGFzIGJvb2xlYW5zLiBWYWx1ZXMgcmVhZCBmcm9tIGZvcm0gZmllbGRzIG9yIGVudmlyb25tZW50IHZhcmlhYmxlcyBvZnRlbiBhcnJpdmUgYXMgInRydWUiLyJmYWxzZSIgc3RyaW5ncyAoYSBSZWFjdCBOYXRpdmUgaXNzdWUgc2hvd3MgYGRpZ2l0YWw6ICdmYWxzZSdgKSwgd2hpY2ggYSB0cnV0aGluZXNzIGNoZWNrIHR1cm5zIGludG8gdHJ1ZTogYW4gZXNjcm93IG9yIGRpZ2l0YWwtZ29vZHMgcGF5bWVudCB0aGUgbWVyY2hhbnQgZGlkIG5vdCBhc2sgZm9yLroGVGhlIEtDUCBwYWdlIGFuZCB0aGUgU0RLIHJlZmVyZW5jZSB0eXBlIGBlc2Nyb3dgLCBgYXBwQ2FyZGAsIGBkaWdpdGFsYCBhbmQgYGNhcmQuZGV0YWlsW10uZW5hYmxlZGAgKGFuZCB0aGUgZ2VuZXJpYyBgcG9wdXBgLCBgdXNlRnJlZUludGVyZXN0RnJvbU1hbGxgKSBhcyBib29sZWFucy4gVmFsdWVzIHJlYWQgZnJvbSBmb3JtIGZpZWxkcyBvciBlbnZpcm9ubWVudCB2YXJpYWJsZXMgb2Z0ZW4gYXJyaXZlIGFzICJ0cnVlIi8iZmFsc2UiIHN0cmluZ3MgKGEgUmVhY3QgTmF0aXZlIGlzc3VlIHNob3dzIGBkaWdpdGFsOiAnZmFsc2UnYCksIHdoaWNoIGEgdHJ1dGhpbmVzcyBjaGVjayB0dXJucyBpbnRvIHRydWU6IGFuIGVzY3JvdyBvciBkaWdpdGFsLWdvb2RzIHBheW1lbnQgdGhlIG1lcmNoYW50IGRpZCBub3QgYXNrIGZvci6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtVFlQRS0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sthEKIHZiYW5rLWR1ZS1mb3JtYXQ4YHZiYW5rX2R1ZWAgbm90IGEgdmFsaWQgZGF0ZTJgdmJhbmtfZHVlYCDtmJXsi50g7Jik66WYCmVycm9yAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgp2YmFuawQIEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAgACAdoBYHZiYW5rX2R1ZWAgbXVzdCBiZSBhIHN0cmluZyBzdWNoIGFzICIyMDMwMTIzMSIsIGZvdW5kIHthY3R1YWx9OiBQb3J0T25lJ3MgU0RLIHJlZmVyZW5jZSB0eXBlcyBpdCBhcyBhIHN0cmluZ7ACYHZiYW5rX2R1ZWDripQgIjIwMzAxMjMxIiDqsJnsnYAg66y47J6Q7Je07J207Ja07JW8IO2VmOuKlOuNsCB7YWN0dWFsfeyeheuLiOuLpC4g7Y+s7Yq47JuQIFNESyDrrLjshJzsl5DshJwg66y47J6Q7Je066GcIOygleydmOuQnCDtjIzrnbzrr7jthLDsnoXri4jri6QAAAgSdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4CHAIEBAYCLgAAAggCBgIuAAACEBJ2YmFuay1kdWUAAAABsgJgdmJhbmtfZHVlYCB7dmFsdWV9IGlzIG5vdCBhIHJlYWwgZGF0ZSBpbiBhIHN1cHBvcnRlZCBmb3JtOiB1c2UgWVlZWU1NREQgb3IgWVlZWU1NRERISG1tc3MgKGFsc28gYWNjZXB0ZWQ6IFlZWVlNTURESEhtbSwgWVlZWS1NTS1ERCwgWVlZWS1NTS1ERCBISDptbTpzcymOA2B2YmFua19kdWVgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Jis67CU66W4IOuCoOynnCDtmJXsi53snbQg7JWE64uZ64uI64ukLiBZWVlZTU1ERCDrmJDripQgWVlZWU1NRERISG1tc3Mg7ZiV7Iud7Jy866GcIOyeheugpe2VmOyEuOyalCAoWVlZWU1NRERISG1tLCBZWVlZLU1NLURELCBZWVlZLU1NLUREIEhIOm1tOnNz64+EIO2XiOyaqeuQqeuLiOuLpCkAANYFVGhlIEtDUCBwYWdlIGFsbG93cyBgWVlZWU1NRERgIGFuZCBgWVlZWU1NRERISG1tc3NgIChhIGRhdGUgYWxvbmUgbWVhbnMgMjM6NTk6NTkpOyB0aGUgU0RLIHJlZmVyZW5jZSBhZGRzIGBZWVlZLU1NLUREYCBhbmQgYFlZWVktTU0tREQgSEg6bW06c3NgLCBhbmQgdGhlIGxlZ2FjeSBtYW51YWwgYW5kIFBvcnRPbmUncyBwbGF5Z3JvdW5kIHVzZSBgWVlZWU1NRERoaG1tYC4gQWxsIG9mIHRoZW0gcGFyc2UgdW5hbWJpZ3VvdXNseSwgc28gb25seSBhIHZhbHVlIGluIG5vbmUgb2YgdGhlc2UgZm9ybXMsIG9yIGFuIGltcG9zc2libGUgZGF0ZSwgaXMgYW4gZXJyb3I7IHRoZSBub24tS0NQIGZvcm1zIGdldCB2YmFuay1kdWUta2NwLWZvcm0u1gVUaGUgS0NQIHBhZ2UgYWxsb3dzIGBZWVlZTU1ERGAgYW5kIGBZWVlZTU1EREhIbW1zc2AgKGEgZGF0ZSBhbG9uZSBtZWFucyAyMzo1OTo1OSk7IHRoZSBTREsgcmVmZXJlbmNlIGFkZHMgYFlZWVktTU0tRERgIGFuZCBgWVlZWS1NTS1ERCBISDptbTpzc2AsIGFuZCB0aGUgbGVnYWN5IG1hbnVhbCBhbmQgUG9ydE9uZSdzIHBsYXlncm91bmQgdXNlIGBZWVlZTU1ERGhobW1gLiBBbGwgb2YgdGhlbSBwYXJzZSB1bmFtYmlndW91c2x5LCBzbyBvbmx5IGEgdmFsdWUgaW4gbm9uZSBvZiB0aGVzZSBmb3Jtcywgb3IgYW4gaW1wb3NzaWJsZSBkYXRlLCBpcyBhbiBlcnJvcjsgdGhlIG5vbi1LQ1AgZm9ybXMgZ2V0IHZiYW5rLWR1ZS1rY3AtZm9ybS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtVkItMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPoRCiR2YmFuay1kdWUta2NwLWZvcm1gYHZiYW5rX2R1ZWAgaW4gYSBmb3JtIHRoZSBLQ1AgcGFnZSBkb2VzIG5vdCBsaXN0TktDUCDrrLjshJzsl5Ag7JeG64qUIGB2YmFua19kdWVgIO2YleyLnQhpbmZvAQECFnNkay1wYXltZW50AQAEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnZiYW5rBhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIQEnZiYW5rLWR1ZQIIEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAgggXihcZHs4fXxcZHsxNH0pJAAAAAHKAWB2YmFua19kdWVgIHt2YWx1ZX0gdXNlcyBhIGZvcm0gdGhlIEtDUCBwYWdlIGRvZXMgbm90IGxpc3Q6IEtDUCBkb2N1bWVudHMgWVlZWU1NREQgYW5kIFlZWVlNTURESEhtbXNzggJgdmJhbmtfZHVlYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDrrLjshJzsl5Ag7JeG64qUIO2YleyLneyeheuLiOuLpC4gS0NQIOusuOyEnOydmCDtmJXsi53snYAgWVlZWU1NRETsmYAgWVlZWU1NRERISG1tc3PsnoXri4jri6QAAKIDVGhlIFNESyByZWZlcmVuY2UgYWNjZXB0cyB0aGUgZGFzaGVkIGZvcm1zIGFuZCBvbGRlciBQb3J0T25lIG1hdGVyaWFsIHVzZXMgWVlZWU1NRERoaG1tLCBzbyB0aGV5IGFyZSBub3QgZXJyb3JzOyB0aGUgS0NQIHBhZ2UgaXRzZWxmIGxpc3RzIG9ubHkgdGhlIHR3byBjb21wYWN0IGZvcm1zLCBzbyB1c2luZyBleGFjdGx5IHRob3NlIGlzIHRoZSBzYWZlIGNob2ljZS6iA1RoZSBTREsgcmVmZXJlbmNlIGFjY2VwdHMgdGhlIGRhc2hlZCBmb3JtcyBhbmQgb2xkZXIgUG9ydE9uZSBtYXRlcmlhbCB1c2VzIFlZWVlNTUREaGhtbSwgc28gdGhleSBhcmUgbm90IGVycm9yczsgdGhlIEtDUCBwYWdlIGl0c2VsZiBsaXN0cyBvbmx5IHRoZSB0d28gY29tcGFjdCBmb3Jtcywgc28gdXNpbmcgZXhhY3RseSB0aG9zZSBpcyB0aGUgc2FmZSBjaG9pY2UulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVZCLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzOEgocdmJhbmstZHVlLXBhc3QwYHZiYW5rX2R1ZWAgYWxyZWFkeSBwYXN0RmB2YmFua19kdWVg6rCAIOydtOuvuCDsp4Drgpwg7Iuc6rCBCmVycm9yAQECFnNkay1wYXltZW50AQAEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnZiYW5rBhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIQEnZiYW5rLWR1ZQIIEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAhgAAAABxAFgdmJhbmtfZHVlYCB7dmFsdWV9IGlzIGFscmVhZHkgcGFzdDogdGhlIHZpcnR1YWwgYWNjb3VudCB3b3VsZCBleHBpcmUgYmVmb3JlIHRoZSBidXllciBjYW4gZGVwb3NpdJgCYHZiYW5rX2R1ZWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsnbTrr7gg7KeA64KcIOyLnOqwgeyeheuLiOuLpC4g6rWs66ek7J6Q6rCAIOyeheq4iO2VmOq4sCDsoITsl5Ag6rCA7IOB6rOE7KKMIOyeheq4iOq4sO2VnOydtCDrp4zro4zrkKnri4jri6QAANQDYHZiYW5rX2R1ZWAgaXMgdGhlIGRlcG9zaXQgZGVhZGxpbmUgb2YgdGhlIGlzc3VlZCB2aXJ0dWFsIGFjY291bnQ7IGEgZGVhZGxpbmUgYmVmb3JlIHRoZSByZXF1ZXN0IGNhbiBuZXZlciBiZSBtZXQgKHR5cGljYWxseSBhIGhhcmQtY29kZWQgZGF0ZSBvciBhIHRpbWUtem9uZSBtaXN0YWtlKS4gQ2hlY2tlZCBpbiBLb3JlYSBTdGFuZGFyZCBUaW1lLCBvbmx5IHdoZW4gYHBheV9tZXRob2RgIGlzIGB2YmFua2Au1ANgdmJhbmtfZHVlYCBpcyB0aGUgZGVwb3NpdCBkZWFkbGluZSBvZiB0aGUgaXNzdWVkIHZpcnR1YWwgYWNjb3VudDsgYSBkZWFkbGluZSBiZWZvcmUgdGhlIHJlcXVlc3QgY2FuIG5ldmVyIGJlIG1ldCAodHlwaWNhbGx5IGEgaGFyZC1jb2RlZCBkYXRlIG9yIGEgdGltZS16b25lIG1pc3Rha2UpLiBDaGVja2VkIGluIEtvcmVhIFN0YW5kYXJkIFRpbWUsIG9ubHkgd2hlbiBgcGF5X21ldGhvZGAgaXMgYHZiYW5rYC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtVkItMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIoTCiJ2YmFuay1kdWUtbWlzc2luZ0ZWaXJ0dWFsIGFjY291bnQgd2l0aG91dCBgdmJhbmtfZHVlYFTqsIDsg4Hqs4Tsoowg6rKw7KCcIOyLnCBgdmJhbmtfZHVlYCDriITrnb0IaW5mbwEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKdmJhbmsCAAISdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4AAAABtgFgdmJhbmtfZHVlYCBpcyBub3Qgc2V0OiBLQ1AncyBkZWZhdWx0IGRlcG9zaXQgZGVhZGxpbmUgaXMgbm90IGRvY3VtZW50ZWQ7IHNldCBpdCBleHBsaWNpdGx5igJgdmJhbmtfZHVlYOqwgCDsl4bsirXri4jri6QuIEtDUOydmCDquLDrs7gg7J6F6riI6riw7ZWc7J2AIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOyeheq4iOq4sO2VnOydhCDsp4HsoJEg7KeA7KCV7ZWY7IS47JqUAACWAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYHZiYW5rX2R1ZWAgYnV0IG5vdCB0aGUgZGVhZGxpbmUgdXNlZCB3aXRob3V0IGl0OyBQb3J0T25lJ3MgRmx1dHRlciB3cmFwcGVyIHJlZnVzZXMgYHZiYW5rYCB3aXRob3V0IGl0LiBBZHZpY2Ugb25seS6WAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYHZiYW5rX2R1ZWAgYnV0IG5vdCB0aGUgZGVhZGxpbmUgdXNlZCB3aXRob3V0IGl0OyBQb3J0T25lJ3MgRmx1dHRlciB3cmFwcGVyIHJlZnVzZXMgYHZiYW5rYCB3aXRob3V0IGl0LiBBZHZpY2Ugb25seS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtVkItMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMYTCiB2YmFuay1idXllci1uYW1lSFZpcnR1YWwgYWNjb3VudCB3aXRob3V0IGBidXllcl9uYW1lYFbqsIDsg4Hqs4Tsoowg6rKw7KCcIOyLnCBgYnV5ZXJfbmFtZWAg64iE6529CGluZm8BAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnZiYW5rAgACFGJ1eWVyX25hbWUAAgAUYnV5ZXJfbmFtZVQAAAAB3gFgYnV5ZXJfbmFtZWAgaXMgbm90IHNldDogdGhlIHZpcnR1YWwgYWNjb3VudCBzaG93cyB0aGUgYnV5ZXIncyBuYW1lLCBhbmQgbWF0Y2hpbmcgZGVwb3NpdHMgaXMgaGFyZGVyIHdpdGhvdXQgaXSEAmBidXllcl9uYW1lYOydtCDsl4bsirXri4jri6QuIOqwgOyDgeqzhOyijOyXkOuKlCDqtazrp6TsnpAg7J2066aE7J20IO2RnOyLnOuQmOuvgOuhnCDsl4bsnLzrqbQg7J6F6riIIO2ZleyduOydtCDslrTroKTsm4zsp5Hri4jri6QAALQCUG9ydE9uZSdzIEtDUCB0cmlhbCBwcmVzZXQgYWRkcyBgYnV5ZXJfbmFtZWAgZm9yIGB2YmFua2Agb25seSwgYW5kIFBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIHNheXMgdGhlIGlzc3VlZCBhY2NvdW50IHNob3dzIHRoZSBjdXN0b21lcidzIG5hbWUuIEFkdmljZSBvbmx5LrQCUG9ydE9uZSdzIEtDUCB0cmlhbCBwcmVzZXQgYWRkcyBgYnV5ZXJfbmFtZWAgZm9yIGB2YmFua2Agb25seSwgYW5kIFBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIHNheXMgdGhlIGlzc3VlZCBhY2NvdW50IHNob3dzIHRoZSBjdXN0b21lcidzIG5hbWUuIEFkdmljZSBvbmx5LoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARRLQ1AtVkItMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPITCjZkaXNwbGF5LXF1b3RhLWludGVnZXItYXJyYXlaYGRpc3BsYXkuY2FyZF9xdW90YWAgbm90IGFuIGFycmF5IG9mIGludGVnZXJzXmBkaXNwbGF5LmNhcmRfcXVvdGFg6rCAIOygleyImCDrsLDsl7TsnbQg7JWE64uYCmVycm9yAQECFnNkay1wYXltZW50AAQIJGRpc3BsYXkuY2FyZF9xdW90YQAEAA5kaXNwbGF5HgAUY2FyZF9xdW90YWoCAEAB5AFgZGlzcGxheS5jYXJkX3F1b3RhYCBtdXN0IGJlIGFuIGFycmF5IG9mIG1vbnRoIG51bWJlcnMgc3VjaCBhcyBbMiwgMywgNCwgNSwgNl0gKFtdID0gbHVtcCBzdW0gb25seSksIGZvdW5kIHt2YWx1ZX2OAmBkaXNwbGF5LmNhcmRfcXVvdGFg64qUIFsyLCAzLCA0LCA1LCA2XeyymOufvCDtlaDrtoDqsJzsm5TsiJjsnZgg67Cw7Je07J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukIChbXeuKlCDsnbzsi5zrtojrp4wg6rCA64qlKQAACCpkaXNwbGF5LmNhcmRfcXVvdGFbKl0ABgAOZGlzcGxheR4AFGNhcmRfcXVvdGFqBAIABAF4YHtmaWVsZH1gIG11c3QgYmUgYW4gaW50ZWdlciBudW1iZXIgb2YgbW9udGhzLCBmb3VuZCB7dmFsdWV9hgFge2ZpZWxkfWDsnYAo64qUKSDsoJXsiJgg6rCc7JuU7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAAABYmBkaXNwbGF5LmNhcmRfcXVvdGFgIG11c3QgYmUgYW4gYXJyYXkgb2YgaW50ZWdlcnNwYGRpc3BsYXkuY2FyZF9xdW90YWDripQg7KCV7IiYIOuwsOyXtOydtOyWtOyVvCDtlanri4jri6QAAMQEVGhlIEtDUCBwYWdlIHR5cGVzIGBkaXNwbGF5LmNhcmRfcXVvdGFgIGFzIG51bWJlcltdOiBgW11gIG1lYW5zIGx1bXAgc3VtIG9ubHkgYW5kIHRoZSBsaXN0IGhvbGRzIGluc3RhbGxtZW50IG1vbnRocy4gVGhlIHNlZWQgcGFnZSBwcmludGVkIHRoZSBleGFtcGxlIGFzIGAyLDMsNCw1LDZgIHdpdGhvdXQgYnJhY2tldHMgKGZpeGVkIGluIHRoZSBjdXJyZW50IHBhZ2UpOyBzZW50IGFzIGEgc3RyaW5nIG9yIHdpdGggc3RyaW5nIGl0ZW1zLCB0aGUgc2V0dGluZyBpcyBub3QgYXBwbGllZCBhcyBpbnRlbmRlZC7EBFRoZSBLQ1AgcGFnZSB0eXBlcyBgZGlzcGxheS5jYXJkX3F1b3RhYCBhcyBudW1iZXJbXTogYFtdYCBtZWFucyBsdW1wIHN1bSBvbmx5IGFuZCB0aGUgbGlzdCBob2xkcyBpbnN0YWxsbWVudCBtb250aHMuIFRoZSBzZWVkIHBhZ2UgcHJpbnRlZCB0aGUgZXhhbXBsZSBhcyBgMiwzLDQsNSw2YCB3aXRob3V0IGJyYWNrZXRzIChmaXhlZCBpbiB0aGUgY3VycmVudCBwYWdlKTsgc2VudCBhcyBhIHN0cmluZyBvciB3aXRoIHN0cmluZyBpdGVtcywgdGhlIHNldHRpbmcgaXMgbm90IGFwcGxpZWQgYXMgaW50ZW5kZWQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQESS0NQLVEtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKAUCixkaXNwbGF5LXF1b3RhLW1heC1vbmx5aEtDUCB1c2VzIG9ubHkgdGhlIGxhcmdlc3QgYGRpc3BsYXkuY2FyZF9xdW90YWAgdmFsdWVkS0NQ64qUIGBkaXNwbGF5LmNhcmRfcXVvdGFg7J2YIOy1nOuMk+qwkuunjCDsgqzsmqkIaW5mbwEBAhZzZGstcGF5bWVudAEGJGRpc3BsYXkuY2FyZF9xdW90YQAEAA5kaXNwbGF5HgAUY2FyZF9xdW90YWoGDAEEABgGAi4AAAICBAAAAAAAAABAAjIUBgIuAAACCgZndGUAAAAAAAAACEACMwICAiRkaXNwbGF5LmNhcmRfcXVvdGEABAAOZGlzcGxheR4AFGNhcmRfcXVvdGFqAAAAAZ4CYGRpc3BsYXkuY2FyZF9xdW90YWAge3ZhbHVlfSB3aWxsIG5vdCBsaW1pdCB0aGUgY2hvaWNlIHRvIHRoZSBsaXN0ZWQgbW9udGhzOiBLQ1AgZW5hYmxlcyBldmVyeSBpbnN0YWxsbWVudCBtb250aCBmcm9tIDIgdXAgdG8gdGhlIGxhcmdlc3QgdmFsdWXyAmBkaXNwbGF5LmNhcmRfcXVvdGFgIOqwkiB7dmFsdWV9KOycvCnroZzripQg64KY7Je07ZWcIOqwnOyblOunjCDshKDtg53tlZjqsowg7ZWgIOyImCDsl4bsirXri4jri6QuIEtDUOuKlCAy6rCc7JuU67aA7YSwIOqwgOyepSDtgbAg6rCS6rmM7KeA7J2YIOuqqOuToCDtlaDrtoDqsJzsm5TsnYQg7Zmc7ISx7ZmU7ZWp64uI64ukAADOClRoZSBjdXJyZW50IEtDUCBwYWdlIHNheXMgdGhlIGxhcmdlc3QgdmFsdWUgc2V0cyB0aGUgY2VpbGluZyAoYFszXWAgPSBsdW1wIHN1bSwgMiBhbmQgMyBtb250aHMpOyB0aGUgZ2VuZXJpYyBTREsgcmVmZXJlbmNlIGRlc2NyaWJlcyBgWzZdYCBhcyAibHVtcCBzdW0gYW5kIDYgb25seSIsIHdoaWNoIGlzIG5vdCBob3cgS0NQIGJlaGF2ZXMuIEEgbGlzdCBvZiBzZXZlcmFsIHZhbHVlcyB3aXRob3V0IDIgKGUuZy4gWzMsIDYsIDEyXSwgb3IgWzAsIDZdIGZvciAibHVtcCBzdW0gYW5kIDYgbW9udGhzIikgc2hvd3MgdGhlIGdlbmVyaWMgcmVhZGluZy4gQSAwIG9yIDEgZm9yIGx1bXAgc3VtIGJlc2lkZSBhIHJ1biBmcm9tIDIgKFswLCAyLCAzLCA0LCA1LCA2XSwgc2VlbiBpbiBtZXJjaGFudCBjb2RlKSBpcyB3aGF0IEtDUCBkb2VzIGFueXdheSBhbmQgaXMgbm90IGZsYWdnZWQsIG5vciBpcyBhIGxpc3Qgb2YgbHVtcC1zdW0gdmFsdWVzIG9ubHkgKFswLCAxXSkuIExpc3RzIHdpdGggYSBnYXAgdGhhdCBzdGFydCBhdCAyIChbMiwgNl0pIGFyZSBub3QgZmxhZ2dlZDogdGhlIGNhdGFsb2d1ZSdzIGNvbmRpdGlvbnMgY2FuIG9ubHkgc3BlbGwgdGhhdCBvdXQgb25lIGxpc3QgbGVuZ3RoIGF0IGEgdGltZSwgd2hpY2ggY29zdCA1ICUgb2YgYSB0eXBpY2FsIHZhbGlkYXRpb24gd2hlbiB0cmllZC7OClRoZSBjdXJyZW50IEtDUCBwYWdlIHNheXMgdGhlIGxhcmdlc3QgdmFsdWUgc2V0cyB0aGUgY2VpbGluZyAoYFszXWAgPSBsdW1wIHN1bSwgMiBhbmQgMyBtb250aHMpOyB0aGUgZ2VuZXJpYyBTREsgcmVmZXJlbmNlIGRlc2NyaWJlcyBgWzZdYCBhcyAibHVtcCBzdW0gYW5kIDYgb25seSIsIHdoaWNoIGlzIG5vdCBob3cgS0NQIGJlaGF2ZXMuIEEgbGlzdCBvZiBzZXZlcmFsIHZhbHVlcyB3aXRob3V0IDIgKGUuZy4gWzMsIDYsIDEyXSwgb3IgWzAsIDZdIGZvciAibHVtcCBzdW0gYW5kIDYgbW9udGhzIikgc2hvd3MgdGhlIGdlbmVyaWMgcmVhZGluZy4gQSAwIG9yIDEgZm9yIGx1bXAgc3VtIGJlc2lkZSBhIHJ1biBmcm9tIDIgKFswLCAyLCAzLCA0LCA1LCA2XSwgc2VlbiBpbiBtZXJjaGFudCBjb2RlKSBpcyB3aGF0IEtDUCBkb2VzIGFueXdheSBhbmQgaXMgbm90IGZsYWdnZWQsIG5vciBpcyBhIGxpc3Qgb2YgbHVtcC1zdW0gdmFsdWVzIG9ubHkgKFswLCAxXSkuIExpc3RzIHdpdGggYSBnYXAgdGhhdCBzdGFydCBhdCAyIChbMiwgNl0pIGFyZSBub3QgZmxhZ2dlZDogdGhlIGNhdGFsb2d1ZSdzIGNvbmRpdGlvbnMgY2FuIG9ubHkgc3BlbGwgdGhhdCBvdXQgb25lIGxpc3QgbGVuZ3RoIGF0IGEgdGltZSwgd2hpY2ggY29zdCA1ICUgb2YgYSB0eXBpY2FsIHZhbGlkYXRpb24gd2hlbiB0cmllZC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARJLQ1AtUS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s5hQKQmRpc3BsYXktcXVvdGEtaW5zdGFsbG1lbnQtbWluaW11bUpJbnN0YWxsbWVudHMgb2ZmZXJlZCBiZWxvdyA1MCwwMDAgS1JXTDXrp4zsm5Ag66+466eMIOqysOygnOyXkCDtlaDrtoAg7ISk7KCVDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAgGDGFtb3VudAACAAxhbW91bnQMAgoEbHQAAAAAAABq6EAKNTAwMDAEAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwYkZGlzcGxheS5jYXJkX3F1b3RhAAQADmRpc3BsYXkeABRjYXJkX3F1b3RhagIUBgIuAAACCgZndGUAAAAAAAAAAEACMgIEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgAABhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCGNhcmQCAgIkZGlzcGxheS5jYXJkX3F1b3RhAAQADmRpc3BsYXkeABRjYXJkX3F1b3RhagAAAAGEA2BkaXNwbGF5LmNhcmRfcXVvdGFgIG9mZmVycyBpbnN0YWxsbWVudHMgYnV0IGBhbW91bnRgIGlzIGJlbG93IDUwLDAwMCBLUlc6IEtDUCBvZmZlcnMgaW5zdGFsbG1lbnRzIGZyb20gNTAsMDAwIEtSVyAoZnJvbSAxMCwwMDAgS1JXIHdpdGggc29tZSBpc3N1ZXJzIG9ubHkpLCBzbyBtb3N0IGJ1eWVycyB3aWxsIGdldCBsdW1wIHN1bSBvbmx5gARgYW1vdW50YOqwgCA166eM7JuQIOuvuOunjOyduOuNsCBgZGlzcGxheS5jYXJkX3F1b3RhYOyXkCDtlaDrtoDqsJzsm5TsnYQg7ISk7KCV7ZaI7Iq164uI64ukLiDtlaDrtoAg6rKw7KCc64qUIDXrp4zsm5Ag7J207IOB67aA7YSwIOqwgOuKpe2VmOuvgOuhnCjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOB67aA7YSwIOqwgOuKpSkg64yA67aA67aE7J2YIOq1rOunpOyekOyXkOqyjOuKlCDsnbzsi5zrtojrp4wg7KCc6rO165Cp64uI64ukAAD8BFRoZSBLQ1AgcGFnZTogIu2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4Eg6rKw7KCcIOyalOyyreyLnCDsnbTsmqkg6rCA64ql7ZWp64uI64ukIiAoc29tZSBpc3N1ZXJzIGZyb20gMTAsMDAwIEtSVykuIE9mZmVyaW5nIGluc3RhbGxtZW50IG1vbnRocyBvbiBhIHNtYWxsZXIgYW1vdW50IHNob3dzIGEgY2hvaWNlIHRoYXQgY2Fubm90IGJlIGhvbm91cmVkLCBzbyBpdCBpcyB2ZXJ5IGxpa2VseSBhIGNvbmZpZ3VyYXRpb24gbWlzdGFrZTsgYSB3YXJuaW5nIHJhdGhlciB0aGFuIGFuIGVycm9yIGJlY2F1c2Ugb2YgdGhlIGlzc3VlciBleGNlcHRpb25zLvwEVGhlIEtDUCBwYWdlOiAi7ZWg67aAIOqysOygnOuKlCA166eM7JuQIOydtOyDgSDqsrDsoJwg7JqU7LKt7IucIOydtOyaqSDqsIDriqXtlanri4jri6QiIChzb21lIGlzc3VlcnMgZnJvbSAxMCwwMDAgS1JXKS4gT2ZmZXJpbmcgaW5zdGFsbG1lbnQgbW9udGhzIG9uIGEgc21hbGxlciBhbW91bnQgc2hvd3MgYSBjaG9pY2UgdGhhdCBjYW5ub3QgYmUgaG9ub3VyZWQsIHNvIGl0IGlzIHZlcnkgbGlrZWx5IGEgY29uZmlndXJhdGlvbiBtaXN0YWtlOyBhIHdhcm5pbmcgcmF0aGVyIHRoYW4gYW4gZXJyb3IgYmVjYXVzZSBvZiB0aGUgaXNzdWVyIGV4Y2VwdGlvbnMulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQESS0NQLVEtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKoVCiBjYXJkLWRpcmVjdC1jb2RlamBjYXJkLmRpcmVjdC5jb2RlYCBtaXNzaW5nIG9yIG5vdCBhIGNhcmQgY29tcGFueSBjb2RlcGBjYXJkLmRpcmVjdC5jb2RlYCDriITrnb0g65iQ64qUIOy5tOuTnOyCrCDsvZTrk5wg7Jik66WYCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEGFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuAgABBAACIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAcoBYGNhcmQuZGlyZWN0LmNvZGVgIGlzIHJlcXVpcmVkIHdpdGggYGNhcmQuZGlyZWN0YDogZ2l2ZSB0aGUgY2FyZCBjb21wYW55IGNvZGUsIGUuZy4gIjM2NyIgZm9yIEh5dW5kYWmKAmBjYXJkLmRpcmVjdGDrpbwg7IKs7Jqp7ZWgIOuVjCBgY2FyZC5kaXJlY3QuY29kZWDripQg7ZWE7IiY7J6F64uI64ukLiDtmITrjIDsubTrk5zripQgIjM2NyLsspjrn7wg7Lm065Oc7IKsIOy9lOuTnOulvCDsnoXroKXtlZjshLjsmpQAAAggY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACAioGBjM2MQYGMzgxBgYzNjcGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYwNDUGBjM3MwYGMzY0BgYzNjYGBjAwMgYGMzY5BgYwNDgGBjM3MAYGMDcxBgYwODkGBjM3MgYGMDkwBgYwNTAAAAABmAJgY2FyZC5kaXJlY3QuY29kZWAge3ZhbHVlfSBpcyBub3QgYSBjYXJkIGNvbXBhbnkgY29kZTogdXNlIGEgY29kZSBzdHJpbmcgZnJvbSBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlLCB3aXRoIGl0cyBsZWFkaW5nIHplcm9zICh7ZXhwZWN0ZWR9KewCYGNhcmQuZGlyZWN0LmNvZGVgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Lm065Oc7IKsIOy9lOuTnOqwgCDslYTri5nri4jri6QuIO2PrO2KuOybkCDsubTrk5zsgqwg7L2U65Oc7ZGc7J2YIOy9lOuTnOulvCDslZ7snpDrpqwgMOydhCDtj6ztlajtlZwg66y47J6Q7Je066GcIOyeheugpe2VmOyEuOyalCAoe2V4cGVjdGVkfSkAAN4HVGhlIEtDUCBwYWdlIHBvaW50cyBgY2FyZC5kaXJlY3QuY29kZWAgdG8gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZSAoS0ZUQyBjb2RlcyBzdWNoIGFzIGAzNjdgIEh5dW5kYWksIGAwNDFgIFdvb3JpKS4gVGhlIHZhbHVlIGlzIGEgc3RyaW5nOiBhIG51bWJlciBsb3NlcyB0aGUgbGVhZGluZyB6ZXJvIG9mIGAwNDFgLCBgMDQ1YCwgYDA0OGAsIGAwNzFgLCBgMDg5YCwgYDA5MGAsIGAwMDJgLiBLQ1AgcmVqZWN0cyBhbiB1bmtub3duIGNhcmQgY29kZSAocmVzdWx0IDgxMTIpLiBTYXZpbmdzLWJhbmsgY2FyZHMgKGAwNTBgKSBhcmUgbm90IGluIFBvcnRPbmUncyB0YWJsZSBidXQgS0NQIGxpc3RzIHRoZW0gYXMgZGlyZWN0LWNhbGxhYmxlOiBhY2NlcHRlZCBoZXJlIGFuZCByZXBvcnRlZCBieSBgY2FyZC1jb2RlLXNhdmluZ3MtYmFua2AgKHdhcm5pbmcpLiBGb3JlaWduLWlzc3VlciBjb2RlcyAoMTAwMDEtMTAwMDYpIGFyZSBub3QgZG9jdW1lbnRlZCBhcyBpbnB1dHMu3gdUaGUgS0NQIHBhZ2UgcG9pbnRzIGBjYXJkLmRpcmVjdC5jb2RlYCB0byBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlIChLRlRDIGNvZGVzIHN1Y2ggYXMgYDM2N2AgSHl1bmRhaSwgYDA0MWAgV29vcmkpLiBUaGUgdmFsdWUgaXMgYSBzdHJpbmc6IGEgbnVtYmVyIGxvc2VzIHRoZSBsZWFkaW5nIHplcm8gb2YgYDA0MWAsIGAwNDVgLCBgMDQ4YCwgYDA3MWAsIGAwODlgLCBgMDkwYCwgYDAwMmAuIEtDUCByZWplY3RzIGFuIHVua25vd24gY2FyZCBjb2RlIChyZXN1bHQgODExMikuIFNhdmluZ3MtYmFuayBjYXJkcyAoYDA1MGApIGFyZSBub3QgaW4gUG9ydE9uZSdzIHRhYmxlIGJ1dCBLQ1AgbGlzdHMgdGhlbSBhcyBkaXJlY3QtY2FsbGFibGU6IGFjY2VwdGVkIGhlcmUgYW5kIHJlcG9ydGVkIGJ5IGBjYXJkLWNvZGUtc2F2aW5ncy1iYW5rYCAod2FybmluZykuIEZvcmVpZ24taXNzdWVyIGNvZGVzICgxMDAwMS0xMDAwNikgYXJlIG5vdCBkb2N1bWVudGVkIGFzIGlucHV0cy6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9jYXJkLWNvZGU/dj12MQEYS0NQLUNBUkQtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPQVCixjYXJkLWRpcmVjdC1xdW90YS10eXBlWmBjYXJkLmRpcmVjdC5xdW90YWAgbWlzc2luZyBvciBub3QgYW4gaW50ZWdlcmRgY2FyZC5kaXJlY3QucXVvdGFgIOuIhOudvSDrmJDripQg7KCV7IiY6rCAIOyVhOuLmA53YXJuaW5nAQECFnNkay1wYXltZW50AQYWY2FyZC5kaXJlY3QABAAIY2FyZCAADGRpcmVjdG4CAAEEAAIiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgGgAWBjYXJkLmRpcmVjdC5xdW90YWAgaXMgbWlzc2luZzogZ2l2ZSB0aGUgZml4ZWQgaW5zdGFsbG1lbnQgbW9udGhzICgwID0gbHVtcCBzdW0pvgFgY2FyZC5kaXJlY3QucXVvdGFg6rCAIOyXhuyKteuLiOuLpC4g6rOg7KCVIO2VoOu2gOqwnOyblOyImOulvCDsnoXroKXtlZjshLjsmpQgKOydvOyLnOu2iOydgCAwKQAACCJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgAEAAAAAaoBYGNhcmQuZGlyZWN0LnF1b3RhYCBtdXN0IGJlIGFuIGludGVnZXIgbnVtYmVyIG9mIG1vbnRocyAoMCA9IGx1bXAgc3VtKSwgZm91bmQge3ZhbHVlfbIBYGNhcmQuZGlyZWN0LnF1b3RhYOuKlCDsoJXsiJgg6rCc7JuU7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukICjsnbzsi5zrtojsnYAgMCkAAMQEVGhlIEtDUCBwYWdlIHNheXMgbHVtcCBzdW0gIm11c3QgYmUgZW50ZXJlZCBhcyAwIiBhbmQgdHlwZXMgYHF1b3RhYCBhcyBhIG51bWJlciBvZiBtb250aHMgKHBsdXMgYSBjYXJkLXBvaW50IG9mZnNldCkuIFdpdGhvdXQgaXQsIG9yIHdpdGggIjMiIGFzIGEgc3RyaW5nLCB0aGUgZGlyZWN0IGNhbGwncyBpbnN0YWxsbWVudCBpcyB1bmRvY3VtZW50ZWQuIEEgd2FybmluZywgYXMgaW4gdGhlIHJlZmVyZW5jZSwgYmVjYXVzZSBQb3J0T25lIG1heSBkZWZhdWx0IGEgbWlzc2luZyBxdW90YSB0byBsdW1wIHN1bS7EBFRoZSBLQ1AgcGFnZSBzYXlzIGx1bXAgc3VtICJtdXN0IGJlIGVudGVyZWQgYXMgMCIgYW5kIHR5cGVzIGBxdW90YWAgYXMgYSBudW1iZXIgb2YgbW9udGhzIChwbHVzIGEgY2FyZC1wb2ludCBvZmZzZXQpLiBXaXRob3V0IGl0LCBvciB3aXRoICIzIiBhcyBhIHN0cmluZywgdGhlIGRpcmVjdCBjYWxsJ3MgaW5zdGFsbG1lbnQgaXMgdW5kb2N1bWVudGVkLiBBIHdhcm5pbmcsIGFzIGluIHRoZSByZWZlcmVuY2UsIGJlY2F1c2UgUG9ydE9uZSBtYXkgZGVmYXVsdCBhIG1pc3NpbmcgcXVvdGEgdG8gbHVtcCBzdW0ulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLoWCkBjYXJkLWRpcmVjdC1oeXVuZGFpLXBvaW50LW9mZnNldEhIeXVuZGFpIENhcmQgcG9pbnRzIHVzZSArODAsIG5vdCArNjBc7ZiE64yA7Lm065OcIO2PrOyduO2KuOuKlCArODAg6rCc7JuU66GcIOyalOyyrQplcnJvcgEBAhZzZGstcGF5bWVudAEABAYgY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACAgYGMzY3BiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAE5ABDYwCgRsdAAAAAAAAABUQAQ4MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAbwCYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IGFkZHMgdGhlICs2MCBjYXJkLXBvaW50IG9mZnNldCwgYnV0IEh5dW5kYWkgQ2FyZCAoMzY3KSB1c2VzICs4MDogc2VuZCA4MCBmb3IgcG9pbnRzIHdpdGggbHVtcCBzdW0sIDgwICsgTiBmb3IgcG9pbnRzIHdpdGggTiBtb250aHPCA2BjYXJkLmRpcmVjdC5xdW90YWAg6rCSIHt2YWx1ZX3snYAo64qUKSA2MOqwnOyblCDtj6zsnbjtirgg6rCA7IKw6rCS7J2EIOyCrOyaqe2WiOyngOunjCDtmITrjIDsubTrk5woMzY3KeuKlCA4MOqwnOyblOydhCDrjZTtlbTslbwg7ZWp64uI64ukLiDtj6zsnbjtirgg7J287Iuc67aI7J2AIDgwLCDtj6zsnbjtirggTuqwnOyblCDtlaDrtoDripQgODAgKyBO7Jy866GcIOyeheugpe2VmOyEuOyalAAA5gRUaGUgS0NQIHBhZ2U6IHRvIHVzZSBjYXJkIHBvaW50cywgYWRkIDgwIG1vbnRocyBmb3IgSHl1bmRhaSBDYXJkIGFuZCA2MCBmb3IgS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpICg4MCA9IEh5dW5kYWkgcG9pbnRzICsgbHVtcCBzdW0sIDkzID0gKyAxMyBtb250aHMsIDYzID0gb3RoZXIgY2FyZHMnIHBvaW50cyArIDMgbW9udGhzKS4gNjAtNzkgb24gSHl1bmRhaSBpcyB0aGVyZWZvcmUgbmVpdGhlciBhIHZhbGlkIHBvaW50IHJlcXVlc3Qgbm9yIGEgdmFsaWQgaW5zdGFsbG1lbnQu5gRUaGUgS0NQIHBhZ2U6IHRvIHVzZSBjYXJkIHBvaW50cywgYWRkIDgwIG1vbnRocyBmb3IgSHl1bmRhaSBDYXJkIGFuZCA2MCBmb3IgS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpICg4MCA9IEh5dW5kYWkgcG9pbnRzICsgbHVtcCBzdW0sIDkzID0gKyAxMyBtb250aHMsIDYzID0gb3RoZXIgY2FyZHMnIHBvaW50cyArIDMgbW9udGhzKS4gNjAtNzkgb24gSHl1bmRhaSBpcyB0aGVyZWZvcmUgbmVpdGhlciBhIHZhbGlkIHBvaW50IHJlcXVlc3Qgbm9yIGEgdmFsaWQgaW5zdGFsbG1lbnQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPgWCjZjYXJkLWRpcmVjdC1wb2ludC1vZmZzZXQtODBaKzgwIHBvaW50IG9mZnNldCBvbiBhIGNhcmQgb3RoZXIgdGhhbiBIeXVuZGFpau2YhOuMgOy5tOuTnOqwgCDslYTri4wg7Lm065Oc7JeQICs4MCDtj6zsnbjtirgg6rCA7IKwCmVycm9yAQECFnNkay1wYXltZW50AQAEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEJgYGMzYxBgYzODEGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYwNDUGBjM3MwYGMzY0BgYzNjYGBjAwMgYGMzY5BgYwNDgGBjM3MAYGMDcxBgYwODkGBjM3MgYGMDkwBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgoGZ3RlAAAAAAAAAFRABDgwAgICImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIAAAAB9ARgY2FyZC5kaXJlY3QucXVvdGFgIHt2YWx1ZX0gaXMgODAgb3IgbW9yZSwgYnV0IG9ubHkgSHl1bmRhaSBDYXJkICgzNjcpIHVzZXMgdGhlICs4MCBjYXJkLXBvaW50IG9mZnNldDogS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpIHVzZSArNjAgKDYwID0gcG9pbnRzIHdpdGggbHVtcCBzdW0sIDYzID0gcG9pbnRzIHdpdGggMyBtb250aHMpLCBhbmQgZm9yIG90aGVyIGNhcmRzIHRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgbm8gb2Zmc2V0LCBzbyBzZW5kIG9ubHkgdGhlIGluc3RhbGxtZW50IG1vbnRoc/AFYGNhcmQuZGlyZWN0LnF1b3RhYCDqsJIge3ZhbHVlfeydgCjripQpIDgwIOydtOyDgeydtOyngOunjCArODAg7Y+s7J247Yq4IOqwgOyCsOydgCDtmITrjIDsubTrk5woMzY3KeyXkOunjCDtlbTri7ntlanri4jri6QuIOq1reuvvMK367mE7JSowrfsgrzshLHCt+2VmOuCmMK366Gv642wwrfsi6DtlZzCt+uGje2YkcK37Jqw66aswrfslKjti7DsubTrk5zripQgKzYw7J2066mwKO2PrOyduO2KuCDsnbzsi5zrtoggNjAsIO2PrOyduO2KuCAz6rCc7JuUIO2VoOu2gCA2MyksIOq3uCDrsJbsnZgg7Lm065Oc7IKs64qUIEtDUCDrrLjshJzsl5Ag7Y+s7J247Yq4IOqwgOyCsOqwkuydtCDsl4bsnLzrr4DroZwg7ZWg67aA6rCc7JuU7IiY66eMIOyeheugpe2VmOyEuOyalAAAggRUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzICs4MCBmb3IgSHl1bmRhaSBDYXJkIG9ubHkgYW5kICs2MCBmb3IgS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpLiBBIHF1b3RhIG9mIDgwIG9yIG1vcmUgb24gYW55IG90aGVyIGNhcmQgaXMgbm90IGEgZG9jdW1lbnRlZCByZXF1ZXN0ICg4MyBvbiBTaGluaGFuIHdvdWxkIGJlIHJlYWQgbmVpdGhlciBhcyBwb2ludHMgKyAzIG5vciBhcyA4MyBtb250aHMpLoIEVGhlIEtDUCBwYWdlIGRvY3VtZW50cyArODAgZm9yIEh5dW5kYWkgQ2FyZCBvbmx5IGFuZCArNjAgZm9yIEtCLCBCQywgU2Ftc3VuZywgSGFuYSwgTG90dGUsIFNoaW5oYW4sIE5ILCBXb29yaSBhbmQgQ2l0aS4gQSBxdW90YSBvZiA4MCBvciBtb3JlIG9uIGFueSBvdGhlciBjYXJkIGlzIG5vdCBhIGRvY3VtZW50ZWQgcmVxdWVzdCAoODMgb24gU2hpbmhhbiB3b3VsZCBiZSByZWFkIG5laXRoZXIgYXMgcG9pbnRzICsgMyBub3IgYXMgODMgbW9udGhzKS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1ssBcKSmNhcmQtZGlyZWN0LXBvaW50LW9mZnNldC11bmRvY3VtZW50ZWRkUG9pbnQgb2Zmc2V0IG9uIGEgY2FyZCB3aXRob3V0IGEgZG9jdW1lbnRlZCBvZmZzZXRu7Y+s7J247Yq4IOqwgOyCsOqwkuydtCDrrLjshJztmZTrkJjsp4Ag7JWK7J2AIOy5tOuTnOyCrA53YXJuaW5nAQECFnNkay1wYXltZW50AQAEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEFAYGMDQ1BgYzNzMGBjM2NAYGMDAyBgYzNjkGBjA0OAYGMDcxBgYwODkGBjM3MgYGMDkwBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAE5ABDYwCgRsdAAAAAAAAABUQAQ4MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAboDYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IGxvb2tzIGxpa2UgYSArNjAgY2FyZC1wb2ludCByZXF1ZXN0LCBidXQgdGhlIEtDUCBwYWdlIGRvY3VtZW50cyBhIHBvaW50IG9mZnNldCBvbmx5IGZvciBIeXVuZGFpICgrODApIGFuZCBLQiwgQkMsIFNhbXN1bmcsIEhhbmEsIExvdHRlLCBTaGluaGFuLCBOSCwgV29vcmksIENpdGkgKCs2MCksIG5vdCBmb3IgdGhpcyBjYXJkIGNvbXBhbnmWBGBjYXJkLmRpcmVjdC5xdW90YWAg6rCSIHt2YWx1ZX3snYAo64qUKSA2MOqwnOyblCDtj6zsnbjtirgg6rCA7IKw7Jy866GcIOuztOydtOyngOunjCBLQ1Ag66y47ISc7JeQ64qUIO2YhOuMgOy5tOuTnCgrODAp7JmAIOq1reuvvMK367mE7JSowrfsgrzshLHCt+2VmOuCmMK366Gv642wwrfsi6DtlZzCt+uGje2YkcK37Jqw66aswrfslKjti7DsubTrk5woKzYwKeydmCDtj6zsnbjtirgg6rCA7IKw6rCS66eMIOyeiOqzoCDsnbQg7Lm065Oc7IKs64qUIOyXhuyKteuLiOuLpAAAwARUaGUgS0NQIHBhZ2UgbGlzdHMgdGhlIGNhcmQtcG9pbnQgb2Zmc2V0IGZvciB0ZW4gY2FyZCBjb21wYW5pZXMgb25seS4gRm9yIE1HIFNhZW1hdWwsIEplanUsIEd3YW5nanUsIEtEQiwgU3VoeXVwLCBTaGluaHl1cCwgUG9zdCBPZmZpY2UsIEsgQmFuaywgSmVvbmJ1ayBhbmQgS2FrYW8gQmFuayBhIHF1b3RhIG9mIDYwLTc5IGlzIHVuZG9jdW1lbnRlZDogZWl0aGVyIHBvaW50cyBhcmUgbm90IGF2YWlsYWJsZSB0aHJvdWdoIEtDUCBmb3IgdGhhdCBjYXJkIG9yIHRoZSBtb250aCBjb3VudCBpcyB3cm9uZy7ABFRoZSBLQ1AgcGFnZSBsaXN0cyB0aGUgY2FyZC1wb2ludCBvZmZzZXQgZm9yIHRlbiBjYXJkIGNvbXBhbmllcyBvbmx5LiBGb3IgTUcgU2FlbWF1bCwgSmVqdSwgR3dhbmdqdSwgS0RCLCBTdWh5dXAsIFNoaW5oeXVwLCBQb3N0IE9mZmljZSwgSyBCYW5rLCBKZW9uYnVrIGFuZCBLYWthbyBCYW5rIGEgcXVvdGEgb2YgNjAtNzkgaXMgdW5kb2N1bWVudGVkOiBlaXRoZXIgcG9pbnRzIGFyZSBub3QgYXZhaWxhYmxlIHRocm91Z2ggS0NQIGZvciB0aGF0IGNhcmQgb3IgdGhlIG1vbnRoIGNvdW50IGlzIHdyb25nLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzqFwo2Y2FyZC1kaXJlY3QtYmFzZS1tb250aHMtb25lWmBjYXJkLmRpcmVjdC5xdW90YWAgYXNrcyBmb3IgMSBtb250aCBvciBmZXdlcmZgY2FyZC5kaXJlY3QucXVvdGFg6rCAIDHqsJzsm5Qg65iQ64qUIOydjOyImCDtlaDrtoAKZXJyb3IBAQIWc2RrLXBheW1lbnQBAggGImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXICAgQAAAAAAADwPwIxBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgoEbHQAAAAAAAAAAAACMAAEBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgIEAAAAAABAVEAEODEGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgIGBjM2NwAEBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgIEAAAAAACATkAENjEGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgQSBgYzNjEGBjM4MQYGMzY1BgYzNjgGBjM3MQYGMDQxBgYzNzQGBjM2NgYGMzcwAgICImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIAAAAB6gJgY2FyZC5kaXJlY3QucXVvdGFgIHt2YWx1ZX0gbWVhbnMgMSBpbnN0YWxsbWVudCBtb250aCAob3IgYSBuZWdhdGl2ZSBvbmUpLCB3aGljaCBkb2VzIG5vdCBleGlzdDogdXNlIDAgZm9yIGx1bXAgc3VtIG9yIDIgbW9udGhzIG9yIG1vcmUsIHBsdXMgdGhlIGNhcmQtcG9pbnQgb2Zmc2V0IGlmIHlvdSB1c2UgcG9pbnRzzANgY2FyZC5kaXJlY3QucXVvdGFgIOqwkiB7dmFsdWV97J2AKOuKlCkgMeqwnOyblCjrmJDripQg7J2M7IiYKSDtlaDrtoDrpbwg65y77ZWY66mwIOydtOufsCDtlaDrtoDripQg7JeG7Iq164uI64ukLiDsnbzsi5zrtojsnYAgMCwg7ZWg67aA64qUIDLqsJzsm5Qg7J207IOB7Jy866GcIOyeheugpe2VmOqzoCDtj6zsnbjtirgg7IKs7JqpIOyLnCDtj6zsnbjtirgg6rCA7IKw6rCS7J2EIOuNlO2VmOyEuOyalAAA5gVUaGUgS0NQIHBhZ2U6IGx1bXAgc3VtIGlzIDAsIGFuZCB0aGUgcG9pbnQgb2Zmc2V0ICgrODAgSHl1bmRhaSwgKzYwIHRoZSBvdGhlciBuaW5lIGxpc3RlZCBjYXJkcykgaXMgYWRkZWQgdG8gdGhlIG1vbnRoIGNvdW50LiBJbnN0YWxsbWVudHMgc3RhcnQgYXQgMiBtb250aHMgKHRoZSB2MSBBUEkgZG9jdW1lbnRzIGBjYXJkX3F1b3RhYCBhcyAwIG9yIDIgYW5kIG1vcmUpLCBzbyBxdW90YSAxLCBIeXVuZGFpIDgxLCBvciA2MSBvbiBhICs2MCBjYXJkIGFza3MgZm9yIGEgMS1tb250aCBpbnN0YWxsbWVudCwgYW5kIGEgbmVnYXRpdmUgcXVvdGEgaXMgbWVhbmluZ2xlc3M7IEtDUCBhbnN3ZXJzIHdpdGggYW4gaW5zdGFsbG1lbnQgZXJyb3IgKENDMTYpLuYFVGhlIEtDUCBwYWdlOiBsdW1wIHN1bSBpcyAwLCBhbmQgdGhlIHBvaW50IG9mZnNldCAoKzgwIEh5dW5kYWksICs2MCB0aGUgb3RoZXIgbmluZSBsaXN0ZWQgY2FyZHMpIGlzIGFkZGVkIHRvIHRoZSBtb250aCBjb3VudC4gSW5zdGFsbG1lbnRzIHN0YXJ0IGF0IDIgbW9udGhzICh0aGUgdjEgQVBJIGRvY3VtZW50cyBgY2FyZF9xdW90YWAgYXMgMCBvciAyIGFuZCBtb3JlKSwgc28gcXVvdGEgMSwgSHl1bmRhaSA4MSwgb3IgNjEgb24gYSArNjAgY2FyZCBhc2tzIGZvciBhIDEtbW9udGggaW5zdGFsbG1lbnQsIGFuZCBhIG5lZ2F0aXZlIHF1b3RhIGlzIG1lYW5pbmdsZXNzOyBLQ1AgYW5zd2VycyB3aXRoIGFuIGluc3RhbGxtZW50IGVycm9yIChDQzE2KS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sohgKPmNhcmQtZGlyZWN0LWluc3RhbGxtZW50LW1pbmltdW1QRGlyZWN0LWNhbGwgaW5zdGFsbG1lbnQgYmVsb3cgNTAsMDAwIEtSV2w166eM7JuQIOuvuOunjCDqsrDsoJzsl5Ag7Lm065Oc7IKsIOuLpOydtOugie2KuCDtlaDrtoAOd2FybmluZwEBAhZzZGstcGF5bWVudAEACAYMYW1vdW50AAIADGFtb3VudAwCCgRsdAAAAAAAAGroQAo1MDAwMAQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAIGBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAABAAjIKBGx0AAAAAAAAAE5ABDYwAAQGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgIGBjM2NwYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgIKBmd0ZQAAAAAAAIBUQAQ4MgAEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEEgYGMzYxBgYzODEGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYzNjYGBjM3MAYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgQKBmd0ZQAAAAAAAABPQAQ2MgoEbHQAAAAAAAAAVEAEODACAgIiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgAAAAG4AmBjYXJkLmRpcmVjdC5xdW90YWAge3ZhbHVlfSBhc2tzIGZvciBhbiBpbnN0YWxsbWVudCBidXQgYGFtb3VudGAgaXMgYmVsb3cgNTAsMDAwIEtSVzogS0NQIGFsbG93cyBpbnN0YWxsbWVudHMgZnJvbSA1MCwwMDAgS1JXIChzb21lIGlzc3VlcnMgZnJvbSAxMCwwMDAgS1JXKYIDYGFtb3VudGDqsIAgNeunjOybkCDrr7jrp4zsnbjrjbAgYGNhcmQuZGlyZWN0LnF1b3RhYCDqsJIge3ZhbHVlfSjsnLwp66GcIO2VoOu2gOulvCDsmpTssq3tlojsirXri4jri6QuIO2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4HrtoDthLAg6rCA64ql7ZWp64uI64ukICjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOBKQAA8AZUaGUgS0NQIHBhZ2U6IGluc3RhbGxtZW50cyBuZWVkIDUwLDAwMCBLUlcgb3IgbW9yZSAoc29tZSBpc3N1ZXJzIDEwLDAwMCBLUlcpLiBBIGRpcmVjdCBjYWxsIGZpeGVzIHRoZSBtb250aCBjb3VudCwgc28gdW5saWtlIHRoZSB3aW5kb3cgbGlzdCB0aGUgYnV5ZXIgY2Fubm90IGZhbGwgYmFjayB0byBsdW1wIHN1bTogdGhlIHBheW1lbnQgaXMgbGlrZWx5IHRvIGZhaWwgKEtDUCBDQzM0L0NDNDcpLiBUaGUgYmFzZSBtb250aHMgYXJlIHRoZSBxdW90YSBtaW51cyB0aGUgY2FyZC1wb2ludCBvZmZzZXQgKDgwIGZvciBIeXVuZGFpIDM2NywgNjAgZm9yIHRoZSBuaW5lICs2MCBjYXJkcyk7IGJhc2UgMCBpcyBsdW1wIHN1bSBhbmQgaXMgbm90IGZsYWdnZWQuIEEgd2FybmluZyBiZWNhdXNlIHNvbWUgaXNzdWVycyBhbGxvdyBpbnN0YWxsbWVudHMgZnJvbSAxMCwwMDAgS1JXLvAGVGhlIEtDUCBwYWdlOiBpbnN0YWxsbWVudHMgbmVlZCA1MCwwMDAgS1JXIG9yIG1vcmUgKHNvbWUgaXNzdWVycyAxMCwwMDAgS1JXKS4gQSBkaXJlY3QgY2FsbCBmaXhlcyB0aGUgbW9udGggY291bnQsIHNvIHVubGlrZSB0aGUgd2luZG93IGxpc3QgdGhlIGJ1eWVyIGNhbm5vdCBmYWxsIGJhY2sgdG8gbHVtcCBzdW06IHRoZSBwYXltZW50IGlzIGxpa2VseSB0byBmYWlsIChLQ1AgQ0MzNC9DQzQ3KS4gVGhlIGJhc2UgbW9udGhzIGFyZSB0aGUgcXVvdGEgbWludXMgdGhlIGNhcmQtcG9pbnQgb2Zmc2V0ICg4MCBmb3IgSHl1bmRhaSAzNjcsIDYwIGZvciB0aGUgbmluZSArNjAgY2FyZHMpOyBiYXNlIDAgaXMgbHVtcCBzdW0gYW5kIGlzIG5vdCBmbGFnZ2VkLiBBIHdhcm5pbmcgYmVjYXVzZSBzb21lIGlzc3VlcnMgYWxsb3cgaW5zdGFsbG1lbnRzIGZyb20gMTAsMDAwIEtSVy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARJLQ1AtUS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8BgKMGNvbXBhbnktd2l0aC1jYXJkLWRpcmVjdD5gY2FyZC5kaXJlY3RgIHdpdGhvdXQgYGNvbXBhbnlgUmBjYXJkLmRpcmVjdGAg7IKs7JqpIOyLnCBgY29tcGFueWAg64iE6529Dndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAQGFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuAgABAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAIAAg5jb21wYW55AAIADmNvbXBhbnksAAAAAbICYGNvbXBhbnlgIGlzIG1pc3Npbmc6IHdpdGggYGNhcmQuZGlyZWN0YCB0aGUgY2FyZCBjb21wYW55J3MgbW9kdWxlIHNob3dzICJpYW1wb3J0IiBpbnN0ZWFkIG9mIHlvdXIgc2hvcCBuYW1lLCBhbmQgc2V2ZXJhbCBpc3N1ZXJzIHJlcXVpcmUgYSBtZXJjaGFudCBuYW1ljgNgY29tcGFueWDqsIAg7JeG7Iq164uI64ukLiBgY2FyZC5kaXJlY3RgIOyCrOyaqSDsi5wg7J20IOqwkuydhCDshKTsoJXtlZjsp4Ag7JWK7Jy866m0IOy5tOuTnOyCrCDrqqjrk4gg7LC97JeQIOyDge2YuOuqhSDrjIDsi6AgaWFtcG9ydOuhnCDtkZzquLDrkJjrqbAg7J2867aAIOy5tOuTnOyCrOuKlCDsg4HtmLjrqoXsnbQg7ZWE7IiY7J6F64uI64ukAADYBFRoZSBLQ1AgcGFnZSdzIGRpcmVjdC1jYWxsIGV4YW1wbGU6ICLtlbTri7kg7YyM652866+47YSw66W8IOyEpOygle2VmOyngCDslYrsnLzrqbQg7Lm065Oc7IKsIOuqqOuTiCDssL3sl5AgaWFtcG9ydCDroZwg7ZGc6riwIi4gUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2UgYWRkcyB0aGF0IEtDUCByZXF1aXJlcyB0aGUgbWVyY2hhbnQgbmFtZSBmb3IgZGlyZWN0IGNhbGxzIHRvIFNoaW5oYW4sIFdvb3JpLCBIeXVuZGFpLCBTYW1zdW5nLCBOSCwgSGFuYSwgTG90dGUgYW5kIENpdGkgb24gUEMsIGFuZCBhbHdheXMgb24gbW9iaWxlLtgEVGhlIEtDUCBwYWdlJ3MgZGlyZWN0LWNhbGwgZXhhbXBsZTogIu2VtOuLuSDtjIzrnbzrr7jthLDrpbwg7ISk7KCV7ZWY7KeAIOyViuycvOuptCDsubTrk5zsgqwg66qo65OIIOywveyXkCBpYW1wb3J0IOuhnCDtkZzquLAiLiBQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBhZGRzIHRoYXQgS0NQIHJlcXVpcmVzIHRoZSBtZXJjaGFudCBuYW1lIGZvciBkaXJlY3QgY2FsbHMgdG8gU2hpbmhhbiwgV29vcmksIEh5dW5kYWksIFNhbXN1bmcsIE5ILCBIYW5hLCBMb3R0ZSBhbmQgQ2l0aSBvbiBQQywgYW5kIGFsd2F5cyBvbiBtb2JpbGUulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMwZCixjYXJkLWRpcmVjdC1hbmQtZGV0YWlsUGBjYXJkLmRpcmVjdGAgYW5kIGBjYXJkLmRldGFpbGAgdG9nZXRoZXJYYGNhcmQuZGlyZWN0YOyZgCBgY2FyZC5kZXRhaWxgIOuPmeyLnCDsgqzsmqkOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgYEFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuFmNhcmQuZGV0YWlsAAQACGNhcmQgAAxkZXRhaWxmAAAAAfgBYGNhcmQuZGV0YWlsYCBpcyBzZW50IHRvZ2V0aGVyIHdpdGggYGNhcmQuZGlyZWN0YDogdGhlIEtDUCBwYWdlIGRlZmluZXMgYGNhcmRgIGFzIG9uZSBvZiB0aGUgdHdvOyBrZWVwIG9ubHkgdGhlIG9uZSB5b3UgbmVlZNwCYGNhcmQuZGlyZWN0YOyZgCBgY2FyZC5kZXRhaWxg7J2EIO2VqOq7mCDsnoXroKXtlojsirXri4jri6QuIEtDUCDrrLjshJzsl5DshJwgYGNhcmRg64qUIOuRmCDspJEg7ZWY64KY66eMIOyCrOyaqe2VmOuKlChvbmVvZikg6rCd7LK07J2066+A66GcIO2VhOyalO2VnCDtlZjrgpjrp4wg64Ko6riw7IS47JqUAADeAlRoZSBLQ1AgcGFnZSB0eXBlcyBgY2FyZGAgYXMgIm9uZW9mIG9iamVjdCI6IGBkaXJlY3RgIG9wZW5zIG9uZSBpc3N1ZXIncyBtb2R1bGUsIGBkZXRhaWxgIGZpbHRlcnMgdGhlIGxpc3Qgb2YgdGhlIGludGVncmF0ZWQgd2luZG93LiBXaXRoIGJvdGgsIHdoaWNoIG9uZSB3aW5zIGlzIHVuZG9jdW1lbnRlZC7eAlRoZSBLQ1AgcGFnZSB0eXBlcyBgY2FyZGAgYXMgIm9uZW9mIG9iamVjdCI6IGBkaXJlY3RgIG9wZW5zIG9uZSBpc3N1ZXIncyBtb2R1bGUsIGBkZXRhaWxgIGZpbHRlcnMgdGhlIGxpc3Qgb2YgdGhlIGludGVncmF0ZWQgd2luZG93LiBXaXRoIGJvdGgsIHdoaWNoIG9uZSB3aW5zIGlzIHVuZG9jdW1lbnRlZC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1siBoKNGNhcmQtZGlyZWN0LW5vdC1rY3AtbGlzdGVkWENhcmQgY29tcGFueSBub3QgbGlzdGVkIGZvciBLQ1AgZGlyZWN0IGNhbGxzZEtDUCDri6TsnbTroIntirgg7Zi47LacIOuqqeuhneyXkCDsl4bripQg7Lm065Oc7IKsCGluZm8BAQIWc2RrLXBheW1lbnQAAgggY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACBAYGBjM3MgYGMDg5BgYwOTAAAAABgANjYXJkIGNvbXBhbnkgY29kZSB7dmFsdWV9IGlzIG9uZSBvZiBKZW9uYnVrICgzNzIpLCBLIEJhbmsgKDA4OSkgYW5kIEtha2FvIEJhbmsgKDA5MCksIHdoaWNoIGFyZSBub3QgaW4gS0NQJ3MgbGlzdCBvZiBkaXJlY3QtY2FsbGFibGUgaXNzdWVyczogdGVzdCB0aGUgZGlyZWN0IGNhbGwsIG9yIHVzZSBgY2FyZC5kZXRhaWxgIGluc3RlYWTmA+y5tOuTnOyCrCDsvZTrk5wge3ZhbHVlfeydgCjripQpIEtDUCDri6TsnbTroIntirgg7Zi47LacIOqwgOuKpSDsubTrk5zsgqwg66qp66Gd7JeQIOyXhuuKlCDsoITrtoEoMzcyKcK37LyA7J2067GF7YGsKDA4OSnCt+y5tOy5tOyYpOuxhe2BrCgwOTApIOykkSDtlZjrgpjsnoXri4jri6QuIOuLpOydtOugie2KuCDtmLjstpzsnYQg7YWM7Iqk7Yq47ZW0IOuztOqxsOuCmCBgY2FyZC5kZXRhaWxg7J2EIOyCrOyaqe2VmOyEuOyalAAAsAZQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBsaXN0cyB0aGUgaXNzdWVycyBLQ1AgY2FuIG9wZW4gZGlyZWN0bHkgKFNoaW5oYW4sIEh5dW5kYWksIFNhbXN1bmcsIE5ILCBIYW5hLCBMb3R0ZSwgQ2l0aSwgV29vcmksIEJDLCBLQiwgUG9zdCBPZmZpY2UsIEd3YW5nanUsIE1HIFNhZW1hdWwsIFN1aHl1cCwgSmVqdSwgU2hpbmh5dXAsIHNhdmluZ3MgYmFua3MsIEtEQik7IEplb25idWsgKDM3MiksIEsgQmFuayAoMDg5KSBhbmQgS2FrYW8gQmFuayAoMDkwKSBhcmUgaW4gUG9ydE9uZSdzIGNvZGUgdGFibGUgYnV0IG5vdCBpbiB0aGF0IGxpc3QuIFRoZSBTREsgcmVmZXJlbmNlIGFsc28gc2F5cyBkaXJlY3QtY2FsbCBzdXBwb3J0IGRpZmZlcnMgcGVyIFBHLiBBIFBHIGZhY3QgZnJvbSB0aGUgVjIgcGFnZSwgc28gaW5mby6wBlBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIGxpc3RzIHRoZSBpc3N1ZXJzIEtDUCBjYW4gb3BlbiBkaXJlY3RseSAoU2hpbmhhbiwgSHl1bmRhaSwgU2Ftc3VuZywgTkgsIEhhbmEsIExvdHRlLCBDaXRpLCBXb29yaSwgQkMsIEtCLCBQb3N0IE9mZmljZSwgR3dhbmdqdSwgTUcgU2FlbWF1bCwgU3VoeXVwLCBKZWp1LCBTaGluaHl1cCwgc2F2aW5ncyBiYW5rcywgS0RCKTsgSmVvbmJ1ayAoMzcyKSwgSyBCYW5rICgwODkpIGFuZCBLYWthbyBCYW5rICgwOTApIGFyZSBpbiBQb3J0T25lJ3MgY29kZSB0YWJsZSBidXQgbm90IGluIHRoYXQgbGlzdC4gVGhlIFNESyByZWZlcmVuY2UgYWxzbyBzYXlzIGRpcmVjdC1jYWxsIHN1cHBvcnQgZGlmZmVycyBwZXIgUEcuIEEgUEcgZmFjdCBmcm9tIHRoZSBWMiBwYWdlLCBzbyBpbmZvLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARhLQ1AtQ0FSRC0wMDYAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sshoKLGNhcmQtY29kZS1zYXZpbmdzLWJhbms4U2F2aW5ncy1iYW5rIGNhcmQgY29kZSBgMDUwYEbsoIDstpXsnYDtlokg7Lm065Oc7IKsIOy9lOuTnCBgMDUwYA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAECCBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEAgYGMDUwAAAACDBjYXJkLmRldGFpbFsqXS5jYXJkX2NvZGUACAAIY2FyZCAADGRldGFpbGYEABJjYXJkX2NvZGV0AgQCBgYwNTAAAAABzgJge2ZpZWxkfWAgIjA1MCIgKHNhdmluZ3MgYmFua3MpIGlzIG5vdCBpbiBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlOiBLQ1AgbGlzdHMgc2F2aW5ncy1iYW5rIGNhcmRzIGFzIGRpcmVjdC1jYWxsYWJsZSwgYnV0IGNoZWNrIHdpdGggUG9ydE9uZSB0aGF0IHRoaXMgY29kZSByZWFjaGVzIEtDUNYDYHtmaWVsZH1gIOqwkiAiMDUwIijsoIDstpXsnYDtlokp7J2AIO2PrO2KuOybkCDsubTrk5zsgqwg7L2U65Oc7ZGc7JeQIOyXhuyKteuLiOuLpC4gS0NQ64qUIOyggOy2leydgO2WiSDsubTrk5zrpbwg64uk7J2066CJ7Yq4IO2YuOy2nCDqsIDriqUg7Lm065Oc7IKs66GcIOyViOuCtO2VmOyngOunjCDsnbQg7L2U65Oc6rCAIEtDUOuhnCDsoITri6zrkJjripTsp4Ag7Y+s7Yq47JuQ7JeQIO2ZleyduO2VmOyEuOyalAAAhgVUaGUgS0NQIHBhZ2UgcG9pbnRzIGNhcmQgY29kZXMgdG8gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZSwgd2hpY2ggaGFzIG5vIHNhdmluZ3MtYmFuayBlbnRyeTsgS0NQJ3Mgb3duIGRvY3VtZW50YXRpb24gbGlzdHMgc2F2aW5ncy1iYW5rIGNhcmRzIGFtb25nIHRoZSBjYXJkcyBhIG1lcmNoYW50IGNhbiBjYWxsIGRpcmVjdGx5LCBhbmQgdGhpcmQtcGFydHkgdHlwaW5ncyB1c2UgYDA1MGAgZm9yIHRoZW0uIFdoZXRoZXIgUG9ydE9uZSB2MSBwYXNzZXMgdGhlIGNvZGUgb24gaXMgbm90IGRvY3VtZW50ZWQsIHNvIGl0IGlzIGEgd2FybmluZywgbm90IGFuIGVycm9yLoYFVGhlIEtDUCBwYWdlIHBvaW50cyBjYXJkIGNvZGVzIHRvIFBvcnRPbmUncyBjYXJkIGNvZGUgdGFibGUsIHdoaWNoIGhhcyBubyBzYXZpbmdzLWJhbmsgZW50cnk7IEtDUCdzIG93biBkb2N1bWVudGF0aW9uIGxpc3RzIHNhdmluZ3MtYmFuayBjYXJkcyBhbW9uZyB0aGUgY2FyZHMgYSBtZXJjaGFudCBjYW4gY2FsbCBkaXJlY3RseSwgYW5kIHRoaXJkLXBhcnR5IHR5cGluZ3MgdXNlIGAwNTBgIGZvciB0aGVtLiBXaGV0aGVyIFBvcnRPbmUgdjEgcGFzc2VzIHRoZSBjb2RlIG9uIGlzIG5vdCBkb2N1bWVudGVkLCBzbyBpdCBpcyBhIHdhcm5pbmcsIG5vdCBhbiBlcnJvci6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9jYXJkLWNvZGU/dj12MQEYS0NQLUNBUkQtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOQaCiBjYXJkLWRldGFpbC1jb2RlYmBjYXJkLmRldGFpbFtdLmNhcmRfY29kZWAgbm90IGEgY2FyZCBjb21wYW55IGNvZGViYGNhcmQuZGV0YWlsW10uY2FyZF9jb2RlYCDsubTrk5zsgqwg7L2U65OcIOyYpOulmAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggwY2FyZC5kZXRhaWxbKl0uY2FyZF9jb2RlAAgACGNhcmQgAAxkZXRhaWxmBAASY2FyZF9jb2RldAICLAYCKgYGMzYxBgYzODEGBjM2NwYGMzY1BgYzNjgGBjM3MQYGMDQxBgYzNzQGBjA0NQYGMzczBgYzNjQGBjM2NgYGMDAyBgYzNjkGBjA0OAYGMzcwBgYwNzEGBjA4OQYGMzcyBgYwOTAGBjA1MAAAAAGSAmB7ZmllbGR9YCB7dmFsdWV9IGlzIG5vdCBhIGNhcmQgY29tcGFueSBjb2RlOiB1c2UgIioiIChhbGwgY2FyZHMpIG9yIGEgY29kZSBzdHJpbmcgZnJvbSBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlLCB3aXRoIGl0cyBsZWFkaW5nIHplcm9z+gJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsubTrk5zsgqwg7L2U65Oc6rCAIOyVhOuLmeuLiOuLpC4gIioiKOyghOyytCDsubTrk5zsgqwpIOuYkOuKlCDtj6ztirjsm5Ag7Lm065Oc7IKsIOy9lOuTnO2RnOydmCDsvZTrk5zrpbwg7JWe7J6Q66asIDDsnYQg7Y+s7ZWo7ZWcIOusuOyekOyXtOuhnCDsnoXroKXtlZjshLjsmpQAAIYEVGhlIEtDUCBwYWdlIHBvaW50cyBgY2FyZC5kZXRhaWxbXS5jYXJkX2NvZGVgIHRvIFBvcnRPbmUncyBjYXJkIGNvZGUgdGFibGUsIGFuZCBpdHMgZXhhbXBsZSB1c2VzIGAqYCBmb3IgZXZlcnkgY2FyZCBjb21wYW55LiBBbnkgb3RoZXIgdmFsdWUgKGEgY2FyZCBuYW1lLCBhIG51bWJlciB0aGF0IGxvc3QgaXRzIGxlYWRpbmcgemVybykgbWF0Y2hlcyBubyBpc3N1ZXIsIHNvIHRoZSBpbnRlbmRlZCBjYXJkIGlzIG5vdCBlbmFibGVkIG9yIGRpc2FibGVkLoYEVGhlIEtDUCBwYWdlIHBvaW50cyBgY2FyZC5kZXRhaWxbXS5jYXJkX2NvZGVgIHRvIFBvcnRPbmUncyBjYXJkIGNvZGUgdGFibGUsIGFuZCBpdHMgZXhhbXBsZSB1c2VzIGAqYCBmb3IgZXZlcnkgY2FyZCBjb21wYW55LiBBbnkgb3RoZXIgdmFsdWUgKGEgY2FyZCBuYW1lLCBhIG51bWJlciB0aGF0IGxvc3QgaXRzIGxlYWRpbmcgemVybykgbWF0Y2hlcyBubyBpc3N1ZXIsIHNvIHRoZSBpbnRlbmRlZCBjYXJkIGlzIG5vdCBlbmFibGVkIG9yIGRpc2FibGVkLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL2NhcmQtY29kZT92PXYxARhLQ1AtQ0FSRC0wMDcAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1smBsKNmNhcmQtZGV0YWlsLW5vdGhpbmctZW5hYmxlZEhgY2FyZC5kZXRhaWxgIGxlYXZlcyBubyBjYXJkIGVuYWJsZWRoYGNhcmQuZGV0YWlsYOuhnCDrqqjrk6Ag7Lm065Oc7IKs6rCAIOu5hO2ZnOyEse2ZlOuQqA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEABAYWY2FyZC5kZXRhaWwABAAIY2FyZCAADGRldGFpbGYCFAAEBhJjYXJkX2NvZGUAAgASY2FyZF9jb2RldAICBgIqBg5lbmFibGVkAAIADmVuYWJsZWRoAgICAAYWY2FyZC5kZXRhaWwABAAIY2FyZCAADGRldGFpbGYCGAAEBAYSY2FyZF9jb2RlAAIAEmNhcmRfY29kZXQCAgYCKgQGDmVuYWJsZWQAAgAOZW5hYmxlZGgCAgIAAgICFmNhcmQuZGV0YWlsAAQACGNhcmQgAAxkZXRhaWxmAAAAAdwBYGNhcmQuZGV0YWlsYCBkaXNhYmxlcyBldmVyeSBjYXJkICgiKiIgd2l0aCBlbmFibGVkOiBmYWxzZSkgYW5kIGVuYWJsZXMgbm9uZTogdGhlIGJ1eWVyIGNhbm5vdCBjaG9vc2UgYW55IGNhcmTgAmBjYXJkLmRldGFpbGDsl5DshJwg66qo65OgIOy5tOuTnOyCrOulvCDruYTtmZzshLHtmZQoIioiLCBlbmFibGVkOiBmYWxzZSntlZjqs6Ag7Zmc7ISx7ZmU7ZWcIOy5tOuTnOyCrOqwgCDsl4bsirXri4jri6QuIOq1rOunpOyekOqwgCDshKDtg53tlaAg7IiYIOyeiOuKlCDsubTrk5zqsIAg7JeG7Iq164uI64ukAAC8AlRoZSBLQ1AgcGFnZSdzIGV4YW1wbGUgZGlzYWJsZXMgYCpgIGFuZCB0aGVuIGVuYWJsZXMgdGhlIHdhbnRlZCBjYXJkIChgMzY2YCkuIERpc2FibGluZyBgKmAgd2l0aG91dCBlbmFibGluZyBhbnkgY29kZSBsZWF2ZXMgYW4gZW1wdHkgY2FyZCBsaXN0IGluIHRoZSB3aW5kb3cuvAJUaGUgS0NQIHBhZ2UncyBleGFtcGxlIGRpc2FibGVzIGAqYCBhbmQgdGhlbiBlbmFibGVzIHRoZSB3YW50ZWQgY2FyZCAoYDM2NmApLiBEaXNhYmxpbmcgYCpgIHdpdGhvdXQgZW5hYmxpbmcgYW55IGNvZGUgbGVhdmVzIGFuIGVtcHR5IGNhcmQgbGlzdCBpbiB0aGUgd2luZG93LpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwOAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzGGwpOY2FyZC1tZXJjaGFudC1pbnRlcmVzdC1mcmVlLXVuc3VwcG9ydGVkggFNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIGFyZSBub3Qgc3VwcG9ydGVkIGJ5IEtDUF7sg4HsoJAg67aA64u0IOustOydtOyekCDtlaDrtoDripQgS0NQIOuvuOyngOybkA53YXJuaW5nAQECFnNkay1wYXltZW50AAQCAjBjYXJkLmRldGFpbFsqXS5tYXhfbW9udGgACAAIY2FyZCAADGRldGFpbGYEABJtYXhfbW9udGh2AAAACC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAACAC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGQCHAQGAi4AAAICAgEAAAAB2gFge2ZpZWxkfWAgc2V0cyBtZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzLCB3aGljaCBQb3J0T25lIGRvZXMgbm90IHN1cHBvcnQgb24gS0NQOiBpdCBpcyBpZ25vcmVk6AFge2ZpZWxkfWDsnYAo64qUKSDsg4HsoJAg67aA64u0IOustOydtOyekCDtlaDrtoAg7ISk7KCV7J2066mwIEtDUOyXkOyEnOuKlCDsp4Dsm5DrkJjsp4Ag7JWK7Jy866+A66GcIOustOyLnOuQqeuLiOuLpAAAlANUaGUgU0RLIHJlZmVyZW5jZSBsaXN0cyB0aGUgUEdzIHRoYXQgc3VwcG9ydCBgdXNlRnJlZUludGVyZXN0RnJvbU1hbGxgIHdpdGggYGNhcmQuZGV0YWlsW10ubWF4X21vbnRoYDogVG9zcyBQYXltZW50cyAobmV3KSwgS1NORVQsIE5JQ0UgKG5ldyksIFdlbGNvbWUsIEtTTkVUIGRpcmVjdCBhbmQgS0cgSW5pY2lzOyBLQ1AgaXMgbm90IGFtb25nIHRoZW0ulANUaGUgU0RLIHJlZmVyZW5jZSBsaXN0cyB0aGUgUEdzIHRoYXQgc3VwcG9ydCBgdXNlRnJlZUludGVyZXN0RnJvbU1hbGxgIHdpdGggYGNhcmQuZGV0YWlsW10ubWF4X21vbnRoYDogVG9zcyBQYXltZW50cyAobmV3KSwgS1NORVQsIE5JQ0UgKG5ldyksIFdlbGNvbWUsIEtTTkVUIGRpcmVjdCBhbmQgS0cgSW5pY2lzOyBLQ1AgaXMgbm90IGFtb25nIHRoZW0uigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGEtDUC1DQVJELTAwOQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyGHAouY2FyZC1kaXJlY3QtYmlsbGluZy1rZXlKYGNhcmQuZGlyZWN0YCBvbiBhIGJpbGxpbmcta2V5IHdpbmRvd1LruYzrp4HtgqQg67Cc6riJIOyLnCBgY2FyZC5kaXJlY3RgIOyCrOyaqQhpbmZvAQECHnNkay1iaWxsaW5nLWtleQACAgIWY2FyZC5kaXJlY3QABAAIY2FyZCAADGRpcmVjdG4AAAAB+gFgY2FyZC5kaXJlY3RgIGlzIG5vdCBzdXBwb3J0ZWQgYnkgS0NQIHdoZW4gaXNzdWluZyBhIGJpbGxpbmcga2V5OiB0aGUgd2luZG93IHdpbGwgbm90IG9wZW4gdGhlIGNhcmQgY29tcGFueSdzIG1vZHVsZSBkaXJlY3RseYICS0NQ64qUIOu5jOunge2CpCDrsJzquIkg7IucIOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47Lac7J2EIOyngOybkO2VmOyngCDslYrsnLzrr4DroZwgYGNhcmQuZGlyZWN0YOuKlCDsoIHsmqnrkJjsp4Ag7JWK7Iq164uI64ukAADaAlBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIHN0YXRlcyB0aGF0IGRpcmVjdCBjYXJkLWNvbXBhbnkgY2FsbHMgYXJlIG5vdCBhdmFpbGFibGUgZm9yIGJpbGxpbmcga2V5IGlzc3VhbmNlLiBBIFBHIGZhY3QgZnJvbSB0aGUgVjIgcGFnZSAocGFyYW1ldGVyIG5hbWVzIGRpZmZlciBpbiB2MSksIHNvIGluZm8u2gJQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBzdGF0ZXMgdGhhdCBkaXJlY3QgY2FyZC1jb21wYW55IGNhbGxzIGFyZSBub3QgYXZhaWxhYmxlIGZvciBiaWxsaW5nIGtleSBpc3N1YW5jZS4gQSBQRyBmYWN0IGZyb20gdGhlIFYyIHBhZ2UgKHBhcmFtZXRlciBuYW1lcyBkaWZmZXIgaW4gdjEpLCBzbyBpbmZvLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARhLQ1AtQ0FSRC0wMTEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1svBwKOmFwcC1jYXJkLXdpdGgtbm9uLWNhcmQtbWV0aG9kUGBhcHBDYXJkYCB3aXRoIGEgbm9uLWNhcmQgcGF5bWVudCBtZXRob2RW7Lm065OcIOyZuCDqsrDsoJzsiJjri6jsl5AgYGFwcENhcmRgIOyCrOyaqQhpbmZvAQECFnNkay1wYXltZW50AQAGBg5hcHBDYXJkAAIADmFwcENhcmQiAgICAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIIAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAICAg5hcHBDYXJkAAIADmFwcENhcmQiAAAAAZQBYGFwcENhcmQ6IHRydWVgIG9ubHkgYWZmZWN0cyBjYXJkIHBheW1lbnRzLCBidXQgYHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGC6AWBhcHBDYXJkOiB0cnVlYOuKlCDsubTrk5wg6rKw7KCc7JeQ66eMIOyggeyaqeuQmOuKlOuNsCBgcGF5X21ldGhvZGDqsIAgYGNhcmRg6rCAIOyVhOuLmeuLiOuLpAAApANUaGUgS0NQIHBhZ2U6IGBhcHBDYXJkOiB0cnVlYCBlbmFibGVzIG9ubHkgdGhlIGNhcmQgaXNzdWVycycgYXBwLWNhcmQgcGF5bWVudCwgaS5lLiBpdCBzaGFwZXMgdGhlIGNhcmQgd2luZG93LiBXaXRoIGFub3RoZXIgbWV0aG9kIGl0IGhhcyBubyBkb2N1bWVudGVkIGVmZmVjdDsgdXN1YWxseSBhIGxlZnRvdmVyIGZyb20gYSBzaGFyZWQgcGFyYW1ldGVyIG9iamVjdC6kA1RoZSBLQ1AgcGFnZTogYGFwcENhcmQ6IHRydWVgIGVuYWJsZXMgb25seSB0aGUgY2FyZCBpc3N1ZXJzJyBhcHAtY2FyZCBwYXltZW50LCBpLmUuIGl0IHNoYXBlcyB0aGUgY2FyZCB3aW5kb3cuIFdpdGggYW5vdGhlciBtZXRob2QgaXQgaGFzIG5vIGRvY3VtZW50ZWQgZWZmZWN0OyB1c3VhbGx5IGEgbGVmdG92ZXIgZnJvbSBhIHNoYXJlZCBwYXJhbWV0ZXIgb2JqZWN0LpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOYcCjxlc2Nyb3ctcHJvZHVjdHMtd2l0aG91dC1lc2Nyb3dIYGtjcFByb2R1Y3RzYCB3aXRob3V0IGBlc2Nyb3c6IHRydWVgVGBlc2Nyb3c6IHRydWVgIOyXhuydtCBga2NwUHJvZHVjdHNgIOyCrOyaqQ53YXJuaW5nAQECFnNkay1wYXltZW50AQAEBhZrY3BQcm9kdWN0cwACABZrY3BQcm9kdWN0cyYCAAEEBgxlc2Nyb3cAAgAMZXNjcm93JAICAgECAgIWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAAAAAeQBYGtjcFByb2R1Y3RzYCBpcyBvbmx5IHVzZWQgZm9yIGVzY3JvdyBwYXltZW50cywgYnV0IGBlc2Nyb3dgIGlzIG5vdCB0cnVlOiBzZXQgYGVzY3JvdzogdHJ1ZWAgb3IgZHJvcCBga2NwUHJvZHVjdHNgvgJga2NwUHJvZHVjdHNg64qUIOyXkOyKpO2BrOuhnCDqsrDsoJzsl5Drp4wg7IKs7Jqp65CY64qU642wIGBlc2Nyb3dg6rCAIHRydWXqsIAg7JWE64uZ64uI64ukLiBgZXNjcm93OiB0cnVlYOulvCDshKTsoJXtlZjqsbDrgpggYGtjcFByb2R1Y3RzYOulvCDsgq3soJztlZjshLjsmpQAAPIDVGhlIEtDUCBwYWdlOiBmb3IgYW4gZXNjcm93IHBheW1lbnQgYGVzY3Jvd2AgbXVzdCBiZSB0cnVlLCBhbmQgd2hlbiBhbiBlc2Nyb3cgb3JkZXIgYnVuZGxlcyBjYXJ0IGl0ZW1zIHRoZWlyIGRldGFpbHMgZ28gaW4gYGtjcFByb2R1Y3RzYC4gV2l0aG91dCBlc2Nyb3cgdGhlIGNhcnQgZGV0YWlscyBhcmUgbm90IHVzZWQ7IG1vc3Qgb2Z0ZW4gdGhlIGBlc2Nyb3dgIGZsYWcgd2FzIGZvcmdvdHRlbiAob3Igc2VudCBhcyBhIHN0cmluZyku8gNUaGUgS0NQIHBhZ2U6IGZvciBhbiBlc2Nyb3cgcGF5bWVudCBgZXNjcm93YCBtdXN0IGJlIHRydWUsIGFuZCB3aGVuIGFuIGVzY3JvdyBvcmRlciBidW5kbGVzIGNhcnQgaXRlbXMgdGhlaXIgZGV0YWlscyBnbyBpbiBga2NwUHJvZHVjdHNgLiBXaXRob3V0IGVzY3JvdyB0aGUgY2FydCBkZXRhaWxzIGFyZSBub3QgdXNlZDsgbW9zdCBvZnRlbiB0aGUgYGVzY3Jvd2AgZmxhZyB3YXMgZm9yZ290dGVuIChvciBzZW50IGFzIGEgc3RyaW5nKS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtRVNDLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWycHQouZXNjcm93LXdpdGhvdXQtcHJvZHVjdHNIRXNjcm93IHBheW1lbnQgd2l0aG91dCBga2NwUHJvZHVjdHNgWOyXkOyKpO2BrOuhnCDqsrDsoJwg7IucIGBrY3BQcm9kdWN0c2Ag7JeG7J2MCGluZm8BAQIWc2RrLXBheW1lbnQBBgxlc2Nyb3cAAgAMZXNjcm93JAICAgEEAAIWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAAAACBZrY3BQcm9kdWN0cwACABZrY3BQcm9kdWN0cyYCEAECAAHKAWBrY3BQcm9kdWN0c2AgaXMgZW1wdHk6IEtDUCBlc2Nyb3cgbmVlZHMgYXQgbGVhc3Qgb25lIGNhcnQgaXRlbSAob3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5LCBhbW91bnQprgJga2NwUHJvZHVjdHNg6rCAIOu5hOyWtCDsnojsirXri4jri6QuIEtDUCDsl5DsiqTtgazroZwg6rKw7KCc7JeQ64qUIOyDge2SiCDsoJXrs7Qob3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5LCBhbW91bnQp6rCAIO2VmOuCmCDsnbTsg4Eg7ZWE7JqU7ZWp64uI64ukAAABiAJga2NwUHJvZHVjdHNgIGlzIG5vdCBzZXQ6IHdoZW4gYW4gZXNjcm93IG9yZGVyIGJ1bmRsZXMgc2V2ZXJhbCBjYXJ0IGl0ZW1zLCBLQ1AgbmVlZHMgZWFjaCBpdGVtIChvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudCniAmBrY3BQcm9kdWN0c2DqsIAg7JeG7Iq164uI64ukLiDsnqXrsJTqtazri4gg7IOB7ZKI7J2EIOustuyWtOyEnCDsl5DsiqTtgazroZwg6rKw7KCc7ZWY64qUIOqyveyasCDqsIEg7IOB7ZKIIOygleuztChvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudCnrpbwg7KCE64us7ZW07JW8IO2VqeuLiOuLpAAAhgNUaGUgS0NQIHBhZ2UgcmVxdWlyZXMgYGtjcFByb2R1Y3RzYCBvbmx5IHdoZW4gYW4gZXNjcm93IHBheW1lbnQgYnVuZGxlcyBjYXJ0IGl0ZW1zLCB3aGljaCB0aGUgcGF5bG9hZCBjYW5ub3QgdGVsbDsgUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2Ugc2F5cyBLQ1AgZXNjcm93IG5lZWRzIGF0IGxlYXN0IG9uZSBwcm9kdWN0LiBBZHZpY2Ugb25seS6GA1RoZSBLQ1AgcGFnZSByZXF1aXJlcyBga2NwUHJvZHVjdHNgIG9ubHkgd2hlbiBhbiBlc2Nyb3cgcGF5bWVudCBidW5kbGVzIGNhcnQgaXRlbXMsIHdoaWNoIHRoZSBwYXlsb2FkIGNhbm5vdCB0ZWxsOyBQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBzYXlzIEtDUCBlc2Nyb3cgbmVlZHMgYXQgbGVhc3Qgb25lIHByb2R1Y3QuIEFkdmljZSBvbmx5LpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1FU0MtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNQdCjRlc2Nyb3ctcHJvZHVjdHMtd3JvbmctbmFtZUJFc2Nyb3cgaXRlbXMgdW5kZXIgYSBub24tS0NQIG5hbWVqS0NQ6rCAIOyVhOuLjCDsl5DsiqTtgazroZwg7IOB7ZKIIO2MjOudvOuvuO2EsCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAACAgQQcHJvZHVjdHMAAgAQcHJvZHVjdHN4HGVzY3Jvd1Byb2R1Y3RzAAIAHGVzY3Jvd1Byb2R1Y3RzegAAAAGkAmB7ZmllbGR9YCBpcyBub3QgcmVhZCBieSBLQ1AgKGBwcm9kdWN0c2AgaXMgZm9yIFRvc3MgUGF5bWVudHMgZXNjcm93KTogc2VuZCB0aGUgaXRlbXMgYXMgYGtjcFByb2R1Y3RzYCB3aXRoIG9yZGVyTnVtYmVyLCBuYW1lLCBxdWFudGl0eSBhbmQgYW1vdW50mgNge2ZpZWxkfWDsnYAo64qUKSBLQ1Dsl5DshJwg7IKs7Jqp65CY7KeAIOyViuyKteuLiOuLpCAoYHByb2R1Y3RzYOuKlCDthqDsiqTtjpjsnbTrqLzsuKAg7JeQ7Iqk7YGs66GcIOyghOyaqSkuIOyDge2SiCDsoJXrs7TripQgb3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5LCBhbW91bnTrpbwg6rCA7KeEIGBrY3BQcm9kdWN0c2DroZwg7KCE64us7ZWY7IS47JqUAADGA1RoZSBTREsgcmVmZXJlbmNlIHNheXMgYHByb2R1Y3RzYCBpcyBvbmx5IHZhbGlkIGZvciBUb3NzIFBheW1lbnRzIChuZXcgbW9kdWxlKSBlc2Nyb3c7IHRoaXJkLXBhcnR5IHR5cGluZ3MgY2FsbCBpdCBgZXNjcm93UHJvZHVjdHNgLiBGb3IgS0NQIHRoZSBwYWdlIGRvY3VtZW50cyBga2NwUHJvZHVjdHNgLCBzbyBpdGVtcyBzZW50IHVuZGVyIHRoZSBvdGhlciBuYW1lcyBuZXZlciByZWFjaCBLQ1AuxgNUaGUgU0RLIHJlZmVyZW5jZSBzYXlzIGBwcm9kdWN0c2AgaXMgb25seSB2YWxpZCBmb3IgVG9zcyBQYXltZW50cyAobmV3IG1vZHVsZSkgZXNjcm93OyB0aGlyZC1wYXJ0eSB0eXBpbmdzIGNhbGwgaXQgYGVzY3Jvd1Byb2R1Y3RzYC4gRm9yIEtDUCB0aGUgcGFnZSBkb2N1bWVudHMgYGtjcFByb2R1Y3RzYCwgc28gaXRlbXMgc2VudCB1bmRlciB0aGUgb3RoZXIgbmFtZXMgbmV2ZXIgcmVhY2ggS0NQLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtRVNDLTAwNAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWySHgo4YnlwYXNzLWNvdXBvbi1hcHBseS15bi12YWx1ZUZgYnlwYXNzLmNvdXBvbl9hcHBseV95bmAgbm90IFkgb3IgTkZgYnlwYXNzLmNvdXBvbl9hcHBseV95bmAg6rCSIOyYpOulmAplcnJvcgEBAhZzZGstcGF5bWVudAACCCxieXBhc3MuY291cG9uX2FwcGx5X3luAAQADGJ5cGFzc04AHmNvdXBvbl9hcHBseV95bnwCAgQGAlkGAk4AAAAByAFgYnlwYXNzLmNvdXBvbl9hcHBseV95bmAgbXVzdCBiZSAiWSIgKHNob3cgdGhlIGRpc2NvdW50LWNvdXBvbiBhcmVhKSBvciAiTiIgKGhpZGUgaXQpLCBmb3VuZCB7dmFsdWV96gFgYnlwYXNzLmNvdXBvbl9hcHBseV95bmDsnYAgIlkiKO2VoOyduOy/oO2PsCDsmIHsl60g7Zmc7ISxKSDrmJDripQgIk4iKOu5hO2ZnOyEsSnsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAIYCVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBleGFjdGx5IHR3byB2YWx1ZXMsIGBZYCAo7Zmc7ISxKSBhbmQgYE5gICjruYTtmZzshLEpLCBhcyBzdHJpbmdzOyBib29sZWFucyBvciBsb3dlciBjYXNlIGFyZSBub3QgZG9jdW1lbnRlZC6GAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgZXhhY3RseSB0d28gdmFsdWVzLCBgWWAgKO2ZnOyEsSkgYW5kIGBOYCAo67mE7Zmc7ISxKSwgYXMgc3RyaW5nczsgYm9vbGVhbnMgb3IgbG93ZXIgY2FzZSBhcmUgbm90IGRvY3VtZW50ZWQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzEHgo6YnlwYXNzLWNvdXBvbi1uZWVkcy1hZ3JlZW1lbnRURGlzY291bnQtY291cG9uIGFyZWEgbmVlZHMgYSBLQ1AgYWdyZWVtZW50UO2VoOyduOy/oO2PsCDsmIHsl63snYAgS0NQIO2YkeydmCDtlYTsmpQIaW5mbwEBAhZzZGstcGF5bWVudAEGLGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW4ABAAMYnlwYXNzTgAeY291cG9uX2FwcGx5X3lufAIEBAYCWQYCTgICAixieXBhc3MuY291cG9uX2FwcGx5X3luAAQADGJ5cGFzc04AHmNvdXBvbl9hcHBseV95bnwAAAAB2AFgYnlwYXNzLmNvdXBvbl9hcHBseV95bmAgb25seSB3b3JrcyBhZnRlciBhbiBhZ3JlZW1lbnQgd2l0aCBLQ1A6IGNoZWNrIHRoYXQgaXQgaXMgZW5hYmxlZCBmb3IgeW91ciBzaXRlIGNvZGWSAmBieXBhc3MuY291cG9uX2FwcGx5X3luYOydgCBLQ1DsmYAg7ZiR7J2YIO2bhCDsgqzsmqkg6rCA64ql7ZWcIOq4sOuKpeyeheuLiOuLpC4g7IKs7J207Yq47L2U65Oc7JeQIOyggeyaqeuQmOyWtCDsnojripTsp4Ag7ZmV7J247ZWY7IS47JqUAAD6AVRoZSBLQ1AgcGFnZTogIu2VtOuLuSDquLDriqXsnYAgS0NQ7JmAIO2YkeydmCDtm4Qg7IKs7JqpIOqwgOuKpe2VqeuLiOuLpCIuIFdpdGhvdXQgdGhlIGFncmVlbWVudCB0aGUgcGFyYW1ldGVyIGhhcyBubyBlZmZlY3Qu+gFUaGUgS0NQIHBhZ2U6ICLtlbTri7kg6riw64ql7J2AIEtDUOyZgCDtmJHsnZgg7ZuEIOyCrOyaqSDqsIDriqXtlanri4jri6QiLiBXaXRob3V0IHRoZSBhZ3JlZW1lbnQgdGhlIHBhcmFtZXRlciBoYXMgbm8gZWZmZWN0LpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s9B4KMGJ5cGFzcy1za2luLWluZHgtbnVtZXJpYz5gYnlwYXNzLnNraW5faW5keGAgbm90IGEgbnVtYmVyTGBieXBhc3Muc2tpbl9pbmR4YOqwgCDsiKvsnpDqsIAg7JWE64uYCmVycm9yAQECFnNkay1wYXltZW50AAIIIGJ5cGFzcy5za2luX2luZHgABAAMYnlwYXNzTgASc2tpbl9pbmR4fgIcAgQGAi4AAAIIBAYCLgAAAgYKXlxkKyQAAAABkAFgYnlwYXNzLnNraW5faW5keGAgbXVzdCBiZSBhIHNraW4gbnVtYmVyIGZyb20gIjEiIHRvICIxMSIsIGZvdW5kIHt2YWx1ZX24AWBieXBhc3Muc2tpbl9pbmR4YOuKlCAiMSLrtoDthLAgIjExIuq5jOyngOydmCDsiqTtgqgg67KI7Zi47Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACiAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYHNraW5faW5keGAgYXMgYSBza2luIG51bWJlciAxLTExIChQb3J0T25lJ3MgS0NQIFYyIHBhZ2U6IGFuIGludGVnZXIgMS0xMik7IGFueXRoaW5nIHRoYXQgaXMgbm90IGEgbnVtYmVyIHNlbGVjdHMgbm8gc2tpbi6iAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYHNraW5faW5keGAgYXMgYSBza2luIG51bWJlciAxLTExIChQb3J0T25lJ3MgS0NQIFYyIHBhZ2U6IGFuIGludGVnZXIgMS0xMik7IGFueXRoaW5nIHRoYXQgaXMgbm90IGEgbnVtYmVyIHNlbGVjdHMgbm8gc2tpbi6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKAfCixieXBhc3Mtc2tpbi1pbmR4LXJhbmdlPmBieXBhc3Muc2tpbl9pbmR4YCBvdXRzaWRlIDEtMTFKYGJ5cGFzcy5za2luX2luZHhg6rCAIDF+MTEg67KU7JyEIOuwlg53YXJuaW5nAQECFnNkay1wYXltZW50AQIEBiBieXBhc3Muc2tpbl9pbmR4AAQADGJ5cGFzc04AEnNraW5faW5keH4CCAQGIGJ5cGFzcy5za2luX2luZHgABAAMYnlwYXNzTgASc2tpbl9pbmR4fgIGCl5cZCskAgggYnlwYXNzLnNraW5faW5keAAEAAxieXBhc3NOABJza2luX2luZHh+AhwCBAYCLgAAAgYiXjAqKFsxLTldfDFbMDFdKSQGAi4AAAYIBAoGZ3RlAAAAAAAAAPA/AjEKBmx0ZQAAAAAAAAAmQAQxMQAAAAGqAWBieXBhc3Muc2tpbl9pbmR4YCB7dmFsdWV9IGlzIG91dHNpZGUgdGhlIHNraW5zIDEtMTEgZG9jdW1lbnRlZCBmb3IgdGhlIEtDUCB2MSB3aW5kb3fCAWBieXBhc3Muc2tpbl9pbmR4YCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDrrLjshJzsnZgg7Iqk7YKoIOuyiO2YuCAxfjExIOuylOychOulvCDrspfslrTrgqnri4jri6QAAKYCVGhlIHYxIEtDUCBwYWdlIGFsbG93cyBza2lucyAxLTExOyBQb3J0T25lJ3MgS0NQIFYyIHBhZ2Ugc2F5cyAxLTEyLiBUaGUgc291cmNlcyBkaXNhZ3JlZSBvbiAxMiwgc28gdmFsdWVzIG91dHNpZGUgMS0xMSBhcmUgYSB3YXJuaW5nLCBub3QgYW4gZXJyb3IupgJUaGUgdjEgS0NQIHBhZ2UgYWxsb3dzIHNraW5zIDEtMTE7IFBvcnRPbmUncyBLQ1AgVjIgcGFnZSBzYXlzIDEtMTIuIFRoZSBzb3VyY2VzIGRpc2FncmVlIG9uIDEyLCBzbyB2YWx1ZXMgb3V0c2lkZSAxLTExIGFyZSBhIHdhcm5pbmcsIG5vdCBhbiBlcnJvci6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNQfCihieXBhc3Mtc2l0ZS1sb2dvLXVybExgYnlwYXNzLnNpdGVfbG9nb2Agbm90IGFuIGFic29sdXRlIFVSTFRgYnlwYXNzLnNpdGVfbG9nb2DqsIAg7KCI64yAIFVSTOydtCDslYTri5gOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBBiBieXBhc3Muc2l0ZV9sb2dvAAQADGJ5cGFzc04AEnNpdGVfbG9nb4ABAggCAgggYnlwYXNzLnNpdGVfbG9nbwAEAAxieXBhc3NOABJzaXRlX2xvZ2+AAQIUBnVybAAAAAHUAmBieXBhc3Muc2l0ZV9sb2dvYCB7dmFsdWV9IG11c3QgYmUgYW4gYWJzb2x1dGUgaHR0cChzKSBVUkwgb2YgdGhlIGxvZ28gaW1hZ2U6IHRoZSBLQ1Agd2luZG93IGlzIHNlcnZlZCBmcm9tIEtDUCdzIGRvbWFpbiwgc28gYSByZWxhdGl2ZSBwYXRoIGRvZXMgbm90IHBvaW50IHRvIHlvdXIgc2VydmVyyANgYnlwYXNzLnNpdGVfbG9nb2Ag6rCSIHt2YWx1ZX3snYAo64qUKSDroZzqs6Ag7J2066+47KeA7J2YIOygiOuMgCBVUkwoaHR0cC9odHRwcynsnbTslrTslbwg7ZWp64uI64ukLiBLQ1Ag6rKw7KCc7LC97J2AIEtDUCDrj4TrqZTsnbjsl5DshJwg7Je066as66+A66GcIOyDgeuMgCDqsr3roZzroZzripQg6rOg6rCd7IKsIOyEnOuyhOydmCDsnbTrr7jsp4Drpbwg7LC+7J2EIOyImCDsl4bsirXri4jri6QAALgDVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgc2l0ZV9sb2dvYCBhcyB0aGUgbG9nbyBzaG93biBhdCB0aGUgdG9wIGxlZnQgb2YgdGhlIFBDIHdpbmRvdzsgdGhlIHdpbmRvdyBpcyBzZXJ2ZWQgYnkgS0NQLCBzbyBhIHJlbGF0aXZlIHBhdGggb3IgYSBiYXJlIGZpbGUgbmFtZSBjYW5ub3QgYmUgcmVzb2x2ZWQuIFRoZSBsZWdhY3kgbWFudWFsIGFkZHM6IEdJRi9KUEcgdW5kZXIgMTUweDUwLrgDVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgc2l0ZV9sb2dvYCBhcyB0aGUgbG9nbyBzaG93biBhdCB0aGUgdG9wIGxlZnQgb2YgdGhlIFBDIHdpbmRvdzsgdGhlIHdpbmRvdyBpcyBzZXJ2ZWQgYnkgS0NQLCBzbyBhIHJlbGF0aXZlIHBhdGggb3IgYSBiYXJlIGZpbGUgbmFtZSBjYW5ub3QgYmUgcmVzb2x2ZWQuIFRoZSBsZWdhY3kgbWFudWFsIGFkZHM6IEdJRi9KUEcgdW5kZXIgMTUweDUwLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1skiAKNmJ5cGFzcy1jb21wbGV4LXBudC15bi12YWx1ZURgYnlwYXNzLmNvbXBsZXhfcG50X3luYCBub3QgWSBvciBORGBieXBhc3MuY29tcGxleF9wbnRfeW5gIOqwkiDsmKTrpZgKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggqYnlwYXNzLmNvbXBsZXhfcG50X3luAAQADGJ5cGFzc04AHGNvbXBsZXhfcG50X3luggECAgQGAlkGAk4AAAABuAFgYnlwYXNzLmNvbXBsZXhfcG50X3luYCBtdXN0IGJlICJZIiAocG9pbnRzIHdpdGggYSBjYXJkKSBvciAiTiIgKHBvaW50cyBvbmx5KSwgZm91bmQge3ZhbHVlfY4CYGJ5cGFzcy5jb21wbGV4X3BudF95bmDsnYAgIlkiKO2PrOyduO2KuOyZgCDsubTrk5wg67O17ZWp6rKw7KCcKSDrmJDripQgIk4iKO2PrOyduO2KuCDri6jrj4XqsrDsoJwp7J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACUAVRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgdHdvIHZhbHVlcyBmb3IgdGhlIEJlbmVwaWEgcG9pbnQgbW9kZSwgYFlgIGFuZCBgTmAulAFUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIHR3byB2YWx1ZXMgZm9yIHRoZSBCZW5lcGlhIHBvaW50IG1vZGUsIGBZYCBhbmQgYE5gLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sxiAKOGJ5cGFzcy1iYXRjaC1iaXJ0aC1kYXktdmFsdWVQYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5gIG90aGVyIHRoYW4gWVxgYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bmAg6rCS7J20IFnqsIAg7JWE64uYDndhcm5pbmcBAQIec2RrLWJpbGxpbmcta2V5AAIIMmJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW4ABAAMYnlwYXNzTgAkYmF0Y2hfYmlydGhfZGF5X3luhAECBgYCWQAAAAGYAmBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBoYXMgb25lIGRvY3VtZW50ZWQgdmFsdWUsICJZIiAoYWx3YXlzIHNob3cgdGhlIGJpcnRoLWRhdGUgYm94KSwgZm91bmQge3ZhbHVlfTogdG8ga2VlcCB0aGUgZGVmYXVsdCwgbGVhdmUgaXQgb3V0+AJgYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bmDsnZgg6rCS7J2AICJZIijsg53rhYTsm5Tsnbwg7J6F66Cl67CV7IqkIO2VreyDgSDtkZzsi5wp66eMIOusuOyEnO2ZlOuQmOyWtCDsnojripTrjbAge3ZhbHVlfeyeheuLiOuLpC4g6riw67O4IOuPmeyekeydhCDsm5DtlZjrqbQg7YyM652866+47YSw66W8IOyDneuete2VmOyEuOyalAAA9AJUaGUgS0NQIHBhZ2UncyBiaWxsaW5nIHNlY3Rpb24gZG9jdW1lbnRzIG9ubHkgYFlgICgi7IOd64WE7JuU7J28IOyeheugpeuwleyKpCDtla3sg4Eg7ZGc7IucIik7IHRoZSBkZWZhdWx0IGJlaGF2aW91ciBpcyBvYnRhaW5lZCBieSBvbWl0dGluZyB0aGUgcGFyYW1ldGVyLiBPdGhlciB2YWx1ZXMgYXJlIHVuZG9jdW1lbnRlZC70AlRoZSBLQ1AgcGFnZSdzIGJpbGxpbmcgc2VjdGlvbiBkb2N1bWVudHMgb25seSBgWWAgKCLsg53rhYTsm5Tsnbwg7J6F66Cl67CV7IqkIO2VreyDgSDtkZzsi5wiKTsgdGhlIGRlZmF1bHQgYmVoYXZpb3VyIGlzIG9idGFpbmVkIGJ5IG9taXR0aW5nIHRoZSBwYXJhbWV0ZXIuIE90aGVyIHZhbHVlcyBhcmUgdW5kb2N1bWVudGVkLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8CAKTGJ5cGFzcy1iYXRjaC1iaXJ0aC1kYXktb3V0c2lkZS1iaWxsaW5nUGBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBvbiBhIHBheW1lbnRk7J2867CY6rKw7KCc7JeQIGBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAACAgIyYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bgAEAAxieXBhc3NOACRiYXRjaF9iaXJ0aF9kYXlfeW6EAQAAAAHmAWBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBvbmx5IGFwcGxpZXMgdG8gdGhlIGJpbGxpbmcta2V5IHdpbmRvdyAod2l0aCBgY3VzdG9tZXJfdWlkYCk7IHRoaXMgcmVxdWVzdCBpcyBhIHBheW1lbnSIAmBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYOydgCDruYzrp4HtgqQg67Cc6riJKGBjdXN0b21lcl91aWRgIOyeheugpSkg7Iuc7JeQ66eMIOyggeyaqeuQmOuKlOuNsCDsnbQg7JqU7LKt7J2AIOydvOuwmOqysOygnOyeheuLiOuLpAAAiANUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBiYXRjaF9iaXJ0aF9kYXlfeW5gIGluIHRoZSBiaWxsaW5nLWtleSBzZWN0aW9uIG9ubHkuIE9uIGEgcGF5bWVudCBpdCBpcyBpZ25vcmVkOyBvZnRlbiBgY3VzdG9tZXJfdWlkYCB3YXMgZm9yZ290dGVuLCB0dXJuaW5nIGFuIGludGVuZGVkIGJpbGxpbmcta2V5IHJlcXVlc3QgaW50byBhIHBheW1lbnQuiANUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBiYXRjaF9iaXJ0aF9kYXlfeW5gIGluIHRoZSBiaWxsaW5nLWtleSBzZWN0aW9uIG9ubHkuIE9uIGEgcGF5bWVudCBpdCBpcyBpZ25vcmVkOyBvZnRlbiBgY3VzdG9tZXJfdWlkYCB3YXMgZm9yZ290dGVuLCB0dXJuaW5nIGFuIGludGVuZGVkIGJpbGxpbmcta2V5IHJlcXVlc3QgaW50byBhIHBheW1lbnQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwNQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWygIQoqYnlwYXNzLWFwcC1mbGFnLXZhbHVlPmBieXBhc3MuYXBwX2ZsYWdgIG5vdCBZLCBOIG9yIFM4YGJ5cGFzcy5hcHBfZmxhZ2Ag6rCSIOyYpOulmAplcnJvcgEBAhZzZGstcGF5bWVudAACCB5ieXBhc3MuYXBwX2ZsYWcABAAMYnlwYXNzTgAQYXBwX2ZsYWeGAQICBgYCWQYCTgYCUwAAAAHKAWBieXBhc3MuYXBwX2ZsYWdgIG11c3QgYmUgIlkiIChLQiBQYXkgYXBwIGNhcmQpLCAiTiIgKElTUCkgb3IgIlMiIChvZmZlciBib3RoLCBtb2JpbGUpLCBmb3VuZCB7dmFsdWV9gAJgYnlwYXNzLmFwcF9mbGFnYOuKlCAiWSIoS0IgUGF5IOyVsey5tOuTnCksICJOIihJU1ApLCAiUyIo65GYIOuLpCDrhbjstpwsIOuqqOuwlOydvCkg7KSRIO2VmOuCmOyXrOyVvCDtlZjripTrjbAge3ZhbHVlfeyeheuLiOuLpAAAqgFUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIHRocmVlIHZhbHVlcyBmb3IgdGhlIEtCIEtvb2ttaW4gZGlyZWN0IGNhbGw6IGBZYCwgYE5gIGFuZCBgU2AuqgFUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIHRocmVlIHZhbHVlcyBmb3IgdGhlIEtCIEtvb2ttaW4gZGlyZWN0IGNhbGw6IGBZYCwgYE5gIGFuZCBgU2AulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDEwAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMwhCkJieXBhc3MtYXBwLWZsYWctd2l0aG91dC1rYi1kaXJlY3RUYGJ5cGFzcy5hcHBfZmxhZ2Agd2l0aG91dCBhIEtCIGRpcmVjdCBjYWxshAFLQuq1reuvvOy5tOuTnCDri6TsnbTroIntirgg7Zi47LacIOyXhuydtCBgYnlwYXNzLmFwcF9mbGFnYCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAEEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAICBgYzODECAgIeYnlwYXNzLmFwcF9mbGFnAAQADGJ5cGFzc04AEGFwcF9mbGFnhgEAAAABgAJgYnlwYXNzLmFwcF9mbGFnYCBvbmx5IGFwcGxpZXMgdG8gYSBkaXJlY3QgY2FsbCB0byBLQiBLb29rbWluIENhcmQgKGBjYXJkLmRpcmVjdC5jb2RlOiAiMzgxImApLCB3aGljaCB0aGlzIHJlcXVlc3QgZG9lcyBub3QgbWFrZbYCYGJ5cGFzcy5hcHBfZmxhZ2DripQgS0Lqta3rr7zsubTrk5wg64uk7J2066CJ7Yq4IO2YuOy2nChgY2FyZC5kaXJlY3QuY29kZTogIjM4MSJgKSDsi5zsl5Drp4wg7KCB7Jqp65CY64qU642wIOydtCDsmpTssq3sl5DripQg7ZW064u5IO2YuOy2nOydtCDsl4bsirXri4jri6QAANgBVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgYXBwX2ZsYWdgIGZvciB0aGUgS0IgS29va21pbiBkaXJlY3QgY2FsbCBvbmx5OyB3aXRoIGFueSBvdGhlciBjYWxsIGl0IGhhcyBubyBlZmZlY3Qu2AFUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBhcHBfZmxhZ2AgZm9yIHRoZSBLQiBLb29rbWluIGRpcmVjdCBjYWxsIG9ubHk7IHdpdGggYW55IG90aGVyIGNhbGwgaXQgaGFzIG5vIGVmZmVjdC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMTAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s9iEKKHJlZGlyZWN0LXVybC1taXNzaW5nMGBtX3JlZGlyZWN0X3VybGAgbWlzc2luZy5gbV9yZWRpcmVjdF91cmxgIOuIhOudvQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAECBAYUYXBwX3NjaGVtZQACABRhcHBfc2NoZW1lHAIAAAYUYXBwX3NjaGVtZQACABRhcHBfc2NoZW1lHAIGCl5ccyokAgACHG1fcmVkaXJlY3RfdXJsAAIAHG1fcmVkaXJlY3RfdXJsGgAAAAGCAmBtX3JlZGlyZWN0X3VybGAgaXMgbWlzc2luZzogb24gbW9iaWxlIHRoZSBLQ1Agd2luZG93IHJlZGlyZWN0cyBpbnN0ZWFkIG9mIGNhbGxpbmcgdGhlIGNhbGxiYWNrLCBzbyB0aGUgcmVzdWx0IGlzIGxvc3Qgd2l0aG91dCBpdPwCYG1fcmVkaXJlY3RfdXJsYOydtCDsl4bsirXri4jri6QuIOuqqOuwlOydvOyXkOyEnOuKlCDqsrDsoJwg6rKw6rO86rCAIGNhbGxiYWNr7J20IOyVhOuLjCBtX3JlZGlyZWN0X3VybOuhnCDrpqzrlJTroInshZjrkJjrr4DroZwg7J20IOqwkuydtCDsl4bsnLzrqbQg6rKw7KCcIOqysOqzvOulvCDrsJvsnYQg7IiYIOyXhuyKteuLiOuLpAGeAWBhcHBfc2NoZW1lYCBpcyBlbXB0eSwgc28gdGhlIGNhbGwgaXMgY2hlY2tlZCBhcyBvbmUgZnJvbSBhIGJyb3dzZXIsIG5vdCBhbiBhcHC8AWBhcHBfc2NoZW1lYOydtCDruYTslrQg7J6I7Ja0IOyVseydtCDslYTri4wg67iM65287Jqw7KCA7JeQ7ISc7J2YIO2YuOy2nOuhnCDqsoDsgqztlojsirXri4jri6QA+gRUaGUgS0NQIHBhZ2U6IG9uIFBDIHRoZSByZXN1bHQgZ29lcyB0byB0aGUgY2FsbGJhY2ssIG9uIG1vYmlsZSBpdCBpcyByZWRpcmVjdGVkIHRvIGBtX3JlZGlyZWN0X3VybGA7IHRoZSBTREsgcmVmZXJlbmNlIGFkZHMgdGhhdCBpbiByZWRpcmVjdCBlbnZpcm9ubWVudHMgdGhlIHJlc3VsdCBpcyBub3QgcmVjZWl2ZWQgd2l0aG91dCBpdC4gQSBQQy1vbmx5IGludGVncmF0aW9uIG1heSBvbWl0IGl0LCBoZW5jZSBhIHdhcm5pbmcuIEEgY2FsbCB3aXRoIGBhcHBfc2NoZW1lYCAoZnJvbSBhbiBhcHApIGlzIHJlZGlyZWN0LXVybC1taXNzaW5nLWluLWFwcCdzLvoEVGhlIEtDUCBwYWdlOiBvbiBQQyB0aGUgcmVzdWx0IGdvZXMgdG8gdGhlIGNhbGxiYWNrLCBvbiBtb2JpbGUgaXQgaXMgcmVkaXJlY3RlZCB0byBgbV9yZWRpcmVjdF91cmxgOyB0aGUgU0RLIHJlZmVyZW5jZSBhZGRzIHRoYXQgaW4gcmVkaXJlY3QgZW52aXJvbm1lbnRzIHRoZSByZXN1bHQgaXMgbm90IHJlY2VpdmVkIHdpdGhvdXQgaXQuIEEgUEMtb25seSBpbnRlZ3JhdGlvbiBtYXkgb21pdCBpdCwgaGVuY2UgYSB3YXJuaW5nLiBBIGNhbGwgd2l0aCBgYXBwX3NjaGVtZWAgKGZyb20gYW4gYXBwKSBpcyByZWRpcmVjdC11cmwtbWlzc2luZy1pbi1hcHAncy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtVVJMLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyqIgo2cmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBwRGBtX3JlZGlyZWN0X3VybGAgbWlzc2luZyBpbiBhbiBhcHBK7JWxIOqysOygnOyXkCBgbV9yZWRpcmVjdF91cmxgIOuIhOudvQhpbmZvAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEGFGFwcF9zY2hlbWUAAgAUYXBwX3NjaGVtZRwCBgRcUwIAAhxtX3JlZGlyZWN0X3VybAACABxtX3JlZGlyZWN0X3VybBoAAAAB/AJgbV9yZWRpcmVjdF91cmxgIGlzIG1pc3Npbmc6IFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgc2V0IGl0IHRoZW1zZWx2ZXMsIGJ1dCBhIFdlYlZpZXcgcGFnZSBvZiB5b3VyIG93biB0aGF0IGNhbGxzIGBJTVAucmVxdWVzdF9wYXlgIG5lZWRzIGl0LCBvciB0aGUgbW9iaWxlIHJlc3VsdCBpcyBsb3N0iARgbV9yZWRpcmVjdF91cmxg7J20IOyXhuyKteuLiOuLpC4g7Y+s7Yq47JuQIFJlYWN0IE5hdGl2ZcK3Rmx1dHRlciDrqqjrk4jsnYAg7J20IOqwkuydhCDsp4HsoJEg7ISk7KCV7ZWY7KeA66eMLCDslbHsnZggV2ViVmlld+yXkOyEnCDsp4HsoJEgYElNUC5yZXF1ZXN0X3BheWDrpbwg7Zi47Lac7ZWY64qUIO2OmOydtOyngOudvOuptCDsnbQg6rCS7J20IOyeiOyWtOyVvCDrqqjrsJTsnbwg6rKw7KCcIOqysOqzvOulvCDrsJvsnYQg7IiYIOyeiOyKteuLiOuLpAAA0AdgYXBwX3NjaGVtZWAgbWFya3MgYSBjYWxsIG1hZGUgZnJvbSBhbiBhcHAuIFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgbW9kdWxlIG1hcmtzIGBtX3JlZGlyZWN0X3VybGAgZGVwcmVjYXRlZCBzaW5jZSB2MS4wLjMgKGl0cyBSRUFETUUncyBleGFtcGxlcyBzYXkgc28gYW5kIHNlbmQgbm9uZSkgYW5kLCBsaWtlIHRoZSBGbHV0dGVyIG1vZHVsZSwgc2V0cyBpdHMgb3duIHJlZGlyZWN0IGFkZHJlc3M7IHJlYWwgYXBwcyBjb3B5IHRob3NlIGV4YW1wbGVzLiBBbiBhcHAgdGhhdCBsb2FkcyBpdHMgb3duIHBhZ2UgaW4gYSBXZWJWaWV3LCB0aG91Z2gsIGlzIGEgbW9iaWxlIGJyb3dzZXIgdG8gdGhlIEtDUCB3aW5kb3csIGFuZCBsb3NlcyB0aGUgcmVzdWx0IHdpdGhvdXQgYG1fcmVkaXJlY3RfdXJsYCAocmVkaXJlY3QtdXJsLW1pc3NpbmcpLiBXaGljaCBvZiB0aGUgdHdvIGEgcGF5bG9hZCBpcyBjYW5ub3QgYmUgdG9sZCBmcm9tIGl0LCBoZW5jZSBhbiBpbmZvLtAHYGFwcF9zY2hlbWVgIG1hcmtzIGEgY2FsbCBtYWRlIGZyb20gYW4gYXBwLiBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIG1vZHVsZSBtYXJrcyBgbV9yZWRpcmVjdF91cmxgIGRlcHJlY2F0ZWQgc2luY2UgdjEuMC4zIChpdHMgUkVBRE1FJ3MgZXhhbXBsZXMgc2F5IHNvIGFuZCBzZW5kIG5vbmUpIGFuZCwgbGlrZSB0aGUgRmx1dHRlciBtb2R1bGUsIHNldHMgaXRzIG93biByZWRpcmVjdCBhZGRyZXNzOyByZWFsIGFwcHMgY29weSB0aG9zZSBleGFtcGxlcy4gQW4gYXBwIHRoYXQgbG9hZHMgaXRzIG93biBwYWdlIGluIGEgV2ViVmlldywgdGhvdWdoLCBpcyBhIG1vYmlsZSBicm93c2VyIHRvIHRoZSBLQ1Agd2luZG93LCBhbmQgbG9zZXMgdGhlIHJlc3VsdCB3aXRob3V0IGBtX3JlZGlyZWN0X3VybGAgKHJlZGlyZWN0LXVybC1taXNzaW5nKS4gV2hpY2ggb2YgdGhlIHR3byBhIHBheWxvYWQgaXMgY2Fubm90IGJlIHRvbGQgZnJvbSBpdCwgaGVuY2UgYW4gaW5mby6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtVVJMLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzwIgoyYXBwLXNjaGVtZS1taXNzaW5nLWluLWFwcDxgYXBwX3NjaGVtZWAgbWlzc2luZyBpbiBhbiBhcHBC7JWxIOqysOygnOyXkCBgYXBwX3NjaGVtZWAg64iE6529Dndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQYcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgZ6XlxzKmh0dHBzPzovL2RldGVjdGNoYW5naW5nd2Vidmlldy9pYW1wb3J0LyhpfHJufGZ8Y29yKS8/XHMqJAIAAhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAAAAAYgDYGFwcF9zY2hlbWVgIGlzIG1pc3NpbmcsIHRob3VnaCBgbV9yZWRpcmVjdF91cmxgIGlzIHRoZSBhZGRyZXNzIFBvcnRPbmUncyBhcHAgU0RLcyBzZXQ6IHdpdGhvdXQgeW91ciBhcHAncyBVUkwgc2NoZW1lLCBjYXJkIGFuZCBiYW5rIGFwcHMgKElTUCwgYXBwIGNhcmRzKSBjYW5ub3QgcmV0dXJuIHRoZSBidXllciB0byB0aGUgYXBwIG9uIGlPU9YDYG1fcmVkaXJlY3RfdXJsYOydgCDtj6ztirjsm5Ag7JWxIFNES+qwgCDshKTsoJXtlZjripQg7KO87IaM7J24642wIGBhcHBfc2NoZW1lYOydtCDsl4bsirXri4jri6QuIOyVseydmCBVUkwgc2NoZW1l7J20IOyXhuycvOuptCBpT1Psl5DshJwg7Lm065Oc7IKswrfsnYDtlokg7JWxKElTUCwg7JWx7Lm065OcKSDsnbjspp0g7ZuEIOq1rOunpOyekOqwgCDslbHsnLzroZwg64+M7JWE7Jik7KeAIOuqu+2VqeuLiOuLpAAA2ghUaGUgU0RLIHJlZmVyZW5jZSBsaXN0cyBgYXBwX3NjaGVtZWAgYXMgdGhlIFVSTCBzY2hlbWUgY2FyZCBhbmQgYmFuayBhcHBzIHJldHVybiB0byBhZnRlciBhdXRoZW50aWNhdGlvbiwgbmVlZGVkIGluIGFwcCBXZWJWaWV3cyAoS0NQOiBtb2JpbGUgb25seSksIGFuZCBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIG1vZHVsZSByZWZ1c2VzIGEgY2FsbCB3aXRob3V0IGl0LiBBIGJyb3dzZXIgcGF5bG9hZCBjYW5ub3QgYmUgdG9sZCBmcm9tIGFuIGFwcCdzLCBidXQgdGhpcyBvbmUgY2FuOiBgaHR0cDovL2RldGVjdGNoYW5naW5nd2Vidmlldy9pYW1wb3J0L2lgIChhbmQgYC9ybmAsIGAvZmAsIGAvY29yYCkgaXMgdGhlIHJlZGlyZWN0IGFkZHJlc3MgUG9ydE9uZSdzIGlPUywgUmVhY3QgTmF0aXZlLCBGbHV0dGVyIGFuZCBDb3Jkb3ZhIFNES3Mgc2V0LCBzZWVuIGluIHJlYWwgYXBwIGNvZGUgdGhhdCBsZWZ0IGBhcHBfc2NoZW1lYCBvdXQuIFRoZSBBbmRyb2lkIFNESydzIGFkZHJlc3MgKGAvYWApIGlzIG5vdCBjaGVja2VkOiBBbmRyb2lkIHJldHVybnMgdGhyb3VnaCBpbnRlbnRzLtoIVGhlIFNESyByZWZlcmVuY2UgbGlzdHMgYGFwcF9zY2hlbWVgIGFzIHRoZSBVUkwgc2NoZW1lIGNhcmQgYW5kIGJhbmsgYXBwcyByZXR1cm4gdG8gYWZ0ZXIgYXV0aGVudGljYXRpb24sIG5lZWRlZCBpbiBhcHAgV2ViVmlld3MgKEtDUDogbW9iaWxlIG9ubHkpLCBhbmQgUG9ydE9uZSdzIFJlYWN0IE5hdGl2ZSBtb2R1bGUgcmVmdXNlcyBhIGNhbGwgd2l0aG91dCBpdC4gQSBicm93c2VyIHBheWxvYWQgY2Fubm90IGJlIHRvbGQgZnJvbSBhbiBhcHAncywgYnV0IHRoaXMgb25lIGNhbjogYGh0dHA6Ly9kZXRlY3RjaGFuZ2luZ3dlYnZpZXcvaWFtcG9ydC9pYCAoYW5kIGAvcm5gLCBgL2ZgLCBgL2NvcmApIGlzIHRoZSByZWRpcmVjdCBhZGRyZXNzIFBvcnRPbmUncyBpT1MsIFJlYWN0IE5hdGl2ZSwgRmx1dHRlciBhbmQgQ29yZG92YSBTREtzIHNldCwgc2VlbiBpbiByZWFsIGFwcCBjb2RlIHRoYXQgbGVmdCBgYXBwX3NjaGVtZWAgb3V0LiBUaGUgQW5kcm9pZCBTREsncyBhZGRyZXNzIChgL2FgKSBpcyBub3QgY2hlY2tlZDogQW5kcm9pZCByZXR1cm5zIHRocm91Z2ggaW50ZW50cy6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1spiMKHnVybC1wbGFjZWhvbGRlcjpVUkwgbGVmdCBhcyBhIGRvYyBwbGFjZWhvbGRlcl5VUkzsl5Ag66y47ISc7J2YIOyYiOyLnCDtkZzquLDqsIAg64Ko7JWEIOyeiOydjAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQACAgcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgoIW3t9XQAAAAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECCghbe31dAAAACBpub3RpY2VfdXJsWypdAAQAFG5vdGljZV91cmyIAQQCCghbe31dAAAACBZjb25maXJtX3VybAACABZjb25maXJtX3VybDQCCghbe31dAAAAAdoCYHtmaWVsZH1gIHt2YWx1ZX0gaG9sZHMgYHtgIG9yIGB9YDogYSBwbGFjZWhvbGRlciBjb3BpZWQgZnJvbSB0aGUgZG9jcywgb3IgZGF0YSB0aGF0IG5lZWRzIHBlcmNlbnQtZW5jb2RpbmcgKGAlN0JgLCBgJTdEYCk7IHB1dCB0aGUgYWJzb2x1dGUgVVJMIG9mIHlvdXIgb3duIHBhZ2Ugb3IgZW5kcG9pbnTEA2B7ZmllbGR9YCDqsJIge3ZhbHVlfeyXkCBge2Ag65iQ64qUIGB9YOqwgCDsnojsirXri4jri6QuIOusuOyEnOydmCDsmIjsi5wg7ZGc6riw7J206rGw64KYIO2NvOyEvO2KuCDsnbjsvZTrlKkoYCU3QmAsIGAlN0RgKeydtCDtlYTsmpTtlZwg6rCS7J6F64uI64ukLiDqs6DqsJ3sgqwg7Y6Y7J207KeAIOuYkOuKlCDsl5Trk5ztj6zsnbjtirjsnZgg7KCI64yAIFVSTOydhCDsnoXroKXtlZjshLjsmpQAAOAFT2xkZXIgUG9ydE9uZSBzYW1wbGVzIHdyaXRlIGBtX3JlZGlyZWN0X3VybDogJ3vrqqjrsJTsnbzsl5DshJwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWYIOuQoCBVUkx9J2AsIGFuZCBtZXJjaGFudCBjb2RlIGNvcGllcyBpdCB2ZXJiYXRpbSAoc2VlbiBpbiBwdWJsaWMgcmVwb3NpdG9yaWVzKS4gSXQgaXMgbm90IGEgVVJMLCBzbyB0aGUgbW9iaWxlIHJlc3VsdCAob3IgdGhlIHdlYmhvb2spIGdvZXMgbm93aGVyZS4gQnJhY2VzIG5ldmVyIG9jY3VyIGluIGEgcmVhbCBVUkwgdW5lbmNvZGVkLiBUaGlzIHJlcGxhY2VzIHRoZSBnZW5lcmljIFVSTC1mb3JtYXQgZXJyb3IgYXQgdGhlIHNhbWUgbWVtYmVyIHdpdGggYSBwcmVjaXNlIG9uZS7gBU9sZGVyIFBvcnRPbmUgc2FtcGxlcyB3cml0ZSBgbV9yZWRpcmVjdF91cmw6ICd766qo67CU7J287JeQ7IScIOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmCDrkKAgVVJMfSdgLCBhbmQgbWVyY2hhbnQgY29kZSBjb3BpZXMgaXQgdmVyYmF0aW0gKHNlZW4gaW4gcHVibGljIHJlcG9zaXRvcmllcykuIEl0IGlzIG5vdCBhIFVSTCwgc28gdGhlIG1vYmlsZSByZXN1bHQgKG9yIHRoZSB3ZWJob29rKSBnb2VzIG5vd2hlcmUuIEJyYWNlcyBuZXZlciBvY2N1ciBpbiBhIHJlYWwgVVJMIHVuZW5jb2RlZC4gVGhpcyByZXBsYWNlcyB0aGUgZ2VuZXJpYyBVUkwtZm9ybWF0IGVycm9yIGF0IHRoZSBzYW1lIG1lbWJlciB3aXRoIGEgcHJlY2lzZSBvbmUuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOYjCjhyZWRpcmVjdC11cmwtZG9jLXBsYWNlaG9sZGVyUGBtX3JlZGlyZWN0X3VybGAgbGVmdCBhcyB0aGUgZG9jIGV4YW1wbGVeYG1fcmVkaXJlY3RfdXJsYCDsmIjsi5wg6rCS7J2EIOq3uOuMgOuhnCDsgqzsmqkOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgqWASg/aSleaHR0cHM/Oi8vKHRlc3R0ZXN0XC50ZXN0fCh3d3dcLik/eW91cmRvbWFpblwuY29tKSg6WzAtOV0rKT8oWy8/I10uKik/JAAAAAH8AWBtX3JlZGlyZWN0X3VybGAge3ZhbHVlfSBpcyB0aGUgZG9jIGV4YW1wbGU6IG1vYmlsZSBidXllcnMgd291bGQgYmUgc2VudCB0byBhIHBhZ2UgdGhhdCBpcyBub3QgeW91cnM7IHVzZSB5b3VyIG93biByZXN1bHQgcGFnZaIDYG1fcmVkaXJlY3RfdXJsYCDqsJIge3ZhbHVlfeydgCjripQpIOusuOyEnOydmCDsmIjsi5wg6rCS7J6F64uI64ukLiDrqqjrsJTsnbwg6rWs66ek7J6Q6rCAIOqzoOqwneyCrOydmCDtjpjsnbTsp4DqsIAg7JWE64uMIOqzs+ycvOuhnCDsnbTrj5ntlZjrr4DroZwg6rOg6rCd7IKs7J2YIOqysOygnCDqsrDqs7wg7Y6Y7J207KeAIFVSTOydhCDsnoXroKXtlZjshLjsmpQAALgGQm90aCBTREsgZXhhbXBsZXMgb24gdGhlIEtDUCBwYWdlIHNlbmQgYG1fcmVkaXJlY3RfdXJsOiAiaHR0cHM6Ly90ZXN0dGVzdC50ZXN0ImA7IGAudGVzdGAgaXMgYSByZXNlcnZlZCBkb21haW4gdGhhdCBuZXZlciByZXNvbHZlcywgc28gdGhlIG1vYmlsZSByZXN1bHQgcGFnZSBpcyBsb3N0LiBUaGUgbGVnYWN5IGlhbXBvcnQgbWFudWFsJ3Mgc2FtcGxlLCBzdGlsbCBjb3BpZWQgaW50byBtZXJjaGFudCBjb2RlLCBzZW5kcyBgaHR0cHM6Ly93d3cueW91cmRvbWFpbi5jb20vcGF5bWVudHMvY29tcGxldGVgOiBhIHJlYWwgZG9tYWluIHRoYXQgaXMgbm90IHRoZSBtZXJjaGFudCdzLCB3aGljaCB0aGVuIHJlY2VpdmVzIHRoZSBtb2JpbGUgYnV5ZXIgYW5kIHRoZSBwYXltZW50IHJlc3VsdCBpbiBpdHMgcXVlcnkgc3RyaW5nLrgGQm90aCBTREsgZXhhbXBsZXMgb24gdGhlIEtDUCBwYWdlIHNlbmQgYG1fcmVkaXJlY3RfdXJsOiAiaHR0cHM6Ly90ZXN0dGVzdC50ZXN0ImA7IGAudGVzdGAgaXMgYSByZXNlcnZlZCBkb21haW4gdGhhdCBuZXZlciByZXNvbHZlcywgc28gdGhlIG1vYmlsZSByZXN1bHQgcGFnZSBpcyBsb3N0LiBUaGUgbGVnYWN5IGlhbXBvcnQgbWFudWFsJ3Mgc2FtcGxlLCBzdGlsbCBjb3BpZWQgaW50byBtZXJjaGFudCBjb2RlLCBzZW5kcyBgaHR0cHM6Ly93d3cueW91cmRvbWFpbi5jb20vcGF5bWVudHMvY29tcGxldGVgOiBhIHJlYWwgZG9tYWluIHRoYXQgaXMgbm90IHRoZSBtZXJjaGFudCdzLCB3aGljaCB0aGVuIHJlY2VpdmVzIHRoZSBtb2JpbGUgYnV5ZXIgYW5kIHRoZSBwYXltZW50IHJlc3VsdCBpbiBpdHMgcXVlcnkgc3RyaW5nLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1NSVNDLTAwNgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWycJAouYXBwLXNjaGVtZS1zYW1wbGUtdmFsdWVGYGFwcF9zY2hlbWVgIGxlZnQgYXMgYSBzYW1wbGUgdmFsdWVWYGFwcF9zY2hlbWVgIOyYiOyLnCDqsJLsnYQg6re464yA66GcIOyCrOyaqQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCBRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgrWASg/aSleXHMqKGV4YW1wbGV8aWFtcG9ydGFwcHxleGFtcGxlZm9ycm58ZXhhbXBsZWZvcm1hbmFnZWRleHBvfGZsdXR0ZXJleGFtcGxlfGlvXC5pb25pY1wuc3RhcnRlcikoOi8vKT9ccyokAAAAAaQDYGFwcF9zY2hlbWVgIHt2YWx1ZX0gaXMgdGhlIHNhbXBsZSB2YWx1ZSBvZiBQb3J0T25lJ3MgYXBwIGV4YW1wbGVzOiBjYXJkIGFuZCBiYW5rIGFwcHMgcmV0dXJuIHRvIHRoaXMgc2NoZW1lIGFmdGVyIGF1dGhlbnRpY2F0aW9uLCBzbyB1c2UgdGhlIFVSTCBzY2hlbWUgcmVnaXN0ZXJlZCBmb3IgeW91ciBhcHAgKEluZm8ucGxpc3QsIEFuZHJvaWRNYW5pZmVzdC54bWwp4ANgYXBwX3NjaGVtZWAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag7JWxIOyYiOygnOydmCDsmIjsi5wg6rCS7J6F64uI64ukLiDsubTrk5zsgqzCt+ydgO2WiSDslbHsnbQg7J247KadIO2bhCDsnbQgVVJMIHNjaGVtZeycvOuhnCDrj4zslYTsmKTrr4DroZwg6rOg6rCd7IKsIOyVseyXkCDrk7HroZ3tlZwgVVJMIHNjaGVtZShJbmZvLnBsaXN0LCBBbmRyb2lkTWFuaWZlc3QueG1sKeydhCDsnoXroKXtlZjshLjsmpQAANwKYGFwcF9zY2hlbWVgIGlzIHRoZSBVUkwgc2NoZW1lIHRoYXQgSVNQLCBhcHAtY2FyZCBhbmQgYmFuayBhcHBzIG9wZW4gdG8gcmV0dXJuIHRoZSBidXllciB0byB0aGUgbWVyY2hhbnQncyBhcHAgYWZ0ZXIgYXV0aGVudGljYXRpb24gKEtDUCBwYWdlIGFuZCBTREsgcmVmZXJlbmNlOiByZXF1aXJlZCBpbiBhcHAgV2ViVmlld3MpLiBUaGUgc2FtcGxlczogYGV4YW1wbGVmb3JybmAgKHRoZSBSZWFjdCBOYXRpdmUgd3JhcHBlcidzIGV4YW1wbGUgYXBwKSwgYGV4YW1wbGVmb3JtYW5hZ2VkZXhwb2AgKGl0cyBFeHBvIGV4YW1wbGUpLCBgZmx1dHRlcmV4YW1wbGVgICh0aGUgRmx1dHRlciB3cmFwcGVyJ3MpLCBgaW8uaW9uaWMuc3RhcnRlcmAgKHRoZSBDYXBhY2l0b3Igd3JhcHBlcidzKSwgYGV4YW1wbGVgICh0aGUgd3JhcHBlcnMnIFJFQURNRXMpIGFuZCBgaWFtcG9ydGFwcGAgKHRoZSBsZWdhY3kgaWFtcG9ydCBtYW51YWwpLiBSZWFsIGFwcHMgY29weSB0aGVtOyBsZWZ0IGFzIGlzLCB0aGUgYnV5ZXIgaXMgc2VudCB0byBhbm90aGVyIGFwcCAob3Igbm9uZSkgYW5kIHRoZSBwYXltZW50IGlzIHN0cmFuZGVkLiBQb3J0T25lIHN0YWZmIGhhdmUgYW5zd2VyZWQgbWVyY2hhbnQgcmVwb3J0cyBvZiB0aGlzIGZhaWx1cmUgd2l0aCAicmVwbGFjZSB0aGUgYXBwX3NjaGVtZSB2YWx1ZSB3aXRoIHlvdXIgb3duIi7cCmBhcHBfc2NoZW1lYCBpcyB0aGUgVVJMIHNjaGVtZSB0aGF0IElTUCwgYXBwLWNhcmQgYW5kIGJhbmsgYXBwcyBvcGVuIHRvIHJldHVybiB0aGUgYnV5ZXIgdG8gdGhlIG1lcmNoYW50J3MgYXBwIGFmdGVyIGF1dGhlbnRpY2F0aW9uIChLQ1AgcGFnZSBhbmQgU0RLIHJlZmVyZW5jZTogcmVxdWlyZWQgaW4gYXBwIFdlYlZpZXdzKS4gVGhlIHNhbXBsZXM6IGBleGFtcGxlZm9ycm5gICh0aGUgUmVhY3QgTmF0aXZlIHdyYXBwZXIncyBleGFtcGxlIGFwcCksIGBleGFtcGxlZm9ybWFuYWdlZGV4cG9gIChpdHMgRXhwbyBleGFtcGxlKSwgYGZsdXR0ZXJleGFtcGxlYCAodGhlIEZsdXR0ZXIgd3JhcHBlcidzKSwgYGlvLmlvbmljLnN0YXJ0ZXJgICh0aGUgQ2FwYWNpdG9yIHdyYXBwZXIncyksIGBleGFtcGxlYCAodGhlIHdyYXBwZXJzJyBSRUFETUVzKSBhbmQgYGlhbXBvcnRhcHBgICh0aGUgbGVnYWN5IGlhbXBvcnQgbWFudWFsKS4gUmVhbCBhcHBzIGNvcHkgdGhlbTsgbGVmdCBhcyBpcywgdGhlIGJ1eWVyIGlzIHNlbnQgdG8gYW5vdGhlciBhcHAgKG9yIG5vbmUpIGFuZCB0aGUgcGF5bWVudCBpcyBzdHJhbmRlZC4gUG9ydE9uZSBzdGFmZiBoYXZlIGFuc3dlcmVkIG1lcmNoYW50IHJlcG9ydHMgb2YgdGhpcyBmYWlsdXJlIHdpdGggInJlcGxhY2UgdGhlIGFwcF9zY2hlbWUgdmFsdWUgd2l0aCB5b3VyIG93biIuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNokCiZub3RpY2UtdXJsLWFic29sdXRlQGBub3RpY2VfdXJsYCBub3QgYW4gYWJzb2x1dGUgVVJMSGBub3RpY2VfdXJsYOydtCDsoIjrjIAgVVJM7J20IOyVhOuLmAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECHAIIBgIuAAACCEAGAi4AAAIGCl5ccyokBgIuAAACEAZ1cmwGAi4AAAIGCFt7fV0AAAAIGm5vdGljZV91cmxbKl0ABAAUbm90aWNlX3VybIgBBAIcAgQGAi4AAAIQBnVybAYCLgAAAgYIW3t9XQAAAAG2AWB7ZmllbGR9YCB7dmFsdWV9IG11c3QgYmUgYW4gYWJzb2x1dGUgaHR0cChzKSBVUkw6IFBvcnRPbmUncyBzZXJ2ZXIgcG9zdHMgdGhlIHdlYmhvb2sgdG8gaXSCAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOygiOuMgCBVUkwoaHR0cC9odHRwcynsnbTslrTslbwg7ZWp64uI64ukLiDtj6ztirjsm5Ag7ISc67KE6rCAIOydtCDso7zshozroZwg7Ju57ZuF7J2EIOuztOuDheuLiOuLpAAAggVgbm90aWNlX3VybGAgKGEgc3RyaW5nIG9yLCBvbiB0aGUgS0NQIHBhZ2UsIGFuIGFycmF5IG9mIHN0cmluZ3MpIHJlcGxhY2VzIHRoZSBjb25zb2xlJ3Mgd2ViaG9vayBVUkwgZm9yIHRoaXMgcGF5bWVudCBhbmQgdGhlIGNvbnNvbGUgVVJMIGlzIHRoZW4gbm90IGNhbGxlZDsgUG9ydE9uZSdzIHNlcnZlciBjYW4gb25seSBwb3N0IHRvIGFuIGFic29sdXRlIGh0dHAocykgVVJMLCBzbyBhIHJlbGF0aXZlIHBhdGggbG9zZXMgZXZlcnkgd2ViaG9vay4gVmFsdWVzIHdpdGggYHsuLi59YCBkb2MgcGxhY2Vob2xkZXJzIGFyZSBsZWZ0IHRvIHVybC1wbGFjZWhvbGRlci6CBWBub3RpY2VfdXJsYCAoYSBzdHJpbmcgb3IsIG9uIHRoZSBLQ1AgcGFnZSwgYW4gYXJyYXkgb2Ygc3RyaW5ncykgcmVwbGFjZXMgdGhlIGNvbnNvbGUncyB3ZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IGFuZCB0aGUgY29uc29sZSBVUkwgaXMgdGhlbiBub3QgY2FsbGVkOyBQb3J0T25lJ3Mgc2VydmVyIGNhbiBvbmx5IHBvc3QgdG8gYW4gYWJzb2x1dGUgaHR0cChzKSBVUkwsIHNvIGEgcmVsYXRpdmUgcGF0aCBsb3NlcyBldmVyeSB3ZWJob29rLiBWYWx1ZXMgd2l0aCBgey4uLn1gIGRvYyBwbGFjZWhvbGRlcnMgYXJlIGxlZnQgdG8gdXJsLXBsYWNlaG9sZGVyLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3dlYmhvb2svcmVhZG1lLXYxP3Y9djEBFktDUC1VUkwtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKYlCjR1cmwtdW5yZWFjaGFibGUtYnktcG9ydG9uZWBTZXJ2ZXItY2FsbGVkIFVSTCBvbiBhIGxvY2FsIG9yIHBsYWNlaG9sZGVyIGhvc3RY7Y+s7Yq47JuQIOyEnOuyhOqwgCDtmLjstpztlaAg7IiYIOyXhuuKlCBVUkwOd2FybmluZwEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAICBRub3RpY2VfdXJsAAIAFG5vdGljZV91cmyIAQIWEmxvY2FsLXVybAAAAAgabm90aWNlX3VybFsqXQAEABRub3RpY2VfdXJsiAEEAhYSbG9jYWwtdXJsAAAACBZjb25maXJtX3VybAACABZjb25maXJtX3VybDQCFhJsb2NhbC11cmwAAAAILnNjaGVkdWxlc1sqXS5ub3RpY2VfdXJsAAYAEnNjaGVkdWxlcwAEABRub3RpY2VfdXJsiAECFhJsb2NhbC11cmwAAAABoAJge2ZpZWxkfWAge3ZhbHVlfSBwb2ludHMgdG8gYSBsb2NhbCwgcHJpdmF0ZSBvciBwbGFjZWhvbGRlciBob3N0IHRoYXQgUG9ydE9uZSdzIHNlcnZlcnMgY2Fubm90IHJlYWNoOiB1c2UgYSBwdWJsaWMgVVJMIChhIHR1bm5lbCBpbiBkZXZlbG9wbWVudCmOA2B7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIO2PrO2KuOybkCDshJzrsoTqsIAg7KCR6re87ZWgIOyImCDsl4bripQg66Gc7LuswrfsgqzshKTCt+yYiOyLnCDso7zshozsnoXri4jri6QuIOyZuOu2gOyXkOyEnCDsoJHqt7wg6rCA64ql7ZWcIFVSTOydhCDsnoXroKXtlZjshLjsmpQgKOqwnOuwnCDspJHsl5DripQg7YSw64SQ66eBIOyjvOyGjCkAANQGYG5vdGljZV91cmxgICh3ZWJob29rKSBhbmQgYGNvbmZpcm1fdXJsYCAoY29uZmlybSBwcm9jZXNzKSBhcmUgY2FsbGVkIGJ5IFBvcnRPbmUncyBzZXJ2ZXJzLCBub3QgYnkgdGhlIGJ1eWVyJ3MgYnJvd3Nlciwgc28gYGxvY2FsaG9zdGAsIHByaXZhdGUgYWRkcmVzc2VzIGFuZCByZXNlcnZlZCBuYW1lcyBzdWNoIGFzIHRoZSBkb2NzJyBgdGVzdHRlc3QudGVzdGAgbmV2ZXIgcmVjZWl2ZSB0aGVtOiB3ZWJob29rcyBhcmUgbG9zdCwgYW5kIGFuIHVucmVhY2hhYmxlIGNvbmZpcm1fdXJsIG1ha2VzIGV2ZXJ5IHBheW1lbnQgZmFpbC4gVGhlIHNhbWUgaG9sZHMgZm9yIGBub3RpY2VfdXJsYCBvZiB0aGUgUkVTVCBjYWxscyBhbmQgb2YgZWFjaCBzY2hlZHVsZS4gV2FybmluZywgc2luY2UgYSB0ZXN0IHNldHVwIG1heSBkbyB0aGlzIG9uIHB1cnBvc2Uu1AZgbm90aWNlX3VybGAgKHdlYmhvb2spIGFuZCBgY29uZmlybV91cmxgIChjb25maXJtIHByb2Nlc3MpIGFyZSBjYWxsZWQgYnkgUG9ydE9uZSdzIHNlcnZlcnMsIG5vdCBieSB0aGUgYnV5ZXIncyBicm93c2VyLCBzbyBgbG9jYWxob3N0YCwgcHJpdmF0ZSBhZGRyZXNzZXMgYW5kIHJlc2VydmVkIG5hbWVzIHN1Y2ggYXMgdGhlIGRvY3MnIGB0ZXN0dGVzdC50ZXN0YCBuZXZlciByZWNlaXZlIHRoZW06IHdlYmhvb2tzIGFyZSBsb3N0LCBhbmQgYW4gdW5yZWFjaGFibGUgY29uZmlybV91cmwgbWFrZXMgZXZlcnkgcGF5bWVudCBmYWlsLiBUaGUgc2FtZSBob2xkcyBmb3IgYG5vdGljZV91cmxgIG9mIHRoZSBSRVNUIGNhbGxzIGFuZCBvZiBlYWNoIHNjaGVkdWxlLiBXYXJuaW5nLCBzaW5jZSBhIHRlc3Qgc2V0dXAgbWF5IGRvIHRoaXMgb24gcHVycG9zZS6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi93ZWJob29rL3JlYWRtZS12MT92PXYxARZLQ1AtVVJMLTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzyJQo4Y29uZmlybS11cmwtbmVlZHMtYWN0aXZhdGlvblJgY29uZmlybV91cmxgIG5lZWRzIGFjdGl2YXRpb24gYnkgUG9ydE9uZVZgY29uZmlybV91cmxg7J2AIO2PrO2KuOybkCDtmZzshLHtmZQg7ZWE7JqUCGluZm8BAQIWc2RrLXBheW1lbnQBAAQGFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAIQBnVybAQGFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAIQEmxvY2FsLXVybAICAhZjb25maXJtX3VybAACABZjb25maXJtX3VybDQAAAABsgJgY29uZmlybV91cmxgIG9ubHkgd29ya3MgYWZ0ZXIgUG9ydE9uZSB0ZWNoIHN1cHBvcnQgZW5hYmxlcyB0aGUgY29uZmlybSBwcm9jZXNzOyB0aGUgZW5kcG9pbnQgbXVzdCBhbnN3ZXIgMjAwIHdpdGhpbiAxMCBzZWNvbmRzIG9yIHRoZSBwYXltZW50IGlzIGFib3J0ZWSkA2Bjb25maXJtX3VybGDsnYAg7Y+s7Yq47JuQIOq4sOyIoOyngOybkO2MgOyXkCDsmpTssq3tlbQgY29uZmlybSBwcm9jZXNz66W8IO2ZnOyEse2ZlO2VnCDtm4Qg7IKs7Jqp7ZWgIOyImCDsnojsirXri4jri6QuIOyXlOuTnO2PrOyduO2KuOqwgCAxMOy0iCDslYjsl5AgMjAw7Jy866GcIOydkeuLte2VmOyngCDslYrsnLzrqbQg6rKw7KCc6rCAIOykkeuLqOuQqeuLiOuLpAAA/gNUaGUgU0RLIHJlZmVyZW5jZTogdXNpbmcgYGNvbmZpcm1fdXJsYCBuZWVkcyBhIHNlcGFyYXRlIHJlcXVlc3QgdG8gc3VwcG9ydEBwb3J0b25lLmlvLiBUaGUgY29uZmlybS1wcm9jZXNzIHBhZ2U6IFBvcnRPbmUgcG9zdHMgaW1wX3VpZCwgbWVyY2hhbnRfdWlkIGFuZCBhbW91bnQganVzdCBiZWZvcmUgYXBwcm92YWwsIHdhaXRzIDEwIHNlY29uZHMsIGFuZCBhbnkgbm9uLTIwMCBhbnN3ZXIgYWJvcnRzIHRoZSBwYXltZW50LiBBZHZpY2Ugb25seS7+A1RoZSBTREsgcmVmZXJlbmNlOiB1c2luZyBgY29uZmlybV91cmxgIG5lZWRzIGEgc2VwYXJhdGUgcmVxdWVzdCB0byBzdXBwb3J0QHBvcnRvbmUuaW8uIFRoZSBjb25maXJtLXByb2Nlc3MgcGFnZTogUG9ydE9uZSBwb3N0cyBpbXBfdWlkLCBtZXJjaGFudF91aWQgYW5kIGFtb3VudCBqdXN0IGJlZm9yZSBhcHByb3ZhbCwgd2FpdHMgMTAgc2Vjb25kcywgYW5kIGFueSBub24tMjAwIGFuc3dlciBhYm9ydHMgdGhlIHBheW1lbnQuIEFkdmljZSBvbmx5LpIBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2V4dHJhL2NvbmZpcm0tcHJvY2Vzcy9yZWFkbWUtdjE/dj12MQEYS0NQLU1JU0MtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLgmCiBhdXRoLW1vZGUta2V5LWluOmBhdXRoX21vZGVgIG90aGVyIHRoYW4ga2V5LWluLGBhdXRoX21vZGVgIOqwkiDsmKTrpZgKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggSYXV0aF9tb2RlAAIAEmF1dGhfbW9kZTICAgIGDGtleS1pbgAAAAGGAmBhdXRoX21vZGVgIHt2YWx1ZX0gaXMgbm90IHN1cHBvcnRlZCBieSBLQ1A6IHRoZSBvbmx5IHZhbHVlIGlzICJrZXktaW4iIChrZXktaW4gcGF5bWVudCB3aW5kb3cpOyBsZWF2ZSBpdCBvdXQgZm9yIHRoZSBub3JtYWwgd2luZG931gJgYXV0aF9tb2RlYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUOyXkOyEnCDsp4Dsm5DtlZjsp4Ag7JWK7Iq164uI64ukLiDtgqTsnbgg6rKw7KCc7LC97J2AICJrZXktaW4i7Jy866Gc66eMIO2YuOy2nO2VmOupsCDsnbzrsJgg6rKw7KCc7LC97J2AIO2MjOudvOuvuO2EsOulvCDsg53rnrXtlZjshLjsmpQAAL4BVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgYXV0aF9tb2RlOiAia2V5LWluImAgKO2CpOyduOqysOygnCDsnbTsmqnsi5wg7ISk7KCVKSBhcyB0aGUgb25seSB2YWx1ZS6+AVRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYGF1dGhfbW9kZTogImtleS1pbiJgICjtgqTsnbjqsrDsoJwg7J207Jqp7IucIOyEpOyglSkgYXMgdGhlIG9ubHkgdmFsdWUulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLU1JU0MtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbO4mCjJzZGstcGFyYW1zLWlnbm9yZWQtYnkta2NwOFBhcmFtZXRlciBvZiBhbm90aGVyIGdhdGV3YXlA64uk66W4IFBH7IKsIOyghOyaqSDtjIzrnbzrr7jthLAIaW5mbwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgIcDmJpel9udW0AAgAOYml6X251bYoBDHBlcmlvZAACAAxwZXJpb2SMARhuaWNlTW9iaWxlVjIAAgAYbmljZU1vYmlsZVYyjgEWbmF2ZXJVc2VDZm0AAgAWbmF2ZXJVc2VDZm2QARxuYXZlclBvcHVwTW9kZQACABxuYXZlclBvcHVwTW9kZZIBGm5hdmVyUHJvZHVjdHMAAgAabmF2ZXJQcm9kdWN0c5QBJm5hdmVyQ3VsdHVyZUJlbmVmaXQAAgAmbmF2ZXJDdWx0dXJlQmVuZWZpdJYBIG5hdmVyUHJvZHVjdENvZGUAAgAgbmF2ZXJQcm9kdWN0Q29kZZgBHm5hdmVyQWN0aW9uVHlwZQACAB5uYXZlckFjdGlvblR5cGWaARxuYXZlckludGVyZmFjZQACABxuYXZlckludGVyZmFjZZwBGG5hdmVyQ2hhaW5JZAACABhuYXZlckNoYWluSWSeAShuYXZlck1lcmNoYW50VXNlcktleQACAChuYXZlck1lcmNoYW50VXNlcktleaABJG5hdmVyUHVyY2hhc2VyTmFtZQACACRuYXZlclB1cmNoYXNlck5hbWWiASxuYXZlclB1cmNoYXNlckJpcnRoZGF5AAIALG5hdmVyUHVyY2hhc2VyQmlydGhkYXmkAQAAAAHQAWB7ZmllbGR9YCBpcyBhIHBhcmFtZXRlciBvZiBhbm90aGVyIGdhdGV3YXkgKERhbmFsLCBOSUNFLCBLRyBJbmljaXMgb3IgTmF2ZXIgUGF5IGRpcmVjdCk6IEtDUCBpZ25vcmVzIGl0xAJge2ZpZWxkfWDsnYAo64qUKSDri6TrpbggUEfsgqwo64uk64KgLCDrgpjsnbTsiqTtjpjsnbTrqLzsuKAsIEtH7J2064uI7Iuc7IqkLCDrhKTsnbTrsoTtjpjsnbQg7KeB7Jew64+ZKSDsoITsmqkg7YyM652866+47YSw7J2066+A66GcIEtDUOyXkOyEnOuKlCDrrLTsi5zrkKnri4jri6QAAJQJVGhlIFNESyByZWZlcmVuY2UgbWFya3MgYGJpel9udW1gIGFzIERhbmFsIHZpcnR1YWwgYWNjb3VudHMgb25seTsgUG9ydE9uZSdzIE5JQ0UgcGFnZSBkb2N1bWVudHMgYG5pY2VNb2JpbGVWMmA7IGBwZXJpb2RgIGlzIGZvciBJbmljaXMsIERhbmFsIGFuZCBOSUNFOyB0aGUgYG5hdmVyKmAgcGFyYW1ldGVycyBiZWxvbmcgdG8gYSBOYXZlciBQYXkgZGlyZWN0IGNoYW5uZWwgKEtDUCdzIGBuYXZlcnBheWAgbWV0aG9kIGdvZXMgdGhyb3VnaCBLQ1ApLiBIYXJtbGVzcywgYnV0IGEgc2lnbiBvZiBhIHBhcmFtZXRlciBvYmplY3Qgc2hhcmVkIGJldHdlZW4gZ2F0ZXdheXMuIEEgYmlsbGluZy1rZXkgd2luZG93IGlzIHRoZSBzYW1lIGByZXF1ZXN0X3BheWAgY2FsbCwgc28gdGhlIHNhbWUgaG9sZHMgdGhlcmUgKFBvcnRPbmUncyBBbmRyb2lkIGFuZCBpT1MgU0RLcyBhbmQgaXRzIENvcmRvdmEgcGx1Z2luIHNlbmQgYG5pY2VNb2JpbGVWMjogdHJ1ZWAgd2l0aCBldmVyeSByZXF1ZXN0LCB0aGUgRmx1dHRlciBtb2R1bGUgd2hlbiB0aGUgYXBwIHBhc3NlcyBpdCk6IGFuIGluZm8sIG5vdCBgZmllbGQtdW5rbm93bmAncyB3YXJuaW5nLpQJVGhlIFNESyByZWZlcmVuY2UgbWFya3MgYGJpel9udW1gIGFzIERhbmFsIHZpcnR1YWwgYWNjb3VudHMgb25seTsgUG9ydE9uZSdzIE5JQ0UgcGFnZSBkb2N1bWVudHMgYG5pY2VNb2JpbGVWMmA7IGBwZXJpb2RgIGlzIGZvciBJbmljaXMsIERhbmFsIGFuZCBOSUNFOyB0aGUgYG5hdmVyKmAgcGFyYW1ldGVycyBiZWxvbmcgdG8gYSBOYXZlciBQYXkgZGlyZWN0IGNoYW5uZWwgKEtDUCdzIGBuYXZlcnBheWAgbWV0aG9kIGdvZXMgdGhyb3VnaCBLQ1ApLiBIYXJtbGVzcywgYnV0IGEgc2lnbiBvZiBhIHBhcmFtZXRlciBvYmplY3Qgc2hhcmVkIGJldHdlZW4gZ2F0ZXdheXMuIEEgYmlsbGluZy1rZXkgd2luZG93IGlzIHRoZSBzYW1lIGByZXF1ZXN0X3BheWAgY2FsbCwgc28gdGhlIHNhbWUgaG9sZHMgdGhlcmUgKFBvcnRPbmUncyBBbmRyb2lkIGFuZCBpT1MgU0RLcyBhbmQgaXRzIENvcmRvdmEgcGx1Z2luIHNlbmQgYG5pY2VNb2JpbGVWMjogdHJ1ZWAgd2l0aCBldmVyeSByZXF1ZXN0LCB0aGUgRmx1dHRlciBtb2R1bGUgd2hlbiB0aGUgYXBwIHBhc3NlcyBpdCk6IGFuIGluZm8sIG5vdCBgZmllbGQtdW5rbm93bmAncyB3YXJuaW5nLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARhLQ1AtTUlTQy0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1smCcKLHRlc3Qtc2l0ZS1hbW91bnQtcmFuZ2VQQW1vdW50IG91dHNpZGUgdGhlIEtDUCB0ZXN0IHNpdGUncyByYW5nZV5LQ1Ag7YWM7Iqk7Yq4IOyCrOydtO2KuOy9lOuTnCDquIjslaEg67KU7JyEIOuwlghpbmZvAQECFnNkay1wYXltZW50AQAEBgRwZwACAARwZxYCAgYSa2NwLlQwMDAwBgxhbW91bnQAAgAMYW1vdW50DAIIBAIIDGFtb3VudAACAAxhbW91bnQMAhwCBAYCLgAABAoGZ3RlAAAAAAAAQI9ACDEwMDAKBmx0ZQAAAAAAAIyzQAg1MDA0BgIuAAACAgQAAAAAgGroQAo1MDAwNAAAAAG8AmBhbW91bnRgIHt2YWx1ZX0gb24gdGhlIHB1YmxpYyBLQ1AgdGVzdCBzaXRlIChga2NwLlQwMDAwYCkgbWF5IGJlIHJlZnVzZWQ6IEtDUCB0ZXN0IHRyYW5zYWN0aW9ucyB0YWtlIDEsMDAwLTUsMDA0IEtSVyBsdW1wIHN1bSBvciA1MCwwMDQgS1JXIHdpdGggaW5zdGFsbG1lbnRzkANLQ1Ag6rO17JqpIO2FjOyKpO2KuCDsgqzsnbTtirjsvZTrk5woYGtjcC5UMDAwMGAp7JeQ7IScIGBhbW91bnRgIOqwkiB7dmFsdWV97J2AKOuKlCkg6rGw7KCI65CgIOyImCDsnojsirXri4jri6QuIO2FjOyKpO2KuCDqsbDrnpjripQg7J287Iuc67aIIDEsMDAwfjUsMDA07JuQIOuYkOuKlCDtlaDrtoAgNTAsMDA07JuQ66eMIOqwgOuKpe2VqeuLiOuLpAAAyARLQ1AncyByZXN1bHQgY29kZSA4MTI5IChQb3J0T25lJ3MgS0NQIGNvZGUgd29ya2Jvb2spIHNheXMgdGVzdCB0cmFuc2FjdGlvbnMgbXVzdCBiZSAxLDAwMCB0byA1LDAwNCBLUlcgbHVtcCBzdW0gb3IgNTAsMDA0IEtSVyB3aXRoIGluc3RhbGxtZW50cy4gT25seSB0aGUgcHVibGljIHRlc3Qgc2l0ZSBjb2RlIGlzIHJlY29nbmlzYWJsZSBpbiB0aGUgcGF5bG9hZCwgYW5kIFBvcnRPbmUncyBwbGF5Z3JvdW5kIHVzZXMgb3RoZXIgYW1vdW50cyBvbiBpdHMgb3duIHRlc3QgY2hhbm5lbCwgc28gYWR2aWNlIG9ubHkuyARLQ1AncyByZXN1bHQgY29kZSA4MTI5IChQb3J0T25lJ3MgS0NQIGNvZGUgd29ya2Jvb2spIHNheXMgdGVzdCB0cmFuc2FjdGlvbnMgbXVzdCBiZSAxLDAwMCB0byA1LDAwNCBLUlcgbHVtcCBzdW0gb3IgNTAsMDA0IEtSVyB3aXRoIGluc3RhbGxtZW50cy4gT25seSB0aGUgcHVibGljIHRlc3Qgc2l0ZSBjb2RlIGlzIHJlY29nbmlzYWJsZSBpbiB0aGUgcGF5bG9hZCwgYW5kIFBvcnRPbmUncyBwbGF5Z3JvdW5kIHVzZXMgb3RoZXIgYW1vdW50cyBvbiBpdHMgb3duIHRlc3QgY2hhbm5lbCwgc28gYWR2aWNlIG9ubHkugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMz92PXYxARhLQ1AtVEVTVC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s2icKKG1lcmNoYW50LXVpZC1taXNzaW5nMmBtZXJjaGFudF91aWRgIGlzIG1pc3NpbmcqYG1lcmNoYW50X3VpZGAg64iE6529CmVycm9yAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAAIYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoAAAABsAFgbWVyY2hhbnRfdWlkYCBpcyByZXF1aXJlZDogc2VuZCB5b3VyIG93biBvcmRlciBudW1iZXIsIHVuaXF1ZSBmb3IgZXZlcnkgcGF5bWVudCByZXF1ZXN09AFgbWVyY2hhbnRfdWlkYCjqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgp64qUIO2VhOyImOyeheuLiOuLpC4g6rKw7KCcIOyalOyyreuniOuLpCDqs6DsnKDtlZjqsowg7LGE67KI7ZW07JW8IO2VqeuLiOuLpAAAhgRUaGUgS0NQIHBhZ2UgbGlzdHMgYG1lcmNoYW50X3VpZGAgYW1vbmcgdGhlIG1haW4gcGFyYW1ldGVycyBvZiBJTVAucmVxdWVzdF9wYXkgKGFsc28gaW4gaXRzIGJpbGxpbmcta2V5IGV4YW1wbGUpIGFuZCB0aGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgaXQgcmVxdWlyZWQgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluLiBBbiBlbXB0eSBvciBibGFuayBzdHJpbmcgY291bnRzIGFzIG1pc3NpbmcuhgRUaGUgS0NQIHBhZ2UgbGlzdHMgYG1lcmNoYW50X3VpZGAgYW1vbmcgdGhlIG1haW4gcGFyYW1ldGVycyBvZiBJTVAucmVxdWVzdF9wYXkgKGFsc28gaW4gaXRzIGJpbGxpbmcta2V5IGV4YW1wbGUpIGFuZCB0aGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgaXQgcmVxdWlyZWQgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluLiBBbiBlbXB0eSBvciBibGFuayBzdHJpbmcgY291bnRzIGFzIG1pc3NpbmculAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUlELTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sVgo8c2NoZWR1bGVzLW1lcmNoYW50LXVpZC1taXNzaW5nUEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYG1lcmNoYW50X3VpZGBG7JiI7JW9IOqxtOydmCBgbWVyY2hhbnRfdWlkYCDriITrnb0KZXJyb3IBAQIacmVzdC1zY2hlZHVsZQACAAIyc2NoZWR1bGVzWypdLm1lcmNoYW50X3VpZAAGABJzY2hlZHVsZXMABAAYbWVyY2hhbnRfdWlkCgAAAAGQAWB7ZmllbGR9YCBpcyByZXF1aXJlZDogZXZlcnkgc2NoZWR1bGVkIGNoYXJnZSBuZWVkcyBpdHMgb3duIG9yZGVyIG51bWJlcsgBYHtmaWVsZH1g7J2AKOuKlCkg7ZWE7IiY7J6F64uI64ukLiDsmIjslb0g6rG066eI64ukIOqzoOycoO2VnCDso7zrrLjrsojtmLjrpbwg7KCE64us7ZW07JW8IO2VqeuLiOuLpAAA4AJgbWVyY2hhbnRfdWlkYCBpcyByZXF1aXJlZCBpbiBldmVyeSBpdGVtIG9mIGBzY2hlZHVsZXNgIChTY2hlZHVsZUFubm90YXRpb24gaW4gdGhlIHYxIFJFU1Qgc2NoZW1hKTsgUG9ydE9uZSBydW5zIGVhY2ggaXRlbSBhcyBhIHNlcGFyYXRlIC9hZ2FpbiBwYXltZW50IHVuZGVyIHRoYXQgb3JkZXIgbnVtYmVyLuACYG1lcmNoYW50X3VpZGAgaXMgcmVxdWlyZWQgaW4gZXZlcnkgaXRlbSBvZiBgc2NoZWR1bGVzYCAoU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSk7IFBvcnRPbmUgcnVucyBlYWNoIGl0ZW0gYXMgYSBzZXBhcmF0ZSAvYWdhaW4gcGF5bWVudCB1bmRlciB0aGF0IG9yZGVyIG51bWJlci6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARRLQ1AtSUQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWySAQoubWVyY2hhbnQtdWlkLW5vdC1zdHJpbmc8YG1lcmNoYW50X3VpZGAgaXMgbm90IGEgc3RyaW5nSmBtZXJjaGFudF91aWRg6rCAIOusuOyekOyXtOydtCDslYTri5gKZXJyb3IBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCAAIAAAAIMnNjaGVkdWxlc1sqXS5tZXJjaGFudF91aWQABgASc2NoZWR1bGVzAAQAGG1lcmNoYW50X3VpZAoCAAIAAAABkAFge2ZpZWxkfWAgbXVzdCBiZSBhIHN0cmluZywgZm91bmQge3ZhbHVlfTogc2VuZCB0aGUgb3JkZXIgbnVtYmVyIGFzIHRleHTiAWB7ZmllbGR9YOydgCjripQpIOusuOyekOyXtOydtOyWtOyVvCDtlZjripTrjbAge3ZhbHVlfeyeheuLiOuLpC4g7KO866y467KI7Zi464qUIOusuOyekOyXtOuhnCDrs7TrgrTslbwg7ZWp64uI64ukAACkA0V2ZXJ5IFBvcnRPbmUgc291cmNlIHR5cGVzIGBtZXJjaGFudF91aWRgIGFzIGEgc3RyaW5nLiBBIG51bWJlciBsb3NlcyBsZWFkaW5nIHplcm9zIGFuZCwgYWJvdmUgMl41MywgZGlnaXRzIChKYXZhU2NyaXB0IG51bWJlcnMpLCBzbyB0aGUgb3JkZXIgbnVtYmVyIFBvcnRPbmUgc3RvcmVzIGlzIG5vdCB0aGUgb25lIHRoZSBtZXJjaGFudCdzIGRhdGFiYXNlIGhvbGRzLqQDRXZlcnkgUG9ydE9uZSBzb3VyY2UgdHlwZXMgYG1lcmNoYW50X3VpZGAgYXMgYSBzdHJpbmcuIEEgbnVtYmVyIGxvc2VzIGxlYWRpbmcgemVyb3MgYW5kLCBhYm92ZSAyXjUzLCBkaWdpdHMgKEphdmFTY3JpcHQgbnVtYmVycyksIHNvIHRoZSBvcmRlciBudW1iZXIgUG9ydE9uZSBzdG9yZXMgaXMgbm90IHRoZSBvbmUgdGhlIG1lcmNoYW50J3MgZGF0YWJhc2UgaG9sZHMulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMABCihtZXJjaGFudC11aWQtY2hhcnNldF5gbWVyY2hhbnRfdWlkYCBoYXMgY2hhcmFjdGVycyBLQ1AgZG9lcyBub3QgdGFrZW5gbWVyY2hhbnRfdWlkYOyXkCBLQ1DqsIAg67Cb7KeAIOyViuuKlCDrrLjsnpDqsIAg7J6I7J2MDndhcm5pbmcBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCHAIGBAYCLgAAAgYcW15BLVphLXowLTlfLV0EBgIuAAACBgRcUwYCLgAAAgYMW3t9PD5dAAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAhwCBgQGAi4AAAIGHFteQS1aYS16MC05Xy1dBAYCLgAAAgYEXFMGAi4AAAIGDFt7fTw+XQAAAAHyAWB7ZmllbGR9YCBjb250YWlucyBjaGFyYWN0ZXJzIG90aGVyIHRoYW4gbGV0dGVycywgZGlnaXRzLCBgLWAgYW5kIGBfYDogS0NQIHRha2VzIG9yZGVyIG51bWJlcnMgbWFkZSBvZiBsZXR0ZXJzIGFuZCBkaWdpdHOAAmB7ZmllbGR9YOyXkCDsmIHrrLgsIOyIq+yekCwgYC1gLCBgX2Ag7Jm47J2YIOusuOyekOqwgCDsnojsirXri4jri6QuIEtDUOuKlCDsmIHrrLjqs7wg7Iir7J6Q66GcIOuQnCDso7zrrLjrsojtmLjrpbwg67Cb7Iq164uI64ukAACuC1BvcnRPbmUgcGFzc2VzIGBtZXJjaGFudF91aWRgIHRvIEtDUCBhcyB0aGUgb3JkZXIgbnVtYmVyLiBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpIGFsbG93cyBvbmx5IGxldHRlcnMgYW5kIGRpZ2l0cyBpbiBpdDsgdGhlIHYxIEtDUCBwYWdlJ3Mgb3duIGV4YW1wbGVzIHVzZSBgLWAgYW5kIGBfYCAoYG9yZGVyX25vXzAwMDFgLCBgQTAwMDIxLVRFU1RgKSwgc28gdGhvc2UgdHdvIGFyZSBhY2NlcHRlZC4gQW55dGhpbmcgZWxzZSAoSGFuZ3VsLCBzcGFjZXMsIGAjYCwgYC9gLCBgLmApIGlzIGEgd2FybmluZywgbm90IGFuIGVycm9yLCBiZWNhdXNlIHRoZSB2MSBkb2N1bWVudGF0aW9uIGRvZXMgbm90IHN0YXRlIHRoZSBsaW1pdC4gQmxhbmsgdmFsdWVzIGFyZSBgbWVyY2hhbnQtdWlkLW1pc3NpbmdgOyBhIHBsYWNlaG9sZGVyIGxlZnQgYXMgd3JpdHRlbiAoYHtNZXJjaGFudCBjcmVhdGVkIE9yZGVyIElEfWApIGlzIGBtZXJjaGFudC11aWQtZG9jLXNhbXBsZWAuIEEgdmFsdWUgb3ZlciA0MCBjaGFyYWN0ZXJzIGRyYXdzIGJvdGggdGhpcyB3YXJuaW5nIGFuZCBmaWVsZC1sZW5ndGgncyBlcnJvciAoYGFsb25nc2lkZWApOiBgdGltZS5Ob3coKS5TdHJpbmcoKWAgaW4gYSBHbyBjbGllbnQgaXMgdG9vIGxvbmcgYW5kIGhhcyBzcGFjZXMsIGA6YCwgYCtgIGFuZCBgLmAsIGFuZCBjdXR0aW5nIGl0IHRvIDQwIGNoYXJhY3RlcnMga2VlcHMgdGhlbS6uC1BvcnRPbmUgcGFzc2VzIGBtZXJjaGFudF91aWRgIHRvIEtDUCBhcyB0aGUgb3JkZXIgbnVtYmVyLiBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpIGFsbG93cyBvbmx5IGxldHRlcnMgYW5kIGRpZ2l0cyBpbiBpdDsgdGhlIHYxIEtDUCBwYWdlJ3Mgb3duIGV4YW1wbGVzIHVzZSBgLWAgYW5kIGBfYCAoYG9yZGVyX25vXzAwMDFgLCBgQTAwMDIxLVRFU1RgKSwgc28gdGhvc2UgdHdvIGFyZSBhY2NlcHRlZC4gQW55dGhpbmcgZWxzZSAoSGFuZ3VsLCBzcGFjZXMsIGAjYCwgYC9gLCBgLmApIGlzIGEgd2FybmluZywgbm90IGFuIGVycm9yLCBiZWNhdXNlIHRoZSB2MSBkb2N1bWVudGF0aW9uIGRvZXMgbm90IHN0YXRlIHRoZSBsaW1pdC4gQmxhbmsgdmFsdWVzIGFyZSBgbWVyY2hhbnQtdWlkLW1pc3NpbmdgOyBhIHBsYWNlaG9sZGVyIGxlZnQgYXMgd3JpdHRlbiAoYHtNZXJjaGFudCBjcmVhdGVkIE9yZGVyIElEfWApIGlzIGBtZXJjaGFudC11aWQtZG9jLXNhbXBsZWAuIEEgdmFsdWUgb3ZlciA0MCBjaGFyYWN0ZXJzIGRyYXdzIGJvdGggdGhpcyB3YXJuaW5nIGFuZCBmaWVsZC1sZW5ndGgncyBlcnJvciAoYGFsb25nc2lkZWApOiBgdGltZS5Ob3coKS5TdHJpbmcoKWAgaW4gYSBHbyBjbGllbnQgaXMgdG9vIGxvbmcgYW5kIGhhcyBzcGFjZXMsIGA6YCwgYCtgIGFuZCBgLmAsIGFuZCBjdXR0aW5nIGl0IHRvIDQwIGNoYXJhY3RlcnMga2VlcHMgdGhlbS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtSUQtMDAzAAEA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz6AQoubWVyY2hhbnQtdWlkLWRvYy1zYW1wbGWQAWBtZXJjaGFudF91aWRgIGlzIGEgc2FtcGxlIHZhbHVlIGZyb20gdGhlIGRvY3VtZW50YXRpb24gb3IgYSBwbGFjZWhvbGRlcoQBYG1lcmNoYW50X3VpZGDqsIAg66y47ISc7J2YIOyYiOyLnCDqsJLsnbTqsbDrgpgg7J6Q66as7ZGc7Iuc7J6Q7J6EDndhcm5pbmcBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQACAgYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCBBAGGm9yZGVyX25vXzAwMDEGIG9yZGVyX2lkXzgyMzczNTIGJG9yZGVyX21vbnRobHlfMDAwMQYWQTAwMDIxLVRFU1QGJHlvdXJfbWVyY2hhbnRfdWlkMQYkeW91cl9tZXJjaGFudF91aWQyBiZPUkQyMDE4MDEzMS0wMDAwMDExBhw1NzAwODgzMy0zMzAwNAAAAAgyc2NoZWR1bGVzWypdLm1lcmNoYW50X3VpZAAGABJzY2hlZHVsZXMABAAYbWVyY2hhbnRfdWlkCgIEEAYab3JkZXJfbm9fMDAwMQYgb3JkZXJfaWRfODIzNzM1MgYkb3JkZXJfbW9udGhseV8wMDAxBhZBMDAwMjEtVEVTVAYkeW91cl9tZXJjaGFudF91aWQxBiR5b3VyX21lcmNoYW50X3VpZDIGJk9SRDIwMTgwMTMxLTAwMDAwMTEGHDU3MDA4ODMzLTMzMDA0AAAACBhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIcAgQEBgIuAAACBhxbXkEtWmEtejAtOV8tXQQGAi4AAAIGDFt7fTw+XQGSA2B7ZmllbGR9YCBpcyB7dmFsdWV9LCBhIHBsYWNlaG9sZGVyIHRoYXQgd2FzIG5ldmVyIGZpbGxlZCBpbjogZXZlcnkgcmVxdWVzdCBzZW5kcyB0aGUgc2FtZSBvcmRlciBudW1iZXIsIHdoaWNoIGlzIHJlZnVzZWQgb25jZSBpdCBoYXMgYmVlbiBwYWlkIChGMTAwMik7IGdlbmVyYXRlIGEgdW5pcXVlIG9yZGVyIG51bWJlciBmb3IgZXZlcnkgcGF5bWVudPoDYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7LGE7JuM7KeA7KeAIOyViuydgCDsnpDrpqztkZzsi5zsnpDsnoXri4jri6QuIOuqqOuToCDsmpTssq3snbQg6rCZ7J2AIOyjvOusuOuyiO2YuOulvCDrs7TrgrTqsowg65CY7Ja0IO2VnCDrsogg6rKw7KCc65CcIOuSpOyXkOuKlCDqsbDsoIjrkKnri4jri6QoRjEwMDIpLiDqsrDsoJwg7JqU7LKt66eI64ukIOqzoOycoO2VnCDso7zrrLjrsojtmLjrpbwg7LGE67KI7ZW07JW8IO2VqeuLiOuLpAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAhwCBAQGAi4AAAIGHFteQS1aYS16MC05Xy1dBAYCLgAAAgYMW3t9PD5dAZIDYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIGEgcGxhY2Vob2xkZXIgdGhhdCB3YXMgbmV2ZXIgZmlsbGVkIGluOiBldmVyeSByZXF1ZXN0IHNlbmRzIHRoZSBzYW1lIG9yZGVyIG51bWJlciwgd2hpY2ggaXMgcmVmdXNlZCBvbmNlIGl0IGhhcyBiZWVuIHBhaWQgKEYxMDAyKTsgZ2VuZXJhdGUgYSB1bmlxdWUgb3JkZXIgbnVtYmVyIGZvciBldmVyeSBwYXltZW50+gNge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDssYTsm4zsp4Dsp4Ag7JWK7J2AIOyekOumrO2RnOyLnOyekOyeheuLiOuLpC4g66qo65OgIOyalOyyreydtCDqsJnsnYAg7KO866y467KI7Zi466W8IOuztOuCtOqyjCDrkJjslrQg7ZWcIOuyiCDqsrDsoJzrkJwg65Kk7JeQ64qUIOqxsOygiOuQqeuLiOuLpChGMTAwMikuIOqysOygnCDsmpTssq3rp4jri6Qg6rOg7Jyg7ZWcIOyjvOusuOuyiO2YuOulvCDssYTrsojtlbTslbwg7ZWp64uI64ukAAAB5gFge2ZpZWxkfWAgaXMge3ZhbHVlfSwgYSBzYW1wbGUgdmFsdWUgZnJvbSBQb3J0T25lJ3MgZG9jdW1lbnRhdGlvbjogZ2VuZXJhdGUgYSB1bmlxdWUgb3JkZXIgbnVtYmVyIGZvciBldmVyeSBwYXltZW50lgJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag66y47ISc7J2YIOyYiOyLnCDqsJLsnoXri4jri6QuIOqysOygnCDsmpTssq3rp4jri6Qg6rOg7Jyg7ZWcIOyjvOusuOuyiO2YuOulvCDssYTrsojtlbTslbwg7ZWp64uI64ukAACADEEgYG1lcmNoYW50X3VpZGAgdGhhdCBoYXMgYWxyZWFkeSBiZWVuIHBhaWQgaXMgcmVmdXNlZCBiZWZvcmUgdGhlIHdpbmRvdyBvcGVucyAoRjEwMDIsICJhbHJlYWR5IHBhaWQiKSwgYW5kIGEgdmFsdWUgY29waWVkIGZyb20gdGhlIGRvY3VtZW50YXRpb24gaXMgcmV1c2VkIGJ5IGV2ZXJ5IHRlc3QgcnVuIGFuZCBldmVyeSBpbnRlZ3JhdGlvbiB0aGF0IGNvcGllZCBpdC4gVGhlIGxpc3QgaG9sZHMgdGhlIHZhbHVlcyBvZiB0aGUgS0NQIHBhZ2UgKGBvcmRlcl9ub18wMDAxYCwgYG9yZGVyX2lkXzgyMzczNTJgLCBgb3JkZXJfbW9udGhseV8wMDAxYCwgYEEwMDAyMS1URVNUYCkgYW5kIG9mIHRoZSBSRVNUIHJlZmVyZW5jZSdzIHNjaGVkdWxlIGV4YW1wbGUgKGB5b3VyX21lcmNoYW50X3VpZDFgLCBgeW91cl9tZXJjaGFudF91aWQyYCksIGFuZCB0aGUgdHdvIG9mIFBvcnRPbmUncyBnZW5lcmljIHYxIFNESyBzYW1wbGVzIHRoYXQgbWVyY2hhbnQgY29kZSBjb3BpZXMgbW9zdCAoYE9SRDIwMTgwMTMxLTAwMDAwMTFgLCBgNTcwMDg4MzMtMzMwMDRgKS4gQSBwbGFjZWhvbGRlciBsZWZ0IGFzIHdyaXR0ZW4gKGB7TWVyY2hhbnQgY3JlYXRlZCBPcmRlciBJRH1gIGluIFBvcnRPbmUncyBFbmdsaXNoIGd1aWRlcywgYDxtZXJjaGFudF91aWQ+YCwgYSB0ZW1wbGF0ZSdzIGAke29yZGVySWR9YCBvciBge3tpZH19YCkgaGFzIHRoZSBzYW1lIGVmZmVjdC4gQSB3YXJuaW5nOiB0aGUgZmlyc3QgdXNlIG9mIHRoZSB2YWx1ZSBpbiBhbiBhY2NvdW50IHdvcmtzLoAMQSBgbWVyY2hhbnRfdWlkYCB0aGF0IGhhcyBhbHJlYWR5IGJlZW4gcGFpZCBpcyByZWZ1c2VkIGJlZm9yZSB0aGUgd2luZG93IG9wZW5zIChGMTAwMiwgImFscmVhZHkgcGFpZCIpLCBhbmQgYSB2YWx1ZSBjb3BpZWQgZnJvbSB0aGUgZG9jdW1lbnRhdGlvbiBpcyByZXVzZWQgYnkgZXZlcnkgdGVzdCBydW4gYW5kIGV2ZXJ5IGludGVncmF0aW9uIHRoYXQgY29waWVkIGl0LiBUaGUgbGlzdCBob2xkcyB0aGUgdmFsdWVzIG9mIHRoZSBLQ1AgcGFnZSAoYG9yZGVyX25vXzAwMDFgLCBgb3JkZXJfaWRfODIzNzM1MmAsIGBvcmRlcl9tb250aGx5XzAwMDFgLCBgQTAwMDIxLVRFU1RgKSBhbmQgb2YgdGhlIFJFU1QgcmVmZXJlbmNlJ3Mgc2NoZWR1bGUgZXhhbXBsZSAoYHlvdXJfbWVyY2hhbnRfdWlkMWAsIGB5b3VyX21lcmNoYW50X3VpZDJgKSwgYW5kIHRoZSB0d28gb2YgUG9ydE9uZSdzIGdlbmVyaWMgdjEgU0RLIHNhbXBsZXMgdGhhdCBtZXJjaGFudCBjb2RlIGNvcGllcyBtb3N0IChgT1JEMjAxODAxMzEtMDAwMDAxMWAsIGA1NzAwODgzMy0zMzAwNGApLiBBIHBsYWNlaG9sZGVyIGxlZnQgYXMgd3JpdHRlbiAoYHtNZXJjaGFudCBjcmVhdGVkIE9yZGVyIElEfWAgaW4gUG9ydE9uZSdzIEVuZ2xpc2ggZ3VpZGVzLCBgPG1lcmNoYW50X3VpZD5gLCBhIHRlbXBsYXRlJ3MgYCR7b3JkZXJJZH1gIG9yIGB7e2lkfX1gKSBoYXMgdGhlIHNhbWUgZWZmZWN0LiBBIHdhcm5pbmc6IHRoZSBmaXJzdCB1c2Ugb2YgdGhlIHZhbHVlIGluIGFuIGFjY291bnQgd29ya3MulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUlELTAwNAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s2AIKQHNjaGVkdWxlcy1tZXJjaGFudC11aWQtZHVwbGljYXRlWFR3byBzY2hlZHVsZWQgY2hhcmdlcyBzaGFyZSBhIGBtZXJjaGFudF91aWRgRuyYiOyVvSDqsbTsnZggYG1lcmNoYW50X3VpZGAg7KSR67O1CmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAggSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACGhhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgAAAAH0AWB7ZmllbGR9YCBpcyB7dmFsdWV9LCB0aGUgb3JkZXIgbnVtYmVyIG9mIGFuIGVhcmxpZXIgc2NoZWR1bGVkIGNoYXJnZTogZXZlcnkgc2NoZWR1bGVkIGNoYXJnZSBuZWVkcyBpdHMgb3duIGBtZXJjaGFudF91aWRgqAJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDslZ7shKAg7JiI7JW9IOqxtOydmCDso7zrrLjrsojtmLjsmYAg6rCZ7Iq164uI64ukLiDsmIjslb0g6rG066eI64ukIOqzoOycoO2VnCBgbWVyY2hhbnRfdWlkYOulvCDsoITri6ztlbTslbwg7ZWp64uI64ukAADaA1RoZSBSRVNUIHJlZmVyZW5jZSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIHNheXMgZWFjaCBzY2hlZHVsZWQgY2hhcmdlIG11c3QgY2FycnkgaXRzIG93biBgbWVyY2hhbnRfdWlkYCBhbmQgdGhhdCBvbmUgb3JkZXIgbnVtYmVyIGNhbm5vdCBiZSBwYWlkIHR3aWNlLCBzbyB0aGUgc2Vjb25kIG9mIHR3byBpdGVtcyB3aXRoIHRoZSBzYW1lIGBtZXJjaGFudF91aWRgIGNhbiBuZXZlciBiZSBjaGFyZ2VkLtoDVGhlIFJFU1QgcmVmZXJlbmNlIG9mIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgc2F5cyBlYWNoIHNjaGVkdWxlZCBjaGFyZ2UgbXVzdCBjYXJyeSBpdHMgb3duIGBtZXJjaGFudF91aWRgIGFuZCB0aGF0IG9uZSBvcmRlciBudW1iZXIgY2Fubm90IGJlIHBhaWQgdHdpY2UsIHNvIHRoZSBzZWNvbmQgb2YgdHdvIGl0ZW1zIHdpdGggdGhlIHNhbWUgYG1lcmNoYW50X3VpZGAgY2FuIG5ldmVyIGJlIGNoYXJnZWQujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEUS0NQLUlELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s0AMKOG1lcmNoYW50LXVpZC1pcy1jdXN0b21lci11aWRSYG1lcmNoYW50X3VpZGAgcmVwZWF0cyB0aGUgYGN1c3RvbWVyX3VpZGBUYG1lcmNoYW50X3VpZGDqsIAgYGN1c3RvbWVyX3VpZGDsmYAg6rCZ7J2MDndhcm5pbmcBAQQUcmVzdC1hZ2FpbhpyZXN0LXNjaGVkdWxlAAQIGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAhwEBgIuAAACGhwkLmN1c3RvbWVyX3VpZAECABhjdXN0b21lcl91aWQEAAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAhwEBgIuAAACGhwkLmN1c3RvbWVyX3VpZAECABhjdXN0b21lcl91aWQEAAAAAfwCYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIHRoZSBzYW1lIGFzIGBjdXN0b21lcl91aWRgOiBhIGJpbGxpbmcga2V5IGlzIGNoYXJnZWQgbWFueSB0aW1lcywgYW5kIGVhY2ggY2hhcmdlIG5lZWRzIGEgbmV3IG9yZGVyIG51bWJlciwgc28gZXZlcnkgY2hhcmdlIGFmdGVyIHRoZSBmaXJzdCBmYWlscyBhcyBhbHJlYWR5IHBhaWQgKEYxMDAyKeQDYHtmaWVsZH1gIOqwkiB7dmFsdWV97J20KOqwgCkgYGN1c3RvbWVyX3VpZGDsmYAg6rCZ7Iq164uI64ukLiDruYzrp4HtgqTroZzripQg7Jes65+sIOuyiCDqsrDsoJztlZjrqbAg6rKw7KCc66eI64ukIOyDiCDso7zrrLjrsojtmLjqsIAg7ZWE7JqU7ZWY66+A66GcLCDssqsg6rKw7KCcIOydtO2bhOydmCDqsrDsoJzripQg66qo65GQIOydtOuvuCDqsrDsoJzrkJwg7KO866y4KEYxMDAyKeycvOuhnCDsi6TtjKjtlanri4jri6QAAM4GYGN1c3RvbWVyX3VpZGAgbmFtZXMgdGhlIGJpbGxpbmcga2V5IGFuZCBzdGF5cyB0aGUgc2FtZSBmb3IgZXZlcnkgY2hhcmdlIG9uIHRoZSBjYXJkLCB3aGlsZSBgbWVyY2hhbnRfdWlkYCBtdXN0IGJlIHVuaXF1ZSBwZXIgcGF5bWVudCAodGhlIFJFU1QgcmVmZXJlbmNlIG9mIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gYW5kIC9zY2hlZHVsZTsgYSByZS11c2VkIG9yZGVyIG51bWJlciBpcyByZWZ1c2VkIGFzIGFscmVhZHkgcGFpZCwgRjEwMDIpLiBNZXJjaGFudCBjb2RlIHRoYXQgcGFzc2VzIHRoZSBiaWxsaW5nIGtleSdzIGlkIGFzIHRoZSBvcmRlciBudW1iZXIgd29ya3Mgb25jZSBhbmQgdGhlbiBmYWlscyBvbiBldmVyeSByZW5ld2FsLiBBIHdhcm5pbmcsIG5vdCBhbiBlcnJvcjogdGhlIGZpcnN0IGNoYXJnZSBnb2VzIHRocm91Z2guzgZgY3VzdG9tZXJfdWlkYCBuYW1lcyB0aGUgYmlsbGluZyBrZXkgYW5kIHN0YXlzIHRoZSBzYW1lIGZvciBldmVyeSBjaGFyZ2Ugb24gdGhlIGNhcmQsIHdoaWxlIGBtZXJjaGFudF91aWRgIG11c3QgYmUgdW5pcXVlIHBlciBwYXltZW50ICh0aGUgUkVTVCByZWZlcmVuY2Ugb2YgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiBhbmQgL3NjaGVkdWxlOyBhIHJlLXVzZWQgb3JkZXIgbnVtYmVyIGlzIHJlZnVzZWQgYXMgYWxyZWFkeSBwYWlkLCBGMTAwMikuIE1lcmNoYW50IGNvZGUgdGhhdCBwYXNzZXMgdGhlIGJpbGxpbmcga2V5J3MgaWQgYXMgdGhlIG9yZGVyIG51bWJlciB3b3JrcyBvbmNlIGFuZCB0aGVuIGZhaWxzIG9uIGV2ZXJ5IHJlbmV3YWwuIEEgd2FybmluZywgbm90IGFuIGVycm9yOiB0aGUgZmlyc3QgY2hhcmdlIGdvZXMgdGhyb3VnaC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxAAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sgAQKKGN1c3RvbWVyLXVpZC1taXNzaW5nMmBjdXN0b21lcl91aWRgIGlzIG1pc3NpbmcqYGN1c3RvbWVyX3VpZGAg64iE6529CmVycm9yAQEGFHJlc3QtYWdhaW4acmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkAAgACGGN1c3RvbWVyX3VpZAACABhjdXN0b21lcl91aWQEAAAAAZQBYGN1c3RvbWVyX3VpZGAgaXMgcmVxdWlyZWQ6IGl0IG5hbWVzIHRoZSBiaWxsaW5nIGtleSB0byBpc3N1ZSBvciB0byBjaGFyZ2XGAWBjdXN0b21lcl91aWRg64qUIO2VhOyImOyeheuLiOuLpC4g67Cc6riJ7ZWY6rGw64KYIOqysOygnO2VoCDruYzrp4HtgqTrpbwg7KeA7KCV7ZWY64qUIOqwkuyeheuLiOuLpAAAjgZgY3VzdG9tZXJfdWlkYCBpcyB3aGF0IG1ha2VzIElNUC5yZXF1ZXN0X3BheSBpc3N1ZSBhIGJpbGxpbmcga2V5IChLQ1AgcGFnZTogIuu5jOunge2CpCDrsJzquIkg7JqU7LKtIOyLnOyXkOuKlCBjdXN0b21lcl91aWQg7YyM652866+47YSw66W8IOyeheugpe2VnCDtm4Qg7Zi47Lac7ZW07JW8IO2VqeuLiOuLpCIpLCBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGl0IG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gYW5kIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUuIE9uIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGl0IGlzIGEgcGF0aCBwYXJhbWV0ZXIgYW5kIGlzIG5vdCBjaGVja2VkIGluIHRoZSBib2R5LiBBbiBlbXB0eSBzdHJpbmcgY291bnRzIGFzIG1pc3NpbmcujgZgY3VzdG9tZXJfdWlkYCBpcyB3aGF0IG1ha2VzIElNUC5yZXF1ZXN0X3BheSBpc3N1ZSBhIGJpbGxpbmcga2V5IChLQ1AgcGFnZTogIuu5jOunge2CpCDrsJzquIkg7JqU7LKtIOyLnOyXkOuKlCBjdXN0b21lcl91aWQg7YyM652866+47YSw66W8IOyeheugpe2VnCDtm4Qg7Zi47Lac7ZW07JW8IO2VqeuLiOuLpCIpLCBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGl0IG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gYW5kIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUuIE9uIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGl0IGlzIGEgcGF0aCBwYXJhbWV0ZXIgYW5kIGlzIG5vdCBjaGVja2VkIGluIHRoZSBib2R5LiBBbiBlbXB0eSBzdHJpbmcgY291bnRzIGFzIG1pc3Npbmcuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFEtDUC1JRC0wMDYAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMIECi5jdXN0b21lci11aWQtZG9jLXNhbXBsZYYBYGN1c3RvbWVyX3VpZGAgaXMgdGhlIGRvY3VtZW50YXRpb24ncyBzYW1wbGUgdmFsdWUgb3IgYSBwbGFjZWhvbGRlcoQBYGN1c3RvbWVyX3VpZGDqsIAg66y47ISc7J2YIOyYiOyLnCDqsJLsnbTqsbDrgpgg7J6Q66as7ZGc7Iuc7J6Q7J6EDndhcm5pbmcBAQoUcmVzdC1hZ2FpbiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleQAECBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIEBAYueW91ci1jdXN0b21lci11bmlxdWUtaWQGImdpbGRvbmdfMDAwMV8xMjM0AAAACBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIKDFt7fTw+XQGuAmBjdXN0b21lcl91aWRgIGlzIHt2YWx1ZX0sIGEgcGxhY2Vob2xkZXIgdGhhdCB3YXMgbmV2ZXIgZmlsbGVkIGluOiBldmVyeSBjdXN0b21lciB3b3VsZCBzaGFyZSBvbmUgYmlsbGluZyBrZXk7IHVzZSB5b3VyIG93biBpZCBmb3IgZWFjaCBjdXN0b21lcidzIGNhcmSYA2BjdXN0b21lcl91aWRgIOqwkiB7dmFsdWV97J2AKOuKlCkg7LGE7JuM7KeA7KeAIOyViuydgCDsnpDrpqztkZzsi5zsnpDsnoXri4jri6QuIOuqqOuToCDqs6DqsJ3snbQg67mM66eB7YKkIO2VmOuCmOulvCDtlajqu5gg7JOw6rKMIOuQmOuvgOuhnCDqs6DqsJ3snZgg7Lm065Oc66eI64ukIOqzoOycoO2VnCDqsJLsnYQg7KeA7KCV7ZW07JW8IO2VqeuLiOuLpAAAAeABYGN1c3RvbWVyX3VpZGAgaXMge3ZhbHVlfSwgYSBzYW1wbGUgdmFsdWUgZnJvbSBQb3J0T25lJ3MgZG9jdW1lbnRhdGlvbjogdXNlIHlvdXIgb3duIGlkIGZvciBlYWNoIGN1c3RvbWVyJ3MgY2FyZJQCYGN1c3RvbWVyX3VpZGAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag66y47ISc7J2YIOyYiOyLnCDqsJLsnoXri4jri6QuIOqzoOqwneydmCDsubTrk5zrp4jri6Qg6rOg7Jyg7ZWcIOqwkuydhCDsp4DsoJXtlbTslbwg7ZWp64uI64ukAACsCWBjdXN0b21lcl91aWRgIG1hcHMgb25lIHRvIG9uZSB0byBhIGJpbGxpbmcga2V5LiBXaGVuIGV2ZXJ5IGN1c3RvbWVyIHNoYXJlcyB0aGUgc2FtcGxlIHZhbHVlLCBlYWNoIG5ldyBjYXJkIHJlLW1hcHMgaXQgKHRoZSBwcmV2aW91cyBrZXkgc3RheXMgYWN0aXZlIGF0IEtDUCkgYW5kIGxhdGVyIGNoYXJnZXMgaGl0IHdoaWNoZXZlciBjYXJkIHdhcyByZWdpc3RlcmVkIGxhc3QuIEEgd2FybmluZywgYmVjYXVzZSBhIHRlc3QgYWNjb3VudCBtYXkgdXNlIGl0IG9uIHB1cnBvc2UuIFRoZSBsaXN0IGhvbGRzIHRoZSBLQ1AgcGFnZSdzIHZhbHVlIGFuZCB0aGUgb25lIG9mIFBvcnRPbmUncyBnZW5lcmljIGJpbGxpbmcta2V5IGd1aWRlIChgZ2lsZG9uZ18wMDAxXzEyMzRgKSwgd2hpY2ggbWVyY2hhbnQgY29kZSBjb3BpZXMgaW50byBzY2hlZHVsZSBib2RpZXMuIEEgcGxhY2Vob2xkZXIgbGVmdCBhcyB3cml0dGVuIChge+qzoOqwnSDslYTsnbTrlJR9YCBmcm9tIGEgY2xpZW50IGxpYnJhcnkncyBSRUFETUUsIGA8Y3VzdG9tZXJfdWlkPmAsIGEgdGVtcGxhdGUncyBgJHtjdXN0b21lclVpZH1gIG9yIGB7e3VpZH19YCkgaGFzIHRoZSBzYW1lIGVmZmVjdC6sCWBjdXN0b21lcl91aWRgIG1hcHMgb25lIHRvIG9uZSB0byBhIGJpbGxpbmcga2V5LiBXaGVuIGV2ZXJ5IGN1c3RvbWVyIHNoYXJlcyB0aGUgc2FtcGxlIHZhbHVlLCBlYWNoIG5ldyBjYXJkIHJlLW1hcHMgaXQgKHRoZSBwcmV2aW91cyBrZXkgc3RheXMgYWN0aXZlIGF0IEtDUCkgYW5kIGxhdGVyIGNoYXJnZXMgaGl0IHdoaWNoZXZlciBjYXJkIHdhcyByZWdpc3RlcmVkIGxhc3QuIEEgd2FybmluZywgYmVjYXVzZSBhIHRlc3QgYWNjb3VudCBtYXkgdXNlIGl0IG9uIHB1cnBvc2UuIFRoZSBsaXN0IGhvbGRzIHRoZSBLQ1AgcGFnZSdzIHZhbHVlIGFuZCB0aGUgb25lIG9mIFBvcnRPbmUncyBnZW5lcmljIGJpbGxpbmcta2V5IGd1aWRlIChgZ2lsZG9uZ18wMDAxXzEyMzRgKSwgd2hpY2ggbWVyY2hhbnQgY29kZSBjb3BpZXMgaW50byBzY2hlZHVsZSBib2RpZXMuIEEgcGxhY2Vob2xkZXIgbGVmdCBhcyB3cml0dGVuIChge+qzoOqwnSDslYTsnbTrlJR9YCBmcm9tIGEgY2xpZW50IGxpYnJhcnkncyBSRUFETUUsIGA8Y3VzdG9tZXJfdWlkPmAsIGEgdGVtcGxhdGUncyBgJHtjdXN0b21lclVpZH1gIG9yIGB7e3VpZH19YCkgaGFzIHRoZSBzYW1lIGVmZmVjdC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtSUQtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz8BAooY3VzdG9tZXItdWlkLWluLWJvZHlkYGN1c3RvbWVyX3VpZGAgaW4gdGhlIGJvZHkgb2YgL3N1YnNjcmliZS9jdXN0b21lcnNoL3N1YnNjcmliZS9jdXN0b21lcnMg7JqU7LKtIOuzuOusuOydmCBgY3VzdG9tZXJfdWlkYAhpbmZvAQECIHJlc3QtYmlsbGluZy1rZXkAAggYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCHAQABAYCLgAAAggCBgIuAAACDAABoAEAAAABgAJgY3VzdG9tZXJfdWlkYCBiZWxvbmdzIGluIHRoZSBVUkwgcGF0aCBvZiB0aGlzIGNhbGwgKC9zdWJzY3JpYmUvY3VzdG9tZXJzLyBmb2xsb3dlZCBieSB0aGUgaWQpOyB0aGUgY29weSBpbiB0aGUgYm9keSBpcyBub3QgdXNlZKoCYGN1c3RvbWVyX3VpZGDripQg7JqU7LKtIOuzuOusuOydtCDslYTri4jrnbwgVVJMIOqyveuhnCgvc3Vic2NyaWJlL2N1c3RvbWVycy8g65KkKeyXkCDrhKPripQg6rCS7J6F64uI64ukLiDrs7jrrLjsnZgg6rCS7J2AIOyCrOyaqeuQmOyngCDslYrsirXri4jri6QAAOwEVGhlIHYxIFJFU1Qgc2NoZW1hIGRlZmluZXMgYGN1c3RvbWVyX3VpZGAgb2YgUE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfSBhcyBhIHBhdGggcGFyYW1ldGVyIG9ubHk7IHRoZSBiaWxsaW5nIGtleSBpcyBzYXZlZCB1bmRlciB0aGUgcGF0aCB2YWx1ZS4ga2NwbGludCBhY2NlcHRzIHRoZSBib2R5IGNvcHkgKHRoZSBkaWN0aW9uYXJ5IGtub3dzIGl0KSBhbmQgc2F5cyB3aGVyZSBpdCBiZWxvbmdzLiBXaGV0aGVyIGl0IGRpZmZlcnMgZnJvbSB0aGUgcGF0aCBjYW5ub3QgYmUgdG9sZCBmcm9tIHRoZSBib2R5IGFsb25lLuwEVGhlIHYxIFJFU1Qgc2NoZW1hIGRlZmluZXMgYGN1c3RvbWVyX3VpZGAgb2YgUE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfSBhcyBhIHBhdGggcGFyYW1ldGVyIG9ubHk7IHRoZSBiaWxsaW5nIGtleSBpcyBzYXZlZCB1bmRlciB0aGUgcGF0aCB2YWx1ZS4ga2NwbGludCBhY2NlcHRzIHRoZSBib2R5IGNvcHkgKHRoZSBkaWN0aW9uYXJ5IGtub3dzIGl0KSBhbmQgc2F5cyB3aGVyZSBpdCBiZWxvbmdzLiBXaGV0aGVyIGl0IGRpZmZlcnMgZnJvbSB0aGUgcGF0aCBjYW5ub3QgYmUgdG9sZCBmcm9tIHRoZSBib2R5IGFsb25lLnJodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9iaWxsaW5na2V5P3Y9djEBFEtDUC1JRC0wMDkAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbNIFCkxjdXN0b21lci11aWQtb25ldGltZS1zYXZlcy1iaWxsaW5nLWtleWovb25ldGltZSB3aXRoIGBjdXN0b21lcl91aWRgIGFsc28gc2F2ZXMgYSBiaWxsaW5nIGtleXZgY3VzdG9tZXJfdWlkYOqwgCDsnojripQgL29uZXRpbWXsnYAg67mM66eB7YKk64+EIOyggOyepe2VqAhpbmZvAQECGHJlc3Qtb25ldGltZQACCBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIcBAAEBgIuAAACBgRcUwYCLgAAAgwAAaABAAAAAbgCd2l0aCBgY3VzdG9tZXJfdWlkYCwgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFsc28gc2F2ZXMgdGhpcyBjYXJkIGFzIHRoZSBiaWxsaW5nIGtleSB7dmFsdWV9OyByZXVzaW5nIGFuIGV4aXN0aW5nIGBjdXN0b21lcl91aWRgIHJlLW1hcHMgaXQgdG8gdGhpcyBjYXJkqgNgY3VzdG9tZXJfdWlkYOulvCDsp4DsoJXtlZjrqbQgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIOqysOygnOyZgCDtlajqu5gg7J20IOy5tOuTnOqwgCB7dmFsdWV9IOu5jOunge2CpOuhnCDsoIDsnqXrkKnri4jri6QuIOydtOuvuCDsgqzsmqntlZwgYGN1c3RvbWVyX3VpZGDrpbwg64uk7IucIOyTsOuptCDsnbQg7Lm065Oc66GcIOuLpOyLnCDrp6TtlZHrkKnri4jri6QAAKAEVGhlIEtDUCBwYWdlOiBjYWxsaW5nIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSB3aXRoIGBjdXN0b21lcl91aWRgIGlzc3VlcyBhIGJpbGxpbmcga2V5IGFuZCBwYXlzIGF0IG9uY2U7IHdpdGhvdXQgaXQsIHRoZSBjYXJkIGlzIHVzZWQgb25jZSBhbmQgbm90IHN0b3JlZC4gUmUtdXNpbmcgYSBgY3VzdG9tZXJfdWlkYCByZS1tYXBzIGl0IHRvIHRoZSBuZXdlc3QgY2FyZCAoUG9ydE9uZSdzIG5vbi1hdXRoZW50aWNhdGVkIHBheW1lbnQgZ3VpZGUpLiBBZHZpY2Ugb25seS6gBFRoZSBLQ1AgcGFnZTogY2FsbGluZyAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUgd2l0aCBgY3VzdG9tZXJfdWlkYCBpc3N1ZXMgYSBiaWxsaW5nIGtleSBhbmQgcGF5cyBhdCBvbmNlOyB3aXRob3V0IGl0LCB0aGUgY2FyZCBpcyB1c2VkIG9uY2UgYW5kIG5vdCBzdG9yZWQuIFJlLXVzaW5nIGEgYGN1c3RvbWVyX3VpZGAgcmUtbWFwcyBpdCB0byB0aGUgbmV3ZXN0IGNhcmQgKFBvcnRPbmUncyBub24tYXV0aGVudGljYXRlZCBwYXltZW50IGd1aWRlKS4gQWR2aWNlIG9ubHkulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbIwGChxhbW91bnQtbWlzc2luZyZgYW1vdW50YCBpcyBtaXNzaW5nHmBhbW91bnRgIOuIhOudvQplcnJvcgEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgACDGFtb3VudAACAAxhbW91bnQMAAAAAWxgYW1vdW50YCBpcyByZXF1aXJlZDogc2VuZCB0aGUgYW1vdW50IGFzIGEgSlNPTiBudW1iZXLGAWBhbW91bnRgKOqysOygnOq4iOyVoSnsnYAg7ZWE7IiY7J6F64uI64ukLiDrlLDsmLTtkZwg7JeG64qUIEpTT04g7Iir7J6QKOyYiDogMTAwMDAp66GcIOuztOuCtOyEuOyalAAA5ANUaGUgS0NQIHBhZ2UgbGlzdHMgYGFtb3VudGAgYW1vbmcgdGhlIG1haW4gcGFyYW1ldGVycyBvZiBhIHBheW1lbnQgYW5kIG9mIGEgYmlsbGluZy1rZXkgcmVxdWVzdCAod2hlcmUgaXQgaXMgdGhlIGFtb3VudCBzaG93biBpbiB0aGUgd2luZG93LCAwIGFsbG93ZWQpOyB0aGUgdjEgUkVTVCBzY2hlbWEgcmVxdWlyZXMgaXQgb24gL29uZXRpbWUgYW5kIC9hZ2Fpbi4gQW4gZW1wdHkgc3RyaW5nIGNvdW50cyBhcyBtaXNzaW5nLuQDVGhlIEtDUCBwYWdlIGxpc3RzIGBhbW91bnRgIGFtb25nIHRoZSBtYWluIHBhcmFtZXRlcnMgb2YgYSBwYXltZW50IGFuZCBvZiBhIGJpbGxpbmcta2V5IHJlcXVlc3QgKHdoZXJlIGl0IGlzIHRoZSBhbW91bnQgc2hvd24gaW4gdGhlIHdpbmRvdywgMCBhbGxvd2VkKTsgdGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGl0IG9uIC9vbmV0aW1lIGFuZCAvYWdhaW4uIEFuIGVtcHR5IHN0cmluZyBjb3VudHMgYXMgbWlzc2luZy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sxAYKMHNjaGVkdWxlcy1hbW91bnQtbWlzc2luZ0RBIHNjaGVkdWxlZCBjaGFyZ2UgaGFzIG5vIGBhbW91bnRgOuyYiOyVvSDqsbTsnZggYGFtb3VudGAg64iE6529CmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAgACJnNjaGVkdWxlc1sqXS5hbW91bnQABgASc2NoZWR1bGVzAAQADGFtb3VudAwAAAABmAFge2ZpZWxkfWAgaXMgcmVxdWlyZWQ6IHRoZSBhbW91bnQgb2YgdGhpcyBzY2hlZHVsZWQgY2hhcmdlLCBhcyBhIEpTT04gbnVtYmVy1gFge2ZpZWxkfWAo7JiI7JW9IOqysOygnOq4iOyVoSnsnYAg7ZWE7IiY7J6F64uI64ukLiDrlLDsmLTtkZwg7JeG64qUIEpTT04g7Iir7J6QKOyYiDogMTAwMDAp66GcIOuztOuCtOyEuOyalAAAugFgYW1vdW50YCBpcyByZXF1aXJlZCBpbiBldmVyeSBpdGVtIG9mIGBzY2hlZHVsZXNgIChTY2hlZHVsZUFubm90YXRpb24gaW4gdGhlIHYxIFJFU1Qgc2NoZW1hKS66AWBhbW91bnRgIGlzIHJlcXVpcmVkIGluIGV2ZXJ5IGl0ZW0gb2YgYHNjaGVkdWxlc2AgKFNjaGVkdWxlQW5ub3RhdGlvbiBpbiB0aGUgdjEgUkVTVCBzY2hlbWEpLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1BTVQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz+BgouYW1vdW50LWZvcm1hdHRlZC1zdHJpbmc8YGFtb3VudGAgaXMgYSBmb3JtYXR0ZWQgc3RyaW5nWGBhbW91bnRg6rCAIOyEnOyLneydtCDrk6TslrTqsIQg66y47J6Q7Je07J6ECmVycm9yAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAQIDGFtb3VudAACAAxhbW91bnQMAhwEBgIuAAACBhBbXjAtOVxzXQAAAAgmc2NoZWR1bGVzWypdLmFtb3VudAAGABJzY2hlZHVsZXMABAAMYW1vdW50DAIcBAYCLgAAAgYQW14wLTlcc10AAAABygJge2ZpZWxkfWAgbXVzdCBiZSBhIEpTT04gbnVtYmVyIHdpdGhvdXQgcXVvdGVzIHN1Y2ggYXMgMTAwMDAsIG5vdCB0aGUgc3RyaW5nIHt2YWx1ZX06IGRyb3Agc2VwYXJhdG9ycyBhbmQgY3VycmVuY3kgc2lnbnMsIGFuZCBzZW5kIEtSVyBhcyB3aG9sZSB3b24sIHdpdGhvdXQgZGVjaW1hbHO8A2B7ZmllbGR9YOydgCjripQpIDEwMDAw7LKY65+8IOuUsOyYtO2RnCDsl4bripQgSlNPTiDsiKvsnpDroZwg67O064K07JW8IO2VmOupsCDrrLjsnpDsl7Qge3ZhbHVlfeydgCjripQpIOyTuCDsiJgg7JeG7Iq164uI64ukLiDsibztkZzsmYAg7Ya17ZmUIOq4sO2YuOulvCDrubzqs6AsIOybkO2ZlOuKlCDshozsiJjsoJAg7JeG7J20IOybkCDri6jsnIQg7KCV7IiY66GcIOuztOuCtOyEuOyalAAAxgRUaGUgS0NQIHBhZ2UgdHlwZXMgYGFtb3VudGAgYXMgYW4gaW50ZWdlciBhbmQgdGhlIFJFU1Qgc2NoZW1hIGFzIGEgbnVtYmVyLiBBIGRpc3BsYXkgc3RyaW5nIHN1Y2ggYXMgIjEwLDAwMCIsICLigqk2NCw5MDAiIG9yICI5LDkwMOybkCIgY2Fubm90IGJlIHJlYWQgYXMgYW4gYW1vdW50IChLQ1AgcmVzdWx0IGNvZGVzIDkwMDksIDgxMDU6IGFtb3VudCBtdXN0IGJlIGRpZ2l0cykuIEEgcGxhaW4gZGlnaXQgc3RyaW5nIHN1Y2ggYXMgIjEwMDAiIGlzIHRoZSBkaWN0aW9uYXJ5J3MgZmllbGQtdHlwZSBlcnJvci7GBFRoZSBLQ1AgcGFnZSB0eXBlcyBgYW1vdW50YCBhcyBhbiBpbnRlZ2VyIGFuZCB0aGUgUkVTVCBzY2hlbWEgYXMgYSBudW1iZXIuIEEgZGlzcGxheSBzdHJpbmcgc3VjaCBhcyAiMTAsMDAwIiwgIuKCqTY0LDkwMCIgb3IgIjksOTAw7JuQIiBjYW5ub3QgYmUgcmVhZCBhcyBhbiBhbW91bnQgKEtDUCByZXN1bHQgY29kZXMgOTAwOSwgODEwNTogYW1vdW50IG11c3QgYmUgZGlnaXRzKS4gQSBwbGFpbiBkaWdpdCBzdHJpbmcgc3VjaCBhcyAiMTAwMCIgaXMgdGhlIGRpY3Rpb25hcnkncyBmaWVsZC10eXBlIGVycm9yLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1BTVQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWymBwoaYW1vdW50LW9iamVjdEBgYW1vdW50YCBpcyBhbiBvYmplY3QgKFYyIHNoYXBlKUJgYW1vdW50YOqwgCDqsJ3ssrTsnoQgKFYyIO2YleyLnSkKZXJyb3IBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgMYW1vdW50AAIADGFtb3VudAwCHAQGAi4AAAIIIAAAAAgmc2NoZWR1bGVzWypdLmFtb3VudAAGABJzY2hlZHVsZXMABAAMYW1vdW50DAIcBAYCLgAAAgggAAAAAZQCYHtmaWVsZH1gIG11c3QgYmUgYSBKU09OIG51bWJlciwgZm91bmQgdGhlIG9iamVjdCB7dmFsdWV9OiB0aGUgdjEgQVBJIGFjY2VwdHMgbm8gb2JqZWN0IGhlcmUgKGFuIG9iamVjdCB3aXRoIGB0b3RhbGAgaXMgdGhlIFYyIEFQSSdzIGZvcm0p4gJge2ZpZWxkfWDsnYAo64qUKSBKU09OIOyIq+yekOyXrOyVvCDtlZjripTrjbAg6rCd7LK0IHt2YWx1ZX3snoXri4jri6QuIHYxIEFQSeuKlCDsnbQg7J6Q66as7JeQIOqwneyytOulvCDrsJvsp4Ag7JWK7Iq164uI64ukIChgdG90YWxg7J2EIOuLtOydgCDqsJ3ssrTripQgVjIgQVBJIO2YleyLneyeheuLiOuLpCkAALwEVGhlIHYxIFJFU1Qgc2NoZW1hIGFuZCB0aGUgS0NQIHBhZ2UgdHlwZSBgYW1vdW50YCBhcyBhIG51bWJlci4gUG9ydE9uZSdzIG93biB2MSBub24tYXV0aGVudGljYXRlZCBwYXltZW50IGd1aWRlIHNob3dzIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gd2l0aCBgYW1vdW50YCBhcyBhbiBvYmplY3QgaG9sZGluZyBgdG90YWxgLCB3aGljaCBpcyB0aGUgVjIgQVBJJ3Mgc2hhcGU7IGNvcGllZCBpbnRvIGEgdjEgY2FsbCBpdCBpcyByZWplY3RlZC4gVGhlIHNjaGVtYSB3aW5zIG92ZXIgdGhlIGd1aWRlLrwEVGhlIHYxIFJFU1Qgc2NoZW1hIGFuZCB0aGUgS0NQIHBhZ2UgdHlwZSBgYW1vdW50YCBhcyBhIG51bWJlci4gUG9ydE9uZSdzIG93biB2MSBub24tYXV0aGVudGljYXRlZCBwYXltZW50IGd1aWRlIHNob3dzIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gd2l0aCBgYW1vdW50YCBhcyBhbiBvYmplY3QgaG9sZGluZyBgdG90YWxgLCB3aGljaCBpcyB0aGUgVjIgQVBJJ3Mgc2hhcGU7IGNvcGllZCBpbnRvIGEgdjEgY2FsbCBpdCBpcyByZWplY3RlZC4gVGhlIHNjaGVtYSB3aW5zIG92ZXIgdGhlIGd1aWRlLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARZLQ1AtQU1ULTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s6gcKJGFtb3VudC1ub3QtaW50ZWdlci5gYW1vdW50YCBoYXMgYSBmcmFjdGlvbjhgYW1vdW50YOqwgCDsoJXsiJjqsIAg7JWE64uYCmVycm9yAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBAgMYW1vdW50AAIADGFtb3VudAwCHAIEBAYCLgAAAggIBgIuAAACEBh3aG9sZS1udW1iZXIAAAAIGHNjaGVkdWxlc1sqXQAEABJzY2hlZHVsZXMABAIcAgYGDGFtb3VudAACAAxhbW91bnQMAhAYd2hvbGUtbnVtYmVyBAYMYW1vdW50AAIADGFtb3VudAwCCAgABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAAABDGFtb3VudAACAAxhbW91bnQMAaICYHtmaWVsZH1gIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgb2Ygd29uLCBmb3VuZCB7dmFsdWV9OiByb3VuZCBpdCBiZWZvcmUgc2VuZGluZyAoZmxvYXRpbmctcG9pbnQgYXJpdGhtZXRpYyBsZWF2ZXMgdmFsdWVzIGxpa2UgMjc4MDYuOTk5OTk5OTk5OTk2KdoCYHtmaWVsZH1g7J2AKOuKlCkg7JuQIOuLqOychCDsoJXsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QuIOu2gOuPmeyGjOyImOygkCDqs4TsgrDsnLzroZwg7IOd6ri0IOqwkijsmIg6IDI3ODA2Ljk5OTk5OTk5OTk5NinsnYAg67CY7Jis66a87ZW07IScIOuztOuCtOyVvCDtlanri4jri6QBfHRoZSBjdXJyZW5jeSBpcyBLUlcgKG9yIG5vdCBzZXQpLCB3aGljaCBoYXMgbm8gZnJhY3Rpb25hbCB1bml0ogHthrXtmZTqsIAgS1JXKOuYkOuKlCDrr7jsp4DsoJUp7J2066mwLCDsm5DtmZTsl5DripQg7IaM7IiYIOuLqOychOqwgCDsl4bsirXri4jri6QAyAhUaGUgS0NQIHBhZ2UgdHlwZXMgYGFtb3VudGAgYXMgYW4gaW50ZWdlciBhbmQgdGhlIHdvbiBoYXMgbm8gbWlub3IgdW5pdDsgS0NQIHJlZnVzZXMgYW1vdW50cyB0aGF0IGFyZSBub3QgcGxhaW4gZGlnaXRzIChyZXN1bHQgY29kZXMgODEwNSwgODE1Ni04MTU4KS4gUHJpY2VzIGNvbXB1dGVkIHdpdGggZGlzY291bnRzIG9yIHBlcmNlbnRhZ2VzIGluIGZsb2F0aW5nIHBvaW50IG9mdGVuIGNvbWUgb3V0IGFzIDI3ODA2Ljk5OTk5OTk5OTk5Ni4gUGF5bG9hZHMgaW4gYW5vdGhlciBjdXJyZW5jeSAoVVNEKSBhcmUgbm90IGNoZWNrZWQgaGVyZTogY2VudHMgYXJlIGxlZ2l0aW1hdGUgdGhlcmUuIFRoZSB2YWx1ZSBpcyBjaGVja2VkLCBub3QgaG93IGl0IGlzIHdyaXR0ZW46IGA5OTAwLjBgICh3aGF0IFB5dGhvbidzIGBmbG9hdGAgYW5kIG1hbnkgSlNPTiBlbmNvZGVycyB3cml0ZSkgaXMgOTkwMCB3b24sIHRoZSBTREsgcmVjZWl2ZXMgaXQgYXMgdGhlIG51bWJlciA5OTAwLCBhbmQgdGhlIFJFU1QgcmVmZXJlbmNlIHR5cGVzIGBhbW91bnRgIGFzIGEgbnVtYmVyLsgIVGhlIEtDUCBwYWdlIHR5cGVzIGBhbW91bnRgIGFzIGFuIGludGVnZXIgYW5kIHRoZSB3b24gaGFzIG5vIG1pbm9yIHVuaXQ7IEtDUCByZWZ1c2VzIGFtb3VudHMgdGhhdCBhcmUgbm90IHBsYWluIGRpZ2l0cyAocmVzdWx0IGNvZGVzIDgxMDUsIDgxNTYtODE1OCkuIFByaWNlcyBjb21wdXRlZCB3aXRoIGRpc2NvdW50cyBvciBwZXJjZW50YWdlcyBpbiBmbG9hdGluZyBwb2ludCBvZnRlbiBjb21lIG91dCBhcyAyNzgwNi45OTk5OTk5OTk5OTYuIFBheWxvYWRzIGluIGFub3RoZXIgY3VycmVuY3kgKFVTRCkgYXJlIG5vdCBjaGVja2VkIGhlcmU6IGNlbnRzIGFyZSBsZWdpdGltYXRlIHRoZXJlLiBUaGUgdmFsdWUgaXMgY2hlY2tlZCwgbm90IGhvdyBpdCBpcyB3cml0dGVuOiBgOTkwMC4wYCAod2hhdCBQeXRob24ncyBgZmxvYXRgIGFuZCBtYW55IEpTT04gZW5jb2RlcnMgd3JpdGUpIGlzIDk5MDAgd29uLCB0aGUgU0RLIHJlY2VpdmVzIGl0IGFzIHRoZSBudW1iZXIgOTkwMCwgYW5kIHRoZSBSRVNUIHJlZmVyZW5jZSB0eXBlcyBgYW1vdW50YCBhcyBhIG51bWJlci6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sqAgKFmFtb3VudC16ZXJvGmBhbW91bnRgIGlzIDAgYGFtb3VudGDqsIAgMOyehAplcnJvcgEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AAQIDGFtb3VudAACAAxhbW91bnQMAgQCBAAAAAAAAAAAAjAAAAAIJnNjaGVkdWxlc1sqXS5hbW91bnQABgASc2NoZWR1bGVzAAQADGFtb3VudAwCBAIEAAAAAAAAAAACMAAAAAHYAWB7ZmllbGR9YCBpcyAwOiBhIHBheW1lbnQgbXVzdCBjaGFyZ2UgbW9yZSB0aGFuIDAgKG9ubHkgYSBiaWxsaW5nLWtleSByZXF1ZXN0IHRocm91Z2ggdGhlIHdpbmRvdyBtYXkgc2hvdyAwKawCYHtmaWVsZH1g7J20KOqwgCkgMOyeheuLiOuLpC4g6rKw7KCc6riI7JWh7J2AIDDrs7Tri6Qg7Luk7JW8IO2VqeuLiOuLpCAoMOybkOydgCDqsrDsoJzssL0g67mM66eB7YKkIOuwnOq4iSDsmpTssq3sl5DshJzrp4wg7IKs7Jqp7ZWgIOyImCDsnojsirXri4jri6QpAACwA0EgcGF5bWVudCBvZiAwIHdvbiBpcyBub3QgYSBwYXltZW50OiB0aGUgS0NQIHBhZ2UgdXNlcyAwIG9ubHkgaW4gdGhlIGJpbGxpbmcta2V5IGV4YW1wbGUsIHdoZXJlIHRoZSBhbW91bnQgaXMgbWVyZWx5IHNob3duIGFuZCBub3RoaW5nIGlzIGFwcHJvdmVkLiBOZWdhdGl2ZSBhbW91bnRzIGFyZSB0aGUgZGljdGlvbmFyeSdzIGZpZWxkLXJhbmdlIGVycm9yIChtaW5pbXVtIDApLrADQSBwYXltZW50IG9mIDAgd29uIGlzIG5vdCBhIHBheW1lbnQ6IHRoZSBLQ1AgcGFnZSB1c2VzIDAgb25seSBpbiB0aGUgYmlsbGluZy1rZXkgZXhhbXBsZSwgd2hlcmUgdGhlIGFtb3VudCBpcyBtZXJlbHkgc2hvd24gYW5kIG5vdGhpbmcgaXMgYXBwcm92ZWQuIE5lZ2F0aXZlIGFtb3VudHMgYXJlIHRoZSBkaWN0aW9uYXJ5J3MgZmllbGQtcmFuZ2UgZXJyb3IgKG1pbmltdW0gMCkulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUFNVC0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJYJCjJhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtOENhcmQgcGF5bWVudCBiZWxvdyAxLDAwMCB3b25Y7Iug7Jqp7Lm065OcIOqysOygnOq4iOyVoeydtCAxLDAwMOybkCDrr7jrp4wOd2FybmluZwEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AQAEAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBAgMYW1vdW50AAIADGFtb3VudAwCHAIGAAQEBgIuAAACCAgEBgIuAAACBiJeWzEtOV1bMC05XXswLDJ9JAYCLgAAAgoGbHRlAAAAAAAAAAAAAjAGAi4AAAIKBmd0ZQAAAAAAAECPQAgxMDAwAAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAIIBgxhbW91bnQAAgAMYW1vdW50DAIKBmd0ZQAAAAAAAECPQAgxMDAwAAQEBgxhbW91bnQAAgAMYW1vdW50DAIICAQGDGFtb3VudAACAAxhbW91bnQMAgYiXlsxLTldWzAtOV17MCwyfSQGDGFtb3VudAACAAxhbW91bnQMAgoGbHRlAAAAAAAAAAAAAjAABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAAABDGFtb3VudAACAAxhbW91bnQMAYYBYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIGJlbG93IEtDUCdzIG1pbmltdW0gY2FyZCBwYXltZW50IG9mIDEsMDAwIHdvbr4BYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOyLoOyaqey5tOuTnCDstZzshowg6rKw7KCc6riI7JWhKDEsMDAw7JuQKeuztOuLpCDsnpHsirXri4jri6QBOnRoaXMgaXMgYSBjYXJkIHBheW1lbnQgaW4gS1JXRuybkO2ZlCDsi6DsmqnsubTrk5wg6rKw7KCc7J6F64uI64ukAOQFS0NQJ3MgcmVzdWx0IGNvZGUgOTAxMCByZWZ1c2VzIGNhcmQgcGF5bWVudHMgYmVsb3cgMSwwMDAgd29uLiBBIHdhcm5pbmcgcmF0aGVyIHRoYW4gYW4gZXJyb3I6IFBvcnRPbmUncyBwbGF5Z3JvdW5kIGNoYXJnZXMgMTAwIHdvbiBvbiBLQ1AncyBwdWJsaWMgdGVzdCBjaGFubmVsLiAwIGlzIGBhbW91bnQtemVyb2AgYW5kIG5lZ2F0aXZlIGFtb3VudHMgYXJlIGEgZmllbGQtcmFuZ2UgZXJyb3IuIEFuIGFtb3VudCBzZW50IGFzIGEgc3RyaW5nIG9mIGRpZ2l0cyAoYCIxMDAiYCwgYXMgUG9ydE9uZSdzIEFuZHJvaWQgYW5kIGlPUyBTREtzIHNlbmQgaXQpIGlzIGhlbGQgdG8gdGhlIG1pbmltdW0gdG9vLCBiZXNpZGUgZmllbGQtdHlwZSdzIGVycm9yLuQFS0NQJ3MgcmVzdWx0IGNvZGUgOTAxMCByZWZ1c2VzIGNhcmQgcGF5bWVudHMgYmVsb3cgMSwwMDAgd29uLiBBIHdhcm5pbmcgcmF0aGVyIHRoYW4gYW4gZXJyb3I6IFBvcnRPbmUncyBwbGF5Z3JvdW5kIGNoYXJnZXMgMTAwIHdvbiBvbiBLQ1AncyBwdWJsaWMgdGVzdCBjaGFubmVsLiAwIGlzIGBhbW91bnQtemVyb2AgYW5kIG5lZ2F0aXZlIGFtb3VudHMgYXJlIGEgZmllbGQtcmFuZ2UgZXJyb3IuIEFuIGFtb3VudCBzZW50IGFzIGEgc3RyaW5nIG9mIGRpZ2l0cyAoYCIxMDAiYCwgYXMgUG9ydE9uZSdzIEFuZHJvaWQgYW5kIGlPUyBTREtzIHNlbmQgaXQpIGlzIGhlbGQgdG8gdGhlIG1pbmltdW0gdG9vLCBiZXNpZGUgZmllbGQtdHlwZSdzIGVycm9yLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnLTM/dj12MQEWS0NQLUFNVC0wMDQAAQDg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbNIJCip0YXgtZnJlZS1vdXQtb2YtcmFuZ2VQYHRheF9mcmVlYCBpcyBuZWdhdGl2ZSBvciBhYm92ZSBgYW1vdW50YGBgdGF4X2ZyZWVg6rCAIOydjOyImOydtOqxsOuCmCBgYW1vdW50YOuztOuLpCDtgbwKZXJyb3IBAQgUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZRZzZGstcGF5bWVudAAICBB0YXhfZnJlZQACABB0YXhfZnJlZaYBAgwAAAAAAAAAAAACMAF6YHtmaWVsZH1gIGlzIHt2YWx1ZX06IHRoZSB0YXgtZnJlZSBwb3J0aW9uIGNhbm5vdCBiZSBuZWdhdGl2ZZwBYHtmaWVsZH1g7J20KOqwgCkge3ZhbHVlfeyeheuLiOuLpC4g66m07IS46riI7JWh7J2AIOydjOyImOydvCDsiJgg7JeG7Iq164uI64ukAAAIEHRheF9mcmVlAAIAEHRheF9mcmVlpgECHAIGBAYCLgAAAggIBAYQJC5hbW91bnQBAgAMYW1vdW50DAIICAYCLgAAAgoGbHRlAhAkLmFtb3VudAECAAxhbW91bnQMAAAACCpzY2hlZHVsZXNbKl0udGF4X2ZyZWUABgASc2NoZWR1bGVzAAQAEHRheF9mcmVlpgECDAAAAAAAAAAAAAIwAXpge2ZpZWxkfWAgaXMge3ZhbHVlfTogdGhlIHRheC1mcmVlIHBvcnRpb24gY2Fubm90IGJlIG5lZ2F0aXZlnAFge2ZpZWxkfWDsnbQo6rCAKSB7dmFsdWV97J6F64uI64ukLiDrqbTshLjquIjslaHsnYAg7J2M7IiY7J28IOyImCDsl4bsirXri4jri6QAAAgYc2NoZWR1bGVzWypdAAQAEnNjaGVkdWxlcwAEAhwCBgQGEHRheF9mcmVlAAIAEHRheF9mcmVlpgECCAgEBgxhbW91bnQAAgAMYW1vdW50DAIICAYQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIKBmx0ZQIMYW1vdW50AAIADGFtb3VudAwBxgFge2ZpZWxkfWAgaXMge3ZhbHVlfSwgbW9yZSB0aGFuIHRoZSBzY2hlZHVsZSdzIGBhbW91bnRgOiB0aGUgdGF4LWZyZWUgcG9ydGlvbiBpcyBwYXJ0IG9mIHRoZSBhbW91bnSIAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydtCjqsIApIO2VtOuLuSDsmIjslb0g6rG07J2YIGBhbW91bnRg67O064ukIO2BveuLiOuLpC4g66m07IS46riI7JWh7J2AIOqysOygnOq4iOyVoSDspJEg7J2867aA7Jes7JW8IO2VqeuLiOuLpAABEHRheF9mcmVlAAIAEHRheF9mcmVlpgEBsgFgdGF4X2ZyZWVgICh7dmFsdWV9KSBpcyBncmVhdGVyIHRoYW4gYGFtb3VudGA6IHRoZSB0YXgtZnJlZSBwb3J0aW9uIGlzIHBhcnQgb2YgdGhlIGFtb3VudNABYHRheF9mcmVlYCh7dmFsdWV9KeqwgCBgYW1vdW50YOuztOuLpCDtgb3ri4jri6QuIOuptOyEuOq4iOyVoeydgCDqsrDsoJzquIjslaEg7KSRIOydvOu2gOyXrOyVvCDtlanri4jri6QAANIDYHRheF9mcmVlYCBpcyAidGhlIHRheC1leGVtcHQgcGFydCBvZiBgYW1vdW50YCIgKFNESyByZWZlcmVuY2UgYW5kIHYxIFJFU1Qgc2NoZW1hKTogdGhlIFZBVCBpcyAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTEsIHNvIGEgbmVnYXRpdmUgdmFsdWUgb3Igb25lIGFib3ZlIGBhbW91bnRgIG1ha2VzIG5vIHNlbnNlIGFuZCBLQ1AgcmVmdXNlcyB0aGUgbWlzbWF0Y2ggKHJlc3VsdCBjb2RlcyA4NTY0LCA4MDc0KS7SA2B0YXhfZnJlZWAgaXMgInRoZSB0YXgtZXhlbXB0IHBhcnQgb2YgYGFtb3VudGAiIChTREsgcmVmZXJlbmNlIGFuZCB2MSBSRVNUIHNjaGVtYSk6IHRoZSBWQVQgaXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExLCBzbyBhIG5lZ2F0aXZlIHZhbHVlIG9yIG9uZSBhYm92ZSBgYW1vdW50YCBtYWtlcyBubyBzZW5zZSBhbmQgS0NQIHJlZnVzZXMgdGhlIG1pc21hdGNoIChyZXN1bHQgY29kZXMgODU2NCwgODA3NCkuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFktDUC1UQVgtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMCgo2dGF4LWZyZWUtbmVlZHMta2NwLWNvbnRyYWN0XGB0YXhfZnJlZWAgbmVlZHMgYSBLQ1AgbWl4ZWQtdGF4YXRpb24gY29udHJhY3RkYHRheF9mcmVlYOuKlCBLQ1Ag67O17ZWp6rO87IS4IOqzhOyVveydtCDtlYTsmpTtlagIaW5mbwEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AAQIEHRheF9mcmVlAAIAEHRheF9mcmVlpgECHAQABAYCLgAAAgoEZ3QAAAAAAAAAAAACMAYCLgAAAgoGbHRlAhAkLmFtb3VudAECAAxhbW91bnQMAAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAQABAYQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIKBGd0AAAAAAAAAAAAAjACBAQGDGFtb3VudAACAAxhbW91bnQMAggIBhB0YXhfZnJlZQACABB0YXhfZnJlZaYBAgoGbHRlAgxhbW91bnQAAgAMYW1vdW50DAAAARB0YXhfZnJlZQACABB0YXhfZnJlZaYBAbwCYHtmaWVsZH1gIHNldHMgYSB0YXgtZnJlZSBwb3J0aW9uOiBLQ1AgYXBwbGllcyBpdCBvbmx5IG9uIGEgc2l0ZSBjb2RlIGNvbnRyYWN0ZWQgZm9yIG1peGVkIHRheGF0aW9uOyBvdGhlcndpc2UgdGhlIHNldHRsZWQgYW1vdW50cyBjYW4gZGlmZmVyIGZyb20gdGhlIHJlcXVlc3SQA2B7ZmllbGR9YCjsnLwp66GcIOuptOyEuOq4iOyVoeydhCDsp4DsoJXtlojsirXri4jri6QuIEtDUOyZgCDrs7Xtlanqs7zshLgg6rOE7JW97J20IOuQnCDsgqzsnbTtirjsvZTrk5zsl5DshJzrp4wg7KCB7Jqp65CY66mwLCDqt7jroIfsp4Ag7JWK7Jy866m0IOygleyCsCDquIjslaHsnbQg7JqU7LKt6rO8IOuLrOudvOyniCDsiJgg7J6I7Iq164uI64ukAACUBFNldHRpbmcgdGhlIHRheC1mcmVlIGFtb3VudCBvciB0aGUgVkFUIGRpcmVjdGx5IG5lZWRzIGEgc2VwYXJhdGUgY29udHJhY3Qgd2l0aCBLQ1AgKFBvcnRPbmUncyBWMiBLQ1AgcGFnZSwgYSBmYWN0IGFib3V0IHRoZSBQRzsgS0NQIHJlc3VsdCBjb2RlIDgwMTEgIm1peGVkLXRheCBhbW91bnQgc2V0dXAiKS4gMCwgdGhlIGRvY3VtZW50ZWQgZGVmYXVsdCwgZHJhd3Mgbm90aGluZzsgb3V0LW9mLXJhbmdlIHZhbHVlcyBhcmUgYHRheC1mcmVlLW91dC1vZi1yYW5nZWAulARTZXR0aW5nIHRoZSB0YXgtZnJlZSBhbW91bnQgb3IgdGhlIFZBVCBkaXJlY3RseSBuZWVkcyBhIHNlcGFyYXRlIGNvbnRyYWN0IHdpdGggS0NQIChQb3J0T25lJ3MgVjIgS0NQIHBhZ2UsIGEgZmFjdCBhYm91dCB0aGUgUEc7IEtDUCByZXN1bHQgY29kZSA4MDExICJtaXhlZC10YXggYW1vdW50IHNldHVwIikuIDAsIHRoZSBkb2N1bWVudGVkIGRlZmF1bHQsIGRyYXdzIG5vdGhpbmc7IG91dC1vZi1yYW5nZSB2YWx1ZXMgYXJlIGB0YXgtZnJlZS1vdXQtb2YtcmFuZ2VgLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1UQVgtMDAyAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzACwowdmF0LWFtb3VudC1ub3Qtc3VwcG9ydGVkSGB2YXRfYW1vdW50YCBpcyBub3Qgc3VwcG9ydGVkIGJ5IEtDUFpgdmF0X2Ftb3VudGDripQgS0NQ7JeQ7IScIOyngOybkO2VmOyngCDslYrsnYwOd2FybmluZwEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAgQUdmF0X2Ftb3VudAACABR2YXRfYW1vdW50qAEuc2NoZWR1bGVzWypdLnZhdF9hbW91bnQABgASc2NoZWR1bGVzAAQAFHZhdF9hbW91bnSoAQAAAAGoAmB7ZmllbGR9YCBpcyBub3Qgc3VwcG9ydGVkIGJ5IE5ITiBLQ1AgKG9ubHkgTklDRSwgS0cgSW5pY2lzLCBXZWxjb21lIGFuZCB0aGUgbmV3IFRvc3MgUGF5IHRha2UgaXQpOiB0aGUgVkFUIGlzIGNvbXB1dGVkIGZyb20gYGFtb3VudGAgYW5kIGB0YXhfZnJlZWCwA2B7ZmllbGR9YOydgCjripQpIE5ITiBLQ1Dsl5DshJwg7KeA7JuQ7ZWY7KeAIOyViuuKlCDtjIzrnbzrr7jthLDsnoXri4jri6QgKOuCmOydtOyKpO2OmOydtOuovOy4oCwgS0fsnbTri4jsi5zsiqQsIOybsOy7tO2OmOydtOuovOy4oCwgKOyLoCkg7Yag7Iqk7Y6Y7J20IOyghOyaqSkuIOu2gOqwgOyEuOuKlCBgYW1vdW50YOyZgCBgdGF4X2ZyZWVg66GcIOqzhOyCsOuQqeuLiOuLpAAAyAJUaGUgU0RLIHJlZmVyZW5jZSBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIGxpc3QgdGhlIGdhdGV3YXlzIHRoYXQgaG9ub3VyIGB2YXRfYW1vdW50YDsgS0NQIGlzIG5vdCBhbW9uZyB0aGVtLCBzbyBhIFZBVCB0aGUgbWVyY2hhbnQgcmVsaWVzIG9uIGlzIHNpbGVudGx5IG5vdCBhcHBsaWVkLsgCVGhlIFNESyByZWZlcmVuY2UgYW5kIHRoZSB2MSBSRVNUIHNjaGVtYSBsaXN0IHRoZSBnYXRld2F5cyB0aGF0IGhvbm91ciBgdmF0X2Ftb3VudGA7IEtDUCBpcyBub3QgYW1vbmcgdGhlbSwgc28gYSBWQVQgdGhlIG1lcmNoYW50IHJlbGllcyBvbiBpcyBzaWxlbnRseSBub3QgYXBwbGllZC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLVRBWC0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJIMChx2YXQtZGVwcmVjYXRlZCZgdmF0YCBpcyBkZXByZWNhdGVkVGB2YXRg64qUIOyngOybkCDspJHri6gg7JiI7KCVIO2MjOudvOuvuO2EsA53YXJuaW5nAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lFnNkay1wYXltZW50AAICAgZ2YXQAAgAGdmF0qgEAAAAB3gFgdmF0YCBpcyBkZXByZWNhdGVkOiBzZW5kIHRoZSB0YXgtZnJlZSBwb3J0aW9uIGluIGB0YXhfZnJlZWAgaW5zdGVhZCAodGhlIFZBVCBpcyB0aGVuIChhbW91bnQgLSB0YXhfZnJlZSkgLyAxMSm6AmB2YXRg64qUIOyngOybkCDspJHri6gg7JiI7KCVIO2MjOudvOuvuO2EsOyeheuLiOuLpC4g66m07IS46riI7JWh7J2EIGB0YXhfZnJlZWDroZwg7KCE64us7ZWY7IS47JqUICjrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx66GcIOqzhOyCsOuQqeuLiOuLpCkAAMwCVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGB2YXRgIGRlcHJlY2F0ZWQgKCJ1c2UgdGhlIHRheF9mcmVlIHBhcmFtZXRlciIpIG9uIC9vbmV0aW1lIGFuZCAvYWdhaW4sIGFuZCB0aGUgMjAxOCBTREsgcGFyYW1ldGVyIHRhYmxlIGFscmVhZHkgcmVwbGFjZWQgaXQgd2l0aCBgdGF4X2ZyZWVgLswCVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGB2YXRgIGRlcHJlY2F0ZWQgKCJ1c2UgdGhlIHRheF9mcmVlIHBhcmFtZXRlciIpIG9uIC9vbmV0aW1lIGFuZCAvYWdhaW4sIGFuZCB0aGUgMjAxOCBTREsgcGFyYW1ldGVyIHRhYmxlIGFscmVhZHkgcmVwbGFjZWQgaXQgd2l0aCBgdGF4X2ZyZWVgLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARZLQ1AtVEFYLTAwNAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1syAwKLGN1cnJlbmN5LW5vdC1zdXBwb3J0ZWQ6Q3VycmVuY3kgbm90IHN1cHBvcnRlZCBieSBLQ1BCS0NQ6rCAIOyngOybkO2VmOyngCDslYrripQg7Ya17ZmUDndhcm5pbmcBAQgUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZRZzZGstcGF5bWVudAAECBBjdXJyZW5jeQACABBjdXJyZW5jeWwCHAIGBAYCLgAAAggCBgIuAAACBAQGBktSVwYGVVNEBgIuAAACBiooP2kpXlxzKihrcnd8dXNkKVxzKiQAAAAIKnNjaGVkdWxlc1sqXS5jdXJyZW5jeQAGABJzY2hlZHVsZXMABAAQY3VycmVuY3lsAhwCBgQGAi4AAAIIAgYCLgAAAgQEBgZLUlcGBlVTRAYCLgAAAgYqKD9pKV5ccyooa3J3fHVzZClccyokAAAAAWxge2ZpZWxkfWAgaXMge3ZhbHVlfTogTkhOIEtDUCBzZXR0bGVzIG9ubHkgS1JXIGFuZCBVU0SYAWB7ZmllbGR9YOydtCjqsIApIHt2YWx1ZX3snoXri4jri6QuIE5ITiBLQ1DripQgS1JX7JmAIFVTROunjCDsp4Dsm5Dtlanri4jri6QAAOoDVGhlIHYxIEtDUCBwYWdlIGRvZXMgbm90IGxpc3QgY3VycmVuY2llczsgUG9ydE9uZSdzIFYyIEtDUCBwYWdlIChhIGZhY3QgYWJvdXQgdGhlIFBHKSBzYXlzIEtDUCBzdXBwb3J0cyBLUlcgYW5kIFVTRCBvbmx5LCBhbmQgS0NQIGFuc3dlcnMgb3RoZXIgY29kZXMgd2l0aCAidW5zdXBwb3J0ZWQgY3VycmVuY3kiIChyZXN1bHQgY29kZXMgOTAxNCwgODE3NikuIEEgd2FybmluZyBiZWNhdXNlIHRoZSB2MSBwYWdlIGlzIHNpbGVudC7qA1RoZSB2MSBLQ1AgcGFnZSBkb2VzIG5vdCBsaXN0IGN1cnJlbmNpZXM7IFBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRykgc2F5cyBLQ1Agc3VwcG9ydHMgS1JXIGFuZCBVU0Qgb25seSwgYW5kIEtDUCBhbnN3ZXJzIG90aGVyIGNvZGVzIHdpdGggInVuc3VwcG9ydGVkIGN1cnJlbmN5IiAocmVzdWx0IGNvZGVzIDkwMTQsIDgxNzYpLiBBIHdhcm5pbmcgYmVjYXVzZSB0aGUgdjEgcGFnZSBpcyBzaWxlbnQuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFktDUC1DVVItMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz8DAosY3VycmVuY3ktY29kZS1zcGVsbGluZz5DdXJyZW5jeSBjb2RlIG5vdCBpbiB1cHBlciBjYXNlUu2Gte2ZlCDsvZTrk5wg64yA7IaM66y47J6Qwrfqs7XrsLEg7Jik66WYDndhcm5pbmcBAQgUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZRZzZGstcGF5bWVudAAECBBjdXJyZW5jeQACABBjdXJyZW5jeWwCHAIEBgIuAAACBAQGBktSVwYGVVNEBAYCLgAAAgYqKD9pKV5ccyooa3J3fHVzZClccyokAAEAABgGCCBLUlcGCCBVU0QGCCBrcncGCCB1c2QGCEtSVyAGBktydwYIVVNEIAYGVXNkBghrcncgBgZrcncGCHVzZCAGBnVzZBgGBktSVwYGVVNEBgZLUlcGBlVTRAYGS1JXBgZLUlcGBlVTRAYGVVNEBgZLUlcGBktSVwYGVVNEBgZVU0QBWHdyaXRlIHRoZSBjb2RlIGluIHVwcGVyIGNhc2UsIHdpdGhvdXQgc3BhY2VzXOy9lOuTnOulvCDqs7XrsLEg7JeG7J20IOuMgOusuOyekOuhnCDsk7DshLjsmpQBAAgqc2NoZWR1bGVzWypdLmN1cnJlbmN5AAYAEnNjaGVkdWxlcwAEABBjdXJyZW5jeWwCHAIEBgIuAAACBAQGBktSVwYGVVNEBAYCLgAAAgYqKD9pKV5ccyooa3J3fHVzZClccyokAAEAABgGCCBLUlcGCCBVU0QGCCBrcncGCCB1c2QGCEtSVyAGBktydwYIVVNEIAYGVXNkBghrcncgBgZrcncGCHVzZCAGBnVzZBgGBktSVwYGVVNEBgZLUlcGBlVTRAYGS1JXBgZLUlcGBlVTRAYGVVNEBgZLUlcGBktSVwYGVVNEBgZVU0QBWHdyaXRlIHRoZSBjb2RlIGluIHVwcGVyIGNhc2UsIHdpdGhvdXQgc3BhY2VzXOy9lOuTnOulvCDqs7XrsLEg7JeG7J20IOuMgOusuOyekOuhnCDsk7DshLjsmpQBAAG6AmB7ZmllbGR9YCBpcyB7dmFsdWV9OiBQb3J0T25lIGRvY3VtZW50cyB0aGUgY3VycmVuY3kgY29kZXMgaW4gdXBwZXIgY2FzZSB3aXRob3V0IHNwYWNlcyAoYEtSV2AsIGBVU0RgKSwgYW5kIEtDUCByZWplY3RzIGEgY3VycmVuY3kgY29kZSBpdCBkb2VzIG5vdCByZWNvZ25pc2XmAmB7ZmllbGR9YCDqsJLsnbQge3ZhbHVlfeyeheuLiOuLpC4g7Y+s7Yq47JuQIOusuOyEnOydmCDthrXtmZQg7L2U65Oc64qUIOqzteuwsSDsl4bripQg64yA66y47J6QKGBLUldgLCBgVVNEYCnsnbTrqbAsIEtDUOuKlCDsnbjsi53tlZjsp4Ag66q77ZWY64qUIO2Gte2ZlCDsvZTrk5zrpbwg6rGw7KCI7ZWp64uI64ukAACOB1BvcnRPbmUgZG9jdW1lbnRzIGBjdXJyZW5jeWAgYXMgYEtSV2AsIGBVU0RgLCAuLi4gKElTTyA0MjE3IGNvZGVzLCB1cHBlciBjYXNlKSwgYW5kIEtDUCBhbnN3ZXJzIGEgY3VycmVuY3kgaXQgZG9lcyBub3Qga25vdyB3aXRoICJ1bnN1cHBvcnRlZCBjdXJyZW5jeSIgKHJlc3VsdCBjb2RlcyA5MDE0LCA4MTc2KS4gQSBsb3dlci1jYXNlIG9yIHBhZGRlZCBga3J3YCBpcyB0aGUgcmlnaHQgY3VycmVuY3kgc3BlbHQgd3JvbmdseSwgc28gaXQgZ2V0cyB0aGlzIHdhcm5pbmcgYW5kIGEgc2FmZSBmaXggaW5zdGVhZCBvZiBjdXJyZW5jeS1ub3Qtc3VwcG9ydGVkJ3MgIm9ubHkgS1JXIGFuZCBVU0QiLiBUaGUgS1JXLW9ubHkgY2hlY2tzIChhIHdob2xlIG51bWJlciBvZiB3b24sIHRoZSBjYXJkIG1pbmltdW0pIHN0aWxsIHRyZWF0IGl0IGFzIGFub3RoZXIgY3VycmVuY3kgdW50aWwgaXQgaXMgZml4ZWQujgdQb3J0T25lIGRvY3VtZW50cyBgY3VycmVuY3lgIGFzIGBLUldgLCBgVVNEYCwgLi4uIChJU08gNDIxNyBjb2RlcywgdXBwZXIgY2FzZSksIGFuZCBLQ1AgYW5zd2VycyBhIGN1cnJlbmN5IGl0IGRvZXMgbm90IGtub3cgd2l0aCAidW5zdXBwb3J0ZWQgY3VycmVuY3kiIChyZXN1bHQgY29kZXMgOTAxNCwgODE3NikuIEEgbG93ZXItY2FzZSBvciBwYWRkZWQgYGtyd2AgaXMgdGhlIHJpZ2h0IGN1cnJlbmN5IHNwZWx0IHdyb25nbHksIHNvIGl0IGdldHMgdGhpcyB3YXJuaW5nIGFuZCBhIHNhZmUgZml4IGluc3RlYWQgb2YgY3VycmVuY3ktbm90LXN1cHBvcnRlZCdzICJvbmx5IEtSVyBhbmQgVVNEIi4gVGhlIEtSVy1vbmx5IGNoZWNrcyAoYSB3aG9sZSBudW1iZXIgb2Ygd29uLCB0aGUgY2FyZCBtaW5pbXVtKSBzdGlsbCB0cmVhdCBpdCBhcyBhbm90aGVyIGN1cnJlbmN5IHVudGlsIGl0IGlzIGZpeGVkLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1swg0KKmN1cnJlbmN5LXVzZC1ub24tY2FyZFJVU0Qgd2l0aCBhIHBheW1lbnQgbWV0aG9kIG90aGVyIHRoYW4gY2FyZGLsi6DsmqnsubTrk5zqsIAg7JWE64uMIOqysOygnOyImOuLqOydmCBVU0Qg6rKw7KCcDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAYGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAICBgZVU0QGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAEEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCGNhcmQCCBBjdXJyZW5jeQACABBjdXJyZW5jeWwCBAIGBlVTRAAAAAGwAWBjdXJyZW5jeWAgVVNEIGlzIGFjY2VwdGVkIGJ5IEtDUCBmb3IgY2FyZCBwYXltZW50cyBvbmx5LCBhbmQgYHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGDYAUtDUOuKlCDsi6DsmqnsubTrk5wg6rKw7KCc7JeQ7ISc66eMIGBjdXJyZW5jeWAgVVNE66W8IOyngOybkO2VmOuKlOuNsCBgcGF5X21ldGhvZGDqsIAgYGNhcmRg6rCAIOyVhOuLmeuLiOuLpAE0YHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGBMYHBheV9tZXRob2Rg6rCAIGBjYXJkYOqwgCDslYTri5nri4jri6QA/AFQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpOiBLQ1AgdGFrZXMgVVNEIGZvciBjYXJkIHBheW1lbnRzIG9ubHkuIFRoZSB2MSBLQ1AgcGFnZSBpcyBzaWxlbnQsIGhlbmNlIGEgd2FybmluZy78AVBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRyk6IEtDUCB0YWtlcyBVU0QgZm9yIGNhcmQgcGF5bWVudHMgb25seS4gVGhlIHYxIEtDUCBwYWdlIGlzIHNpbGVudCwgaGVuY2UgYSB3YXJuaW5nLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1slA4KJGJ1eWVyLWVtYWlsLWZvcm1hdD5FLW1haWwgYWRkcmVzcyBpcyBub3QgcGxhdXNpYmxlXOydtOuplOydvCDso7zshowg7ZiV7Iud7J20IOyYrOuwlOultOyngCDslYrsnYwOd2FybmluZwEBDBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAYIFmJ1eWVyX2VtYWlsAAIAFmJ1eWVyX2VtYWlsVgIcAggGAi4AAAIQCmVtYWlsBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIMAYIBAAAAAAgwc2NoZWR1bGVzWypdLmJ1eWVyX2VtYWlsAAYAEnNjaGVkdWxlcwAEABZidXllcl9lbWFpbFYCHAIIBgIuAAACEAplbWFpbAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAGCAQAAAAAIHGN1c3RvbWVyX2VtYWlsAAIAHGN1c3RvbWVyX2VtYWlsFAIcAggEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBkgMABgIuAAACEAplbWFpbAAAAAG+AWB7ZmllbGR9YCBpcyBub3QgYSBwbGF1c2libGUgZS1tYWlsIGFkZHJlc3M6IHt2YWx1ZX07IEtDUCBtYXkgcmVmdXNlIGEgbWFsZm9ybWVkIGUtbWFpbCBhZGRyZXNztAJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsmKzrsJTrpbgg7J2066mU7J28IOyjvOyGjCDtmJXsi53snbQg7JWE64uZ64uI64ukLiBLQ1DripQg7ZiV7Iud7J20IOyemOuqu+uQnCDsnbTrqZTsnbwg7KO87IaM66W8IOqxsOygiO2VoCDsiJgg7J6I7Iq164uI64ukAACoBEtDUCB2YWxpZGF0ZXMgdGhlIGJ1eWVyIGUtbWFpbCAocmVzdWx0IGNvZGVzIDg1MDkgImJ1eWVyIGUtbWFpbCBmb3JtYXQiLCA5MDEyKS4gVGhlIGNoZWNrIGlzIGEgcGxhdXNpYmlsaXR5IHRlc3QgKGxvY2FsQGRvbWFpbi50bGQpLCBzbyBpdCBpcyBhIHdhcm5pbmcuIEVtcHR5IHN0cmluZ3MgYXJlIG5vdCByZXBvcnRlZCAodGhlIG1lbWJlciBpcyBvcHRpb25hbCk7IHZhbHVlcyBvdmVyIHRoZSBSRVNUIGxlbmd0aCBsaW1pdCBhcmUgYWxyZWFkeSBmaWVsZC1sZW5ndGggZXJyb3JzLqgES0NQIHZhbGlkYXRlcyB0aGUgYnV5ZXIgZS1tYWlsIChyZXN1bHQgY29kZXMgODUwOSAiYnV5ZXIgZS1tYWlsIGZvcm1hdCIsIDkwMTIpLiBUaGUgY2hlY2sgaXMgYSBwbGF1c2liaWxpdHkgdGVzdCAobG9jYWxAZG9tYWluLnRsZCksIHNvIGl0IGlzIGEgd2FybmluZy4gRW1wdHkgc3RyaW5ncyBhcmUgbm90IHJlcG9ydGVkICh0aGUgbWVtYmVyIGlzIG9wdGlvbmFsKTsgdmFsdWVzIG92ZXIgdGhlIFJFU1QgbGVuZ3RoIGxpbWl0IGFyZSBhbHJlYWR5IGZpZWxkLWxlbmd0aCBlcnJvcnMugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMz92PXYxARZLQ1AtQlVZLTAwNAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s0g4KIGJ1eWVyLXRlbC1mb3JtYXQ6UGhvbmUgbnVtYmVyIGlzIG5vdCBwbGF1c2libGVU7KCE7ZmU67KI7Zi4IO2YleyLneydtCDsmKzrsJTrpbTsp4Ag7JWK7J2MDndhcm5pbmcBAQwUcmVzdC1hZ2FpbiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAGCBJidXllcl90ZWwAAgASYnV5ZXJfdGVsUgIcAggGAi4AAAIGSl5ccypbKyhdPyhbMC05XVsgKCkuLV0qKXs3LH1bMC05XVxzKiQEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBIgAAAAAILHNjaGVkdWxlc1sqXS5idXllcl90ZWwABgASc2NoZWR1bGVzAAQAEmJ1eWVyX3RlbFICHAIIBgIuAAACBkpeXHMqWysoXT8oWzAtOV1bICgpLi1dKil7Nyx9WzAtOV1ccyokBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIMASIAAAAACBhjdXN0b21lcl90ZWwAAgAYY3VzdG9tZXJfdGVsEgIcAggEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBKgAGAi4AAAIGSl5ccypbKyhdPyhbMC05XVsgKCkuLV0qKXs3LH1bMC05XVxzKiQAAAABsAFge2ZpZWxkfWAgaXMgbm90IGEgcGxhdXNpYmxlIHBob25lIG51bWJlcjoge3ZhbHVlfTsgS0NQIHJlZnVzZXMgYSBtYWxmb3JtZWQgcGhvbmUgbnVtYmVyjgJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsmKzrsJTrpbgg7KCE7ZmU67KI7Zi4IO2YleyLneydtCDslYTri5nri4jri6QuIEtDUOuKlCDtmJXsi53snbQg7J6Y66q765CcIOyghO2ZlOuyiO2YuOulvCDqsbDsoIjtlanri4jri6QAAJQKS0NQIHZhbGlkYXRlcyB0aGUgYnV5ZXIncyBwaG9uZSBudW1iZXIgKHJlc3VsdCBjb2RlcyA4NTA3IGFuZCA4NTA4LCAiYnV5ZXIgcGhvbmUgZm9ybWF0IikuIE1lcmNoYW50IGNvZGUgc2VuZHMgcGxhY2Vob2xkZXJzIHRoYXQgd2VyZSBuZXZlciBmaWxsZWQgaW4gKGAwMTAtIyMjIy0jIyMjYCwgYOq1rOunpOyekOyXsOudveyymGApIG9yIGEgbGFiZWwgaW5zdGVhZCBvZiB0aGUgbnVtYmVyLiBUaGUgY2hlY2sgaXMgYSBwbGF1c2liaWxpdHkgdGVzdDogZWlnaHQgb3IgbW9yZSBkaWdpdHMsIHNlcGFyYXRlZCBieSBub3RoaW5nIG9yIGJ5IHNwYWNlcywgaHlwaGVucywgZG90cyBvciBwYXJlbnRoZXNlcywgd2l0aCBhbiBvcHRpb25hbCBsZWFkaW5nIGArYCAoYDAxMDEyMzQ1Njc4YCwgYDAxMC0xMjM0LTU2NzhgLCBgMDIpNTU1LTEyMzRgLCBgMTU4OC0xMjM0YCwgYCs4MiAxMC0xMjM0LTU2NzhgKSwgc28gaXQgaXMgYSB3YXJuaW5nLiBFbXB0eSBzdHJpbmdzIGFyZSBub3QgcmVwb3J0ZWQgKHRoZSBtZW1iZXIgaXMgb3B0aW9uYWw7IGBzZGstYnV5ZXItdGVsLW1pc3NpbmdgIGNvdmVycyBhIGJsYW5rIG9uZSBvbiB0aGUgU0RLKTsgdmFsdWVzIG92ZXIgdGhlIGxlbmd0aCBsaW1pdHMgYXJlIGFscmVhZHkgZmllbGQtbGVuZ3RoIGVycm9ycy6UCktDUCB2YWxpZGF0ZXMgdGhlIGJ1eWVyJ3MgcGhvbmUgbnVtYmVyIChyZXN1bHQgY29kZXMgODUwNyBhbmQgODUwOCwgImJ1eWVyIHBob25lIGZvcm1hdCIpLiBNZXJjaGFudCBjb2RlIHNlbmRzIHBsYWNlaG9sZGVycyB0aGF0IHdlcmUgbmV2ZXIgZmlsbGVkIGluIChgMDEwLSMjIyMtIyMjI2AsIGDqtazrp6TsnpDsl7Drnb3ssphgKSBvciBhIGxhYmVsIGluc3RlYWQgb2YgdGhlIG51bWJlci4gVGhlIGNoZWNrIGlzIGEgcGxhdXNpYmlsaXR5IHRlc3Q6IGVpZ2h0IG9yIG1vcmUgZGlnaXRzLCBzZXBhcmF0ZWQgYnkgbm90aGluZyBvciBieSBzcGFjZXMsIGh5cGhlbnMsIGRvdHMgb3IgcGFyZW50aGVzZXMsIHdpdGggYW4gb3B0aW9uYWwgbGVhZGluZyBgK2AgKGAwMTAxMjM0NTY3OGAsIGAwMTAtMTIzNC01Njc4YCwgYDAyKTU1NS0xMjM0YCwgYDE1ODgtMTIzNGAsIGArODIgMTAtMTIzNC01Njc4YCksIHNvIGl0IGlzIGEgd2FybmluZy4gRW1wdHkgc3RyaW5ncyBhcmUgbm90IHJlcG9ydGVkICh0aGUgbWVtYmVyIGlzIG9wdGlvbmFsOyBgc2RrLWJ1eWVyLXRlbC1taXNzaW5nYCBjb3ZlcnMgYSBibGFuayBvbmUgb24gdGhlIFNESyk7IHZhbHVlcyBvdmVyIHRoZSBsZW5ndGggbGltaXRzIGFyZSBhbHJlYWR5IGZpZWxkLWxlbmd0aCBlcnJvcnMugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMz92PXYxAAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1ssA8KJm5hbWUtdG9vLW1hbnktYnl0ZXNAYG5hbWVgIG92ZXIgS0NQJ3MgMTAwLWJ5dGUgbGltaXRcYG5hbWVg7J20IEtDUOydmCAxMDDrsJTsnbTtirgg7ZWc64+E66W8IOuEmOydjAhpbmZvAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgIbmFtZQACAAhuYW1lXAIcAgYEBgIuAAACCAIGAi4AAAIMAVIABgIuAAACDgAByAEAAAAIInNjaGVkdWxlc1sqXS5uYW1lAAYAEnNjaGVkdWxlcwAEAAhuYW1lXAIcAgYEBgIuAAACCAIGAi4AAAIMAVIABgIuAAACDgAByAEAAAAB5AFge2ZpZWxkfWAgaXMgbG9uZ2VyIHRoYW4gMTAwIGJ5dGVzIGluIFVURi04OiBpZiBLQ1AgcmVjZWl2ZXMgaXQgaW4gVVRGLTgsIGl0cyAxMDAtYnl0ZSBvcmRlci1uYW1lIGxpbWl0IG1heSBjdXQgaXS2AmB7ZmllbGR9YOydtCjqsIApIFVURi04IOq4sOykgCAxMDDrsJTsnbTtirjrpbwg64SY7Iq164uI64ukLiBLQ1DqsIAgVVRGLTjroZwg67Cb64qUIOqyveyasCDso7zrrLjrqoUg7ZWc64+EKDEwMOuwlOydtO2KuCnsl5Ag6rG466CkIOyemOumtCDsiJgg7J6I7Iq164uI64ukAAC+BlBvcnRPbmUgbGltaXRzIGBuYW1lYCB0byA0MCBjaGFyYWN0ZXJzICh2MSBSRVNUIHNjaGVtYSwgZmllbGQtbGVuZ3RoKTsgS0NQIGxpbWl0cyB0aGUgcHJvZHVjdCBuYW1lIHRvIDEwMCBieXRlcyAoUG9ydE9uZSdzIFYyIEtDUCBwYWdlLCBhIGZhY3QgYWJvdXQgdGhlIFBHKS4gQSBIYW5ndWwgc3lsbGFibGUgaXMgMyBieXRlcyBpbiBVVEYtOCwgc28gMzQgdG8gNDAgSGFuZ3VsIHBhc3MgUG9ydE9uZSdzIGxpbWl0IGJ1dCBub3QgS0NQJ3MuIENoYW5nZWQgZnJvbSB0aGUgcmVmZXJlbmNlJ3Mgd2FybmluZyB0byBpbmZvOiB0aGUgZW5jb2RpbmcgS0NQIGNvdW50cyBpbiBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGluIEVVQy1LUiwgS0NQJ3MgdHJhZGl0aW9uYWwgZW5jb2RpbmcsIDQwIEhhbmd1bCBhcmUgb25seSA4MCBieXRlcy6+BlBvcnRPbmUgbGltaXRzIGBuYW1lYCB0byA0MCBjaGFyYWN0ZXJzICh2MSBSRVNUIHNjaGVtYSwgZmllbGQtbGVuZ3RoKTsgS0NQIGxpbWl0cyB0aGUgcHJvZHVjdCBuYW1lIHRvIDEwMCBieXRlcyAoUG9ydE9uZSdzIFYyIEtDUCBwYWdlLCBhIGZhY3QgYWJvdXQgdGhlIFBHKS4gQSBIYW5ndWwgc3lsbGFibGUgaXMgMyBieXRlcyBpbiBVVEYtOCwgc28gMzQgdG8gNDAgSGFuZ3VsIHBhc3MgUG9ydE9uZSdzIGxpbWl0IGJ1dCBub3QgS0NQJ3MuIENoYW5nZWQgZnJvbSB0aGUgcmVmZXJlbmNlJ3Mgd2FybmluZyB0byBpbmZvOiB0aGUgZW5jb2RpbmcgS0NQIGNvdW50cyBpbiBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGluIEVVQy1LUiwgS0NQJ3MgdHJhZGl0aW9uYWwgZW5jb2RpbmcsIDQwIEhhbmd1bCBhcmUgb25seSA4MCBieXRlcy56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU5BTUUtMDAyAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyWEAoYbmFtZS1taXNzaW5nNmBuYW1lYCBpcyBtaXNzaW5nIG9uIC9hZ2FpbjwvYWdhaW4g7JqU7LKt7JeQIGBuYW1lYCDriITrnb0IaW5mbwEBAhRyZXN0LWFnYWluAAIAAghuYW1lAAIACG5hbWVcAAAAAbIBYG5hbWVgIGlzIG1pc3Npbmc6IHRoZSB2MSBBUEkgc2NoZW1hIHJlcXVpcmVzIHRoZSBvcmRlciBuYW1lIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW7gAWBuYW1lYCjso7zrrLjrqoUp7J20IOyXhuyKteuLiOuLpC4gdjEgQVBJIOyKpO2CpOuniOyXkOyEnCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu7J2YIGBuYW1lYOydgCDtlYTsiJjsnoXri4jri6QAAMoGVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGBuYW1lYCByZXF1aXJlZCBvbiAvYWdhaW4gKHNpbmNlIGF0IGxlYXN0IDIwMjMpLiBUaGUgS0NQIHBhZ2UncyBvd24gL2FnYWluIGV4YW1wbGUgYW5kIFBvcnRPbmUncyBQeXRob24gY2xpZW50IG9taXQgaXQsIGFuZCB3aGV0aGVyIHRoZSBzZXJ2ZXIgZW5mb3JjZXMgaXQgaXMgbm90IGtub3duLiBTZXZlcml0eSBpbmZvLCBub3QgdGhlIHJlZmVyZW5jZSdzIHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSAodGhlIGhpZ2hlc3QgYXV0aG9yaXR5KSBzZW5kcyAvYWdhaW4gd2l0aG91dCBgbmFtZWAsIHNvIGEgcGF5bG9hZCB0aGF0IGNvcGllcyBpdCBtdXN0IG5vdCBkcmF3IGEgd2FybmluZzsgdGhlIHNjaGVtYSdzIHJlcXVpcmVtZW50IGlzIHJlYWwgYnV0IGl0cyBlbmZvcmNlbWVudCBpcyB1bmtub3duLsoGVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGBuYW1lYCByZXF1aXJlZCBvbiAvYWdhaW4gKHNpbmNlIGF0IGxlYXN0IDIwMjMpLiBUaGUgS0NQIHBhZ2UncyBvd24gL2FnYWluIGV4YW1wbGUgYW5kIFBvcnRPbmUncyBQeXRob24gY2xpZW50IG9taXQgaXQsIGFuZCB3aGV0aGVyIHRoZSBzZXJ2ZXIgZW5mb3JjZXMgaXQgaXMgbm90IGtub3duLiBTZXZlcml0eSBpbmZvLCBub3QgdGhlIHJlZmVyZW5jZSdzIHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSAodGhlIGhpZ2hlc3QgYXV0aG9yaXR5KSBzZW5kcyAvYWdhaW4gd2l0aG91dCBgbmFtZWAsIHNvIGEgcGF5bG9hZCB0aGF0IGNvcGllcyBpdCBtdXN0IG5vdCBkcmF3IGEgd2FybmluZzsgdGhlIHNjaGVtYSdzIHJlcXVpcmVtZW50IGlzIHJlYWwgYnV0IGl0cyBlbmZvcmNlbWVudCBpcyB1bmtub3duLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARhLQ1AtTkFNRS0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbNwQCixzY2hlZHVsZXMtbmFtZS1taXNzaW5nQEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYG5hbWVgNuyYiOyVvSDqsbTsnZggYG5hbWVgIOuIhOudvQhpbmZvAQECGnJlc3Qtc2NoZWR1bGUAAgACInNjaGVkdWxlc1sqXS5uYW1lAAYAEnNjaGVkdWxlcwAEAAhuYW1lXAAAAAGwAWB7ZmllbGR9YCBpcyBtaXNzaW5nOiB0aGUgdjEgQVBJIHNjaGVtYSByZXF1aXJlcyBhbiBvcmRlciBuYW1lIGluIGV2ZXJ5IHNjaGVkdWxlZCBjaGFyZ2XOAWB7ZmllbGR9YCjso7zrrLjrqoUp7J20IOyXhuyKteuLiOuLpC4gdjEgQVBJIOyKpO2CpOuniOyXkOyEnCDsmIjslb0g6rG066eI64ukIGBuYW1lYOydgCDtlYTsiJjsnoXri4jri6QAAOwEU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSBsaXN0cyBgbmFtZWAgYXMgcmVxdWlyZWQgKGFkZGVkIGJldHdlZW4gMjAyNC0wMyBhbmQgMjAyNS0wMSk7IFBvcnRPbmUncyBvbGRlciBleGFtcGxlcyBvbWl0IGl0IGFuZCBlbmZvcmNlbWVudCBpcyBub3Qga25vd24uIFNldmVyaXR5IGluZm8sIG5vdCB0aGUgcmVmZXJlbmNlJ3Mgd2FybmluZzogUG9ydE9uZSdzIG93biBzY2hlZHVsZSBleGFtcGxlcyBvbWl0IGBuYW1lYCwgYW5kIGVuZm9yY2VtZW50IG9mIHRoZSBzY2hlbWEncyByZXF1aXJlbWVudCBpcyB1bmtub3duLuwEU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSBsaXN0cyBgbmFtZWAgYXMgcmVxdWlyZWQgKGFkZGVkIGJldHdlZW4gMjAyNC0wMyBhbmQgMjAyNS0wMSk7IFBvcnRPbmUncyBvbGRlciBleGFtcGxlcyBvbWl0IGl0IGFuZCBlbmZvcmNlbWVudCBpcyBub3Qga25vd24uIFNldmVyaXR5IGluZm8sIG5vdCB0aGUgcmVmZXJlbmNlJ3Mgd2FybmluZzogUG9ydE9uZSdzIG93biBzY2hlZHVsZSBleGFtcGxlcyBvbWl0IGBuYW1lYCwgYW5kIGVuZm9yY2VtZW50IG9mIHRoZSBzY2hlbWEncyByZXF1aXJlbWVudCBpcyB1bmtub3duLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBGEtDUC1OQU1FLTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sihEKMG5hbWUtbWlzc2luZy1zZGstcGF5bWVudEBgbmFtZWAgaXMgbWlzc2luZyBmcm9tIGEgcGF5bWVudDzqsrDsoJwg7JqU7LKt7JeQIGBuYW1lYCDriITrnb0IaW5mbwEBAhZzZGstcGF5bWVudAACAAIIbmFtZQACAAhuYW1lXAAAAAGYAWBuYW1lYCBpcyBub3Qgc2V0OiBLQ1Agc2hvd3MgdGhlIG9yZGVyIG5hbWUgdG8gdGhlIGJ1eWVyIGFzIHRoZSBwcm9kdWN0IG5hbWXAAWBuYW1lYCjso7zrrLjrqoUp7J20IOyXhuyKteuLiOuLpC4g7KO866y466qF7J2AIEtDUCDqsrDsoJzssL3sl5Ag7IOB7ZKI66qF7Jy866GcIO2RnOyLnOuQqeuLiOuLpAAApgNUaGUgS0NQIHBhZ2UgbGlzdHMgYG5hbWVgIHdpdGhvdXQgYSBxdWVzdGlvbiBtYXJrIChhIG1haW4gcGFyYW1ldGVyKSBhbmQgZXZlcnkgS0NQIGV4YW1wbGUgc2VuZHMgaXQ7IEtDUCdzIHJlc3VsdCBjb2RlIDkwMDcgaXMgInByb2R1Y3QgbmFtZSBtaXNzaW5nIi4gVGhlIFNESyByZWZlcmVuY2UgbWFya3MgaXQgb3B0aW9uYWwsIHNvIHRoaXMgaXMgYWR2aWNlIG9ubHkupgNUaGUgS0NQIHBhZ2UgbGlzdHMgYG5hbWVgIHdpdGhvdXQgYSBxdWVzdGlvbiBtYXJrIChhIG1haW4gcGFyYW1ldGVyKSBhbmQgZXZlcnkgS0NQIGV4YW1wbGUgc2VuZHMgaXQ7IEtDUCdzIHJlc3VsdCBjb2RlIDkwMDcgaXMgInByb2R1Y3QgbmFtZSBtaXNzaW5nIi4gVGhlIFNESyByZWZlcmVuY2UgbWFya3MgaXQgb3B0aW9uYWwsIHNvIHRoaXMgaXMgYWR2aWNlIG9ubHkulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLU5BTUUtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy2EQpIY2FyZC1xdW90YS1iZWxvdy1pbnN0YWxsbWVudC1taW5pbXVtOkluc3RhbGxtZW50cyBiZWxvdyA1MCwwMDAgd29uODXrp4zsm5Ag66+466eMIO2VoOu2gCDsmpTssq0Od2FybmluZwEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAQQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBAgUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIcAgYEAAQGAi4AAAIIBAYCLgAAAgoGZ3RlAAAAAAAAAABAAjIEBhAkLmFtb3VudAECAAxhbW91bnQMAggIBhAkLmFtb3VudAECAAxhbW91bnQMAgoGZ3RlAAAAAAAAauhACjUwMDAwAAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAIIBAAEBhRjYXJkX3F1b3RhAAIAFGNhcmRfcXVvdGFqAhAYd2hvbGUtbnVtYmVyBhRjYXJkX3F1b3RhAAIAFGNhcmRfcXVvdGFqAgoGZ3RlAAAAAAAAAABAAjIGDGFtb3VudAACAAxhbW91bnQMAgoGZ3RlAAAAAAAAauhACjUwMDAwBAYMYW1vdW50AAIADGFtb3VudAwCCAgABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAagCYHtmaWVsZH1gIGFza3MgZm9yIHt2YWx1ZX0gbW9udGhseSBpbnN0YWxsbWVudHMsIGJ1dCB0aGUgc2NoZWR1bGUncyBgYW1vdW50YCBpcyBiZWxvdyA1MCwwMDAgd29uLCB0aGUgaW5zdGFsbG1lbnQgbWluaW11bSAoc29tZSBpc3N1ZXJzOiAxMCwwMDAgd29uKeICYHtmaWVsZH1g66GcIHt2YWx1ZX3qsJzsm5Qg7ZWg67aA66W8IOyalOyyre2WiOyngOunjCDtlbTri7kg7JiI7JW9IOqxtOydmCBgYW1vdW50YOqwgCDtlaDrtoAg6rKw7KCcIOy1nOyGjCDquIjslaHsnbggNeunjOybkCDrr7jrp4zsnoXri4jri6QgKOydvOu2gCDsubTrk5zsgqzripQgMeunjOybkCDsnbTsg4EpAAEUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagGKAmBjYXJkX3F1b3RhYCBhc2tzIGZvciB7dmFsdWV9IG1vbnRobHkgaW5zdGFsbG1lbnRzLCBidXQgaW5zdGFsbG1lbnRzIG5lZWQgYW4gYW1vdW50IG9mIGF0IGxlYXN0IDUwLDAwMCB3b24gKHNvbWUgaXNzdWVyczogMTAsMDAwIHdvbinEAmBjYXJkX3F1b3RhYOuhnCB7dmFsdWV96rCc7JuUIO2VoOu2gOulvCDsmpTssq3tlojsp4Drp4wg7ZWg67aAIOqysOygnOuKlCA166eM7JuQIOydtOyDgSDqsrDsoJwg7IucIOydtOyaqe2VoCDsiJgg7J6I7Iq164uI64ukICjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOBKQEodGhlIGFtb3VudCBpcyBpbiBLUlcs7JuQ7ZmUIOqysOygnOyeheuLiOuLpAC+A1RoZSBLQ1AgcGFnZTogaW5zdGFsbG1lbnRzIGFyZSBhdmFpbGFibGUgZnJvbSA1MCwwMDAgd29uIChzb21lIGlzc3VlcnMgZnJvbSAxMCwwMDAgd29uKTsgdGhlIHYxIFJFU1Qgc2NoZW1hIHNheXMgdGhlIHNhbWUgb2YgYGNhcmRfcXVvdGFgICgi6rKw7KCc6riI7JWhIDUwLDAwMOybkCDsnbTsg4Eg7ZWc7KCVIikuIEEgd2FybmluZyBiZWNhdXNlIG9mIHRoZSBpc3N1ZXIgZXhjZXB0aW9ucy6+A1RoZSBLQ1AgcGFnZTogaW5zdGFsbG1lbnRzIGFyZSBhdmFpbGFibGUgZnJvbSA1MCwwMDAgd29uIChzb21lIGlzc3VlcnMgZnJvbSAxMCwwMDAgd29uKTsgdGhlIHYxIFJFU1Qgc2NoZW1hIHNheXMgdGhlIHNhbWUgb2YgYGNhcmRfcXVvdGFgICgi6rKw7KCc6riI7JWhIDUwLDAwMOybkCDsnbTsg4Eg7ZWc7KCVIikuIEEgd2FybmluZyBiZWNhdXNlIG9mIHRoZSBpc3N1ZXIgZXhjZXB0aW9ucy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARJLQ1AtUS0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbOQRCiRjYXJkLXF1b3RhLWludmFsaWRGYGNhcmRfcXVvdGFgIGlzIG5vdCAwIG9yIDIgYW5kIG1vcmVWYGNhcmRfcXVvdGFg6rCAIDAg65iQ64qUIDIg7J207IOB7J20IOyVhOuLmAplcnJvcgEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAQIFGNhcmRfcXVvdGEAAgAUY2FyZF9xdW90YWoCHAIEBAYCLgAAAggIAAYGAi4AAAIQGHdob2xlLW51bWJlcgYCLgAAAgoGZ3RlAAAAAAAAAAAAAjAEBgIuAAACAgQAAAAAAADwPwIxAAAACC5zY2hlZHVsZXNbKl0uY2FyZF9xdW90YQAGABJzY2hlZHVsZXMABAAUY2FyZF9xdW90YWoCHAIEBAYCLgAAAggIAAYGAi4AAAIQGHdob2xlLW51bWJlcgYCLgAAAgoGZ3RlAAAAAAAAAAAAAjAEBgIuAAACAgQAAAAAAADwPwIxAAAAAZQBYHtmaWVsZH1gIG11c3QgYmUgMCAobHVtcCBzdW0pIG9yIGEgbnVtYmVyIG9mIG1vbnRocyBmcm9tIDIsIGZvdW5kIHt2YWx1ZX3EAWB7ZmllbGR9YOydgCjripQpIDAo7J287Iuc67aIKSDrmJDripQgMiDsnbTsg4HsnZgg7ZWg67aA6rCc7JuU7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAADoBVRoZSB2MSBSRVNUIHNjaGVtYTogYGNhcmRfcXVvdGFgIGlzIGFuIGludGVnZXIsIDAgZm9yIGEgbHVtcCBzdW0gKHRoZSBkZWZhdWx0KSwgb3RoZXJ3aXNlIDIgb3IgbW9yZSBtb250aHMgKCIyIOydtOyDgeydmCBpbnRlZ2VyIO2VoOu2gOqwnOyblOyImCIpLiBUaGVyZSBpcyBubyAxLW1vbnRoIGluc3RhbGxtZW50OyBLQ1AgcmVmdXNlcyBtYWxmb3JtZWQgaW5zdGFsbG1lbnQgcGVyaW9kcyAocmVzdWx0IGNvZGVzIDgxMDYsIENDMTYpLiBBIHdob2xlIG51bWJlciB3cml0dGVuIHdpdGggYSBmcmFjdGlvbiAoYDMuMGApIGlzIHRoZSBzYW1lIGludGVnZXIgYW5kIGlzIGFjY2VwdGVkLCBhdCB0aGUgdG9wIGxldmVsIGFuZCBpbiBgc2NoZWR1bGVzW11gLugFVGhlIHYxIFJFU1Qgc2NoZW1hOiBgY2FyZF9xdW90YWAgaXMgYW4gaW50ZWdlciwgMCBmb3IgYSBsdW1wIHN1bSAodGhlIGRlZmF1bHQpLCBvdGhlcndpc2UgMiBvciBtb3JlIG1vbnRocyAoIjIg7J207IOB7J2YIGludGVnZXIg7ZWg67aA6rCc7JuU7IiYIikuIFRoZXJlIGlzIG5vIDEtbW9udGggaW5zdGFsbG1lbnQ7IEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBpbnN0YWxsbWVudCBwZXJpb2RzIChyZXN1bHQgY29kZXMgODEwNiwgQ0MxNikuIEEgd2hvbGUgbnVtYmVyIHdyaXR0ZW4gd2l0aCBhIGZyYWN0aW9uIChgMy4wYCkgaXMgdGhlIHNhbWUgaW50ZWdlciBhbmQgaXMgYWNjZXB0ZWQsIGF0IHRoZSB0b3AgbGV2ZWwgYW5kIGluIGBzY2hlZHVsZXNbXWAuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBEktDUC1RLTAwNAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s1BIKLHJlc3QtYnlwYXNzLW5vdC1zdHJpbmc0UkVTVCBgYnlwYXNzYCBpcyBhbiBvYmplY3RCUkVTVCBBUEnsnZggYGJ5cGFzc2DqsIAg6rCd7LK07J6EDndhcm5pbmcBAQYUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQAECAxieXBhc3MAAgAMYnlwYXNzTgIcBAYCLgAAAgggAAAACCZzY2hlZHVsZXNbKl0uYnlwYXNzAAYAEnNjaGVkdWxlcwAEAAxieXBhc3NOAhwEBgIuAAACCCAAAAAB6AFge2ZpZWxkfWAgbXVzdCBiZSBhIEpTT04gc3RyaW5nIG9uIHRoZSBSRVNUIEFQSSAoYEpTT04uc3RyaW5naWZ5YCB0aGUgb2JqZWN0KTogUG9ydE9uZSBwYXNzZXMgaXQgdG8gdGhlIFBHIHVuY2hhbmdlZIADUkVTVCBBUEnsnZggYHtmaWVsZH1g7J2AKOuKlCkgSlNPTiDrrLjsnpDsl7TsnbTslrTslbwg7ZWp64uI64ukICjqsJ3ssrTripQgYEpTT04uc3RyaW5naWZ5YOuhnCDrs4DtmZjtlbTshJwg67O064K07JW8IO2VqeuLiOuLpCkuIO2PrO2KuOybkOydgCDsnbQg6rCS7J2EIOqwgOqztSDsl4bsnbQgUEfsgqzroZwg7KCE64us7ZWp64uI64ukAADkA09uIC9vbmV0aW1lLCAvYWdhaW4gYW5kIGluIHNjaGVkdWxlcywgdGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGBieXBhc3NgIGFzIGEgc3RyaW5nOiAiSlNPTiBzdHJpbmcg7ZiV7Iud7J2YIFBH7IKs67OEIO2MjOudvOuvuO2EsCwg6rCA6rO1IOyXhuydtCDqt7jrjIDroZwgUEfsgqzroZwg7KCE64usIi4gVW5saWtlIElNUC5yZXF1ZXN0X3BheSwgYW4gb2JqZWN0IGlzIG5vdCBzZXJpYWxpc2VkIGZvciB0aGUgbWVyY2hhbnQu5ANPbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMsIHRoZSB2MSBSRVNUIHNjaGVtYSB0eXBlcyBgYnlwYXNzYCBhcyBhIHN0cmluZzogIkpTT04gc3RyaW5nIO2YleyLneydmCBQR+yCrOuzhCDtjIzrnbzrr7jthLAsIOqwgOqztSDsl4bsnbQg6re464yA66GcIFBH7IKs66GcIOyghOuLrCIuIFVubGlrZSBJTVAucmVxdWVzdF9wYXksIGFuIG9iamVjdCBpcyBub3Qgc2VyaWFsaXNlZCBmb3IgdGhlIG1lcmNoYW50LnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQlAtMDA3AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyyEwo4cmVzdC1ub3RpY2UtdXJsLW5vdC1hYnNvbHV0ZVBSRVNUIGBub3RpY2VfdXJsYCBpcyBub3QgYW4gYWJzb2x1dGUgVVJMYFJFU1QgQVBJ7J2YIGBub3RpY2VfdXJsYOydtCDsoIjrjIAgVVJM7J20IOyVhOuLmAplcnJvcgEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAQIFG5vdGljZV91cmwAAgAUbm90aWNlX3VybIgBAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACEAZ1cmwAAAAILnNjaGVkdWxlc1sqXS5ub3RpY2VfdXJsAAYAEnNjaGVkdWxlcwAEABRub3RpY2VfdXJsiAECHAIGBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIQBnVybAAAAAGmAWB7ZmllbGR9YCBtdXN0IGJlIGFuIGFic29sdXRlIGh0dHAocykgVVJMLCBmb3VuZCB7dmFsdWV9OiBQb3J0T25lJ3Mgc2VydmVycyBjYWxsIGl0qgJge2ZpZWxkfWDsnYAo64qUKSBodHRwKHMp66GcIOyLnOyeke2VmOuKlCDsoIjrjIAgVVJM7J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukLiDtj6ztirjsm5Ag7ISc67KE6rCAIOydtCDso7zshozroZwg7Ju57ZuF7J2EIO2YuOy2nO2VqeuLiOuLpAAAmANgbm90aWNlX3VybGAgcmVwbGFjZXMgdGhlIGNvbnNvbGUncyB3ZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IGFuZCBpcyBjYWxsZWQgYnkgUG9ydE9uZSdzIHNlcnZlcnMsIHNvIGEgcmVsYXRpdmUgcGF0aCBvciBhIGhvc3Qgd2l0aG91dCBhIHNjaGVtZSBjYW4gbmV2ZXIgYmUgcmVhY2hlZCBhbmQgdGhlIHJlc3VsdCBub3RpZmljYXRpb24gaXMgbG9zdC6YA2Bub3RpY2VfdXJsYCByZXBsYWNlcyB0aGUgY29uc29sZSdzIHdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgYW5kIGlzIGNhbGxlZCBieSBQb3J0T25lJ3Mgc2VydmVycywgc28gYSByZWxhdGl2ZSBwYXRoIG9yIGEgaG9zdCB3aXRob3V0IGEgc2NoZW1lIGNhbiBuZXZlciBiZSByZWFjaGVkIGFuZCB0aGUgcmVzdWx0IG5vdGlmaWNhdGlvbiBpcyBsb3N0LnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARZLQ1AtVVJMLTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s7hMKKnJlc3Qtbm90aWNlLXVybC1hcnJheTpSRVNUIGBub3RpY2VfdXJsYCBpcyBhbiBhcnJheUpSRVNUIEFQSeydmCBgbm90aWNlX3VybGDsnbQg67Cw7Je07J6ECmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECHAQGAi4AAAIIQAAAAAguc2NoZWR1bGVzWypdLm5vdGljZV91cmwABgASc2NoZWR1bGVzAAQAFG5vdGljZV91cmyIAQIcBAYCLgAAAghAAAAAAcgBYHtmaWVsZH1gIHRha2VzIG9uZSBVUkwgc3RyaW5nIG9uIHRoZSBSRVNUIEFQSTsgYW4gYXJyYXkgb2YgVVJMcyBpcyBhY2NlcHRlZCBvbmx5IGJ5IElNUC5yZXF1ZXN0X3BheYYCUkVTVCBBUEnsnZggYHtmaWVsZH1g7JeQ64qUIFVSTCDrrLjsnpDsl7Qg7ZWY64KY66eMIOuEo+ydhCDsiJgg7J6I7Iq164uI64ukLiBVUkwg67Cw7Je07J2AIElNUC5yZXF1ZXN0X3BheeyXkOyEnOunjCDsp4Dsm5DrkKnri4jri6QAAOACVGhlIEtDUCBwYWdlIGFsbG93cyBgbm90aWNlX3VybGAgYXMgYSBzdHJpbmcgb3IgYW4gYXJyYXkgb2Ygc3RyaW5ncyBpbiBJTVAucmVxdWVzdF9wYXksIGJ1dCB0aGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgaXQgYXMgYSBzaW5nbGUgc3RyaW5nIG9uIC9vbmV0aW1lLCAvYWdhaW4gYW5kIGluIHNjaGVkdWxlcy7gAlRoZSBLQ1AgcGFnZSBhbGxvd3MgYG5vdGljZV91cmxgIGFzIGEgc3RyaW5nIG9yIGFuIGFycmF5IG9mIHN0cmluZ3MgaW4gSU1QLnJlcXVlc3RfcGF5LCBidXQgdGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGl0IGFzIGEgc2luZ2xlIHN0cmluZyBvbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFktDUC1VUkwtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWysFAosY3VzdG9tLWRhdGEtbm90LXN0cmluZ0RSRVNUIGBjdXN0b21fZGF0YWAgaXMgbm90IGEgc3RyaW5nYFJFU1QgQVBJ7J2YIGBjdXN0b21fZGF0YWDqsIAg66y47J6Q7Je07J20IOyVhOuLmAhpbmZvAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgWY3VzdG9tX2RhdGEAAgAWY3VzdG9tX2RhdGGsAQIAAgAAAAgwc2NoZWR1bGVzWypdLmN1c3RvbV9kYXRhAAYAEnNjaGVkdWxlcwAEABZjdXN0b21fZGF0YawBAgACAAAAAYYCYHtmaWVsZH1gIGlzIGEgc3RyaW5nIHBhcmFtZXRlciBvbiB0aGUgUkVTVCBBUEk6IHNlbmQgYEpTT04uc3RyaW5naWZ5YCBvZiB0aGUgb2JqZWN0IHRvIGNvbnRyb2wgZXhhY3RseSB3aGF0IGlzIHN0b3JlZCBhbmQgcmV0dXJuZWTcAlJFU1QgQVBJ7J2YIGB7ZmllbGR9YOydgCjripQpIOusuOyekOyXtCDtjIzrnbzrr7jthLDsnoXri4jri6QuIOyggOyepeuQmOqzoCDsobDtmozrkKAg6rCS7J2EIOygle2Zle2eiCDsp4DsoJXtlZjroKTrqbQg6rCd7LK066W8IGBKU09OLnN0cmluZ2lmeWDroZwg67OA7ZmY7ZW07IScIOuztOuCtOyEuOyalAAAnANUaGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGN1c3RvbV9kYXRhYCBhcyBhIHN0cmluZyBvbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMuIE90aGVyIFBvcnRPbmUgb3BlcmF0aW9ucyBzYXkgYW4gb2JqZWN0IGlzIHN0b3JlZCBhcyBpdHMgSlNPTiB0ZXh0LCBzbyBhbiBvYmplY3QgbW9zdCBsaWtlbHkgd29ya3M7IGhlbmNlIGFkdmljZSBvbmx5LpwDVGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGBjdXN0b21fZGF0YWAgYXMgYSBzdHJpbmcgb24gL29uZXRpbWUsIC9hZ2FpbiBhbmQgaW4gc2NoZWR1bGVzLiBPdGhlciBQb3J0T25lIG9wZXJhdGlvbnMgc2F5IGFuIG9iamVjdCBpcyBzdG9yZWQgYXMgaXRzIEpTT04gdGV4dCwgc28gYW4gb2JqZWN0IG1vc3QgbGlrZWx5IHdvcmtzOyBoZW5jZSBhZHZpY2Ugb25seS56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA1AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWziFAomcHJvbW90aW9uLWlkLXByZWZpeGBgcHJvbW90aW9uX2lkYCBkb2VzIG5vdCBzdGFydCB3aXRoIHByb21vdGlvbi1pZC1sYHByb21vdGlvbl9pZGDqsIAgcHJvbW90aW9uLWlkLeuhnCDsi5zsnpHtlZjsp4Ag7JWK7J2MCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgYcHJvbW90aW9uX2lkAAIAGHByb21vdGlvbl9pZK4BAhwCBgQGAi4AAAIIAgYCLgAAAgYKXlxzKiQGAi4AAAIGHF5wcm9tb3Rpb24taWQtAAAACDJzY2hlZHVsZXNbKl0ucHJvbW90aW9uX2lkAAYAEnNjaGVkdWxlcwAEABhwcm9tb3Rpb25faWSuAQIcAgYEBgIuAAACCAIGAi4AAAIGCl5ccyokBgIuAAACBhxecHJvbW90aW9uLWlkLQAAAAGqAWB7ZmllbGR9YCBtdXN0IGJlIGEgUG9ydE9uZSBwcm9tb3Rpb24gaWQgc3RhcnRpbmcgd2l0aCBgcHJvbW90aW9uLWlkLWAsIGZvdW5kIHt2YWx1ZX3mAWB7ZmllbGR9YOydgCjripQpIGBwcm9tb3Rpb24taWQtYOuhnCDsi5zsnpHtlZjripQg7Y+s7Yq47JuQIO2UhOuhnOuqqOyFmCDslYTsnbTrlJTsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAOQCVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcHJvbW90aW9uX2lkYCBhcyB0aGUgaWQgb2YgYSBQb3J0T25lIHByb21vdGlvbiwgd2hpY2ggc3RhcnRzIHdpdGggYHByb21vdGlvbi1pZC1gOyBhbnkgb3RoZXIgdmFsdWUgKGEgY291cG9uIGNvZGUgb2YgdGhlIHNob3ApIG1hdGNoZXMgbm8gcHJvbW90aW9uLuQCVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcHJvbW90aW9uX2lkYCBhcyB0aGUgaWQgb2YgYSBQb3J0T25lIHByb21vdGlvbiwgd2hpY2ggc3RhcnRzIHdpdGggYHByb21vdGlvbi1pZC1gOyBhbnkgb3RoZXIgdmFsdWUgKGEgY291cG9uIGNvZGUgb2YgdGhlIHNob3ApIG1hdGNoZXMgbm8gcHJvbW90aW9uLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARhLQ1AtTUlTQy0wMDcAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJoVCixyZXN0LWZpZWxkLW5vdC1mb3Ita2NwNlJFU1QgbWVtYmVyIG5vdCB1c2VkIGJ5IEtDUF5LQ1Dsl5DshJwg7IKs7Jqp7ZWY7KeAIOyViuuKlCBSRVNUIO2MjOudvOuvuO2EsAhpbmZvAQEIFHJlc3QtYWdhaW4gcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQACAhwyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudAACADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50sAEcdXNlX2NhcmRfcG9pbnQAAgAcdXNlX2NhcmRfcG9pbnSyARhwcm9kdWN0X3R5cGUAAgAYcHJvZHVjdF90eXBltAEiY2FzaF9yZWNlaXB0X3R5cGUAAgAiY2FzaF9yZWNlaXB0X3R5cGW2AQZjdmMAAgAGY3ZjuAEmc2VjdXJlXzNkX2NoYXJnZV9pZAACACZzZWN1cmVfM2RfY2hhcmdlX2lkugEec2VjdXJlXzNkX3Rva2VuAAIAHnNlY3VyZV8zZF90b2tlbrwBFmN1c3RvbWVyX2lkAAIAFmN1c3RvbWVyX2lkvgEiZXh0cmEubmF2ZXJVc2VDZm0ABAAKZXh0cmHAAQAWbmF2ZXJVc2VDZm2QAUxzY2hlZHVsZXNbKl0uaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudAAGABJzY2hlZHVsZXMABAAyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudLABNnNjaGVkdWxlc1sqXS51c2VfY2FyZF9wb2ludAAGABJzY2hlZHVsZXMABAAcdXNlX2NhcmRfcG9pbnSyATJzY2hlZHVsZXNbKl0ucHJvZHVjdF90eXBlAAYAEnNjaGVkdWxlcwAEABhwcm9kdWN0X3R5cGW0ATxzY2hlZHVsZXNbKl0uY2FzaF9yZWNlaXB0X3R5cGUABgASc2NoZWR1bGVzAAQAImNhc2hfcmVjZWlwdF90eXBltgE8c2NoZWR1bGVzWypdLmV4dHJhLm5hdmVyVXNlQ2ZtAAgAEnNjaGVkdWxlcwAEAApleHRyYcABABZuYXZlclVzZUNmbZABAAAAAcwBYHtuYW1lfWAgaXMgbm90IHVzZWQgYnkgTkhOIEtDUCAoUG9ydE9uZSBhcHBsaWVzIGl0IGZvciBvdGhlciBnYXRld2F5cyBvbmx5KSwgc28gaXQgaGFzIG5vIGVmZmVjdCBoZXJllAJge25hbWV9YOydgCjripQpIE5ITiBLQ1Dsl5DshJwg7IKs7Jqp7ZWY7KeAIOyViuuKlCDtjIzrnbzrr7jthLDsnoXri4jri6QgKOuLpOuluCBQR+yCrCDsoITsmqkpLiBLQ1Ag6rKw7KCc7JeQ64qUIOyggeyaqeuQmOyngCDslYrsirXri4jri6QAAKYFVGhlIHYxIFJFU1Qgc2NoZW1hIG5hbWVzIHRoZSBnYXRld2F5cyBvZiBlYWNoIG9mIHRoZXNlIG1lbWJlcnM6IGBpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50YCAoTklDRSwgS1NORVQpLCBgdXNlX2NhcmRfcG9pbnRgIChOSUNFLCBLU05FVCwgU21hcnRybyksIGBwcm9kdWN0X3R5cGVgIChLU05FVCwgUGF5UGFsKSwgYGNhc2hfcmVjZWlwdF90eXBlYCAoVG9zcyBQYXkpLCBgY3ZjYCBhbmQgYHNlY3VyZV8zZF8qYCAoUGF5bWVudHdhbGwpLCBgY3VzdG9tZXJfaWRgIChUb3NzIFBheW1lbnRzKSwgYGV4dHJhLm5hdmVyVXNlQ2ZtYCAoTmF2ZXIgUGF5KS4gS0NQIGlzIG5ldmVyIGFtb25nIHRoZW0upgVUaGUgdjEgUkVTVCBzY2hlbWEgbmFtZXMgdGhlIGdhdGV3YXlzIG9mIGVhY2ggb2YgdGhlc2UgbWVtYmVyczogYGludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnRgIChOSUNFLCBLU05FVCksIGB1c2VfY2FyZF9wb2ludGAgKE5JQ0UsIEtTTkVULCBTbWFydHJvKSwgYHByb2R1Y3RfdHlwZWAgKEtTTkVULCBQYXlQYWwpLCBgY2FzaF9yZWNlaXB0X3R5cGVgIChUb3NzIFBheSksIGBjdmNgIGFuZCBgc2VjdXJlXzNkXypgIChQYXltZW50d2FsbCksIGBjdXN0b21lcl9pZGAgKFRvc3MgUGF5bWVudHMpLCBgZXh0cmEubmF2ZXJVc2VDZm1gIChOYXZlciBQYXkpLiBLQ1AgaXMgbmV2ZXIgYW1vbmcgdGhlbS56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzYFQomcmVzdC1wZy1rY3AtYmlsbGluZ3Jga2NwX2JpbGxpbmdgIGNoYW5uZWwgb24gL29uZXRpbWUgb3IgL3N1YnNjcmliZS9jdXN0b21lcnOWAeyImOq4sCDqsrDsoJzCt0FQSSDruYzrp4HtgqQg67Cc6riJIFJFU1QgQVBJ7JeQIGBrY3BfYmlsbGluZ2Ag7LGE64SQIOyCrOyaqQplcnJvcgEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACCARwZwACAARwZxYCHAQGAi4AAAIGJF5rY3BfYmlsbGluZyhcLnwkKQAAAAGkA2BwZ2AgaXMge3ZhbHVlfSwgYSBLQ1Agd2luZG93LWJpbGxpbmcgY2hhbm5lbCwgd2hpY2ggL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBkbyBub3Qgc3VwcG9ydDogdXNlIGBrY3BgLCBvciBga2NwLmAgZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZSBvZiB0aGUgS0NQIEFQSSBjaGFubmVsIChlLmcuIGBrY3AuQU8wOUNgKawDYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDqsrDsoJzssL0g67mM66eBIOyxhOuEkOyeheuLiOuLpC4gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz64qUIGBrY3BgIOuYkOuKlCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCkg7ZiV7Iud7J2YIEtDUCBBUEkg7LGE64SQ66eMIOyngOybkO2VqeuLiOuLpAAA6gNUaGUgdjEgUkVTVCBzY2hlbWEgbGlzdHMgYGtjcGAsIG5vdCBga2NwX2JpbGxpbmdgLCBhbW9uZyB0aGUgZ2F0ZXdheXMgb2YgL29uZXRpbWUgYW5kIG9mIC9zdWJzY3JpYmUvY3VzdG9tZXJzLCBhbmQgUG9ydE9uZSdzIGJpbGxpbmcta2V5IHJ1bGVzIHNheSBga2NwX2JpbGxpbmdgIGlzc3VlcyBiaWxsaW5nIGtleXMgdGhyb3VnaCB0aGUgd2luZG93IG9ubHkgd2hpbGUgYGtjcGAgaXNzdWVzIHRoZW0gdGhyb3VnaCB0aGUgQVBJLuoDVGhlIHYxIFJFU1Qgc2NoZW1hIGxpc3RzIGBrY3BgLCBub3QgYGtjcF9iaWxsaW5nYCwgYW1vbmcgdGhlIGdhdGV3YXlzIG9mIC9vbmV0aW1lIGFuZCBvZiAvc3Vic2NyaWJlL2N1c3RvbWVycywgYW5kIFBvcnRPbmUncyBiaWxsaW5nLWtleSBydWxlcyBzYXkgYGtjcF9iaWxsaW5nYCBpc3N1ZXMgYmlsbGluZyBrZXlzIHRocm91Z2ggdGhlIHdpbmRvdyBvbmx5IHdoaWxlIGBrY3BgIGlzc3VlcyB0aGVtIHRocm91Z2ggdGhlIEFQSS5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWywFgoccmVzdC1wZy1mb3JtYXSWAWBwZ2Agbm90IG9mIHRoZSBmb3JtIGBrY3AuYCArIHNpdGUgY29kZSBvbiAvb25ldGltZSBvciAvc3Vic2NyaWJlL2N1c3RvbWVyc4QB7IiY6riwIOqysOygnMK3QVBJIOu5jOunge2CpCDrsJzquIkgUkVTVCBBUEnsnZggYHBnYCDtmJXsi50g7Jik66WYCmVycm9yAQEEIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lAQAEBgRwZwACAARwZxYECAIGBFxTBAYEcGcAAgAEcGcWAgYkXmtjcF9iaWxsaW5nKFwufCQpAggEcGcAAgAEcGcWAggsXmtjcChcLltBLVphLXowLTldKyk/JAAAAAHwA2BwZ2Age3ZhbHVlfSBpcyBub3QgYSBLQ1AgY2hhbm5lbCBjb2RlOiB3cml0ZSBga2NwYCwgb3IgYGtjcC5gIGZvbGxvd2VkIGJ5IHRoZSBzaXRlIGNvZGUgb2YgdGhlIEtDUCBBUEkgY2hhbm5lbCAoZS5nLiBga2NwLkFPMDlDYCksIHdpdGggYGtjcGAgaW4gbG93ZXIgY2FzZSBhbmQgbm8gc3BhY2VzOyByZXBsYWNlIGFueSBgey4uLn1gIHBsYWNlaG9sZGVyIGNvcGllZCBmcm9tIHRoZSBkb2NzIHdpdGggdGhlIHJlYWwgc2l0ZSBjb2RlkARgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Jis67CU66W4IEtDUCDssYTrhJAg7L2U65Oc6rCAIOyVhOuLmeuLiOuLpC4gYGtjcGAg65iQ64qUIGBrY3Au7IKs7J207Yq47L2U65OcYCjsmIg6IGBrY3AuQU8wOUNgKSDtmJXsi53snLzroZwsIGBrY3Bg64qUIOyGjOusuOyekOuhnCDqs7XrsLEg7JeG7J20IOyeheugpe2VmOyEuOyalCAo66y47ISc7J2YIGB7Li4ufWAg7JiI7IucIO2RnOq4sOuKlCDsi6TsoJwg7IKs7J207Yq47L2U65Oc66GcIOuwlOq+uOyEuOyalCkAAIAGVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcGdgIG9uIC9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBhcyBge3Byb3ZpZGVyfWAgb3IgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAsIGFuZCB0aGUgS0NQIHByb3ZpZGVyIG9mIHRoZXNlIEFQSSBjYWxscyBpcyBga2NwYC4gQSB2YWx1ZSB0aGF0IG5hbWVzIG5vIHByb3ZpZGVyIChga2NwIGAsIGBrY3BwYCwgYEtDUGApIG1hdGNoZXMgbm8gY2hhbm5lbCwgYW5kIFBvcnRPbmUgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgb25lLCB3aGljaCBtYXkgbm90IGJlIHRoZSBLQ1AgQVBJIGNoYW5uZWwuIEEgdmFsdWUgbmFtaW5nIGFub3RoZXIgcHJvdmlkZXIgaXMgbm90LWtjcC1nYXRld2F5J3MugAZUaGUgdjEgUkVTVCBzY2hlbWEgZGVzY3JpYmVzIGBwZ2Agb24gL29uZXRpbWUgYW5kIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGFzIGB7cHJvdmlkZXJ9YCBvciBge3Byb3ZpZGVyfS57c3RvcmUgaWR9YCwgYW5kIHRoZSBLQ1AgcHJvdmlkZXIgb2YgdGhlc2UgQVBJIGNhbGxzIGlzIGBrY3BgLiBBIHZhbHVlIHRoYXQgbmFtZXMgbm8gcHJvdmlkZXIgKGBrY3AgYCwgYGtjcHBgLCBgS0NQYCkgbWF0Y2hlcyBubyBjaGFubmVsLCBhbmQgUG9ydE9uZSBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBvbmUsIHdoaWNoIG1heSBub3QgYmUgdGhlIEtDUCBBUEkgY2hhbm5lbC4gQSB2YWx1ZSBuYW1pbmcgYW5vdGhlciBwcm92aWRlciBpcyBub3Qta2NwLWdhdGV3YXkncy5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA1AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzoFgowcmVzdC1jaGFubmVsLWtleS1taXNzaW5nWmBjaGFubmVsX2tleWAgbWlzc2luZyBvbiAvc3Vic2NyaWJlL2N1c3RvbWVyc2Yvc3Vic2NyaWJlL2N1c3RvbWVycyDsmpTssq3sl5AgYGNoYW5uZWxfa2V5YCDriITrnb0IaW5mbwEBAiByZXN0LWJpbGxpbmcta2V5AAIEBBZjaGFubmVsX2tleQACABZjaGFubmVsX2tlecIBIGNoYW5uZWxfZ3JvdXBfaWQAAgAgY2hhbm5lbF9ncm91cF9pZMQBAAAAAZYCYGNoYW5uZWxfa2V5YCBpcyBtaXNzaW5nOiBQb3J0T25lJ3MgQVBJIHJlZmVyZW5jZSByZXF1aXJlcyBpdCBvbiAvc3Vic2NyaWJlL2N1c3RvbWVycyB0byBzZWxlY3QgdGhlIEtDUCBjaGFubmVsIHRoYXQgaXNzdWVzIHRoZSBiaWxsaW5nIGtledYCYGNoYW5uZWxfa2V5YOqwgCDsl4bsirXri4jri6QuIO2PrO2KuOybkCBBUEkg66y47ISc7JeQ7ISc64qUIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyalOyyreyXkCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWgIEtDUCDssYTrhJDsnZggYGNoYW5uZWxfa2V5YOulvCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukAADUB1RoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBgY2hhbm5lbF9rZXlgIHJlcXVpcmVkIG9uIFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0gc2luY2UgMjAyNi0wNS0yMDsgdGhlIEtDUCBwYWdlJ3MgZXhhbXBsZSBwcmVkYXRlcyB0aGF0IGFuZCBvbWl0cyBpdC4gV2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIGl0IGlzIG5vdCBrbm93bi4gQSBzbWFydC1yb3V0aW5nIGBjaGFubmVsX2dyb3VwX2lkYCBhbHNvIHNlbGVjdHMgdGhlIGNoYW5uZWxzIGFuZCBpcyBhY2NlcHRlZCBpbnN0ZWFkLiBTZXZlcml0eSBpbmZvLCBub3QgdGhlIHJlZmVyZW5jZSdzIHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSdzIGJpbGxpbmcta2V5IGV4YW1wbGUgKHRoZSBoaWdoZXN0IGF1dGhvcml0eSkgb21pdHMgYGNoYW5uZWxfa2V5YCwgYW5kIHdoZXRoZXIgdGhlIHNlcnZlciBlbmZvcmNlcyB0aGUgc2NoZW1hJ3MgbmV3ZXIgcmVxdWlyZW1lbnQgaXMgdW5rbm93bi7UB1RoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBgY2hhbm5lbF9rZXlgIHJlcXVpcmVkIG9uIFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0gc2luY2UgMjAyNi0wNS0yMDsgdGhlIEtDUCBwYWdlJ3MgZXhhbXBsZSBwcmVkYXRlcyB0aGF0IGFuZCBvbWl0cyBpdC4gV2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIGl0IGlzIG5vdCBrbm93bi4gQSBzbWFydC1yb3V0aW5nIGBjaGFubmVsX2dyb3VwX2lkYCBhbHNvIHNlbGVjdHMgdGhlIGNoYW5uZWxzIGFuZCBpcyBhY2NlcHRlZCBpbnN0ZWFkLiBTZXZlcml0eSBpbmZvLCBub3QgdGhlIHJlZmVyZW5jZSdzIHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSdzIGJpbGxpbmcta2V5IGV4YW1wbGUgKHRoZSBoaWdoZXN0IGF1dGhvcml0eSkgb21pdHMgYGNoYW5uZWxfa2V5YCwgYW5kIHdoZXRoZXIgdGhlIHNlcnZlciBlbmZvcmNlcyB0aGUgc2NoZW1hJ3MgbmV3ZXIgcmVxdWlyZW1lbnQgaXMgdW5rbm93bi5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA5AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyyFwowcmVzdC1jaGFubmVsLWtleS1vbmV0aW1lWGBjaGFubmVsX2tleWAgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lZi9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSDsmpTssq3snZggYGNoYW5uZWxfa2V5YAhpbmZvAQECGHJlc3Qtb25ldGltZQACAgIWY2hhbm5lbF9rZXkAAgAWY2hhbm5lbF9rZXnCAQAAAAHaAmBjaGFubmVsX2tleWAgaXMgbm90IGEgZG9jdW1lbnRlZCBwYXJhbWV0ZXIgb2YgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lOiBzZWxlY3QgdGhlIEtDUCBjaGFubmVsIHdpdGggYHBnYCAoYGtjcGAsIG9yIGBrY3AuYCBmb2xsb3dlZCBieSB0aGUgc2l0ZSBjb2RlKSBvciBgY2hhbm5lbEdyb3VwSWRg6gJgY2hhbm5lbF9rZXlg64qUIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZeyXkCDsoJXsnZjrkJwg7YyM652866+47YSw6rCAIOyVhOuLmeuLiOuLpC4gYHBnYChga2NwYCDrmJDripQgYGtjcC7sgqzsnbTtirjsvZTrk5xgKeuCmCBgY2hhbm5lbEdyb3VwSWRg66GcIEtDUCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUAACMA1RoZSB2MSBSRVNUIHNjaGVtYSBkZWZpbmVzIGBwZ2AgYW5kIGBjaGFubmVsR3JvdXBJZGAgb24gL29uZXRpbWUgYnV0IG5vdCBgY2hhbm5lbF9rZXlgICh1bmxpa2UgL2FnYWluLCAvc2NoZWR1bGUgYW5kIC9zdWJzY3JpYmUvY3VzdG9tZXJzKS4gSWYgdGhlIHNlcnZlciBpZ25vcmVzIGl0LCB0aGUgZGVmYXVsdCBBUEkgY2hhbm5lbCBpcyB1c2VkLowDVGhlIHYxIFJFU1Qgc2NoZW1hIGRlZmluZXMgYHBnYCBhbmQgYGNoYW5uZWxHcm91cElkYCBvbiAvb25ldGltZSBidXQgbm90IGBjaGFubmVsX2tleWAgKHVubGlrZSAvYWdhaW4sIC9zY2hlZHVsZSBhbmQgL3N1YnNjcmliZS9jdXN0b21lcnMpLiBJZiB0aGUgc2VydmVyIGlnbm9yZXMgaXQsIHRoZSBkZWZhdWx0IEFQSSBjaGFubmVsIGlzIHVzZWQuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFEtDUC1DSC0wMTEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbOwXCiZjYXJkLW51bWJlci1taXNzaW5nMGBjYXJkX251bWJlcmAgaXMgbWlzc2luZyhgY2FyZF9udW1iZXJgIOuIhOudvQplcnJvcgEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACAAIWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAAAAAYIBYGNhcmRfbnVtYmVyYCBpcyByZXF1aXJlZDogdGhlIGNhcmQgbnVtYmVyIGFzIGRkZGQtZGRkZC1kZGRkLWRkZGSWAWBjYXJkX251bWJlcmAo7Lm065Oc67KI7Zi4KeuKlCDtlYTsiJjsnoXri4jri6QgKGRkZGQtZGRkZC1kZGRkLWRkZGQg7ZiV7IudKQAAzgJUaGUgdjEgUkVTVCBzY2hlbWEgcmVxdWlyZXMgYGNhcmRfbnVtYmVyYCBvbiAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUgYW5kIC9zdWJzY3JpYmUvY3VzdG9tZXJzOiBhIGtleS1pbiBwYXltZW50IGFuZCBhbiBBUEkgYmlsbGluZyBrZXkgYXJlIG1hZGUgZnJvbSB0aGUgY2FyZCBkYXRhLs4CVGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGBjYXJkX251bWJlcmAgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVyczogYSBrZXktaW4gcGF5bWVudCBhbmQgYW4gQVBJIGJpbGxpbmcga2V5IGFyZSBtYWRlIGZyb20gdGhlIGNhcmQgZGF0YS56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1smhgKJGNhcmQtbnVtYmVyLWxlbmd0aFZgY2FyZF9udW1iZXJgIGRvZXMgbm90IGhhdmUgMTQgdG8gMTYgZGlnaXRzTGBjYXJkX251bWJlcmDqsIAgMTR+MTbsnpDrpqzqsIAg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACBi5eWyAtXSooXGRbIC1dKil7MTQsMTZ9JAAAAAHcAWBjYXJkX251bWJlcmAgbXVzdCBob2xkIDE0IHRvIDE2IGRpZ2l0cyAoaHlwaGVucyBhbmQgc3BhY2VzIGFzaWRlKTogUG9ydE9uZSBjdXRzIG51bWJlcnMgbG9uZ2VyIHRoYW4gMTYgZGlnaXRzpAJgY2FyZF9udW1iZXJg64qUIO2VmOydtO2UiOqzvCDqs7XrsLHsnYQg7KCc7Jm47ZWY6rOgIDE0fjE27J6Q66asIOyIq+yekOyXrOyVvCDtlanri4jri6QuIDE27J6Q66as66W8IOuEmOuKlCDrsojtmLjripQg7Y+s7Yq47JuQ7JeQ7IScIOyemOumveuLiOuLpAAAkARDYXJkIG51bWJlcnMgb2YgZG9tZXN0aWMgY2FyZHMgaGF2ZSAxNiBkaWdpdHMsIEFNRVggMTUgYW5kIERpbmVycyAxNC4gUG9ydE9uZSBzaWxlbnRseSB0cnVuY2F0ZXMgbnVtYmVycyBsb25nZXIgdGhhbiAxNiBkaWdpdHMgKGlhbXBvcnQtbWFudWFsIGlzc3VlIDIzKSwgYW5kIEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBjYXJkIG51bWJlcnMgKHJlc3VsdCBjb2RlcyA4MTA3LCBDQzE0KS4gTGV0dGVycyBvciBvdGhlciBzeW1ib2xzIGZhaWwgdGhlIGNoZWNrIHRvby6QBENhcmQgbnVtYmVycyBvZiBkb21lc3RpYyBjYXJkcyBoYXZlIDE2IGRpZ2l0cywgQU1FWCAxNSBhbmQgRGluZXJzIDE0LiBQb3J0T25lIHNpbGVudGx5IHRydW5jYXRlcyBudW1iZXJzIGxvbmdlciB0aGFuIDE2IGRpZ2l0cyAoaWFtcG9ydC1tYW51YWwgaXNzdWUgMjMpLCBhbmQgS0NQIHJlZnVzZXMgbWFsZm9ybWVkIGNhcmQgbnVtYmVycyAocmVzdWx0IGNvZGVzIDgxMDcsIENDMTQpLiBMZXR0ZXJzIG9yIG90aGVyIHN5bWJvbHMgZmFpbCB0aGUgY2hlY2sgdG9vLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDAyAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzOGAokY2FyZC1udW1iZXItbGF5b3V0cjE2LWRpZ2l0IGBjYXJkX251bWJlcmAgbm90IHdyaXR0ZW4gYXMgZGRkZC1kZGRkLWRkZGQtZGRkZHwxNuyekOumrCBgY2FyZF9udW1iZXJg6rCAIGRkZGQtZGRkZC1kZGRkLWRkZGQg7ZiV7Iud7J20IOyVhOuLmA53YXJuaW5nAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGKF5bIC1dKihcZFsgLV0qKXsxNn0kBgIuAAACBjJeXGR7NH0tXGR7NH0tXGR7NH0tXGR7NH0kAAAAAdIBYGNhcmRfbnVtYmVyYCBzaG91bGQgYmUgd3JpdHRlbiBhcyBkZGRkLWRkZGQtZGRkZC1kZGRkLCB0aGUgbGF5b3V0IFBvcnRPbmUgZG9jdW1lbnRzIGZvciAxNi1kaWdpdCBudW1iZXJz5AExNuyekOumrCBgY2FyZF9udW1iZXJg64qUIO2PrO2KuOybkCDrrLjshJzsnZgg7ZiV7Iud7J24IGRkZGQtZGRkZC1kZGRkLWRkZGTroZwg7J6F66Cl7ZWY64qUIOqyg+ydhCDqtozsnqXtlanri4jri6QAANQEVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgY2FyZF9udW1iZXJgIGFzICLsubTrk5zrsojtmLgoZGRkZC1kZGRkLWRkZGQtZGRkZCkg6riw7J6sIOyWkeyLneydhCDsnKDsnZjtlZjshLjsmpQiIG9uIC9vbmV0aW1lLCAvc2NoZWR1bGUgYW5kIC9zdWJzY3JpYmUvY3VzdG9tZXJzLiBPdGhlciBsYXlvdXRzIGFyZSBub3QgZG9jdW1lbnRlZCwgc28gYSB3YXJuaW5nLiAxNC0gYW5kIDE1LWRpZ2l0IG51bWJlcnMgKERpbmVycywgQU1FWCkgaGF2ZSBubyBkb2N1bWVudGVkIGxheW91dCBhbmQgYXJlIG5vdCBjaGVja2VkLtQEVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgY2FyZF9udW1iZXJgIGFzICLsubTrk5zrsojtmLgoZGRkZC1kZGRkLWRkZGQtZGRkZCkg6riw7J6sIOyWkeyLneydhCDsnKDsnZjtlZjshLjsmpQiIG9uIC9vbmV0aW1lLCAvc2NoZWR1bGUgYW5kIC9zdWJzY3JpYmUvY3VzdG9tZXJzLiBPdGhlciBsYXlvdXRzIGFyZSBub3QgZG9jdW1lbnRlZCwgc28gYSB3YXJuaW5nLiAxNC0gYW5kIDE1LWRpZ2l0IG51bWJlcnMgKERpbmVycywgQU1FWCkgaGF2ZSBubyBkb2N1bWVudGVkIGxheW91dCBhbmQgYXJlIG5vdCBjaGVja2VkLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyQGQogY2FyZC1udW1iZXItbHVobkRgY2FyZF9udW1iZXJgIGZhaWxzIHRoZSBMdWhuIGNoZWNrZmBjYXJkX251bWJlcmDqsIAgTHVobiDqsoDsgqzrpbwg7Ya16rO87ZWY7KeAIOuqu+2VqA53YXJuaW5nAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGLl5bIC1dKihcZFsgLV0qKXsxNCwxNn0kAAQGAi4AAAIQCGx1aG4GAi4AAAIGClsxLTldAAAAAagCYGNhcmRfbnVtYmVyYCBpcyBub3QgYSB2YWxpZCBjYXJkIG51bWJlcjogaXQgZmFpbHMgdGhlIEx1aG4gY2hlY2sgb3IgaXMgYWxsIHplcm9zLCBsaWtlIHRoZSBwbGFjZWhvbGRlcnMgMTIzNC0xMjM0LTEyMzQtMTIzNCBhbmQgMDAwMC0wMDAwLTAwMDAtMDAwMOwCYGNhcmRfbnVtYmVyYOqwgCDsnKDtmqjtlZwg7Lm065Oc67KI7Zi46rCAIOyVhOuLmeuLiOuLpC4gMTIzNC0xMjM0LTEyMzQtMTIzNOuCmCAwMDAwLTAwMDAtMDAwMC0wMDAwIOqwmeydgCDsmIjsi5wg6rCS7LKY65+8IEx1aG4g6rKA7IKs66W8IO2GteqzvO2VmOyngCDrqrvtlZjqsbDrgpgg66qo65GQIDDsnoXri4jri6QAANAGRXZlcnkgaXNzdWVkIGNhcmQgbnVtYmVyIHBhc3NlcyB0aGUgTHVobiBjaGVjayBkaWdpdDsgb25lIHRoYXQgZmFpbHMgaXMgYSB0eXBvIG9yIGEgcGxhY2Vob2xkZXIsIHN1Y2ggYXMgdGhlIEtDUCBwYWdlJ3MgYDEyMzQtMTIzNC0xMjM0LTEyMzRgLCBhbmQgaXMgcmVmdXNlZCBhcyBhbiBpbnZhbGlkIGNhcmQgKEtDUCByZXN1bHQgY29kZXMgODEwOCwgQ0MxNCkuIEEgbnVtYmVyIG9mIHplcm9zIHBhc3NlcyB0aGUgY2hlY2sgZGlnaXQgYnV0IGlzIG5vIGNhcmQgKGNsaWVudCBleGFtcGxlcyBzZW5kIGAwMDAwLTAwMDAtMDAwMC0wMDAwYCkuIEEgd2FybmluZyBiZWNhdXNlIHRlc3QgZW52aXJvbm1lbnRzIG1heSB1c2UgbWFkZS11cCBudW1iZXJzLiBOdW1iZXJzIG9mIHRoZSB3cm9uZyBsZW5ndGggYXJlIGBjYXJkLW51bWJlci1sZW5ndGhgLtAGRXZlcnkgaXNzdWVkIGNhcmQgbnVtYmVyIHBhc3NlcyB0aGUgTHVobiBjaGVjayBkaWdpdDsgb25lIHRoYXQgZmFpbHMgaXMgYSB0eXBvIG9yIGEgcGxhY2Vob2xkZXIsIHN1Y2ggYXMgdGhlIEtDUCBwYWdlJ3MgYDEyMzQtMTIzNC0xMjM0LTEyMzRgLCBhbmQgaXMgcmVmdXNlZCBhcyBhbiBpbnZhbGlkIGNhcmQgKEtDUCByZXN1bHQgY29kZXMgODEwOCwgQ0MxNCkuIEEgbnVtYmVyIG9mIHplcm9zIHBhc3NlcyB0aGUgY2hlY2sgZGlnaXQgYnV0IGlzIG5vIGNhcmQgKGNsaWVudCBleGFtcGxlcyBzZW5kIGAwMDAwLTAwMDAtMDAwMC0wMDAwYCkuIEEgd2FybmluZyBiZWNhdXNlIHRlc3QgZW52aXJvbm1lbnRzIG1heSB1c2UgbWFkZS11cCBudW1iZXJzLiBOdW1iZXJzIG9mIHRoZSB3cm9uZyBsZW5ndGggYXJlIGBjYXJkLW51bWJlci1sZW5ndGhgLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DRC0wMDQAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbM4ZChxleHBpcnktbWlzc2luZyZgZXhwaXJ5YCBpcyBtaXNzaW5nHmBleHBpcnlgIOuIhOudvQplcnJvcgEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACAAIMZXhwaXJ5AAIADGV4cGlyecYBAAAAAWBgZXhwaXJ5YCBpcyByZXF1aXJlZDogdGhlIGNhcmQgZXhwaXJ5IGFzIFlZWVktTU2CAWBleHBpcnlgKOy5tOuTnCDsnKDtmqjquLDqsIQp7J2AIO2VhOyImOyeheuLiOuLpCAoWVlZWS1NTSDtmJXsi50pAAC6AVRoZSB2MSBSRVNUIHNjaGVtYSByZXF1aXJlcyBgZXhwaXJ5YCBvbiAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUgYW5kIC9zdWJzY3JpYmUvY3VzdG9tZXJzLroBVGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGBleHBpcnlgIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSBhbmQgL3N1YnNjcmliZS9jdXN0b21lcnMuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFEtDUC1DRC0wMDUAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJQaChpleHBpcnktZm9ybWF0LmBleHBpcnlgIGlzIG5vdCBZWVlZLU1NSGBleHBpcnlg6rCAIFlZWVktTU0g7ZiV7Iud7J20IOyVhOuLmAplcnJvcgEBBiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAIIDGV4cGlyeQACAAxleHBpcnnGAQIcAgYEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAhAWY2FyZC1leHBpcnkAAAABtAFgZXhwaXJ5YCBtdXN0IGJlIFlZWVktTU0gd2l0aCBhIG1vbnRoIGZyb20gMDEgdG8gMTIsIHN1Y2ggYXMgMjAzMC0xMiAobm90IE1NL1lZIG9yIFlZWVlNTSn8AWBleHBpcnlg64qUIDIwMzAtMTLsspjrn7wgWVlZWS1NTSDtmJXsi50o7JuU7J2AIDAxfjEyKeydtOyWtOyVvCDtlanri4jri6QgKE1NL1lZLCBZWVlZTU0g7ZiV7Iud7J2AIOyCrOyaqe2VoCDsiJgg7JeG7Iq164uI64ukKQAAlgNUaGUgdjEgUkVTVCBzY2hlbWE6ICLsubTrk5wg7Jyg7Zqo6riw6rCEKFlZWVktTU0pIOq4sOyerCDslpHsi53snYQg7Jyg7J2Y7ZWY7IS47JqUIi4gVGhlIGNhcmQncyBvd24gTU0vWVkgbGF5b3V0IGFuZCBjb21wYWN0IFlZWVlNTSBhcmUgY29tbW9uIG1pc3Rha2VzOyBLQ1AgcmVmdXNlcyBtYWxmb3JtZWQgZXhwaXJpZXMgKHJlc3VsdCBjb2RlIDgxMDkpLpYDVGhlIHYxIFJFU1Qgc2NoZW1hOiAi7Lm065OcIOycoO2aqOq4sOqwhChZWVlZLU1NKSDquLDsnqwg7JaR7Iud7J2EIOycoOydmO2VmOyEuOyalCIuIFRoZSBjYXJkJ3Mgb3duIE1NL1lZIGxheW91dCBhbmQgY29tcGFjdCBZWVlZTU0gYXJlIGNvbW1vbiBtaXN0YWtlczsgS0NQIHJlZnVzZXMgbWFsZm9ybWVkIGV4cGlyaWVzIChyZXN1bHQgY29kZSA4MTA5KS56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1swBoKFmV4cGlyeS1wYXN0IENhcmQgaGFzIGV4cGlyZWQ67Lm065OcIOycoO2aqOq4sOqwhOydtCDsp4DrgqgKZXJyb3IBAQYgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQEGDGV4cGlyeQACAAxleHBpcnnGAQIIAgIIDGV4cGlyeQACAAxleHBpcnnGAQIYAAAAAYgBYGV4cGlyeWAgaXMgaW4gdGhlIHBhc3Q6IHRoZSBjYXJkIGhhcyBleHBpcmVkIGFuZCBLQ1Agd2lsbCByZWZ1c2UgaXTKAWBleHBpcnlg6rCAIOydtOuvuCDsp4Drgpwg64Kg7Kec7J6F64uI64ukLiDsnKDtmqjquLDqsITsnbQg7KeA64KcIOy5tOuTnOuKlCBLQ1Dsl5DshJwg6rGw7KCI65Cp64uI64ukAYoBYSBjYXJkIGlzIHZhbGlkIHRocm91Z2ggdGhlIGxhc3QgZGF5IG9mIGl0cyBleHBpcnkgbW9udGggKEtvcmVhIHRpbWUptgHsubTrk5zripQg7Jyg7Zqo6riw6rCEIOyblOydmCDrp4jsp4Drp4kg64KgKO2VnOq1rSDsi5zqsIQp6rmM7KeAIOyCrOyaqe2VoCDsiJgg7J6I7Iq164uI64ukAIIEQW4gZXhwaXJlZCBjYXJkIGlzIHJlZnVzZWQgKEtDUCByZXN1bHQgY29kZXMgQ0M1NCwgQ0M1NSkuIFRoZSBLQ1AgcGFnZSdzIC9vbmV0aW1lIGV4YW1wbGVzIHNlbmQgYGV4cGlyeTogIjIwMTktMDEiYCBhbmQgaXRzIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGV4YW1wbGUgYDIwMjUtMTJgLCBib3RoIHBhc3Q7IGNvcGllZCBhcyB0aGV5IGFyZSwgdGhleSBmYWlsLiBUaGUgbW9udGggY291bnRzIHVudGlsIGl0cyBsYXN0IG1vbWVudCwgS29yZWEgdGltZS6CBEFuIGV4cGlyZWQgY2FyZCBpcyByZWZ1c2VkIChLQ1AgcmVzdWx0IGNvZGVzIENDNTQsIENDNTUpLiBUaGUgS0NQIHBhZ2UncyAvb25ldGltZSBleGFtcGxlcyBzZW5kIGBleHBpcnk6ICIyMDE5LTAxImAgYW5kIGl0cyAvc3Vic2NyaWJlL2N1c3RvbWVycyBleGFtcGxlIGAyMDI1LTEyYCwgYm90aCBwYXN0OyBjb3BpZWQgYXMgdGhleSBhcmUsIHRoZXkgZmFpbC4gVGhlIG1vbnRoIGNvdW50cyB1bnRpbCBpdHMgbGFzdCBtb21lbnQsIEtvcmVhIHRpbWUulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNELTAwNgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s/BoKGGJpcnRoLWZvcm1hdFRgYmlydGhgIGlzIG5vdCBZWU1NREQgb3IgYSBidXNpbmVzcyBudW1iZXKEAWBiaXJ0aGDqsIAg7IOd64WE7JuU7J28IDbsnpDrpqzrgpgg7IKs7JeF7J6Q65Ox66Gd67KI7Zi46rCAIOyVhOuLmAplcnJvcgEBBiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAIICmJpcnRoAAIACmJpcnRoyAECHAIIBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIQDHl5bW1kZAYCLgAAAgYQXlxkezEwfSQAAAAB7gFgYmlydGhgIG11c3QgYmUgYSBkYXRlIG9mIGJpcnRoIGFzIDYgZGlnaXRzIFlZTU1ERCAoYSByZWFsIGRhdGUpIG9yLCBmb3IgYSBjb3Jwb3JhdGUgY2FyZCwgdGhlIDEwLWRpZ2l0IGJ1c2luZXNzIG51bWJlcoYCYGJpcnRoYOuKlCDsg53rhYTsm5TsnbwgNuyekOumrChZWU1NREQsIOyLpOygnCDrgqDsp5wpIOuYkOuKlCDrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrOyXrOyVvCDtlanri4jri6QAAJoDVGhlIHYxIFJFU1Qgc2NoZW1hOiAi7IOd64WE7JuU7J28NuyekOumrChZWU1NREQpICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuDEw7J6Q66asKSIuIEFuIDgtZGlnaXQgWVlZWU1NREQsIHNlcGFyYXRvcnMgb3IgYW4gaW1wb3NzaWJsZSBkYXRlIGFyZSByZWZ1c2VkIGJ5IEtDUCAocmVzdWx0IGNvZGVzIDgxMTAsIENDNjYpLpoDVGhlIHYxIFJFU1Qgc2NoZW1hOiAi7IOd64WE7JuU7J28NuyekOumrChZWU1NREQpICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuDEw7J6Q66asKSIuIEFuIDgtZGlnaXQgWVlZWU1NREQsIHNlcGFyYXRvcnMgb3IgYW4gaW1wb3NzaWJsZSBkYXRlIGFyZSByZWZ1c2VkIGJ5IEtDUCAocmVzdWx0IGNvZGVzIDgxMTAsIENDNjYpLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDA3AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy8GwoaYmlydGgtbWlzc2luZyRgYmlydGhgIGlzIG1pc3NpbmccYGJpcnRoYCDriITrnb0Od2FybmluZwEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACAAIKYmlydGgAAgAKYmlydGjIAQAAAAH4AWBiaXJ0aGAgaXMgbWlzc2luZzogS0NQIGNoZWNrcyB0aGUgY2FyZCBob2xkZXIncyBkYXRlIG9mIGJpcnRoIChvciBidXNpbmVzcyBudW1iZXIpIGZvciBrZXktaW4gcGF5bWVudHMgYW5kIEFQSSBiaWxsaW5nIGtleXPyAmBiaXJ0aGAo7IOd64WE7JuU7J28IDbsnpDrpqwg65iQ64qUIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCnqsIAg7JeG7Iq164uI64ukLiBLQ1DripQg7IiY6riwIOqysOygnOyZgCBBUEkg67mM66eB7YKkIOuwnOq4iSDsi5wg7Lm065OcIOyGjOycoOyekOydmCDsg53rhYTsm5TsnbzsnYQg7ZmV7J247ZWp64uI64ukAADSA0V2ZXJ5IEtDUCBleGFtcGxlIG9mIC9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBzZW5kcyBgYmlydGhgLCBhbmQgUG9ydE9uZSdzIFYyIEtDUCBwYWdlIChhIGZhY3QgYWJvdXQgdGhlIFBHKSBzYXlzIGl0IGlzIHJlcXVpcmVkIGZvciBLQ1AgQVBJIGJpbGxpbmcga2V5cy4gVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGl0ICJ2YXJpZXMgYnkgUEcgb3IgY29udHJhY3QiLCBzbyBhIHdhcm5pbmcu0gNFdmVyeSBLQ1AgZXhhbXBsZSBvZiAvb25ldGltZSBhbmQgL3N1YnNjcmliZS9jdXN0b21lcnMgc2VuZHMgYGJpcnRoYCwgYW5kIFBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRykgc2F5cyBpdCBpcyByZXF1aXJlZCBmb3IgS0NQIEFQSSBiaWxsaW5nIGtleXMuIFRoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBpdCAidmFyaWVzIGJ5IFBHIG9yIGNvbnRyYWN0Iiwgc28gYSB3YXJuaW5nLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DRC0wMDgAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbPwbCiJwd2QtMmRpZ2l0LWZvcm1hdDhgcHdkXzJkaWdpdGAgaXMgbm90IDIgZGlnaXRzUGBwd2RfMmRpZ2l0YOydtCDsiKvsnpAgMuyekOumrOqwgCDslYTri5gKZXJyb3IBAQYgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQACCBRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACBg5eXGR7Mn0kAAAAAZwBYHB3ZF8yZGlnaXRgIG11c3QgYmUgdGhlIGZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3JkLCBleGFjdGx5IDIgZGlnaXRzjAFgcHdkXzJkaWdpdGDsnYAg7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCDsiKvsnpDsl6zslbwg7ZWp64uI64ukAADaAlRoZSB2MSBSRVNUIHNjaGVtYTogIuy5tOuTnOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCIuIFRoZSB3aG9sZSA0LWRpZ2l0IHBhc3N3b3JkLCBvciBhIHNpbmdsZSBkaWdpdCwgaXMgcmVmdXNlZCAoS0NQIHJlc3VsdCBjb2RlcyA4MTExLCBDQzYzKSBhbmQgbXVzdCBuZXZlciBiZSBzZW50IGluIGZ1bGwu2gJUaGUgdjEgUkVTVCBzY2hlbWE6ICLsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwiLiBUaGUgd2hvbGUgNC1kaWdpdCBwYXNzd29yZCwgb3IgYSBzaW5nbGUgZGlnaXQsIGlzIHJlZnVzZWQgKEtDUCByZXN1bHQgY29kZXMgODExMSwgQ0M2MykgYW5kIG11c3QgbmV2ZXIgYmUgc2VudCBpbiBmdWxsLnJodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9iaWxsaW5na2V5P3Y9djEBFEtDUC1DRC0wMDkAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbKwcCiRwd2QtMmRpZ2l0LW1pc3NpbmdYYHB3ZF8yZGlnaXRgIG1pc3Npbmcgb24gL3N1YnNjcmliZS9jdXN0b21lcnNkL3N1YnNjcmliZS9jdXN0b21lcnMg7JqU7LKt7JeQIGBwd2RfMmRpZ2l0YCDriITrnb0Od2FybmluZwEBAiByZXN0LWJpbGxpbmcta2V5AAIAAhRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAAAAAeIBYHB3ZF8yZGlnaXRgIGlzIG1pc3Npbmc6IEtDUCBuZWVkcyB0aGUgZmlyc3QgMiBkaWdpdHMgb2YgdGhlIGNhcmQgcGFzc3dvcmQgdG8gaXNzdWUgYSBiaWxsaW5nIGtleSB0aHJvdWdoIHRoZSBBUEmgAmBwd2RfMmRpZ2l0YCjsubTrk5wg67mE67CA67KI7Zi4IOyVniAy7J6Q66asKeqwgCDsl4bsirXri4jri6QuIEtDUCBBUEkg67mM66eB7YKkIOuwnOq4ieyXkOuKlCDsubTrk5wg67mE67CA67KI7Zi4IOyVniAy7J6Q66as6rCAIO2VhOyalO2VqeuLiOuLpAAAxgNUaGUgS0NQIHBhZ2UncyAvc3Vic2NyaWJlL2N1c3RvbWVycyBleGFtcGxlIHNlbmRzIGBwd2RfMmRpZ2l0YCwgYW5kIFBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRykgc2F5cyBpdCBpcyByZXF1aXJlZCBmb3IgS0NQIEFQSSBiaWxsaW5nIGtleXMuIFRoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBpdCAidmFyaWVzIGJ5IFBHIG9yIGNvbnRyYWN0Iiwgc28gYSB3YXJuaW5nLsYDVGhlIEtDUCBwYWdlJ3MgL3N1YnNjcmliZS9jdXN0b21lcnMgZXhhbXBsZSBzZW5kcyBgcHdkXzJkaWdpdGAsIGFuZCBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpIHNheXMgaXQgaXMgcmVxdWlyZWQgZm9yIEtDUCBBUEkgYmlsbGluZyBrZXlzLiBUaGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgaXQgInZhcmllcyBieSBQRyBvciBjb250cmFjdCIsIHNvIGEgd2FybmluZy6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0QtMDEwAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzoHAo0cHdkLTJkaWdpdC1taXNzaW5nLW9uZXRpbWVCYHB3ZF8yZGlnaXRgIG5vdCBzZW50IG9uIC9vbmV0aW1lTC9vbmV0aW1lIOyalOyyreyXkCBgcHdkXzJkaWdpdGAg7JeG7J2MCGluZm8BAQIYcmVzdC1vbmV0aW1lAAIAAhRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAAAAAcQCYHB3ZF8yZGlnaXRgIGlzIG5vdCBzZW50OiBkZXBlbmRpbmcgb24gdGhlIEtDUCBjb250cmFjdCwga2V5LWluIHBheW1lbnRzIChhbmQgYmlsbGluZyBrZXlzIHNhdmVkIHdpdGggYGN1c3RvbWVyX3VpZGApIG5lZWQgdGhlIGZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3Jk7AJgcHdkXzJkaWdpdGDsnbQg7JeG7Iq164uI64ukLiBLQ1Ag6rOE7JW97JeQIOuUsOudvCDsiJjquLAg6rKw7KCcKOuwjyBgY3VzdG9tZXJfdWlkYOuhnCDtlajqu5gg7KCA7J6l7ZWY64qUIOu5jOunge2CpCnsl5Ag7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrOqwgCDtlYTsmpTtlaAg7IiYIOyeiOyKteuLiOuLpAAA6ANUaGUgS0NQIHBhZ2UncyAvb25ldGltZSBleGFtcGxlcyBvbWl0IGBwd2RfMmRpZ2l0YCwgd2hpbGUgdGhlIGxlZ2FjeSBLQ1AgQVBJIGd1aWRlIGFuZCBQb3J0T25lJ3MgUHl0aG9uIGNsaWVudCBzZW5kIGl0IGFuZCBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgcmVxdWlyZXMgaXQgZm9yIEFQSSBiaWxsaW5nIGtleXMuIEFkdmljZSBvbmx5LCBiZWNhdXNlIHRoZSBLQ1AgcGFnZSdzIG93biBleGFtcGxlIHdvcmtzIHdpdGhvdXQgaXQu6ANUaGUgS0NQIHBhZ2UncyAvb25ldGltZSBleGFtcGxlcyBvbWl0IGBwd2RfMmRpZ2l0YCwgd2hpbGUgdGhlIGxlZ2FjeSBLQ1AgQVBJIGd1aWRlIGFuZCBQb3J0T25lJ3MgUHl0aG9uIGNsaWVudCBzZW5kIGl0IGFuZCBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgcmVxdWlyZXMgaXQgZm9yIEFQSSBiaWxsaW5nIGtleXMuIEFkdmljZSBvbmx5LCBiZWNhdXNlIHRoZSBLQ1AgcGFnZSdzIG93biBleGFtcGxlIHdvcmtzIHdpdGhvdXQgaXQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNELTAxMAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1slB0KPnNjaGVkdWxlLWNhcmQtZmllbGRzLWluY29tcGxldGVCSW5jb21wbGV0ZSBjYXJkIGRhdGEgb24gL3NjaGVkdWxlYi9zY2hlZHVsZSDsmpTssq3snZgg7Lm065OcIOygleuztOqwgCDrtojsmYTsoITtlagKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQECCAIEBhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggCBgRcUwAEBhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggCAAEEBhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggCCAICBAYMZXhwaXJ5AAIADGV4cGlyecYBAgYEXFMABAYMZXhwaXJ5AAIADGV4cGlyecYBAgABBAYMZXhwaXJ5AAIADGV4cGlyecYBAggCAgQGCmJpcnRoAAIACmJpcnRoyAECBgRcUwAEBgpiaXJ0aAACAApiaXJ0aMgBAgABBAYKYmlydGgAAgAKYmlydGjIAQIIAgIEBhRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAgYEXFMABAYUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgIAAQQGFHB3ZF8yZGlnaXQAAgAUcHdkXzJkaWdpdA4CCAICAAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIDGV4cGlyeQACAAxleHBpcnnGAQpiaXJ0aAACAApiaXJ0aMgBAAAAAagCYHtmaWVsZH1gIGlzIG1pc3Npbmc6IHdpdGggY2FyZCBkYXRhLCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIGZpcnN0IGlzc3VlcyBhIGJpbGxpbmcga2V5IGFuZCBuZWVkcyBgY2FyZF9udW1iZXJgLCBgZXhwaXJ5YCBhbmQgYGJpcnRoYCB0b2dldGhlcoADYHtmaWVsZH1g7J20KOqwgCkg7JeG7Iq164uI64ukLiDsubTrk5wg7KCV67O066W8IOuztOuCtOuptCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxl7J2AIOu5jOunge2CpOulvCDrqLzsoIAg67Cc6riJ7ZWY66+A66GcIGBjYXJkX251bWJlcmAsIGBleHBpcnlgLCBgYmlydGhg66W8IOuqqOuRkCDsnoXroKXtlbTslbwg7ZWp64uI64ukAZgBdGhlIGJvZHkgY2FycmllcyBjYXJkIGRhdGEsIHNvIGEgbmV3IGJpbGxpbmcga2V5IGlzIGlzc3VlZCBiZWZvcmUgc2NoZWR1bGluZ54B7Lm065OcIOygleuztOqwgCDsnojsnLzrr4DroZwg7JiI7JW9IOyghOyXkCDruYzrp4HtgqTrpbwg7IOI66GcIOuwnOq4ie2VqeuLiOuLpADwA1RoZSBSRVNUIHJlZmVyZW5jZSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlOiB3aXRoIGEgYGN1c3RvbWVyX3VpZGAgdGhhdCBoYXMgbm8gYmlsbGluZyBrZXkgeWV0LCBhIGtleSBpcyBpc3N1ZWQgZmlyc3QgYW5kIHRoZSBjYXJkIGRhdGEgaXMgbWFuZGF0b3J5OyB3aXRoIGFuIGV4aXN0aW5nIGtleSBpdCBpcyBvcHRpb25hbC4gQSBib2R5IHdpdGggb25seSBwYXJ0IG9mIHRoZSBjYXJkIGRhdGEgY2FuIGRvIG5laXRoZXIu8ANUaGUgUkVTVCByZWZlcmVuY2Ugb2YgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZTogd2l0aCBhIGBjdXN0b21lcl91aWRgIHRoYXQgaGFzIG5vIGJpbGxpbmcga2V5IHlldCwgYSBrZXkgaXMgaXNzdWVkIGZpcnN0IGFuZCB0aGUgY2FyZCBkYXRhIGlzIG1hbmRhdG9yeTsgd2l0aCBhbiBleGlzdGluZyBrZXkgaXQgaXMgb3B0aW9uYWwuIEEgYm9keSB3aXRoIG9ubHkgcGFydCBvZiB0aGUgY2FyZCBkYXRhIGNhbiBkbyBuZWl0aGVyLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFEtDUC1DRC0wMTEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMAdChpzY2hlZHVsZS1mbGF0WEEgc2NoZWR1bGUgd3JpdHRlbiBmbGF0LCB3aXRob3V0IGBzY2hlZHVsZXNgYmBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5Ag7JO0IOyYiOyVvSDqsrDsoJwKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQEABAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAAGFnNjaGVkdWxlX2F0AAIAFnNjaGVkdWxlX2F0AgIAAQICAhZzY2hlZHVsZV9hdAACABZzY2hlZHVsZV9hdAIAAAABrANgc2NoZWR1bGVfYXRgIGlzIGF0IHRoZSB0b3AgbGV2ZWw6IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgdGFrZXMgYGN1c3RvbWVyX3VpZGAgYW5kIGBzY2hlZHVsZXNgLCBhbiBhcnJheSBvZiBjaGFyZ2VzIGVhY2ggd2l0aCBpdHMgb3duIGBtZXJjaGFudF91aWRgLCBgc2NoZWR1bGVfYXRgIGFuZCBgYW1vdW50YDsgbmVzdCB0aGUgY2hhcmdlIGluIGBzY2hlZHVsZXNg+gNgc2NoZWR1bGVfYXRg7J20IOy1nOyDgeychOyXkCDsnojsirXri4jri6QuIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DripQgYGN1c3RvbWVyX3VpZGDsmYAsIOyYiOyVvSDqsbTrp4jri6QgYG1lcmNoYW50X3VpZGAsIGBzY2hlZHVsZV9hdGAsIGBhbW91bnRg66W8IOqwgOynhCDrsLDsl7QgYHNjaGVkdWxlc2Drpbwg67O064K07JW8IO2VqeuLiOuLpC4g7JiI7JW9IOqxtOydhCBgc2NoZWR1bGVzYCDslYjsl5Ag64Sj7Jy87IS47JqUAACuBVRoZSB2MSBSRVNUIHNjaGVtYSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIGhhcyBgc2NoZWR1bGVfYXRgIG9ubHkgaW5zaWRlIHRoZSBpdGVtcyBvZiBgc2NoZWR1bGVzYC4gQSBib2R5IHdpdGggYSB0b3AtbGV2ZWwgYHNjaGVkdWxlX2F0YCBhbmQgbm8gYHNjaGVkdWxlc2AgKHRoZSAvYWdhaW4gYm9keSB3aXRoIGEgdGltZSBhZGRlZCkgaXMgcmVmdXNlZCBmb3IgdGhlIG1pc3NpbmcgYHNjaGVkdWxlc2A7IHRoZSBmaXggaXMgdG8gbmVzdCB0aGUgY2hhcmdlLiBUaGUgcnVsZSBzdG9wcyBmdXJ0aGVyIGNoZWNrczogZXZlcnkgb3RoZXIgZmluZGluZyB3b3VsZCBvbmx5IHJlcGVhdCBpdC6uBVRoZSB2MSBSRVNUIHNjaGVtYSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIGhhcyBgc2NoZWR1bGVfYXRgIG9ubHkgaW5zaWRlIHRoZSBpdGVtcyBvZiBgc2NoZWR1bGVzYC4gQSBib2R5IHdpdGggYSB0b3AtbGV2ZWwgYHNjaGVkdWxlX2F0YCBhbmQgbm8gYHNjaGVkdWxlc2AgKHRoZSAvYWdhaW4gYm9keSB3aXRoIGEgdGltZSBhZGRlZCkgaXMgcmVmdXNlZCBmb3IgdGhlIG1pc3NpbmcgYHNjaGVkdWxlc2A7IHRoZSBmaXggaXMgdG8gbmVzdCB0aGUgY2hhcmdlLiBUaGUgcnVsZSBzdG9wcyBmdXJ0aGVyIGNoZWNrczogZXZlcnkgb3RoZXIgZmluZGluZyB3b3VsZCBvbmx5IHJlcGVhdCBpdC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMgEAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sih4KKHNjaGVkdWxlcy1hZ2Fpbi1ib2R5Oi9hZ2FpbiBib2R5IHNlbnQgdG8gL3NjaGVkdWxlVi9zY2hlZHVsZeyXkCAvYWdhaW4g7JqU7LKtIOuzuOusuOydhCDrs7Trg4QKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQEABAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAACBAYYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCAAEGDGFtb3VudAACAAxhbW91bnQMAgABAgACEnNjaGVkdWxlcwACABJzY2hlZHVsZXMAAAAAAeQDdGhpcyBpcyB0aGUgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiBib2R5IChgY3VzdG9tZXJfdWlkYCwgYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgKSwgbm90IGEgc2NoZWR1bGU6IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgdGFrZXMgYGN1c3RvbWVyX3VpZGAgYW5kIGBzY2hlZHVsZXNgLCBhbiBhcnJheSBvZiBjaGFyZ2VzIGVhY2ggd2l0aCBgbWVyY2hhbnRfdWlkYCwgYHNjaGVkdWxlX2F0YCBhbmQgYGFtb3VudGDABC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4g7JqU7LKtIOuzuOusuChgY3VzdG9tZXJfdWlkYCwgYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgKeydtOupsCDsmIjslb0g6rKw7KCcIOuzuOusuOydtCDslYTri5nri4jri6QuIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DripQgYGN1c3RvbWVyX3VpZGDsmYAsIOyYiOyVvSDqsbTrp4jri6QgYG1lcmNoYW50X3VpZGAsIGBzY2hlZHVsZV9hdGAsIGBhbW91bnRg66W8IOqwgOynhCDrsLDsl7QgYHNjaGVkdWxlc2Drpbwg67O064K07JW8IO2VqeuLiOuLpAGMAXRoZSBib2R5IGhhcyBhIHRvcC1sZXZlbCBgbWVyY2hhbnRfdWlkYCBvciBgYW1vdW50YCBhbmQgbm8gYHNjaGVkdWxlc2CUAWBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5AgYG1lcmNoYW50X3VpZGDrgpggYGFtb3VudGDqsIAg7J6I7Iq164uI64ukAMoGVGhlIEtDUCBwYWdlJ3MgIkFQSSDruYzrp4HtgqQg7JiI7JW9L+uwmOuztSDqsrDsoJwg7JqU7LKt7ZWY6riwIiBleGFtcGxlIChpbiB0aGUgc2VlZCBhbmQgc3RpbGwgb24gdGhlIGN1cnJlbnQgcGFnZSkgcG9zdHMgYHtjdXN0b21lcl91aWQsIG1lcmNoYW50X3VpZCwgYW1vdW50fWAgdG8gL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiBpbnN0ZWFkIG9mIHNob3dpbmcgYSBzY2hlZHVsZS4gU2VudCB0byAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlLCB0aGF0IGJvZHkgaGFzIG5vIGBzY2hlZHVsZXNgIGFuZCBpcyByZWZ1c2VkLiBUaGUgcnVsZSBzdG9wcyBmdXJ0aGVyIGNoZWNrczogdGhlIGJvZHkgYmVsb25ncyB0byBhbm90aGVyIGVuZHBvaW50LCBhbmQgZXZlcnkgb3RoZXIgZmluZGluZyB3b3VsZCBvbmx5IHJlcGVhdCB0aGF0LsoGVGhlIEtDUCBwYWdlJ3MgIkFQSSDruYzrp4HtgqQg7JiI7JW9L+uwmOuztSDqsrDsoJwg7JqU7LKt7ZWY6riwIiBleGFtcGxlIChpbiB0aGUgc2VlZCBhbmQgc3RpbGwgb24gdGhlIGN1cnJlbnQgcGFnZSkgcG9zdHMgYHtjdXN0b21lcl91aWQsIG1lcmNoYW50X3VpZCwgYW1vdW50fWAgdG8gL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiBpbnN0ZWFkIG9mIHNob3dpbmcgYSBzY2hlZHVsZS4gU2VudCB0byAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlLCB0aGF0IGJvZHkgaGFzIG5vIGBzY2hlZHVsZXNgIGFuZCBpcyByZWZ1c2VkLiBUaGUgcnVsZSBzdG9wcyBmdXJ0aGVyIGNoZWNrczogdGhlIGJvZHkgYmVsb25ncyB0byBhbm90aGVyIGVuZHBvaW50LCBhbmQgZXZlcnkgb3RoZXIgZmluZGluZyB3b3VsZCBvbmx5IHJlcGVhdCB0aGF0Lo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1TQ0gtMDAyAQAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzCHgomc2NoZWR1bGUtYXQtbWlzc2luZ05BIHNjaGVkdWxlZCBjaGFyZ2UgaGFzIG5vIGBzY2hlZHVsZV9hdGBE7JiI7JW9IOqxtOydmCBgc2NoZWR1bGVfYXRgIOuIhOudvQplcnJvcgEBAhpyZXN0LXNjaGVkdWxlAAIAAjBzY2hlZHVsZXNbKl0uc2NoZWR1bGVfYXQABgASc2NoZWR1bGVzAAQAFnNjaGVkdWxlX2F0AgAAAAGAAWB7ZmllbGR9YCBpcyByZXF1aXJlZDogd2hlbiB0byBjaGFyZ2UsIGFzIGEgVW5peCB0aW1lIGluIHNlY29uZHPOAWB7ZmllbGR9YCjqsrDsoJwg7JiI7JW9IOyLnOqwgSnsnYAg7ZWE7IiY7J6F64uI64ukLiDstIgg64uo7JyEIFVOSVggdGltZXN0YW1w66GcIOyeheugpe2VtOyVvCDtlanri4jri6QAAMQBYHNjaGVkdWxlX2F0YCBpcyByZXF1aXJlZCBpbiBldmVyeSBpdGVtIG9mIGBzY2hlZHVsZXNgIChTY2hlZHVsZUFubm90YXRpb24gaW4gdGhlIHYxIFJFU1Qgc2NoZW1hKS7EAWBzY2hlZHVsZV9hdGAgaXMgcmVxdWlyZWQgaW4gZXZlcnkgaXRlbSBvZiBgc2NoZWR1bGVzYCAoU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSkujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbIofCjhzY2hlZHVsZS1hdC1ub3QtdW5peC1zZWNvbmRzQmBzY2hlZHVsZV9hdGAgaXMgbm90IFVuaXggc2Vjb25kc2hgc2NoZWR1bGVfYXRg7J20IOy0iCDri6jsnIQgVU5JWCB0aW1lc3RhbXDqsIAg7JWE64uYCmVycm9yAQECGnJlc3Qtc2NoZWR1bGUABggwc2NoZWR1bGVzWypdLnNjaGVkdWxlX2F0AAYAEnNjaGVkdWxlcwAEABZzY2hlZHVsZV9hdAICHAQABAYCLgAAAggEBgIuAAACCgZndGUAAAAA6HZIN0IYMTAwMDAwMDAwMDAwAb4BYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIGEgdGltZSBpbiBtaWxsaXNlY29uZHM6IGBzY2hlZHVsZV9hdGAgdGFrZXMgVW5peCBzZWNvbmRzIChkaXZpZGUgYnkgMTAwMCmaAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOuwgOumrOy0iCDri6jsnITsnoXri4jri6QuIGBzY2hlZHVsZV9hdGDsnYAg7LSIIOuLqOychCBVTklYIHRpbWVzdGFtcOyXrOyVvCDtlanri4jri6QgKDEwMDDsnLzroZwg64KY64iE7IS47JqUKQAACDBzY2hlZHVsZXNbKl0uc2NoZWR1bGVfYXQABgASc2NoZWR1bGVzAAQAFnNjaGVkdWxlX2F0AgIcBAAEBgIuAAACCAgEBgIuAAACEBh3aG9sZS1udW1iZXIBigFge2ZpZWxkfWAgaXMge3ZhbHVlfTogYHNjaGVkdWxlX2F0YCBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIG9mIHNlY29uZHPQAWB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOygleyImOqwgCDslYTri5nri4jri6QuIGBzY2hlZHVsZV9hdGDsnYAg7LSIIOuLqOychCDsoJXsiJjsl6zslbwg7ZWp64uI64ukAAAIMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAhwCBgYCLgAAAhAYdW5peC1zZWNvbmRzAAQGAi4AAAIIBAYCLgAAAgoGZ3RlAAAAAOh2SDdCGDEwMDAwMDAwMDAwMAAEBgIuAAACCAgEBgIuAAACEBh3aG9sZS1udW1iZXIAAAABvAFge2ZpZWxkfWAgbXVzdCBiZSBhIFVuaXggdGltZSBpbiBzZWNvbmRzIGFzIGEgSlNPTiBpbnRlZ2VyIChzdWNoIGFzIDE4OTM0MjM2MDApLCBmb3VuZCB7dmFsdWV9yAFge2ZpZWxkfWDsnYAo64qUKSAxODkzNDIzNjAw7LKY65+8IOy0iCDri6jsnIQgVU5JWCB0aW1lc3RhbXAg7KCV7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACOBFRoZSB2MSBSRVNUIHNjaGVtYTogYHNjaGVkdWxlX2F0YCBpcyBhbiBpbnRlZ2VyLCAi6rKw7KCc7JqU7LKtIOyYiOyVveyLnOqwgSjstIgpIChVTklYIHRpbWVzdGFtcCBpbiBzZWNvbmRzKSIuIEphdmFTY3JpcHQncyBEYXRlLm5vdygpIGdpdmVzIG1pbGxpc2Vjb25kcywgd2hpY2ggcmVhZCBhcyBzZWNvbmRzIGxhbmQgdGVucyBvZiB0aG91c2FuZHMgb2YgeWVhcnMgYWhlYWQ7IGEgZnJhY3Rpb24gb3IgYSBkYXRlIHN0cmluZyBpcyBub3QgYSBVbml4IHRpbWUujgRUaGUgdjEgUkVTVCBzY2hlbWE6IGBzY2hlZHVsZV9hdGAgaXMgYW4gaW50ZWdlciwgIuqysOygnOyalOyyrSDsmIjslb3si5zqsIEo7LSIKSAoVU5JWCB0aW1lc3RhbXAgaW4gc2Vjb25kcykiLiBKYXZhU2NyaXB0J3MgRGF0ZS5ub3coKSBnaXZlcyBtaWxsaXNlY29uZHMsIHdoaWNoIHJlYWQgYXMgc2Vjb25kcyBsYW5kIHRlbnMgb2YgdGhvdXNhbmRzIG9mIHllYXJzIGFoZWFkOyBhIGZyYWN0aW9uIG9yIGEgZGF0ZSBzdHJpbmcgaXMgbm90IGEgVW5peCB0aW1lLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1TQ0gtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy0Hwogc2NoZWR1bGUtYXQtcGFzdDhgc2NoZWR1bGVfYXRgIGlzIGluIHRoZSBwYXN0UGBzY2hlZHVsZV9hdGDsnbQg7J2066+4IOyngOuCnCDsi5zqsIHsnoQOd2FybmluZwEBAhpyZXN0LXNjaGVkdWxlAAIIMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAhgAAAAB/AFge2ZpZWxkfWAgaXMgaW4gdGhlIHBhc3Q6IFBvcnRPbmUgZG9jdW1lbnRzIG5vIGJlaGF2aW91ciBmb3IgYSBwYXN0IGBzY2hlZHVsZV9hdGAsIHNvIHRoZSBjaGFyZ2UgbWF5IHJ1biBhdCBvbmNlIG9yIGJlIHJlZnVzZWTkAmB7ZmllbGR9YOydtCjqsIApIOydtOuvuCDsp4Drgpwg7Iuc6rCB7J6F64uI64ukLiDsp4Drgpwg7Iuc6rCB7Jy866GcIOyYiOyVve2VnCDqsr3smrDsnZgg64+Z7J6R7J2AIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7JWEIOymieyLnCDqsrDsoJzrkJjqsbDrgpgg6rGw7KCI65CgIOyImCDsnojsirXri4jri6QAAOYDQSBzY2hlZHVsZSBpcyBtZWFudCBmb3IgYSBmdXR1cmUgdGltZTsgdGhlIFJFU1QgcmVmZXJlbmNlIGRvY3VtZW50cyBubyBiZWhhdmlvdXIgZm9yIGEgcGFzdCBgc2NoZWR1bGVfYXRgLCB3aGljaCB1c3VhbGx5IGNvbWVzIGZyb20gYSB3cm9uZyBjbG9jaywgYSByZXVzZWQgZml4dHVyZSBvciBzZWNvbmRzIGFuZCBtaWxsaXNlY29uZHMgbWl4ZWQgdXAuIEEgd2FybmluZyBiZWNhdXNlIHRoZSBvdXRjb21lIGlzIHVua25vd24u5gNBIHNjaGVkdWxlIGlzIG1lYW50IGZvciBhIGZ1dHVyZSB0aW1lOyB0aGUgUkVTVCByZWZlcmVuY2UgZG9jdW1lbnRzIG5vIGJlaGF2aW91ciBmb3IgYSBwYXN0IGBzY2hlZHVsZV9hdGAsIHdoaWNoIHVzdWFsbHkgY29tZXMgZnJvbSBhIHdyb25nIGNsb2NrLCBhIHJldXNlZCBmaXh0dXJlIG9yIHNlY29uZHMgYW5kIG1pbGxpc2Vjb25kcyBtaXhlZCB1cC4gQSB3YXJuaW5nIGJlY2F1c2UgdGhlIG91dGNvbWUgaXMgdW5rbm93bi6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sniAKNHNjaGVkdWxlcy1jdXJyZW5jeS1taXNzaW5nSEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYGN1cnJlbmN5YD7smIjslb0g6rG07J2YIGBjdXJyZW5jeWAg7JeG7J2MCGluZm8BAQIacmVzdC1zY2hlZHVsZQACAAIqc2NoZWR1bGVzWypdLmN1cnJlbmN5AAYAEnNjaGVkdWxlcwAEABBjdXJyZW5jeWwAAAAB/gFge2ZpZWxkfWAgaXMgbm90IHNldDogdGhlIHYxIEFQSSBzY2hlbWEgbGlzdHMgYGN1cnJlbmN5YCBhcyByZXF1aXJlZCBpbiBzY2hlZHVsZXMgKEtSVyB3aGVuIG9taXR0ZWQpOyBzZW5kIGBLUldgIHRvIGJlIGV4cGxpY2l0iANge2ZpZWxkfWDsnbQo6rCAKSDsl4bsirXri4jri6QuIHYxIEFQSSDsiqTtgqTrp4jsl5DshJwg7JiI7JW9IOqxtOydmCBgY3VycmVuY3lg64qUIO2VhOyImOuhnCDtkZzsi5zrkJjslrQg7J6I7Iq164uI64ukICjsg53rnrXtlZjrqbQgS1JXKS4gYEtSV2Drpbwg66qF7Iuc7KCB7Jy866GcIOuztOuCtOuKlCDqsoPsnYQg6raM7J6l7ZWp64uI64ukAACmAlNjaGVkdWxlQW5ub3RhdGlvbiBsaXN0cyBgY3VycmVuY3lgIGFzIHJlcXVpcmVkIChzaW5jZSAyMDIzLTA4IHRvIDIwMjQtMDMpIHdpdGggdGhlIGRlZmF1bHQgS1JXLCB3aGlsZSBQb3J0T25lJ3Mgb3duIGV4YW1wbGVzIG9taXQgaXQuIEFkdmljZSBvbmx5LqYCU2NoZWR1bGVBbm5vdGF0aW9uIGxpc3RzIGBjdXJyZW5jeWAgYXMgcmVxdWlyZWQgKHNpbmNlIDIwMjMtMDggdG8gMjAyNC0wMykgd2l0aCB0aGUgZGVmYXVsdCBLUlcsIHdoaWxlIFBvcnRPbmUncyBvd24gZXhhbXBsZXMgb21pdCBpdC4gQWR2aWNlIG9ubHkujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDQAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMwgCi5jaGVja2luZy1hbW91bnQtaW52YWxpZGhgY2hlY2tpbmdfYW1vdW50YCBpcyBub3QgYSB3aG9sZSBudW1iZXIgb2YgMCBvciBtb3JlYmBjaGVja2luZ19hbW91bnRg6rCAIDAg7J207IOB7J2YIOygleyImOqwgCDslYTri5gKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQACCB5jaGVja2luZ19hbW91bnQAAgAeY2hlY2tpbmdfYW1vdW50ygECHAIEBAYCLgAAAggIAAQGAi4AAAIQGHdob2xlLW51bWJlcgYCLgAAAgoGZ3RlAAAAAAAAAAAAAjAAAAABvAFgY2hlY2tpbmdfYW1vdW50YCBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIG9mIHdvbiwgMCBvciBtb3JlICgwID0gbm8gdGVzdCBjaGFyZ2UpLCBmb3VuZCB7dmFsdWV99AFgY2hlY2tpbmdfYW1vdW50YOuKlCAwIOydtOyDgeydmCDsoJXsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QgKDDsnbTrqbQg7YWM7Iqk7Yq4IOyKueyduOydhCDtlZjsp4Ag7JWK7Iq164uI64ukKQAAkAJUaGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGNoZWNraW5nX2Ftb3VudGAgYXMgYW4gaW50ZWdlcjogYW4gYW1vdW50IGFwcHJvdmVkIGFuZCBjYW5jZWxsZWQgcmlnaHQgYXdheSB0byBjaGVjayB0aGUgY2FyZCwgMCBmb3Igbm8gY2hlY2sukAJUaGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGNoZWNraW5nX2Ftb3VudGAgYXMgYW4gaW50ZWdlcjogYW4gYW1vdW50IGFwcHJvdmVkIGFuZCBjYW5jZWxsZWQgcmlnaHQgYXdheSB0byBjaGVjayB0aGUgY2FyZCwgMCBmb3Igbm8gY2hlY2sujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDUAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbPYgCkRjaGVja2luZy1hbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtVGBjaGVja2luZ19hbW91bnRgIGJlbG93IEtDUCdzIGNhcmQgbWluaW11bXRgY2hlY2tpbmdfYW1vdW50YOqwgCBLQ1Ag7Lm065OcIOy1nOyGjCDqsrDsoJzquIjslaEg66+466eMDndhcm5pbmcBAQIacmVzdC1zY2hlZHVsZQEEAgQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBhJzY2hlZHVsZXMAAgASc2NoZWR1bGVzAAIUAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwIIHmNoZWNraW5nX2Ftb3VudAACAB5jaGVja2luZ19hbW91bnTKAQIcAgYEBgIuAAACCAgGAi4AAAIKBmx0ZQAAAAAAAAAAAAIwBgIuAAACCgZndGUAAAAAAABAj0AIMTAwMAAAAAHiAmBjaGVja2luZ19hbW91bnRgIGlzIHt2YWx1ZX0gd29uOiB0aGUgdGVzdCBjaGFyZ2UgaXMgYSBjYXJkIGFwcHJvdmFsLCBhbmQgS0NQJ3MgbWluaW11bSBjYXJkIHBheW1lbnQgaXMgMSwwMDAgd29uLCBzbyB0aGUgY2FyZCBjaGVjayBmYWlscyAodXNlIDAgZm9yIG5vIGNoZWNrLCBvciAxLDAwMCBvciBtb3JlKd4DYGNoZWNraW5nX2Ftb3VudGDqsIAge3ZhbHVlfeybkOyeheuLiOuLpC4g7YWM7Iqk7Yq4IOyKueyduOuPhCDsubTrk5wg6rKw7KCc7J2066mwIEtDUCDsi6DsmqnsubTrk5wg6rKw7KCc7J2YIOy1nOyGjCDquIjslaHsnYAgMSwwMDDsm5DsnbTrr4DroZwg7Lm065OcIO2ZleyduOydtCDsi6TtjKjtlanri4jri6QgKO2ZleyduO2VmOyngCDslYrsnLzroKTrqbQgMCwg7ZmV7J247ZWY66Ck66m0IDEsMDAw7JuQIOydtOyDgSkBTHRoZSB0ZXN0IGNoYXJnZSBpcyBhIEtSVyBjYXJkIGFwcHJvdmFsYu2FjOyKpO2KuCDsirnsnbjsnYAg7JuQ7ZmUIOy5tOuTnCDqsrDsoJzsnoXri4jri6QAygVgY2hlY2tpbmdfYW1vdW50YCBhcHByb3ZlcyBhIGNoYXJnZSBvZiB0aGF0IGFtb3VudCBvbiB0aGUgbmV3IGNhcmQgYW5kIGNhbmNlbHMgaXQgYXQgb25jZSAodjEgUkVTVCBzY2hlbWEpLiBPbiBLQ1AgdGhhdCBhcHByb3ZhbCBpcyBhIGNhcmQgcGF5bWVudCwgYW5kIEtDUCdzIHJlc3VsdCBjb2RlIDkwMTAgcmVmdXNlcyBjYXJkIHBheW1lbnRzIGJlbG93IDEsMDAwIHdvbi4gUG9ydE9uZSdzIFBIUCBjbGllbnQgZXhhbXBsZSBzZW5kcyAxMDAsIHdoaWNoIG1lcmNoYW50cyBjb3B5LiBBIHdhcm5pbmcsIGFzIGBhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtYCBpcy4gMCAobm8gdGVzdCBjaGFyZ2UpIGlzIG5vdCByZXBvcnRlZC7KBWBjaGVja2luZ19hbW91bnRgIGFwcHJvdmVzIGEgY2hhcmdlIG9mIHRoYXQgYW1vdW50IG9uIHRoZSBuZXcgY2FyZCBhbmQgY2FuY2VscyBpdCBhdCBvbmNlICh2MSBSRVNUIHNjaGVtYSkuIE9uIEtDUCB0aGF0IGFwcHJvdmFsIGlzIGEgY2FyZCBwYXltZW50LCBhbmQgS0NQJ3MgcmVzdWx0IGNvZGUgOTAxMCByZWZ1c2VzIGNhcmQgcGF5bWVudHMgYmVsb3cgMSwwMDAgd29uLiBQb3J0T25lJ3MgUEhQIGNsaWVudCBleGFtcGxlIHNlbmRzIDEwMCwgd2hpY2ggbWVyY2hhbnRzIGNvcHkuIEEgd2FybmluZywgYXMgYGFtb3VudC1iZWxvdy1jYXJkLW1pbmltdW1gIGlzLiAwIChubyB0ZXN0IGNoYXJnZSkgaXMgbm90IHJlcG9ydGVkLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnLTM/dj12MQEWS0NQLUFNVC0wMDQAAQDg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbLQhCiJzY2hlZHVsZXMtaW1wLXVpZD5gaW1wX3VpZGAgaW4gYSBzY2hlZHVsZWQgY2hhcmdlLuyYiOyVvSDqsbTsnZggYGltcF91aWRgDndhcm5pbmcBAQIacmVzdC1zY2hlZHVsZQACAgIoc2NoZWR1bGVzWypdLmltcF91aWQABgASc2NoZWR1bGVzAAQADmltcF91aWTMAQAAAAGeAmBpbXBfdWlkYCBpcyBub3QgYSBwYXJhbWV0ZXIgb2YgYSBzY2hlZHVsZWQgY2hhcmdlOiBQb3J0T25lIGFzc2lnbnMgaXQgd2hlbiB0aGUgY2hhcmdlIHJ1bnM7IGlkZW50aWZ5IGVhY2ggc2NoZWR1bGVkIGNoYXJnZSB3aXRoIGBtZXJjaGFudF91aWRg0AJgaW1wX3VpZGDripQg7JiI7JW9IOqxtOydmCDtjIzrnbzrr7jthLDqsIAg7JWE64uZ64uI64ukLiBgaW1wX3VpZGDripQg6rKw7KCc6rCAIOyLpO2WieuQoCDrlYwg7Y+s7Yq47JuQ7J20IOu2gOyXrO2VmOupsCwg7JiI7JW9IOqxtOydgCBgbWVyY2hhbnRfdWlkYOuhnCDqtazrtoTtlanri4jri6QAAIYDU2NoZWR1bGVBbm5vdGF0aW9uIGhhcyBubyBgaW1wX3VpZGA6IGl0IGFwcGVhcnMgb25seSBpbiByZXNwb25zZXMgKHNjaGVkdWxlIGxvb2t1cHMpLiBTZW50IGluIGEgcmVxdWVzdCBpdCBpcyBpZ25vcmVkLCBhbmQgYW4gaXRlbSB0aGF0IHJlbGllcyBvbiBpdCBmb3IgaWRlbnRpdHkgdXN1YWxseSBsYWNrcyBpdHMgYG1lcmNoYW50X3VpZGAuhgNTY2hlZHVsZUFubm90YXRpb24gaGFzIG5vIGBpbXBfdWlkYDogaXQgYXBwZWFycyBvbmx5IGluIHJlc3BvbnNlcyAoc2NoZWR1bGUgbG9va3VwcykuIFNlbnQgaW4gYSByZXF1ZXN0IGl0IGlzIGlnbm9yZWQsIGFuZCBhbiBpdGVtIHRoYXQgcmVsaWVzIG9uIGl0IGZvciBpZGVudGl0eSB1c3VhbGx5IGxhY2tzIGl0cyBgbWVyY2hhbnRfdWlkYC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxAAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s/iEKAfAIZXJyb3IgICA9IFBvcnRPbmUgb3IgS0NQIHdpbGwgcmVqZWN0IHRoZSByZXF1ZXN0LCBvciBzaWxlbnRseSBkbyB0aGUgd3JvbmcgdGhpbmcgd2l0aCBpdC4Kd2FybmluZyA9IHZlcnkgbGlrZWx5IGEgYnVnLCBkZXByZWNhdGVkLCBvciBub3QgZG9jdW1lbnRlZCBmb3IgS0NQLgppbmZvICAgID0gYWR2aWNlOiB0aGUgcmVxdWVzdCB3b3JrcywgYnV0IHNvbWV0aGluZyBpcyB3b3J0aCBrbm93aW5nLgpBIHBheWxvYWQgdGhhdCBmb2xsb3dzIFBvcnRPbmUncyBkb2N1bWVudGF0aW9uIGRyYXdzIG5vIGVycm9yIGFuZCBubyB3YXJuaW5nIGZyb20gYSBydWxlIHRoYXQgdGhlCmRvY3VtZW50YXRpb24gZG9lcyBub3Qgc3VwcG9ydC4gV2hlcmUgc291cmNlcyBkaXNhZ3JlZSwgdGhlIHJ1bGUncyByYXRpb25hbGUgc2F5cyB3aGljaCBvbmUgd2lucwoob3JkZXI6IHRoZSBjdXJyZW50IEtDUCBwYWdlLCB0aGUgdjEgT3BlbkFQSSBzY2hlbWEsIHRoZSBTREsgcGFyYW1ldGVyIHJlZmVyZW5jZSwgb3RoZXIgUG9ydE9uZQpwYWdlcywgUG9ydE9uZSdzIFNESyB3cmFwcGVycywgdGhlIGxlZ2FjeSBtYW51YWwpLgoGa2NwHGtjcC1zZGstZmllbGRzGmtjcC1zZGstcnVsZXMea2NwLXJlc3QtZmllbGRzHGtjcC1yZXN0LXJ1bGVzEBRyZXN0LWJ1eWVyEnJlc3QtY2FyZCZyZXN0LWNoYXJnZS1vcHRpb25zFHJlc3Qtb3JkZXIic2RrLWJpbGxpbmctZXh0cmEQc2RrLWNhcmQUc2RrLWNvbW1vbiJzZGstcGF5bWVudC1leHRyYQoUYnV5ZXJfbmFtZRZidXllcl9lbWFpbBJidXllcl90ZWwUYnV5ZXJfYWRkchxidXllcl9wb3N0Y29kZQoUYnV5ZXJfbmFtZQIBFEJ1eWVyIG5hbWUY7KO866y47J6Q66qFAAAAAQABIAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwu7KO866y47J6QIEUtbWFpbCDso7zshowAAAABAAGAAQAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyLOyjvOusuOyekCDsoITtmZTrsojtmLgAAAABAAEgAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDso7zrrLjsnpAg7KO87IaMAAAAAQABgAIAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs7KO866y47J6QIOyasO2OuOuyiO2YuAAAAAEAARAAAAAAAAAAAQAAAAAAChZjYXJkX251bWJlcgxleHBpcnkKYmlydGgUcHdkXzJkaWdpdAZjdmMKFmNhcmRfbnVtYmVyAgFCQ2FyZCBudW1iZXIgKGRkZGQtZGRkZC1kZGRkLWRkZGQpROy5tOuTnOuyiO2YuCAoZGRkZC1kZGRkLWRkZGQtZGRkZCkAAAAAAAAAAAAAAAEAAAABBnBhbgAMZXhwaXJ5AgEqQ2FyZCBleHBpcnkgKFlZWVktTU0pOuy5tOuTnCDsnKDtmqjquLDqsIQgKFlZWVktTU0pAAAAAAAAAAAAAAABAAAAAQhmdWxsAApiaXJ0aAIBjgFEYXRlIG9mIGJpcnRoIFlZTU1ERCwgb3IgYSAxMC1kaWdpdCBidXNpbmVzcyBudW1iZXIgZm9yIGNvcnBvcmF0ZSBjYXJkc5gB7IOd64WE7JuU7J28IDbsnpDrpqwgKOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4IDEw7J6Q66asKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAUcHdkXzJkaWdpdAIBRkZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3JkPOy5tOuTnOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrAAAAAAAAAAAAAAAAQAAAAEIZnVsbAAGY3ZjAgFSQ2FyZCB2ZXJpZmljYXRpb24gY29kZSAoUGF5bWVudHdhbGwgb25seSlY7Lm065OcIOyduOymneuyiO2YuCAo7Y6Y7J2066i87Yq47JuUIOyghOyaqSkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAGBB0YXhfZnJlZRR2YXRfYW1vdW50EGN1cnJlbmN5FGNhcmRfcXVvdGEWY3VzdG9tX2RhdGEUbm90aWNlX3VybBRicm93c2VyX2lwDGJ5cGFzcxhwcm9tb3Rpb25faWQyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudBx1c2VfY2FyZF9wb2ludBhwcm9kdWN0X3R5cGUYEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBLEN1cnJlbmN5IChkZWZhdWx0IEtSVyk66rKw7KCcIO2Gte2ZlCAo6riw67O46rCSIEtSVykAAAAAAAAAAAAAAAEAAAAAABRjYXJkX3F1b3RhBAFCSW5zdGFsbG1lbnQgbW9udGhzICgwID0gbHVtcCBzdW0pTOy5tOuTnCDtlaDrtoDqsJzsm5TsiJggKDAgPSDsnbzsi5zrtogpAAAAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAYcHJvZHVjdF90eXBlAgFMUmVhbCBvciBkaWdpdGFsIGdvb2RzIChLU05FVCwgbm90IEtDUClk7KO866y4IOyDge2SiCDqtazrtoQgKEtTTkVUIOyghOyaqSwgS0NQIOuvuOyngOybkCkBBAYIcmVhbAYOZGlnaXRhbAAAAAAAAAAAAAABAAAAAAAGGG1lcmNoYW50X3VpZAxhbW91bnQIbmFtZQYYbWVyY2hhbnRfdWlkAgFSTWVyY2hhbnQgb3JkZXIgbnVtYmVyICh1bmlxdWUgcGVyIGNoYXJnZSk86rOg6rCd7IKsIOyjvOusuCDqs6DsnKAg67KI7Zi4AAAAAQABUAAAAAAAAAABAAAAAAAMYW1vdW50CAEsQW1vdW50IHRvIGNoYXJnZSAoS1JXKRjqsrDsoJzquIjslaEAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAEAAVAAAAAAAAAAAQAAAAAADAxhbW91bnQYY3VzdG9tZXJfdWlkDGVzY3JvdxB0YXhfZnJlZRR2YXRfYW1vdW50DGJ5cGFzcwwMYW1vdW50CAFQQW1vdW50IHNob3duIGluIHRoZSB3aW5kb3cgKG5vdCBjaGFyZ2VkKWbqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOq4iOyVoSAo7Iq57J2465CY7KeAIOyViuydjCkAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAGGN1c3RvbWVyX3VpZAIBSkJpbGxpbmcga2V5IGlkIGNob3NlbiBieSB0aGUgbWVyY2hhbnRM7Y+s7Yq47JuQIOu5jOunge2CpCAo6rOg6rCd7IKsIOygleydmCkAAAABAAGgAQAAAAAAAAABAQAAAAAMZXNjcm93EAFWRXNjcm93IHBheW1lbnQgKG5vIGVmZmVjdCBvbiBhIGJpbGxpbmcga2V5KYIB7JeQ7Iqk7YGs66GcIOqysOygnCDsl6zrtoAgKOu5jOunge2CpCDrsJzquInsl5DripQg7Zqo6rO8IOyXhuydjCkAAAAAAAAAAAAAAAEAAAAAABB0YXhfZnJlZQgBWlRheC1mcmVlIHBvcnRpb24gKG5vIGVmZmVjdCBvbiBhIGJpbGxpbmcga2V5KWbrqbTshLjquIjslaEgKOu5jOunge2CpCDrsJzquInsl5DripQg7Zqo6rO8IOyXhuydjCkAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKTLrtoDqsIDshLggKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAMYnlwYXNzIAEuS0NQLXNwZWNpZmljIHBhcmFtZXRlcnMuS0NQIOyghOyaqSDtjIzrnbzrr7jthLAAAAAAAAAAAAAEEnNpdGVfbG9nbyRiYXRjaF9iaXJ0aF9kYXlfeW4EEnNpdGVfbG9nbwIBGkxvZ28gVVJMIChQQyky6rKw7KCc7LC9IOuhnOqzoCBVUkwgKFBDKQAAAAAAAAAAAAAAAQAAAAAAJGJhdGNoX2JpcnRoX2RheV95bgIBREFsd2F5cyBzaG93IHRoZSBiaXJ0aC1kYXRlIGJveCAoWSlW7IOd64WE7JuU7J28IOyeheugpeuwleyKpCDtla3sg4Eg7ZGc7IucIChZKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAghjYXJkAghjYXJkIAEYQ2FyZCBvcHRpb25zNuy5tOuTnCDqsrDsoJwg7IS467aAIOyEpOyglQAAAAAAAAAAAAQMZGlyZWN0DGRldGFpbAQMZGlyZWN0IAEwQ2FyZCBjb21wYW55IGRpcmVjdCBjYWxsSOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47LacIOygleuztAAAAAAAAAAAAAQIY29kZQpxdW90YQQIY29kZQIBIkNhcmQgY29tcGFueSBjb2RlIOy5tOuTnOyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAAApxdW90YQQBXEZpeGVkIGluc3RhbGxtZW50IG1vbnRocyAoKyBjYXJkLXBvaW50IG9mZnNldCl86rOg7KCVIO2VoOu2gOqwnOyblOyImCAo7Lm065Oc7IKsIO2PrOyduO2KuCDsgqzsmqkg7IucIOqwgOyCsCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxkZXRhaWxAAURDYXJkIGNvbXBhbmllcyBzaG93biBpbiB0aGUgd2luZG93NOy5tOuTnOyCrCDroIzrjZTrp4Eg7KCV67O0AAAAAAAAAAABEGRldGFpbFtdIAAAAAAAAAAAAAAGEmNhcmRfY29kZQ5lbmFibGVkEm1heF9tb250aAYSY2FyZF9jb2RlAgEsQ2FyZCBjb21wYW55IGNvZGUgb3IgKjLsubTrk5zsgqwg7L2U65OcIOuYkOuKlCAqAAAAAAAAAAAAAAABAAAAAAAOZW5hYmxlZBABGFNob3duIG9yIG5vdCDroIzrjZTrp4Eg7Jes67aAAAAAAAAAAAAAAAABAAAAAAASbWF4X21vbnRoBAFYTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIG1vbnRocyAobm90IEtDUClw7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7LWc64yAIOqwnOyblOyImCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAKBRjaGFubmVsS2V5BHBnFHBheV9tZXRob2QYbWVyY2hhbnRfdWlkCG5hbWUQY3VycmVuY3kUYnV5ZXJfbmFtZRZidXllcl9lbWFpbBJidXllcl90ZWwUYnV5ZXJfYWRkchxidXllcl9wb3N0Y29kZRxtX3JlZGlyZWN0X3VybBRhcHBfc2NoZW1lFG5vdGljZV91cmwWY29uZmlybV91cmwWY3VzdG9tX2RhdGEQbGFuZ3VhZ2UOY29tcGFueQ5kaWdpdGFsCnBvcHVwKBRjaGFubmVsS2V5AgEWQ2hhbm5lbCBrZXkS7LGE64SQ7YKkAAAAAAAAAAAAAAABAAAAAAAEcGcCAShQRyBjb2RlIChkZXByZWNhdGVkKVJQR+yCrCDqtazrtoTsvZTrk5wgKOyngOybkCDspJHri6gg7JiI7KCVKQAAAAAAAAAAAAAAAQABqAJ1cGdyYWRlIHRvIHRoZSBsYXRlc3QgSmF2YVNjcmlwdCBTREsgYW5kIHNlbGVjdCB0aGUgY2hhbm5lbCB3aXRoIGBjaGFubmVsS2V5YCAoUG9ydE9uZSBjb25zb2xlOiBJbnRlZ3JhdGlvbiA+IEludGVncmF0aW9uIGluZm8gPiBDaGFubmVsIG1hbmFnZW1lbnQp5AJKUyBTREvrpbwg7LWc7IugIOuyhOyghOycvOuhnCDsl4Xqt7jroIjsnbTrk5ztlZwg7ZuEIGBjaGFubmVsS2V5YCDtjIzrnbzrr7jthLDroZwg7LGE64SQ7J2EIOyngOygle2VmOyEuOyalCAo7Y+s7Yq47JuQIOy9mOyGlCBb6rKw7KCcIOyXsOuPmV0gPiBb7Jew64+ZIOygleuztF0gPiBb7LGE64SQIOq0gOumrF0pARRjaGFubmVsS2V5AAAUcGF5X21ldGhvZAIBJlBheW1lbnQgbWV0aG9kIGNvZGUy6rKw7KCc7IiY64uoIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAGG1lcmNoYW50X3VpZAIBKk1lcmNoYW50IG9yZGVyIG51bWJlcjzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEBAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBEEN1cnJlbmN5MuqysOygnO2Gte2ZlCDqtazrtoTsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZSDqtazrp6TsnpAg7J2066aEAAAAAAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwm6rWs66ek7J6QIOydtOuplOydvAAAAAAAAAAAAAAAAQAAAAAAEmJ1eWVyX3RlbAIBJEJ1eWVyIHBob25lIG51bWJlcibqtazrp6TsnpAg7Jew65297LKYAAAAAAAAAAAAAAABAAAAAAAUYnV5ZXJfYWRkcgIBGkJ1eWVyIGFkZHJlc3Mg6rWs66ek7J6QIOyjvOyGjAAAAAAAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs6rWs66ek7J6QIOyasO2OuOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAHG1fcmVkaXJlY3RfdXJsAgFGUmVkaXJlY3QgVVJMIGFmdGVyIGEgbW9iaWxlIHBheW1lbnRe66qo67CU7J28IOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmOuQoCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAUYXBwX3NjaGVtZQIBMEFwcCBVUkwgc2NoZW1lIChXZWJWaWV3KUTslbEg67O16reA7JqpIFVSTCBzY2hlbWUgKFdlYlZpZXcpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybEIBPldlYmhvb2sgVVJMKHMpIGZvciB0aGlzIHBheW1lbnQi7Ju57ZuFIOyImOyLoCBVUkwAAAAAAAAAAAEYbm90aWNlX3VybFtdAgAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAFmNvbmZpcm1fdXJsAgEwQ29uZmlybS1wcm9jZXNzIGVuZHBvaW50RmNvbmZpcm0gcHJvY2VzcyDsl5Trk5ztj6zsnbjtirggVVJMAAEGdXJsAAAAAAAAAAAAAQAAAAAAFmN1c3RvbV9kYXRh/gEBMk1lcmNoYW50IGRhdGEgZWNob2VkIGJhY2s07IKs7Jqp7J6QIOygleydmCDrjbDsnbTthLAAAAAAAAAAAAAAAAEAAAAAABBsYW5ndWFnZQIBLlBheW1lbnQgd2luZG93IGxhbmd1YWdlIOqysOygnOywvSDslrjslrQBBAYEa28GBGVuAAAAAAAAAAAAAAEAAAAAAQ53YXJuaW5nDmNvbXBhbnkCAUJNZXJjaGFudCBuYW1lIHNob3duIGluIHRoZSB3aW5kb3dA6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDsg4HtmLjrqoUAAAAAAAAAAAAAAAEAAAAAAA5kaWdpdGFsEAE8RGlnaXRhbCBnb29kcyAocGhvbmUgcGF5bWVudHMpYOuUlOyngO2EuCDsg4Htkogg7Jes67aAICjtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcKQAAAAAAAAAAAAAAAQAAAAAACnBvcHVwEAE0T3BlbiB0aGUgd2luZG93IGFzIGEgcG9wdXA87Yyd7JeFIOuwqeyLnSDqsrDsoJzssL0g7Zi47LacAAAAAAAAAAAAAAABAAAAAAAiDGFtb3VudAxlc2Nyb3cWa2NwUHJvZHVjdHMQcHJvZHVjdHMQdGF4X2ZyZWUUdmF0X2Ftb3VudAZ2YXQSdmJhbmtfZHVlDmRpc3BsYXkOYXBwQ2FyZBJhdXRoX21vZGUOcHJlZmlsbAxieXBhc3MOYml6X251bS51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAxwZXJpb2QYbmljZU1vYmlsZVYyIgxhbW91bnQIARhBbW91bnQgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAxlc2Nyb3cQARxFc2Nyb3cgcGF5bWVudDTsl5DsiqTtgazroZwg6rKw7KCcIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAFmtjcFByb2R1Y3RzQAEqS0NQIGVzY3JvdyBjYXJ0IGl0ZW1zVktDUCDsl5DsiqTtgazroZwg7J6l67CU6rWs64uIIOyDge2SiCDsoJXrs7QAAAAAAAAAAAEaa2NwUHJvZHVjdHNbXSAAAAAAAAAAAAAACBZvcmRlck51bWJlcghuYW1lEHF1YW50aXR5DGFtb3VudAgWb3JkZXJOdW1iZXICASJJdGVtIG9yZGVyIG51bWJlciTsg4Htkojso7zrrLjrsojtmLgAAAAAAAAAAAAAAAEBAAAAAAhuYW1lAgESSXRlbSBuYW1lEuyDge2SiOuqhQAAAAAAAAAAAAAAAQEAAAAAEHF1YW50aXR5BAEQUXVhbnRpdHkM7IiY65+JAAAAAAAAAAAAAAABAQAAAAAMYW1vdW50BAEUSXRlbSBwcmljZRrsg4Htkogg6rCA6rKpAAAAAAAAAAAAAAABAQAAAAAAAAAAAAAAAAEAAAAAABBwcm9kdWN0c0ABSFRvc3MgUGF5bWVudHMgZXNjcm93IGl0ZW1zIChub3QgS0NQKXrthqDsiqTtjpjsnbTrqLzsuKAg7JeQ7Iqk7YGs66GcIOyDge2SiCDsoJXrs7QgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAABFHByb2R1Y3RzW10gAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQY66m07IS46riI7JWhAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAABnZhdAgBIFZBVCAoZGVwcmVjYXRlZClA67aA6rCA7IS4ICjsp4Dsm5Ag7KSR64uoIOyYiOyglSkAAAAAAAAAAAAAAAEAAX51c2UgYHRheF9mcmVlYDsgdGhlIFZBVCBpcyBjb21wdXRlZCBhcyAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTGuAWB0YXhfZnJlZWDrpbwg7IKs7Jqp7ZWY7IS47JqULiDrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx66GcIOqzhOyCsOuQqeuLiOuLpAEQdGF4X2ZyZWUAABJ2YmFua19kdWUCAUBWaXJ0dWFsIGFjY291bnQgZGVwb3NpdCBkZWFkbGluZTLqsIDsg4Hqs4Tsoowg7J6F6riI6riw7ZWcAAAAAAAAAAAAAAABAAAAAAAOZGlzcGxheSABLFdpbmRvdyBkaXNwbGF5IG9wdGlvbnM06rKw7KCc7LC9IOugjOuNlOungSDshKTsoJUAAAAAAAAAAAACFGNhcmRfcXVvdGECFGNhcmRfcXVvdGFAAYQBSW5zdGFsbG1lbnQgbW9udGhzIG9mZmVyZWQgKEtDUDogdGhlIGxhcmdlc3QgdmFsdWUgaXMgdGhlIGNlaWxpbmcpcu2VoOu2gOqwnOyblOyImCAoS0NQOiDqsIDsnqUg7YGwIOqwkuq5jOyngCDshKDtg50g6rCA64qlKQAAAAAAAAAAARhjYXJkX3F1b3RhW10EAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAOYXBwQ2FyZBABKkFwcC1jYXJkIHBheW1lbnQgb25seTrslbHsubTrk5wg6rKw7KCc66eMIO2ZnOyEse2ZlAAAAAAAAAAAAAAAAQAAAAAAEmF1dGhfbW9kZQIBGktleS1pbiB3aW5kb3cu7YKk7J24IOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAA5wcmVmaWxsIAEgUHJlZmlsbGVkIHZhbHVlcyLrr7jrpqwg7LGE7Jq4IOqwkgAAAAAAAAAAAAIWcGhvbmVOdW1iZXICFnBob25lTnVtYmVyAgFKRml4ZWQgcGhvbmUgbnVtYmVyIGZvciBwaG9uZSBwYXltZW50c2rtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCDqs6DsoJXtlaAg7Zy064yA7Y+wIOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAADhhzaG9wX3VzZXJfaWQeY291cG9uX2FwcGx5X3luEnNraW5faW5keBJzaXRlX2xvZ28cY29tcGxleF9wbnRfeW4acHRfbWVtY29ycF9jZBBhcHBfZmxhZw4Yc2hvcF91c2VyX2lkAgFaTWVyY2hhbnQgbWVtYmVyIElEIChnaWZ0IGNlcnRpZmljYXRlcywgcGhvbmUpfOqzoOqwneyCrCDtmozsm5AgSUQgKOyDge2SiOq2jCwg7Zy064yA7Y+wIOyGjOyVoeqysOygnCDtlYTsiJgpAAAAAAAAAAAAAAABAAAAAAAeY291cG9uX2FwcGx5X3luAgE0RGlzY291bnQtY291cG9uIGFyZWEgKFkvTila6rKw7KCc7LC9IO2VoOyduOy/oO2PsCDsmIHsl60g7Zmc7ISx7ZmUIChZL04pAAAAAAAAAAAAAAABAAAAAAASc2tpbl9pbmR4BgEsV2luZG93IHNraW4gKDEtMTEsIFBDKTbqsrDsoJzssL0g7Iqk7YKoICgxfjExLCBQQykAAAAAAAAAAAAAAAEAAAAAABJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAABxjb21wbGV4X3BudF95bgIBTlBvaW50cyB3aXRoIGNhcmQgKFkpIG9yIHBvaW50cyBvbmx5IChOKUbtj6zsnbjtirgg67O17ZWp6rKw7KCcIOyXrOu2gCAoWS9OKQAAAAAAAAAAAAAAAQAAAAAAGnB0X21lbWNvcnBfY2QCATZCZW5lcGlhIG1lbWJlci1jb21wYW55IGNvZGU667Kg64Sk7ZS87JWEIOqzoOqwneyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABBhcHBfZmxhZwIBREtCIGNhcmQgYXBwIChZKSwgSVNQIChOKSwgYm90aCAoUylYS0Lqta3rr7zsubTrk5wg7JWx7Lm065OcKFkpL0lTUChOKS/rqqjrkZAoUykAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA5iaXpfbnVtAgFSQnVzaW5lc3MgcmVnaXN0cmF0aW9uIG51bWJlciAoRGFuYWwgb25seSlK7IKs7JeF7J6Q65Ox66Gd67KI7Zi4ICjri6TrgqAg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAALnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsEAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClc7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADHBlcmlvZCABMFNlcnZpY2UgcGVyaW9kIChub3QgS0NQKUzshJzruYTsiqQg7KCc6rO16riw6rCEIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAGG5pY2VNb2JpbGVWMhABQE5JQ0UgbmV3IG1vYmlsZSB3aW5kb3cgKG5vdCBLQ1ApdOuCmOydtOyKpO2OmOydtCDsi6Dqt5wg66qo67CU7J28IOqysOygnOywvSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAwUcmVzdC1hZ2FpbiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAwKBAIABgjaAjJhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtLmFtb3VudC1mb3JtYXR0ZWQtc3RyaW5nHGFtb3VudC1taXNzaW5nJGFtb3VudC1ub3QtaW50ZWdlchphbW91bnQtb2JqZWN0FmFtb3VudC16ZXJvOmFwcC1jYXJkLXdpdGgtbm9uLWNhcmQtbWV0aG9kMmFwcC1zY2hlbWUtbWlzc2luZy1pbi1hcHAuYXBwLXNjaGVtZS1zYW1wbGUtdmFsdWUgYXV0aC1tb2RlLWtleS1pbhxiYXNlbGluZS1zdGFsZTZiaWxsaW5nLWFtb3VudC1kaXNwbGF5LW9ubHk0YmlsbGluZy1rZXktZXNjcm93LWlnbm9yZWQuYmlsbGluZy1wYXktbWV0aG9kLWNhcmQYYmlydGgtZm9ybWF0GmJpcnRoLW1pc3Npbmc2Ym9vbGVhbi1maWVsZHMtanNvbi1ib29sZWFuJGJ1eWVyLWVtYWlsLWZvcm1hdCBidXllci10ZWwtZm9ybWF0KmJ5cGFzcy1hcHAtZmxhZy12YWx1ZUJieXBhc3MtYXBwLWZsYWctd2l0aG91dC1rYi1kaXJlY3RMYnlwYXNzLWJhdGNoLWJpcnRoLWRheS1vdXRzaWRlLWJpbGxpbmc4YnlwYXNzLWJhdGNoLWJpcnRoLWRheS12YWx1ZTZieXBhc3MtY29tcGxleC1wbnQteW4tdmFsdWU4YnlwYXNzLWNvdXBvbi1hcHBseS15bi12YWx1ZTpieXBhc3MtY291cG9uLW5lZWRzLWFncmVlbWVudChieXBhc3Mtc2l0ZS1sb2dvLXVybDBieXBhc3Mtc2tpbi1pbmR4LW51bWVyaWMsYnlwYXNzLXNraW4taW5keC1yYW5nZSxjYXJkLWNvZGUtc2F2aW5ncy1iYW5rIGNhcmQtZGV0YWlsLWNvZGU2Y2FyZC1kZXRhaWwtbm90aGluZy1lbmFibGVkLGNhcmQtZGlyZWN0LWFuZC1kZXRhaWw2Y2FyZC1kaXJlY3QtYmFzZS1tb250aHMtb25lLmNhcmQtZGlyZWN0LWJpbGxpbmcta2V5IGNhcmQtZGlyZWN0LWNvZGVAY2FyZC1kaXJlY3QtaHl1bmRhaS1wb2ludC1vZmZzZXQ+Y2FyZC1kaXJlY3QtaW5zdGFsbG1lbnQtbWluaW11bTRjYXJkLWRpcmVjdC1ub3Qta2NwLWxpc3RlZDZjYXJkLWRpcmVjdC1wb2ludC1vZmZzZXQtODBKY2FyZC1kaXJlY3QtcG9pbnQtb2Zmc2V0LXVuZG9jdW1lbnRlZCxjYXJkLWRpcmVjdC1xdW90YS10eXBlTmNhcmQtbWVyY2hhbnQtaW50ZXJlc3QtZnJlZS11bnN1cHBvcnRlZCRjYXJkLW51bWJlci1sYXlvdXQkY2FyZC1udW1iZXItbGVuZ3RoIGNhcmQtbnVtYmVyLWx1aG4mY2FyZC1udW1iZXItbWlzc2luZ0hjYXJkLXF1b3RhLWJlbG93LWluc3RhbGxtZW50LW1pbmltdW0kY2FyZC1xdW90YS1pbnZhbGlkJGNoYW5uZWwta2V5LWFuZC1wZyRjaGFubmVsLWtleS1mb3JtYXQuY2hhbm5lbC1rZXktcGxhY2Vob2xkZXIeY2hhbm5lbC1taXNzaW5nRGNoZWNraW5nLWFtb3VudC1iZWxvdy1jYXJkLW1pbmltdW0uY2hlY2tpbmctYW1vdW50LWludmFsaWQwY29tcGFueS13aXRoLWNhcmQtZGlyZWN0OGNvbmZpcm0tdXJsLW5lZWRzLWFjdGl2YXRpb24sY3VycmVuY3ktY29kZS1zcGVsbGluZyxjdXJyZW5jeS1ub3Qtc3VwcG9ydGVkKmN1cnJlbmN5LXVzZC1ub24tY2FyZCxjdXN0b20tZGF0YS1ub3Qtc3RyaW5nLmN1c3RvbWVyLXVpZC1kb2Mtc2FtcGxlKGN1c3RvbWVyLXVpZC1pbi1ib2R5KGN1c3RvbWVyLXVpZC1taXNzaW5nTGN1c3RvbWVyLXVpZC1vbmV0aW1lLXNhdmVzLWJpbGxpbmcta2V5KmRpYWdub3N0aWNzLXRydW5jYXRlZEJkaXNwbGF5LXF1b3RhLWluc3RhbGxtZW50LW1pbmltdW02ZGlzcGxheS1xdW90YS1pbnRlZ2VyLWFycmF5LGRpc3BsYXktcXVvdGEtbWF4LW9ubHk8ZXNjcm93LXByb2R1Y3RzLXdpdGhvdXQtZXNjcm93NGVzY3Jvdy1wcm9kdWN0cy13cm9uZy1uYW1lLmVzY3Jvdy13aXRob3V0LXByb2R1Y3RzGmV4cGlyeS1mb3JtYXQcZXhwaXJ5LW1pc3NpbmcWZXhwaXJ5LXBhc3QgZmllbGQtZGVwcmVjYXRlZBRmaWVsZC1lbnVtGGZpZWxkLWZvcm1hdBZmaWVsZC1pdGVtcxhmaWVsZC1sZW5ndGgWZmllbGQtcmFuZ2UcZmllbGQtcmVxdWlyZWQUZmllbGQtdHlwZRpmaWVsZC11bmtub3duNGdpZnQtcmVxdWlyZXMtc2hvcC11c2VyLWlkEGpzb24tYm9tJGpzb24tZHVwbGljYXRlLWtleRRqc29uLWxpbWl0Fmpzb24tc3ludGF4PmtjcC1xdWljay1ieXBhc3Mtb24ta2NwLWNoYW5uZWwsa2NwLXF1aWNrLW91dC1vZi1zY29wZRhraW5kLXVua25vd24obWVyY2hhbnQtdWlkLWNoYXJzZXQubWVyY2hhbnQtdWlkLWRvYy1zYW1wbGU4bWVyY2hhbnQtdWlkLWlzLWN1c3RvbWVyLXVpZChtZXJjaGFudC11aWQtbWlzc2luZy5tZXJjaGFudC11aWQtbm90LXN0cmluZxhuYW1lLW1pc3NpbmcwbmFtZS1taXNzaW5nLXNkay1wYXltZW50Jm5hbWUtdG9vLW1hbnktYnl0ZXMebm90LWtjcC1nYXRld2F5IG5vdC1rY3AtcXVpY2twYXkmbm90LXBvcnRvbmUtcmVxdWVzdCZub3RpY2UtdXJsLWFic29sdXRlIHBheS1tZXRob2QtYWxpYXMwcGF5LW1ldGhvZC1hbGlhcy1icm9hZGVyNnBheS1tZXRob2QtY29uZmxpY3RpbmctZG9jcyRwYXktbWV0aG9kLW1pc3NpbmckcGF5LW1ldGhvZC1ub3Qta2NwKHBheS1tZXRob2Qtcm9ja2V0cGF5GnBheWxvYWQtc2hhcGU8cGctYmlsbGluZy1jaGFubmVsLWZvci1wYXltZW50EnBnLWZvcm1hdCZwZy1taXNzcGVsdC1nYXRld2F5RHBnLXBheW1lbnQtY2hhbm5lbC1mb3ItYmlsbGluZy1rZXkccGctcGxhY2Vob2xkZXI+cGctc2l0ZS1jb2RlLWZyb20tb3RoZXItZ2F0ZXdheSRwZy1zaXRlLWNvZGUtc2hhcGUycGhvbmUtcHJlZmlsbC1kaWdpdHMtb25seTZwaG9uZS1wcmVmaWxsLW1vYmlsZS1udW1iZXIycGhvbmUtcmVxdWlyZXMtYnV5ZXItbmFtZSxwaG9uZS1yZXF1aXJlcy1kaWdpdGFsNnBob25lLXJlcXVpcmVzLXNob3AtdXNlci1pZDZwb2ludC1yZXF1aXJlcy1tZW1jb3JwLWNvZGUkcG9ydG9uZS12Mi1yZXF1ZXN0JnByb21vdGlvbi1pZC1wcmVmaXgicHdkLTJkaWdpdC1mb3JtYXQkcHdkLTJkaWdpdC1taXNzaW5nNHB3ZC0yZGlnaXQtbWlzc2luZy1vbmV0aW1lOHJlZGlyZWN0LXVybC1kb2MtcGxhY2Vob2xkZXIocmVkaXJlY3QtdXJsLW1pc3Npbmc2cmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBwLHJlc3QtYnlwYXNzLW5vdC1zdHJpbmcwcmVzdC1jaGFubmVsLWtleS1taXNzaW5nMHJlc3QtY2hhbm5lbC1rZXktb25ldGltZSxyZXN0LWZpZWxkLW5vdC1mb3Ita2NwKnJlc3Qtbm90aWNlLXVybC1hcnJheThyZXN0LW5vdGljZS11cmwtbm90LWFic29sdXRlHHJlc3QtcGctZm9ybWF0JnJlc3QtcGcta2NwLWJpbGxpbmcmc2NoZWR1bGUtYXQtbWlzc2luZzhzY2hlZHVsZS1hdC1ub3QtdW5peC1zZWNvbmRzIHNjaGVkdWxlLWF0LXBhc3Q+c2NoZWR1bGUtY2FyZC1maWVsZHMtaW5jb21wbGV0ZRpzY2hlZHVsZS1mbGF0KHNjaGVkdWxlcy1hZ2Fpbi1ib2R5MHNjaGVkdWxlcy1hbW91bnQtbWlzc2luZzRzY2hlZHVsZXMtY3VycmVuY3ktbWlzc2luZyJzY2hlZHVsZXMtaW1wLXVpZEBzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLWR1cGxpY2F0ZTxzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLW1pc3Npbmcsc2NoZWR1bGVzLW5hbWUtbWlzc2luZyxzZGstYnV5ZXItZmllbGQtbGVuZ3RoKnNkay1idXllci10ZWwtbWlzc2luZxxzZGstbmFtZS1ieXRlcx5zZGstbmFtZS1sZW5ndGgyc2RrLXBhcmFtcy1pZ25vcmVkLWJ5LWtjcCRzZWNyZXQtY2FyZC1udW1iZXIic2VjcmV0LWNyZWRlbnRpYWwmc3VwcHJlc3Npb24tZXhwaXJlZCRzdXBwcmVzc2lvbi11bnVzZWQ2dGF4LWZyZWUtbmVlZHMta2NwLWNvbnRyYWN0KnRheC1mcmVlLW91dC1vZi1yYW5nZSx0ZXN0LXNpdGUtYW1vdW50LXJhbmdlHnVybC1wbGFjZWhvbGRlcjR1cmwtdW5yZWFjaGFibGUtYnktcG9ydG9uZTB2YXQtYW1vdW50LW5vdC1zdXBwb3J0ZWQcdmF0LWRlcHJlY2F0ZWQgdmJhbmstYnV5ZXItbmFtZSB2YmFuay1kdWUtZm9ybWF0JHZiYW5rLWR1ZS1rY3AtZm9ybSJ2YmFuay1kdWUtbWlzc2luZxx2YmFuay1kdWUtcGFzdNoC+gHyAe4B9gH0AfgBpAHEAcoB0gEkWlxYvAK+AnSKAowCvAG+AboBuAG2AawBrgG0AbABsgGaAZwBngGWAZABogGGAYoBkgGYAYwBjgGIAaABsgKwArQCrgKWApgCODw6NtYC1AKUAdABhgKEAogCoALoAeoB5gHsAR6EAYABggGmAaoBqAG4ArYCugIcEBIYFBYaDgxwBAIGADQyCt4B4AHkAdgB3AGQApQCjgIqMCzMAU5QUlZMVAhAREZCPkpIbmxmamhyLqICwALCAsQCyAHAAcIBmgKqAqwCpAKeApwCqAKmAswCzgLQAsYCyALKAvAB0gLYAuIB2gGSAmBeZGLUASYoIiD+AfwB1gHGAc4BgAKCAn52eHx6zgEMYW1vdW50DmFwcENhcmQQYXBwX2ZsYWcUYXBwX3NjaGVtZRxhcHBsaWNhdGlvbl9pZBJhdXRoX21vZGUkYmF0Y2hfYmlydGhfZGF5X3luIGJpbGxpbmdLZXlNZXRob2QKYmlydGgOYml6X251bRRidXllcl9hZGRyFmJ1eWVyX2VtYWlsFGJ1eWVyX25hbWUcYnV5ZXJfcG9zdGNvZGUSYnV5ZXJfdGVsDGJ5cGFzcwhjYXJkEmNhcmRfY29kZRZjYXJkX251bWJlchRjYXJkX3F1b3RhImNhc2hfcmVjZWlwdF90eXBlFGNoYW5uZWxLZXkgY2hhbm5lbF9ncm91cF9pZBZjaGFubmVsX2tleR5jaGVja2luZ19hbW91bnQIY29kZQ5jb21wYW55HGNvbXBsZXhfcG50X3luFmNvbmZpcm1fdXJsHmNvdXBvbl9hcHBseV95bhBjdXJyZW5jeRZjdXN0b21fZGF0YRxjdXN0b21lcl9lbWFpbBZjdXN0b21lcl9pZBpjdXN0b21lcl9uYW1lGGN1c3RvbWVyX3RlbBhjdXN0b21lcl91aWQGY3ZjDGRldGFpbA5kaWdpdGFsDGRpcmVjdA5kaXNwbGF5DmVuYWJsZWQMZXNjcm93HGVzY3Jvd1Byb2R1Y3RzDGV4cGlyeQpleHRyYSxpZGVudGl0eVZlcmlmaWNhdGlvbklkDmltcF91aWQyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudA5pc3N1ZUlkFmtjcFByb2R1Y3RzEGtjcFF1aWNrEGxhbmd1YWdlHG1fcmVkaXJlY3RfdXJsEm1heF9tb250aBhtZXJjaGFudF91aWQIbmFtZR5uYXZlckFjdGlvblR5cGUYbmF2ZXJDaGFpbklkJm5hdmVyQ3VsdHVyZUJlbmVmaXQcbmF2ZXJJbnRlcmZhY2UobmF2ZXJNZXJjaGFudFVzZXJLZXkcbmF2ZXJQb3B1cE1vZGUgbmF2ZXJQcm9kdWN0Q29kZRpuYXZlclByb2R1Y3RzLG5hdmVyUHVyY2hhc2VyQmlydGhkYXkkbmF2ZXJQdXJjaGFzZXJOYW1lFm5hdmVyVXNlQ2ZtGG5pY2VNb2JpbGVWMhRub3RpY2VfdXJsEm9yZGVyTmFtZRBvcmRlcl9pZBJwYXlNZXRob2QUcGF5X21ldGhvZBJwYXltZW50SWQMcGVyaW9kBHBnFnBob25lTnVtYmVyCnBvcHVwDnByZWZpbGwKcHJpY2UYcHJvZHVjdF90eXBlEHByb2R1Y3RzGHByb21vdGlvbl9pZBpwdF9tZW1jb3JwX2NkFHB3ZF8yZGlnaXQKcXVvdGEWc2NoZWR1bGVfYXQSc2NoZWR1bGVzJnNlY3VyZV8zZF9jaGFyZ2VfaWQec2VjdXJlXzNkX3Rva2VuGHNob3BfdXNlcl9pZBJzaXRlX2xvZ28Sc2tpbl9pbmR4DnN0b3JlSWQQdGF4X2ZyZWUWdG90YWxBbW91bnQudXNlRnJlZUludGVyZXN0RnJvbU1hbGwcdXNlX2NhcmRfcG9pbnQGdmF0FHZhdF9hbW91bnQSdmJhbmtfZHVlzgEMIoYBHDgyhAFIyAGKAVhWVFpSTiB0CGq2ARjEAcIBygFwLIIBNHxsrAEUvgEQEgS4AWYwbh5oJHrGAcABTMwBsAFKJlAqGnYKXJoBngGWAZwBoAGSAZgBlAGkAaIBkAGOAYgBQjpGBkCMARZgNig8tAF4rgFiDnICALoBvAFegAF+PqYBRGSyAaoBqAEu"
}
