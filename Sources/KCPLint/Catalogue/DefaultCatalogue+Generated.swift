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
    detect:
      present: schedules

  - id: rest-onetime
    title: {en: "POST /subscribe/payments/onetime", ko: "POST /subscribe/payments/onetime (수기 결제)"}
    endpoint: POST /subscribe/payments/onetime
    detect:
      all:
        - present: card_number
        - any: [{present: merchant_uid}, {present: amount}]

  - id: rest-billing-key
    title: {en: "POST /subscribe/customers/{customer_uid}", ko: "POST /subscribe/customers/{customer_uid} (빌링키 발급)"}
    endpoint: POST /subscribe/customers/{customer_uid}
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
    detect:
      all:
        - present: customer_uid
        - any: &sdk-markers
            - {present: channelKey}
            - {present: pg}
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
            - {path: bypass, type: object}
            - {path: custom_data, type: [object, array]}

  - id: sdk-payment
    title: {en: "IMP.request_pay for a payment", ko: "IMP.request_pay 일반 결제"}
    endpoint: IMP.request_pay(param)
    detect:
      all:
        - absent: customer_uid
        - absent: card_number
        - any:
            - any: *sdk-markers
            - present: merchant_uid
            - present: amount

  - id: rest-again
    title: {en: "POST /subscribe/payments/again", ko: "POST /subscribe/payments/again (빌링키 결제)"}
    endpoint: POST /subscribe/payments/again
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
      ko: "`{field}`은(는) {expected}이어야 하는데 {actual}입니다"
    rationale: >-
      PortOne documents a type for every parameter; a string where a number or boolean belongs
      (`"amount": "10,000"`, `"escrow": "false"`) is either rejected or read the wrong way.
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
      ko: "`{field}`은(는) {expected} 형식이어야 하는데 {value}입니다"
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
      ko: "`{field}`은(는) {expected}이어야 하는데 {actual}입니다"
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
      ko: "`{field}`은(는) {expected}이어야 하는데 {value}입니다"
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
      ko: "`{field}`에는 {expected}이 있어야 하는데 {actual}입니다"
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
      ko: "`{field}`은(는) 지원 중단 예정입니다: {expected}"
    rationale: PortOne marks the member as deprecated and names its replacement.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"pg": "kcp.AO09C", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
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

  - id: secret-card-number
    builtin: true
    title: {en: "A real card number in the payload", ko: "페이로드에 실제 카드 번호가 있음"}
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
    ]
}
