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
    rationale:
      en: >-
        PortOne parses request bodies as JSON and the SDK receives a JavaScript object; a payload file
        that is not RFC 8259 JSON (comments, trailing commas, single quotes, invalid UTF-8) cannot be
        what is sent.
      ko: >-
        포트원은 요청 본문을 JSON으로 파싱하고 SDK는 JavaScript 객체를 받습니다. RFC 8259 JSON이
        아닌 페이로드 파일(주석, 끝에 붙은 쉼표, 작은따옴표, 잘못된 UTF-8)은 실제로 전송되는 내용일
        수 없습니다.
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
    rationale:
      en: >-
        JSON parsers disagree on duplicate keys (some keep the first value, some the last), so a payment
        body with `amount` twice is ambiguous. kcplint reports the second key and checks the first value.
      ko: >-
        중복 키를 처리하는 방식은 JSON 파서마다 다르므로(첫 번째 값을 쓰는 파서도, 마지막 값을 쓰는
        파서도 있습니다) `amount`가 두 번 들어 있는 결제 요청 본문은 뜻이 모호합니다. kcplint는 두
        번째 키를 보고하고 첫 번째 값을 검사합니다.
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
    rationale:
      en: >-
        RFC 8259 forbids a byte-order mark in JSON sent over a network; some HTTP clients send it as part
        of the body. The rest of the document is still checked.
      ko: >-
        RFC 8259는 네트워크로 전송하는 JSON에 BOM(byte-order mark)을 넣는 것을 금지하지만, 일부 HTTP
        클라이언트는 BOM을 본문의 일부로 전송합니다. BOM 뒤의 나머지 내용은 그대로 검사합니다.
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
    rationale:
      en: >-
        Request bodies are small; a file larger than the size limit or nested deeper than the depth
        limit is not a payment request, and reading it without bounds would put the tool (or a service
        using the library) at risk.
      ko: >-
        요청 본문은 크기가 작습니다. 크기 한도보다 크거나 깊이 한도보다 깊게 중첩된 파일은 결제
        요청이 아니며, 이런 파일을 제한 없이 읽으면 도구(또는 이 라이브러리를 쓰는 서비스)를 위험에
        빠뜨리게 됩니다.
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
    rationale:
      en: >-
        IMP.request_pay takes one object and every REST body is a JSON object. A payload file may also
        hold an array of request objects, each checked on its own.
      ko: >-
        IMP.request_pay는 객체 하나를 받고, REST 요청 본문은 모두 JSON 객체입니다. 페이로드 파일에는
        요청 객체의 배열을 넣을 수도 있으며, 이때 각 객체를 따로 검사합니다.
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
    rationale:
      en: >-
        Which constraints apply depends on the call (IMP.request_pay or one of four REST endpoints). When
        no kind's detection holds, kcplint says so instead of guessing; pass --kind to choose.
      ko: >-
        어떤 제약이 적용되는지는 호출(IMP.request_pay 또는 네 가지 REST 엔드포인트 중 하나)에 따라
        다릅니다. 어느 요청 종류의 판별 조건도 맞지 않으면 kcplint는 추측하지 않고 판별할 수 없다고
        알립니다. --kind로 종류를 지정하세요.
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
    rationale:
      en: >-
        PortOne ignores parameters it does not know, so a misspelled key (`merchantUid`,
        `buyer_postalcode`) silently drops the value. The suggestion comes from the field dictionary.
      ko: >-
        포트원은 알지 못하는 파라미터를 무시하므로, 철자가 틀린 키(`merchantUid`,
        `buyer_postalcode`)의 값은 아무 알림 없이 버려집니다. 제안하는 이름은 필드 사전에서
        가져옵니다.
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
    rationale:
      en: >-
        PortOne documents a type for every parameter; a string where a number or boolean belongs
        (`"amount": "10,000"`, `"escrow": "false"`) is either rejected or read the wrong way. When the
        string converts plainly (`"3000"`, `"false"`), the finding offers the converted value as a fix.
      ko: >-
        포트원 문서는 모든 파라미터의 타입을 정해 두었습니다. 숫자나 boolean이 들어갈 자리의
        문자열(`"amount": "10,000"`, `"escrow": "false"`)은 거절되거나 잘못 해석됩니다. 문자열이
        그대로 변환되는 경우(`"3000"`, `"false"`)에는 진단이 변환한 값을 수정안으로 제시합니다.
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
    rationale:
      en: >-
        The parameter takes only the documented values.
      ko: >-
        이 파라미터에는 문서에 정해진 값만 쓸 수 있습니다.
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
    rationale:
      en: >-
        The parameter has a documented format (URL, date, card expiry, digits).
      ko: >-
        이 파라미터에는 문서에 정해진 형식(URL, 날짜, 카드 유효기간, 숫자)이 있습니다.
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
    rationale:
      en: >-
        PortOne's v1 API schema limits the length of identifiers and buyer fields.
      ko: >-
        포트원 v1 API 스키마는 식별자와 구매자 정보 파라미터의 길이를 제한합니다.
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
    rationale:
      en: >-
        The parameter has a documented numeric range.
      ko: >-
        이 파라미터에는 문서에 정해진 숫자 범위가 있습니다.
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
    rationale:
      en: >-
        The array has a documented number of items.
      ko: >-
        이 배열에는 문서에 정해진 항목 수가 있습니다.
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
    rationale:
      en: >-
        The member is documented as required wherever its parent object is sent.
      ko: >-
        문서상 이 멤버는 상위 객체를 보내는 곳이면 어디서나 필수입니다.
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
    rationale:
      en: >-
        PortOne marks the member as deprecated and names its replacement.
      ko: >-
        포트원이 이 멤버를 지원 중단 예정(deprecated)으로 표시하고 대신 쓸 항목을 안내합니다.
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
    rationale:
      en: >-
        After the per-file limit kcplint stops listing diagnostics for the file and says how many were
        left out, so one broken file cannot flood a CI log.
      ko: >-
        파일당 한도에 이르면 kcplint는 그 파일의 진단을 더 나열하지 않고 생략한 개수를 알려 줍니다.
        망가진 파일 하나가 CI 로그를 뒤덮지 않게 하기 위해서입니다.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: suppression-unused
    builtin: true
    title: {en: "A suppression that matches no finding", ko: "걸리는 진단이 없는 억제 설정"}
    severity: warning
    rationale:
      en: >-
        Reported at a `suppress` entry of `.kcplint.yml` that names a file the run checked, when no finding of
        its rules was dropped there: the problem was fixed or the target moved, and a stale suppression would
        silently hide the next real finding at that place. Entries that name no checked file say nothing, so
        a pre-commit run over a few files does not call the others unused. Not about payloads: no payload
        example draws it (the CLI tests do).
      ko: >-
        `.kcplint.yml`의 `suppress` 항목이 이번 실행에서 검사한 파일을 지정하는데 그 파일에서 이
        항목의 규칙으로 억제된 진단이 하나도 없으면 그 항목에 보고합니다. 문제가 고쳐졌거나 대상이
        옮겨진 것이며, 낡은 억제 설정은 그 자리에서 나올 다음 실제 진단을 아무 알림 없이 가리게
        됩니다. 검사한 파일을 지정하지 않은 항목에는 보고하지 않으므로, 파일 몇 개만 검사하는
        pre-commit 실행에서 나머지 항목을 사용되지 않는다고 보고하지 않습니다. 페이로드에 관한
        규칙이 아니므로 이 규칙을 일으키는 페이로드 예시는 없습니다(CLI 테스트에는 있습니다).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: suppression-expired
    builtin: true
    title: {en: "A suppression past its `until` day", ko: "`until` 날짜가 지난 억제 설정"}
    severity: warning
    rationale:
      en: >-
        Reported at the `until` of a `suppress` entry once the day has passed (in Korea time, or at `--now`):
        the findings it covered are reported again, and the entry should be removed once they are fixed, or
        given a new day. Not about payloads: no payload example draws it (the CLI tests do).
      ko: >-
        `suppress` 항목의 `until` 날짜가 지나면(한국 시간 기준, 또는 `--now`로 지정한 시각 기준) 그
        `until`에 보고합니다. 이 항목이 가리던 진단은 다시 보고되며, 진단을 고치면 항목을 삭제하고
        그렇지 않으면 새 날짜를 지정해야 합니다. 페이로드에 관한 규칙이 아니므로 이 규칙을 일으키는
        페이로드 예시는 없습니다(CLI 테스트에는 있습니다).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: baseline-stale
    builtin: true
    title: {en: "A baseline entry no finding matches", ko: "진단이 나오지 않는 기준선 항목"}
    severity: info
    rationale:
      en: >-
        Reported at the line of a baseline entry whose file was checked but had fewer findings of that rule at
        that pointer than the entry holds: the problem was fixed (or suppressed, or its rule turned off), and
        `--write-baseline` shrinks the baseline so that the problem cannot come back unnoticed. Not about
        payloads: no payload example draws it (the CLI tests do).
      ko: >-
        기준선 항목의 파일을 검사했는데 그 포인터에서 나온 해당 규칙의 진단이 항목에 기록된 개수보다
        적으면 그 기준선 항목의 줄에 보고합니다. 문제가 고쳐진(또는 억제되었거나 규칙이 꺼진)
        것이며, `--write-baseline`으로 기준선을 줄이면 그 문제가 모르는 사이에 다시 생길 수
        없습니다. 페이로드에 관한 규칙이 아니므로 이 규칙을 일으키는 페이로드 예시는 없습니다(CLI
        테스트에는 있습니다).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: secret-card-number
    builtin: true
    title: {en: "A real card number in the payload", ko: "페이로드에 실제 카드번호가 있음"}
    severity: warning
    rationale:
      en: >-
        Payload files end up in repositories, CI logs and tickets. A 13-19 digit string with a card-network
        prefix that passes the Luhn check is very likely a real card number (published test card numbers
        such as 4111-1111-1111-1111 are excepted). kcplint reports where it is without printing it, and
        masks it everywhere it prints payload text.
      ko: >-
        페이로드 파일은 결국 저장소, CI 로그, 이슈 티켓에 남게 됩니다. 카드 브랜드의 번호 대역으로
        시작하고 Luhn 검사를 통과하는 13~19자리 숫자열은 실제 카드번호일 가능성이 매우
        높습니다(4111-1111-1111-1111처럼 공개된 테스트 카드번호는 제외합니다). kcplint는 번호를
        출력하지 않고 위치만 보고하며, 페이로드 내용을 출력하는 모든 곳에서 번호를 가립니다.
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
    rationale:
      en: >-
        The REST API key and secret (`imp_key`, `imp_secret`) and access tokens belong in the server's
        secret store, not in request bodies or committed payload files. kcplint reports the member without
        printing its value.
      ko: >-
        REST API 키와 시크릿(`imp_key`, `imp_secret`), 액세스 토큰은 요청 본문이나 커밋된 페이로드
        파일이 아니라 서버의 비밀 저장소에 두어야 합니다. kcplint는 값을 출력하지 않고 해당 멤버만
        보고합니다.
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
# store ids after `kcp.`, seen in public merchant code), pg-site-code-unset (`kcp.undefined`, a site
# code from an unset variable, seen in public merchant code), app-card-with-non-card-method (info),
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
    rationale:
      en: >-
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
      ko: >-
        `pg` 값은 `{provider}` 또는 `{provider}.{store id}` 형식이며, KCP의 PG사 코드는
        `kcp`(결제창, 키인 결제, REST API)와 `kcp_billing`(빌링키 발급 결제창)입니다. 그 밖의
        PG사(`html5_inicis`, `nice_v2`, `tosspayments` 등)는 다른 규칙을 따르므로, KCP 규칙 모음으로
        검사하면 잘못된 진단만 쏟아집니다. 대신 페이로드를 검사하지 않은 이유를 경고 하나로
        알립니다. 다른 PG사로 판단하는 것은 포트원 PG사 코드표에 있는 PG사뿐입니다(`html5_inicis`,
        `tosspayments`, `toss_brandpay`, `nice_v2` 등, 구 매뉴얼의 `kakao`, `jtnet`, `syrup`,
        `bluewalnut`, `alipay`, 그리고 포트원 서버 SDK의 나머지 PG사). `pg`를 잘못
        입력했거나(`kcp `, `kcpp`, `nhnkcp`) `pay_method` 값을 넣은 경우(`vbank`)에는 `pg`가 어떤
        PG사도 가리키지 않습니다. 이때 포트원은 콘솔의 기본 채널(대개 고객사의 KCP 채널)을 대신
        사용하므로, 페이로드를 KCP로 검사하고 pg-format이 이 값을 보고합니다. `kcp_quick`은
        not-kcp-quickpay가 처리합니다.
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
    rationale:
      en: >-
        Bootpay's browser SDK also takes `pg: 'kcp'`, so its request objects turn up in searches for
        KCP payments and get checked by mistake. They name the order `order_id` and the amount
        `price`, and carry the merchant's Bootpay `application_id`, none of which PortOne's
        `request_pay` has. Checked as PortOne, such a payload draws a flood of findings (`merchant_uid`
        and `amount` missing, every member unknown); one warning says what it is instead.
      ko: >-
        부트페이의 브라우저 SDK도 `pg: 'kcp'`를 받기 때문에, 부트페이 요청 객체가 KCP 결제 코드를
        찾는 검색에 함께 걸려 잘못 검사되곤 합니다. 부트페이 요청은 주문번호를 `order_id`, 금액을
        `price`라고 부르고 고객사의 부트페이 `application_id`를 담는데, 이 중 어느 것도 포트원
        `request_pay`에는 없습니다. 이런 페이로드를 포트원 요청으로 검사하면 진단이
        쏟아지므로(`merchant_uid`와 `amount` 누락, 모든 멤버가 알 수 없는 파라미터), 대신 어떤
        요청인지 경고 하나로 알립니다.
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
    rationale:
      en: >-
        PortOne's V2 browser SDK takes `storeId`, `channelKey`, `paymentId`, `orderName`,
        `totalAmount`, `currency` (`CURRENCY_KRW`) and `payMethod` (`CARD`), and issues billing keys
        with `billingKeyMethod`; none of these but `channelKey` is a v1 parameter. Checked as v1, a V2
        request draws a flood of findings (`merchant_uid` and `amount` missing, every member unknown,
        a currency KCP does not settle); one warning says what it is instead. V2 requests need a V2
        linter.
      ko: >-
        포트원 V2 브라우저 SDK는 `storeId`, `channelKey`, `paymentId`, `orderName`, `totalAmount`,
        `currency`(`CURRENCY_KRW`), `payMethod`(`CARD`)를 받고, 빌링키는 `billingKeyMethod`로
        발급합니다. 이 중 `channelKey` 말고는 v1 파라미터가 아닙니다. V2 요청을 v1으로 검사하면
        진단이 쏟아지므로(`merchant_uid`와 `amount` 누락, 모든 멤버가 알 수 없는 파라미터, KCP가
        정산하지 않는 통화), 대신 어떤 요청인지 경고 하나로 알립니다. V2 요청은 V2용 린터로 검사해야
        합니다.
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
    rationale:
      en: >-
        KCP QuickPay is a separate PortOne channel type (`kcp_quick`) with its own parameters
        (`bypass.kcpQuick`, action types, encrypted CI) and its own page; the constraints of the KCP
        payment and billing windows do not apply to it.
      ko: >-
        KCP 퀵페이는 별도의 포트원 채널 유형(`kcp_quick`)으로, 고유한 파라미터(`bypass.kcpQuick`,
        액션 유형, 암호화된 CI)와 별도의 연동 문서가 있습니다. KCP 일반결제 결제창과 빌링키 발급
        결제창의 제약은 퀵페이에 적용되지 않습니다.
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
    rationale:
      en: >-
        With `channelKey` the channel type cannot be seen in the payload, but `bypass.kcpQuick` is
        documented only for KCP QuickPay (`kcp_quick`) channels, whose requests follow their own page
        (action types without `amount`, `customer_uid` per registered card). Checking them against the
        KCP payment or billing-key rules would raise false alarms on correct QuickPay calls, so the
        payload is skipped with an info (not a warning: it may follow the QuickPay docs exactly).
      ko: >-
        `channelKey`를 사용하면 페이로드만으로는 채널 유형을 알 수 없지만, `bypass.kcpQuick`은 KCP
        퀵페이(`kcp_quick`) 채널에서만 문서화되어 있으며 퀵페이 요청은 별도의 연동 문서를
        따릅니다(`amount` 없는 액션 유형, 등록한 카드마다 `customer_uid`). 이런 요청을 KCP
        일반결제나 빌링키 발급 규칙으로 검사하면 올바른 퀵페이 호출에 오탐이 생기므로, 정보 수준의
        진단 하나만 남기고 페이로드를 검사하지 않습니다(퀵페이 문서를 정확히 따른 요청일 수 있으므로
        경고가 아닙니다).
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
    rationale:
      en: >-
        `bypass.kcpQuick` is documented only on the KCP QuickPay page, whose channel code is
        `kcp_quick`. A payload that names a `kcp` or `kcp_billing` channel and also sends it mixes two
        products: either the channel or the parameter is wrong.
      ko: >-
        `bypass.kcpQuick`은 채널 코드가 `kcp_quick`인 KCP 퀵페이 연동 문서에만 나옵니다. `kcp` 또는
        `kcp_billing` 채널을 지정하면서 이 파라미터도 보내는 페이로드는 서로 다른 두 상품을 섞은
        것이므로, 채널과 파라미터 중 하나가 잘못되었습니다.
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
    rationale:
      en: >-
        The KCP page makes `channelKey` the way to pick the KCP channel (`pg` is its deprecated
        alternative). Without either, the default PG set in the console is used; with more than one
        channel configured that may silently be a different gateway, and for a billing key it must be
        a `kcp_billing` channel.
      ko: >-
        KCP 연동 문서는 KCP 채널을 `channelKey`로 지정하도록 안내합니다(`pg`는 지원 중단 예정인
        대안입니다). 둘 다 없으면 콘솔에 설정된 기본 PG사가 사용되는데, 채널이 둘 이상 설정되어
        있으면 아무 알림 없이 다른 PG사로 결제가 요청될 수 있으며, 빌링키 발급이라면 이 기본 채널이
        `kcp_billing` 채널이어야 합니다.
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
    rationale:
      en: >-
        The KCP page presents `channelKey` as the replacement of the deprecated `pg`; what happens
        when both are sent (and disagree) is not documented anywhere, so the channel actually used is
        unpredictable.
      ko: >-
        KCP 연동 문서는 `channelKey`를 지원 중단 예정인 `pg`를 대체하는 파라미터로 소개합니다. 두
        값을 함께 보낼 때(그리고 두 값이 서로 다를 때) 어떻게 되는지는 어디에도 문서화되어 있지
        않으므로, 실제로 어느 채널이 사용될지 예측할 수 없습니다.
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
    rationale:
      en: >-
        Every SDK example on the KCP page sends `channelKey: "{콘솔 내 연동 정보의 채널키}"`. Sent as is,
        PortOne finds no channel and the window never opens. Braces, angle brackets, the Korean word
        for channel key, or "your channel key" never occur in a real key (`channel-key-` followed by a
        UUID).
      ko: >-
        KCP 연동 문서의 SDK 예제는 모두 `channelKey: "{콘솔 내 연동 정보의 채널키}"`를 보냅니다. 이
        값을 그대로 보내면 포트원이 채널을 찾지 못해 결제창이 열리지 않습니다. 중괄호, 꺾쇠괄호,
        '채널키'라는 한글 단어, "your channel key"는 실제 채널키(`channel-key-` 뒤에 UUID)에는
        나오지 않습니다.
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
    rationale:
      en: >-
        Channel keys issued by the console have the form `channel-key-<UUID>` (as in PortOne's own
        playground). A different shape usually means another identifier was pasted (the merchant code
        `imp...`, a store id or a site code) or whitespace was copied along. The format is not
        specified in the docs, so this is a warning; a placeholder is reported by
        channel-key-placeholder instead.
      ko: >-
        콘솔에서 발급한 채널키는 `channel-key-<UUID>` 형식입니다(포트원 플레이그라운드의 채널키도
        같은 형식입니다). 형식이 다르면 대개 다른 식별자(고객사 식별코드 `imp...`, 상점아이디,
        사이트코드)를 붙여 넣었거나 공백이 함께 복사된 것입니다. 이 형식은 문서에 명시되어 있지
        않으므로 경고로 보고하며, 예시 값은 channel-key-placeholder가 대신 보고합니다.
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
    rationale:
      en: >-
        The KCP page describes the value as `kcp.{mid(사이트코드)}` and `kcp_billing.{mid(사이트코드)}`;
        copied literally, no channel matches and PortOne falls back to the console's default channel.
      ko: >-
        KCP 연동 문서는 이 값을 `kcp.{mid(사이트코드)}`와 `kcp_billing.{mid(사이트코드)}`로
        표기합니다. 이를 글자 그대로 복사하면 일치하는 채널이 없어, 포트원은 콘솔의 기본 채널을 대신
        사용합니다.
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
    rationale:
      en: >-
        The KCP page uses `kcp.{site code}` for the payment window and `kcp_billing.{site code}` for
        the billing-key window, and the `kcp_billing` channel only issues billing keys (it cannot charge
        while issuing). PortOne's React Native and Flutter wrappers refuse `kcp_billing` without
        `customer_uid` for the same reason.
      ko: >-
        KCP 연동 문서는 일반결제 결제창에 `kcp.{site code}`, 빌링키 발급 결제창에
        `kcp_billing.{site code}`를 사용하며, `kcp_billing` 채널은 빌링키 발급만 합니다(발급하면서
        결제를 승인할 수 없습니다). 포트원 React Native·Flutter 모듈도 같은 이유로 `customer_uid`가
        없는 `kcp_billing` 요청을 거부합니다.
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
    rationale:
      en: >-
        PortOne's billing-key rules: the `kcp_billing` channel issues billing keys through the window;
        the `kcp` channel issues them only through the API (`/subscribe/customers`, `/onetime`). The
        KCP page's billing section uses `kcp_billing.{site code}`.
      ko: >-
        포트원의 빌링키 발급 규칙에 따르면 `kcp_billing` 채널은 결제창으로 빌링키를 발급하고, `kcp`
        채널은 API(`/subscribe/customers`, `/onetime`)로만 빌링키를 발급합니다. KCP 연동 문서의
        빌링키 발급 항목도 `kcp_billing.{site code}`를 사용합니다.
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
    rationale:
      en: >-
        The KCP page documents `kcp.{site code}` and `kcp_billing.{site code}`; PortOne's code list
        spells the providers in lower case, and a `pg` that matches no channel silently falls back to
        the console's default channel. Swapped channel types and `{...}` placeholders have their own
        rules.
      ko: >-
        KCP 연동 문서는 `kcp.{site code}`와 `kcp_billing.{site code}` 형식을 안내하고, 포트원 PG사
        코드표는 PG사 코드를 소문자로 표기합니다. 어떤 채널과도 일치하지 않는 `pg`는 아무 알림 없이
        콘솔의 기본 채널로 대체됩니다. 채널 유형을 서로 바꿔 쓴 경우와 `{...}` 예시 표기는 별도의
        규칙이 보고합니다.
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
    rationale:
      en: >-
        A `pg` value is `{provider}` or `{provider}.{store id}` from PortOne's PG code list, and a value
        that matches no channel falls back to the console's default channel. A value that holds another
        gateway's name but is not its code (`html5_nicepay`, `inicis_html5`, `toss_payments`) was meant for
        that gateway, so telling its author to write `kcp.{site code}` (pg-format's advice) would be
        wrong; the payload is still checked as KCP, because the fallback channel may be the merchant's
        KCP one. Exact codes of other gateways are not-kcp-gateway's.
      ko: >-
        `pg` 값은 포트원 PG사 코드표의 `{provider}` 또는 `{provider}.{store id}`이며, 어떤 채널과도
        일치하지 않는 값은 콘솔의 기본 채널로 대체됩니다. 다른 PG사의 이름을 담고 있지만 그 PG사의
        코드가 아닌 값(`html5_nicepay`, `inicis_html5`, `toss_payments`)은 그 PG사를 의도한
        것이므로, 작성자에게 `kcp.{site code}`를 쓰라고 안내하는 것(pg-format의 안내)은 잘못입니다.
        대체되는 기본 채널이 고객사의 KCP 채널일 수 있으므로 페이로드는 그래도 KCP로 검사합니다.
        다른 PG사의 정확한 코드는 not-kcp-gateway가 처리합니다.
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
        # An unset variable's spelling is pg-site-code-unset's.
        - not: {path: pg, matches: '(?i)^kcp(_billing)?\.(undefined|null|none|nil|nan)$'}
    assert:
      path: pg
      pattern: '^kcp(_billing)?\.[A-Z0-9]{5}$'
    message:
      en: "the site code in `pg` {value} is not 5 upper-case letters or digits like `T0000` or `AO09C`: check it against the KCP site code in the console"
      ko: "`pg` 값 {value}의 사이트코드가 `T0000`, `AO09C`처럼 영문 대문자·숫자 5자리가 아닙니다. 콘솔에 등록된 KCP 사이트코드와 같은지 확인하세요"
    rationale:
      en: >-
        KCP site codes seen in PortOne's docs and playground are five upper-case alphanumerics (the
        public test code `T0000`, `AO09C`). The format itself is not specified, so a different shape is
        only worth a look (info), e.g. a lower-cased code or a group id pasted instead.
      ko: >-
        포트원 문서와 플레이그라운드에 나오는 KCP 사이트코드는 영문 대문자·숫자 5자리입니다(공용
        테스트 코드 `T0000`, `AO09C`). 형식 자체는 명시되어 있지 않으므로, 형식이 다른 값은 한번
        확인해 볼 만한 정도(정보)입니다. 소문자로 바뀐 코드나 사이트코드 대신 붙여 넣은 그룹
        아이디가 그런 예입니다.
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
    rationale:
      en: >-
        `INIpayTest`, `INIBillTst` and `iamport00m` are the test store ids of PortOne's generic and
        KG Inicis samples (`html5_inicis.INIpayTest`); copied after `kcp.` they match no KCP channel,
        and a `pg` that matches no channel falls back to the console's default channel. Seen in public
        merchant code. KCP's own public test site code is `T0000`.
      ko: >-
        `INIpayTest`, `INIBillTst`, `iamport00m`은 포트원 범용 예제와 KG이니시스 예제의 테스트
        상점아이디입니다(`html5_inicis.INIpayTest`). 이를 `kcp.` 뒤에 복사해 넣으면 일치하는 KCP
        채널이 없고, 어떤 채널과도 일치하지 않는 `pg`는 콘솔의 기본 채널로 대체됩니다. 공개된 고객사
        코드에서 발견된 사례입니다. KCP 자체의 공용 테스트 사이트코드는 `T0000`입니다.
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

  - id: pg-site-code-unset
    title: {en: "KCP site code from a variable that was not set", ko: "설정되지 않은 변수로 만든 KCP 사이트코드"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key]
    assert:
      path: pg
      notPattern: '(?i)^kcp(_billing)?\.(undefined|null|none|nil|nan)$'
    message:
      en: "`pg` {value} has no site code: it was built from a variable that was not set (such as `kcp.${process.env.KCP_SITE_CODE}` without the variable); set the site code, or select the channel with `channelKey`"
      ko: "`pg` 값 {value}에는 사이트코드가 없습니다. 설정되지 않은 변수로 만든 값입니다(예: 환경 변수 없이 만든 `kcp.${process.env.KCP_SITE_CODE}`). 사이트코드를 설정하거나 `channelKey`로 채널을 지정하세요"
    rationale:
      en: >-
        Interpolating a variable that was not set writes a word for "no value" into the string:
        `undefined` or `null` (JavaScript template strings and concatenation), `null` (Java and Kotlin
        concatenation), `None` (Python f-strings), `nil` (Swift's interpolation of an optional), `NaN`
        (JavaScript arithmetic). `kcp.undefined` is what `kcp.${process.env.KCP_SITE_CODE}` sends when the
        environment variable is missing, as public merchant code builds `pg`. (PHP and Ruby interpolate an
        unset value as an empty string: `kcp.` is pg-format's.) No KCP channel has such a site code, and a
        `pg` that matches no channel falls back to the console's default channel, so the payment goes
        through a channel the code did not choose. An error, as for the doc placeholder (pg-placeholder):
        the value cannot be right.
      ko: >-
        설정되지 않은 변수를 문자열에 넣으면 "값 없음"을 뜻하는 단어가 들어갑니다. JavaScript의 템플릿
        문자열과 문자열 연결은 `undefined`나 `null`, Java와 Kotlin의 문자열 연결은 `null`, Python
        f-string은 `None`, Swift의 옵셔널 보간은 `nil`, JavaScript 산술은 `NaN`을 씁니다.
        `kcp.undefined`는 공개된 고객사 코드처럼 `pg`를 `kcp.${process.env.KCP_SITE_CODE}`로 만들 때
        환경 변수가 없으면 전송되는 값입니다. (PHP와 Ruby는 설정되지 않은 값을 빈 문자열로 넣으므로
        `kcp.`가 되며, 이는 pg-format이 보고합니다.) 이런 사이트코드를 가진 KCP 채널은 없으며, 어떤 채널과도
        일치하지 않는 `pg`는 콘솔의 기본 채널로 대체되므로 코드가 고르지 않은 채널로 결제됩니다. 문서의
        예시 표기(pg-placeholder)와 마찬가지로 올바를 수 없는 값이므로 오류입니다.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000991, amount: 1004}
        - {pg: kcp.NULL1, pay_method: card, merchant_uid: ORD-20300101-000992, amount: 1004}
      invalid:
        - payload: {pg: kcp.undefined, pay_method: card, merchant_uid: ORD-20300101-000993, amount: 1004}
          pointer: /pg
        - payload: {pg: kcp_billing.None, pay_method: card, merchant_uid: BILL-20300101-0990, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg
        - payload: {pg: kcp.null, merchant_uid: ORD-20300101-000994, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', pwd_2digit: '12', amount: 3000}
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
    rationale:
      en: >-
        The set is the union of the KCP page's two lists (window methods and the `pay_method`
        parameter list: `happymoney`, `ssgpay`, `naverpay_bridge`, `tosspay` included) plus
        `rocketpay` (added to the page in PR #1118). That PR also states the consequence: an unknown
        value is not rejected, the plain card window opens, so the customer is charged by card for
        what was meant as another method. Generic aliases with a KCP equivalent are reported by
        pay-method-alias instead, with a fix.
      ko: >-
        허용하는 값은 KCP 연동 문서의 두 목록(결제창 결제수단 목록과 `pay_method` 파라미터 목록,
        `happymoney`, `ssgpay`, `naverpay_bridge`, `tosspay` 포함)을 합친 것에 `rocketpay`(PR
        #1118에서 문서에 추가됨)를 더한 것입니다. 이 PR은 그 결과도 밝히고 있습니다. 알 수 없는 값은
        거부되지 않고 일반 카드 결제창이 열리므로, 다른 결제수단으로 의도한 결제가 구매자의 카드로
        결제됩니다. KCP에 대응하는 코드가 있는 범용 코드는 이 규칙 대신 pay-method-alias가 수정
        방법과 함께 보고합니다.
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
    rationale:
      en: >-
        The SDK parameter reference lists generic codes (`samsungpay`, `naverpay_card`) while the KCP
        page lists `samsung` and `naverpay` (card payment call) for the same methods. Whether PortOne
        maps the generic codes for KCP is not documented, and an unmapped value opens the plain card
        window, so this is a warning with the KCP code as the fix. Generic codes whose nearest KCP
        method is broader are pay-method-alias-broader.
      ko: >-
        SDK 파라미터 문서에는 범용 코드(`samsungpay`, `naverpay_card`)가 있지만, KCP 연동 문서는
        같은 결제수단에 `samsung`과 `naverpay`(카드 결제 호출)를 사용합니다. 포트원이 KCP 채널에서
        범용 코드를 변환하는지는 문서화되어 있지 않고, 변환되지 않은 값은 일반 카드 결제창을 열기
        때문에 KCP 코드를 수정안으로 제시하는 경고로 보고합니다. 가장 가까운 KCP 결제수단이 더 넓은
        범용 코드는 pay-method-alias-broader가 보고합니다.
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
    rationale:
      en: >-
        The SDK parameter reference lists `naverpay_point`, `tosspay_card` and `tosspay_money`; the
        KCP page has no such codes, only `naverpay_bridge` (the Naver Pay card/point selector) and
        `tosspay`. Whether PortOne maps the generic codes for KCP is not documented, and an unmapped
        value opens the plain card window, so this is a warning. The suggested code lets the buyer pay
        in more ways than the generic one asked for, so `check --fix` applies it only with
        `--unsafe-fixes`.
      ko: >-
        SDK 파라미터 문서에는 `naverpay_point`, `tosspay_card`, `tosspay_money`가 있지만 KCP 연동
        문서에는 이런 코드가 없고 `naverpay_bridge`(네이버페이 카드·포인트 선택)와 `tosspay`만
        있습니다. 포트원이 KCP 채널에서 범용 코드를 변환하는지는 문서화되어 있지 않고, 변환되지 않은
        값은 일반 카드 결제창을 열기 때문에 경고로 보고합니다. 제안하는 코드는 범용 코드가 요청한
        것보다 더 많은 결제 방법을 구매자에게 허용하므로, `check --fix`는 `--unsafe-fixes`를 함께
        지정했을 때만 이를 적용합니다.
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
    rationale:
      en: >-
        The current KCP page lists `happymoney` and `ssgpay` in the `pay_method` parameter list but not
        in its "available methods" list; `happymoney` was removed from all v1 docs on 2024-07-29 and
        re-listed on 2026-04-27. The sources conflict, so the value is accepted by pay-method-not-kcp
        and flagged here as a warning.
      ko: >-
        현재 KCP 연동 문서는 `happymoney`와 `ssgpay`를 `pay_method` 파라미터 목록에는 넣었지만
        "가능한 결제수단" 목록에는 넣지 않았습니다. `happymoney`는 2024-07-29에 모든 v1 문서에서
        삭제되었다가 2026-04-27에 다시 추가되었습니다. 출처끼리 서로 맞지 않으므로
        pay-method-not-kcp는 이 값을 허용하고, 이 규칙이 경고로 보고합니다.
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
    rationale:
      en: >-
        `rocketpay` was added to the v1 KCP page by PR #1118 (merged 2026-08-27), after the rest of
        the page was settled; the same PR notes that a value the server does not know opens the plain
        card window. Accepted, with a note.
      ko: >-
        `rocketpay`는 문서의 나머지 내용이 정해진 뒤에 PR #1118(2026-08-27 병합)로 v1 KCP 연동
        문서에 추가되었습니다. 같은 PR은 서버가 모르는 값이면 일반 카드 결제창이 열린다고 밝힙니다.
        허용하되 안내를 덧붙입니다.
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
    rationale:
      en: >-
        The KCP page lists `pay_method` among the main parameters and every KCP example sends it; the
        SDK reference marks it optional and the legacy default is `card`. A missing value is usually an
        omission (or a misspelt key), and the result (card) may not be what the button promised.
      ko: >-
        KCP 연동 문서는 `pay_method`를 주요 파라미터로 소개하고 KCP 예제는 모두 이 값을 보냅니다.
        SDK 파라미터 문서는 이 값을 선택 항목으로 표시하며, 기존 기본값은 `card`입니다. 값이 없는
        것은 대개 빠뜨렸거나 키 이름을 잘못 쓴 것이며, 그 결과(카드 결제)가 버튼에서 안내한
        결제수단과 다를 수 있습니다.
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
    rationale:
      en: >-
        The KCP page's "결제창 빌링키 발급" lists `card` as the only method and its example comments
        "'card'만 지원됩니다".
      ko: >-
        KCP 연동 문서의 "결제창 빌링키 발급" 항목은 결제수단으로 `card`만 안내하며, 예제의 주석에도
        "'card'만 지원됩니다"라고 적혀 있습니다.
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
    rationale:
      en: >-
        The KCP page: "결제창에 표시될 금액. 발급 요청시에는 결제가 승인되지 않습니다", and PortOne's billing
        rules say `kcp_billing` cannot charge while issuing. A positive amount is allowed but often
        means the first charge was expected to happen here.
      ko: >-
        KCP 연동 문서에는 "결제창에 표시될 금액. 발급 요청시에는 결제가 승인되지 않습니다"라고 되어
        있고, 포트원의 빌링키 발급 규칙도 `kcp_billing`은 발급하면서 결제를 승인할 수 없다고
        밝힙니다. 0보다 큰 금액도 허용되지만, 대개 여기서 첫 결제가 이루어질 것으로 기대했다는
        뜻입니다.
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
    rationale:
      en: >-
        `escrow` is a common IMP.request_pay parameter (boolean, default false), and the React Native
        and Flutter wrappers send `escrow: false` with every request, billing keys included, so false
        is accepted. The KCP page says a billing-key request approves nothing, so an escrow flag there
        protects nothing; `true` usually means the merchant expected the first charge to happen here.
      ko: >-
        `escrow`는 IMP.request_pay의 공통 파라미터(boolean, 기본값 false)이며, React Native·Flutter
        모듈은 빌링키 발급을 포함한 모든 요청에 `escrow: false`를 보내므로 false는 허용합니다. KCP
        연동 문서에 따르면 빌링키 발급 요청은 아무 결제도 승인하지 않으므로, 여기서 에스크로 설정은
        아무것도 보호하지 않습니다. `true`는 대개 고객사가 여기서 첫 결제가 이루어질 것으로
        기대했다는 뜻입니다.
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
    rationale:
      en: >-
        The SDK reference says some gateways fail when `buyer_tel` is missing; every KCP example sends
        it, and PortOne's playground, React Native and Flutter wrappers treat it as required. KCP's
        own docs do not mark it required.
        Severity info, not warning: the KCP page lists `buyer_tel` as optional, so a payload that follows it must not draw a warning; the advice stands because PortOne's wrappers refuse the call without it.
      ko: >-
        SDK 파라미터 문서에는 `buyer_tel`이 없으면 일부 PG사에서 결제가 실패한다고 되어 있습니다.
        KCP 예제는 모두 이 값을 보내며, 포트원 플레이그라운드와 React Native·Flutter 모듈은 이 값을
        필수로 취급합니다. KCP 자체 문서는 필수로 표시하지 않습니다. 경고가 아닌 정보 수준인 이유는, KCP 연동 문서가 `buyer_tel`을 선택 항목으로 안내하므로 이 문서를 따른
        페이로드에 경고를 내서는 안 되기 때문입니다. 포트원 모듈이 이 값 없이는 호출을 거부하므로
        권고는 그대로 유효합니다.
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
    rationale:
      en: >-
        PortOne's v1 API schema limits `buyer_name` to 16, `buyer_email` to 64, `buyer_tel` to 16,
        `buyer_addr` to 128 and `buyer_postcode` to 8 characters. The limits are documented for the
        REST bodies only; the SDK reference gives none, so for IMP.request_pay this is a warning
        (KCP may cut or reject the value) rather than the REST rules' error.
      ko: >-
        포트원 v1 REST API 스키마는 `buyer_name`을 16자, `buyer_email`을 64자, `buyer_tel`을 16자,
        `buyer_addr`을 128자, `buyer_postcode`를 8자로 제한합니다. 이 제한은 REST 요청 본문에
        대해서만 문서화되어 있고 SDK 파라미터 문서에는 제한이 없으므로, IMP.request_pay에서는 REST
        규칙처럼 오류가 아니라 경고로 보고합니다(KCP가 값을 자르거나 거절할 수 있습니다).
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
    rationale:
      en: >-
        The SDK reference says "40자 이내로 작성해주세요" for `name`, and the v1 REST schema has maxLength
        40. For IMP.request_pay the consequence is not documented (the REST rule is an error), so a
        warning here.
      ko: >-
        SDK 파라미터 문서는 `name`에 대해 "40자 이내로 작성해주세요"라고 안내하며, v1 REST API
        스키마의 maxLength도 40입니다. IMP.request_pay에서 이를 넘었을 때의 결과는 문서화되어 있지
        않으므로(REST 규칙은 오류), 여기서는 경고입니다.
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
    rationale:
      en: >-
        PortOne's KCP (V2) page gives KCP's own limit for the order name as 100 bytes; Korean syllables
        take 3 bytes in UTF-8, so a 34-40 character Korean name passes PortOne's 40-character limit
        and still exceeds KCP's. Info, not warning, as name-too-many-bytes on the REST
        bodies: KCP's byte encoding is not documented, and in EUC-KR, KCP's traditional encoding, 40
        Hangul are only 80 bytes. Names over 40 characters are left to sdk-name-length.
      ko: >-
        포트원의 KCP(V2) 연동 문서는 KCP 자체의 주문명 한도를 100바이트로 안내합니다. 한글 음절은
        UTF-8에서 3바이트이므로 34~40자의 한글 주문명은 포트원의 40자 제한은 통과해도 KCP의 한도는
        넘습니다. REST 요청 본문의 name-too-many-bytes와 마찬가지로 경고가 아닌
        정보 수준입니다. KCP가 바이트를 어떤 인코딩으로 세는지는 문서화되어 있지 않고, KCP가
        전통적으로 사용하는 EUC-KR에서는 한글 40자가 80바이트에 불과하기 때문입니다. 40자를 넘는
        주문명은 sdk-name-length가 처리합니다.
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
    rationale:
      en: >-
        The KCP page: "휴대폰 소액결제시 `buyer_name`과 `bypass.shop_user_id` 파라미터를 필수
        입력해야합니다". KCP answers a missing buyer name with result code 9011. PortOne's playground
        trial preset omits it, but that runs on the public test channel and does not override the
        page.
      ko: >-
        KCP 연동 문서에는 "휴대폰 소액결제시 `buyer_name`과 `bypass.shop_user_id` 파라미터를 필수
        입력해야합니다"라고 되어 있습니다. KCP는 구매자 이름이 없으면 결과 코드 9011로 응답합니다.
        포트원 플레이그라운드의 체험용 프리셋에는 이 값이 없지만, 이 프리셋은 공용 테스트 채널에서
        실행되며 KCP 연동 문서보다 우선하지 않습니다.
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
    rationale:
      en: >-
        The KCP page requires `bypass.shop_user_id` for phone payments (PortOne PR #880); KCP uses the
        member ID for risk management and answers a missing one with result code 9055.
      ko: >-
        KCP 연동 문서는 휴대폰 소액결제에 `bypass.shop_user_id`를 필수로 요구합니다(포트원 PR #880).
        KCP는 회원 ID를 리스크 관리에 사용하며, 값이 없으면 결과 코드 9055로 응답합니다.
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
    rationale:
      en: >-
        The SDK reference says `digital` is required for phone payments and that real and digital
        goods are charged different fees; PortOne's React Native and Flutter wrappers refuse `phone`
        without it.
        Severity info, not warning: the KCP page's own phone-payment example omits `digital`; the generic SDK reference requires it, so kcplint advises it without warning.
      ko: >-
        SDK 파라미터 문서는 휴대폰 소액결제에 `digital`이 필수이며 실물 상품과 디지털 상품의
        수수료가 다르다고 안내하고, 포트원 React Native·Flutter 모듈은 이 값이 없는 `phone` 요청을
        거부합니다. 경고가 아닌 정보 수준인 이유는 KCP 연동 문서의 휴대폰
        소액결제 예제 자체에 `digital`이 없기 때문입니다. 범용 SDK 파라미터 문서가 이 값을 필수로
        요구하므로, kcplint는 경고 없이 권고만 합니다.
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
    rationale:
      en: >-
        The KCP page: `prefill.phoneNumber` fixes the number used by the phone (micropayment) window.
        Phone micropayments are billed to a Korean mobile line (010, 011, 016-019), so a landline, an
        international form or a truncated number cannot complete the payment.
      ko: >-
        KCP 연동 문서에 따르면 `prefill.phoneNumber`는 휴대폰 소액결제 창에서 사용할 번호를
        고정합니다. 휴대폰 소액결제는 국내 휴대폰 회선(010, 011, 016~019)으로 청구되므로, 유선
        전화번호, 국제 형식 번호, 잘린 번호로는 결제를 완료할 수 없습니다.
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
    rationale:
      en: >-
        The KCP page does not give a format for `prefill.phoneNumber`; PortOne's Danal page, the other
        v1 gateway with this parameter, asks for digits without hyphens. By analogy only, hence info.
      ko: >-
        KCP 연동 문서에는 `prefill.phoneNumber`의 형식이 없습니다. 이 파라미터가 있는 또 다른 v1
        PG사인 다날의 포트원 연동 문서는 하이픈 없이 숫자만 입력하도록 안내합니다. 유추에 근거한
        것이므로 정보 수준입니다.
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
    rationale:
      en: >-
        The KCP page: "상품권 결제시 `bypass.shop_user_id`파라미터를 필수 입력해야합니다" — the issuers
        use the member ID for risk management (PortOne PR #931). It applies to every gift certificate
        method, including `happymoney` when it is used.
      ko: >-
        KCP 연동 문서에는 "상품권 결제시 `bypass.shop_user_id`파라미터를 필수 입력해야합니다"라고
        되어 있습니다. 상품권 발행사가 회원 ID를 리스크 관리에 사용하기 때문입니다(포트원 PR #931).
        이 요건은 `happymoney`를 사용하는 경우를 포함해 모든 상품권 결제수단에 적용됩니다.
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
    rationale:
      en: >-
        The KCP page's `bypass` table marks `pt_memcorp_cd` as required for Benepia point payments.
      ko: >-
        KCP 연동 문서의 `bypass` 표는 베네피아 포인트 결제 시 `pt_memcorp_cd`를 필수로 표시합니다.
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
    rationale:
      en: >-
        The KCP page and the SDK reference type `escrow`, `appCard`, `digital` and
        `card.detail[].enabled` (and the generic `popup`, `useFreeInterestFromMall`) as booleans.
        Values read from form fields or environment variables often arrive as "true"/"false" strings
        (a React Native issue shows `digital: 'false'`), which a truthiness check turns into true: an
        escrow or digital-goods payment the merchant did not ask for.
      ko: >-
        KCP 연동 문서와 SDK 파라미터 문서는 `escrow`, `appCard`, `digital`,
        `card.detail[].enabled`(그리고 범용 파라미터 `popup`, `useFreeInterestFromMall`)의 타입을
        boolean으로 정의합니다. 폼 필드나 환경 변수에서 읽은 값은 "true"/"false" 문자열로 들어오는
        경우가 많은데(React Native 이슈에 `digital: 'false'` 사례가 있습니다), 참/거짓
        판정(truthiness)에서는 이런 문자열이 true가 되어 고객사가 요청하지 않은 에스크로 결제나
        디지털 상품 결제가 됩니다.
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
    rationale:
      en: >-
        The KCP page allows `YYYYMMDD` and `YYYYMMDDHHmmss` (a date alone means 23:59:59); the SDK
        reference adds `YYYY-MM-DD` and `YYYY-MM-DD HH:mm:ss`, and the legacy manual and PortOne's
        playground use `YYYYMMDDhhmm`. All of them parse unambiguously, so only a value in none of
        these forms, or an impossible date, is an error; the non-KCP forms get vbank-due-kcp-form.
      ko: >-
        KCP 연동 문서는 `YYYYMMDD`와 `YYYYMMDDHHmmss`를 허용하며(날짜만 쓰면 23:59:59), SDK 파라미터
        문서는 `YYYY-MM-DD`와 `YYYY-MM-DD HH:mm:ss`를 추가로 허용하고, 구 매뉴얼과 포트원
        플레이그라운드는 `YYYYMMDDhhmm`을 사용합니다. 모두 모호함 없이 해석되므로 이 중 어느 형식도
        아닌 값이나 존재할 수 없는 날짜만 오류로 보고하며, KCP 문서에 없는 형식은
        vbank-due-kcp-form이 보고합니다.
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
    rationale:
      en: >-
        The SDK reference accepts the dashed forms and older PortOne material uses YYYYMMDDhhmm, so
        they are not errors; the KCP page itself lists only the two compact forms, so using exactly
        those is the safe choice.
      ko: >-
        SDK 파라미터 문서는 하이픈이 들어간 형식을 허용하고 이전 포트원 자료는 YYYYMMDDhhmm을
        사용하므로, 이 형식들은 오류가 아닙니다. 그러나 KCP 연동 문서 자체는 붙여 쓰는 두 가지
        형식만 안내하므로, 정확히 그 형식을 쓰는 것이 안전합니다.
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
    rationale:
      en: >-
        `vbank_due` is the deposit deadline of the issued virtual account; a deadline before the
        request can never be met (typically a hard-coded date or a time-zone mistake). Checked in
        Korea Standard Time, only when `pay_method` is `vbank`.
      ko: >-
        `vbank_due`는 발급된 가상계좌의 입금기한입니다. 요청 시점보다 이른 기한은 결코 지킬 수
        없습니다(대개 하드코딩한 날짜나 시간대 실수입니다). 한국 표준시(KST) 기준으로,
        `pay_method`가 `vbank`일 때만 검사합니다.
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
    rationale:
      en: >-
        The KCP page documents `vbank_due` but not the deadline used without it; PortOne's Flutter
        wrapper refuses `vbank` without it. Advice only.
      ko: >-
        KCP 연동 문서는 `vbank_due`를 안내하지만 이 값이 없을 때 적용되는 기한은 문서화하지
        않았습니다. 포트원 Flutter 모듈은 이 값이 없는 `vbank` 요청을 거부합니다. 권고 사항일
        뿐입니다.
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
    rationale:
      en: >-
        PortOne's KCP trial preset adds `buyer_name` for `vbank` only, and PortOne's KCP (V2) page
        says the issued account shows the customer's name. Advice only.
      ko: >-
        포트원의 KCP 체험용 프리셋은 `vbank`일 때만 `buyer_name`을 추가하며, 포트원의 KCP(V2) 연동
        문서는 발급된 가상계좌에 고객 이름이 표시된다고 안내합니다. 권고 사항일 뿐입니다.
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
    rationale:
      en: >-
        The KCP page types `display.card_quota` as number[]: `[]` means lump sum only and the list
        holds installment months. Earlier versions of the page printed the example as `2,3,4,5,6` without brackets
        (fixed in the current page); sent as a string or with string items, the setting is not
        applied as intended.
      ko: >-
        KCP 연동 문서는 `display.card_quota`의 타입을 number[]로 정의합니다. `[]`는 일시불만
        허용한다는 뜻이며, 배열에는 할부개월수를 넣습니다. 이전 판의 문서는 예제를 대괄호
        없이 `2,3,4,5,6`으로 표기했으며(현재 문서에서는 수정됨), 문자열이나 문자열 항목으로 보내면
        설정이 의도대로 적용되지 않습니다.
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
    rationale:
      en: >-
        The current KCP page says the largest value sets the ceiling (`[3]` = lump sum, 2 and 3
        months); the generic SDK reference describes `[6]` as "lump sum and 6 only", which is not how
        KCP behaves. A list of several values without 2 (e.g. [3, 6, 12], or [0, 6] for "lump sum
        and 6 months") shows the generic reading. A 0 or 1 for lump sum beside a run from 2
        ([0, 2, 3, 4, 5, 6], seen in merchant code) is what KCP does anyway and is not flagged, nor is a
        list of lump-sum values only ([0, 1]). Lists with a gap that start at 2 ([2, 6]) are not
        flagged: the catalogue's conditions can only spell that out one list length at a time, which
        cost 5 % of a typical validation when tried.
      ko: >-
        현재 KCP 연동 문서에 따르면 가장 큰 값이 상한을 정합니다(`[3]` = 일시불, 2개월, 3개월). 범용
        SDK 파라미터 문서는 `[6]`을 "일시불과 6개월만"으로 설명하지만, KCP는 그렇게 동작하지
        않습니다. 2 없이 여러 값을 나열한 목록(예: [3, 6, 12], 또는 "일시불과 6개월"을 뜻하는 [0,
        6])은 범용 문서의 해석을 따른 것입니다. 일시불을 뜻하는 0이나 1을 2부터 이어지는 값과 함께
        쓴 목록([0, 2, 3, 4, 5, 6], 고객사 코드에서 발견됨)은 어차피 KCP의 동작과 같으므로 보고하지
        않으며, 일시불 값만 있는 목록([0, 1])도 마찬가지입니다. 2로 시작하면서 중간이 빠진 목록([2,
        6])도 보고하지 않습니다. 규칙 모음의 조건으로는 이를 목록 길이마다 하나씩 적어야 하는데,
        시도해 보니 일반적인 검사 비용이 5 % 늘었습니다.
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
    rationale:
      en: >-
        The KCP page: "할부 결제는 5만원 이상 결제 요청시 이용 가능합니다" (some issuers from 10,000 KRW).
        Offering installment months on a smaller amount shows a choice that cannot be honoured, so it
        is very likely a configuration mistake; a warning rather than an error because of the issuer
        exceptions.
      ko: >-
        KCP 연동 문서에는 "할부 결제는 5만원 이상 결제 요청시 이용 가능합니다"라고 되어
        있습니다(일부 카드사는 10,000원 이상). 그보다 작은 금액에 할부개월을 제시하면 실제로는
        제공할 수 없는 선택지를 보여 주는 것이므로, 설정 실수일 가능성이 매우 높습니다. 카드사
        예외가 있으므로 오류가 아닌 경고입니다.
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
    rationale:
      en: >-
        The KCP page points `card.direct.code` to PortOne's card code table (KFTC codes such as
        `367` Hyundai, `041` Woori). The value is a string: a number loses the leading zero of `041`,
        `045`, `048`, `071`, `089`, `090`, `002`. KCP rejects an unknown card code (result 8112).
        Savings-bank cards (`050`) are not in PortOne's table but KCP lists them as direct-callable:
        accepted here and reported by `card-code-savings-bank` (warning). Foreign-issuer codes
        (10001-10006) are not documented as inputs.
      ko: >-
        KCP 연동 문서는 `card.direct.code`에 포트원 카드사 코드표(`367` 현대카드, `041` 우리카드
        같은 금융결제원 코드)를 사용하도록 안내합니다. 값은 문자열입니다. 숫자로 보내면 `041`,
        `045`, `048`, `071`, `089`, `090`, `002`의 앞자리 0이 사라집니다. KCP는 알 수 없는 카드사
        코드를 거절합니다(결과 코드 8112). 저축은행 카드(`050`)는 포트원 코드표에 없지만 KCP가
        다이렉트 호출 가능 카드사로 안내하므로, 여기서는 허용하고 `card-code-savings-bank`가 경고로
        보고합니다. 해외 카드사 코드(10001~10006)는 입력값으로 문서화되어 있지 않습니다.
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
    rationale:
      en: >-
        The KCP page says lump sum "must be entered as 0" and types `quota` as a number of months
        (plus a card-point offset). Without it, or with "3" as a string, the direct call's installment
        is undocumented. A warning, because PortOne may default a missing quota to
        lump sum.
      ko: >-
        KCP 연동 문서는 일시불을 "0으로 입력해야 한다"고 안내하며, `quota`의 타입을 할부개월수(와
        카드 포인트 가산값)로 정의합니다. 값이 없거나 "3"처럼 문자열이면 다이렉트 호출의 할부가
        어떻게 처리되는지 문서화되어 있지 않습니다. 포트원이 빠진 quota를 일시불로 처리할 수도
        있으므로 경고로 보고합니다.
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
    rationale:
      en: >-
        The KCP page: to use card points, add 80 months for Hyundai Card and 60 for KB, BC, Samsung,
        Hana, Lotte, Shinhan, NH, Woori and Citi (80 = Hyundai points + lump sum, 93 = + 13 months,
        63 = other cards' points + 3 months). 60-79 on Hyundai is therefore neither a valid point
        request nor a valid installment.
      ko: >-
        KCP 연동 문서에 따르면 카드 포인트를 사용하려면 현대카드는 80개월을,
        국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드는 60개월을 더합니다(80 = 현대카드 포인트 +
        일시불, 93 = + 13개월, 63 = 다른 카드 포인트 + 3개월). 따라서 현대카드에서 60~79는 올바른
        포인트 요청도, 올바른 할부 요청도 아닙니다.
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
    rationale:
      en: >-
        The KCP page documents +80 for Hyundai Card only and +60 for KB, BC, Samsung, Hana, Lotte,
        Shinhan, NH, Woori and Citi. A quota of 80 or more on any other card is not a documented
        request (83 on Shinhan would be read neither as points + 3 nor as 83 months).
      ko: >-
        KCP 연동 문서는 +80을 현대카드에만, +60을 국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드에
        안내합니다. 그 밖의 카드에 80 이상의 quota를 보내는 것은 문서화된 요청이 아닙니다(신한카드에
        83을 보내면 포인트 + 3개월로도, 83개월로도 해석되지 않습니다).
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
    rationale:
      en: >-
        The KCP page lists the card-point offset for ten card companies only. For MG Saemaul, Jeju,
        Gwangju, KDB, Suhyup, Shinhyup, Post Office, K Bank, Jeonbuk and Kakao Bank a quota of 60-79
        is undocumented: either points are not available through KCP for that card or the month count
        is wrong.
      ko: >-
        KCP 연동 문서는 카드 포인트 가산값을 10개 카드사에 대해서만 안내합니다. MG새마을금고,
        제주은행, 광주은행, KDB산업은행, 수협, 신협, 우체국, 케이뱅크, 전북은행, 카카오뱅크의 경우
        60~79의 quota는 문서화되어 있지 않습니다. 해당 카드는 KCP를 통해 포인트를 사용할 수 없거나,
        개월 수가 잘못된 것입니다.
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
    rationale:
      en: >-
        The KCP page: lump sum is 0, and the point offset (+80 Hyundai, +60 the other nine listed
        cards) is added to the month count. Installments start at 2 months (the v1 API documents
        `card_quota` as 0 or 2 and more), so quota 1, Hyundai 81, or 61 on a +60 card asks for a
        1-month installment, and a negative quota is meaningless; KCP answers with an installment
        error (CC16).
      ko: >-
        KCP 연동 문서에 따르면 일시불은 0이며, 포인트 가산값(현대카드 +80, 목록의 나머지 9개 카드사
        +60)은 개월 수에 더합니다. 할부는 2개월부터이므로(v1 API는 `card_quota`를 0 또는 2 이상으로
        안내합니다) quota 1, 현대카드 81, +60 카드의 61은 1개월 할부를 요청하는 것이고, 음수 quota는
        의미가 없습니다. KCP는 할부 오류(CC16)로 응답합니다.
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
    rationale:
      en: >-
        The KCP page: installments need 50,000 KRW or more (some issuers 10,000 KRW). A direct call
        fixes the month count, so unlike the window list the buyer cannot fall back to lump sum: the
        payment is likely to fail (KCP CC34/CC47). The base months are the quota minus the card-point
        offset (80 for Hyundai 367, 60 for the nine +60 cards); base 0 is lump sum and is not flagged.
        A warning because some issuers allow installments from 10,000 KRW.
      ko: >-
        KCP 연동 문서에 따르면 할부는 50,000원 이상부터 가능합니다(일부 카드사는 10,000원 이상).
        다이렉트 호출은 개월 수를 고정하므로 결제창 목록과 달리 구매자가 일시불로 바꿀 수 없어,
        결제가 실패할 가능성이 높습니다(KCP CC34/CC47). 기본 개월 수는 quota에서 카드 포인트
        가산값(현대카드 367은 80, +60 카드 9개사는 60)을 뺀 값이며, 기본 개월 수 0은 일시불이므로
        보고하지 않습니다. 일부 카드사는 10,000원 이상부터 할부를 허용하므로 경고입니다.
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
    rationale:
      en: >-
        The KCP page's direct-call example: "해당 파라미터를 설정하지 않으면 카드사 모듈 창에 iamport 로
        표기". PortOne's KCP (V2) page adds that KCP requires the merchant name for direct calls to
        Shinhan, Woori, Hyundai, Samsung, NH, Hana, Lotte and Citi on PC, and always on mobile.
      ko: >-
        KCP 연동 문서의 다이렉트 호출 예제에는 "해당 파라미터를 설정하지 않으면 카드사 모듈 창에
        iamport 로 표기"라고 되어 있습니다. 포트원의 KCP(V2) 연동 문서는 여기에 더해, KCP가 PC에서는
        신한·우리·현대·삼성·농협·하나·롯데·씨티카드 다이렉트 호출 시, 모바일에서는 항상 상호명을
        요구한다고 안내합니다.
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
    rationale:
      en: >-
        The KCP page types `card` as "oneof object": `direct` opens one issuer's module, `detail`
        filters the list of the integrated window. With both, which one wins is undocumented.
      ko: >-
        KCP 연동 문서는 `card`의 타입을 "oneof object"로 정의합니다. `direct`는 한 카드사의 모듈을
        열고, `detail`은 통합결제창의 카드사 목록을 거릅니다. 둘 다 보내면 어느 쪽이 적용되는지
        문서화되어 있지 않습니다.
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
    rationale:
      en: >-
        PortOne's KCP (V2) page lists the issuers KCP can open directly (Shinhan, Hyundai, Samsung, NH,
        Hana, Lotte, Citi, Woori, BC, KB, Post Office, Gwangju, MG Saemaul, Suhyup, Jeju, Shinhyup,
        savings banks, KDB); Jeonbuk (372), K Bank (089) and Kakao Bank (090) are in PortOne's code
        table but not in that list. The SDK reference also says direct-call support differs per PG.
        A PG fact from the V2 page, so info.
      ko: >-
        포트원의 KCP(V2) 연동 문서는 KCP가 다이렉트 호출할 수 있는 카드사(신한, 현대, 삼성, 농협,
        하나, 롯데, 씨티, 우리, 비씨, 국민, 우체국, 광주, MG새마을금고, 수협, 제주, 신협, 저축은행,
        KDB산업은행)를 나열합니다. 전북(372), 케이뱅크(089), 카카오뱅크(090)는 포트원 카드사
        코드표에는 있지만 이 목록에는 없습니다. SDK 파라미터 문서도 다이렉트 호출 지원 여부가
        PG사마다 다르다고 안내합니다. V2 문서에서 가져온 PG사 정보이므로 정보 수준입니다.
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
    rationale:
      en: >-
        The KCP page points card codes to PortOne's card code table, which has no savings-bank entry;
        KCP's own documentation lists savings-bank cards among the cards a merchant can call directly,
        and third-party typings use `050` for them. Whether PortOne v1 passes the code on is not
        documented, so it is a warning, not an error.
      ko: >-
        KCP 연동 문서는 카드사 코드로 포트원 카드사 코드표를 안내하지만, 이 코드표에는 저축은행
        항목이 없습니다. KCP 자체 문서는 고객사가 다이렉트 호출할 수 있는 카드에 저축은행 카드를
        포함하며, 서드파티 타입 정의는 저축은행에 `050`을 사용합니다. 포트원 v1이 이 코드를
        전달하는지는 문서화되어 있지 않으므로 오류가 아닌 경고입니다.
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
    rationale:
      en: >-
        The KCP page points `card.detail[].card_code` to PortOne's card code table, and its example
        uses `*` for every card company. Any other value (a card name, a number that lost its leading
        zero) matches no issuer, so the intended card is not enabled or disabled.
      ko: >-
        KCP 연동 문서는 `card.detail[].card_code`에 포트원 카드사 코드표를 사용하도록 안내하며,
        예제에서는 모든 카드사를 뜻하는 `*`를 사용합니다. 그 밖의 값(카드사 이름, 앞자리 0이 사라진
        숫자)은 어떤 카드사와도 일치하지 않아, 의도한 카드사가 활성화되거나 비활성화되지 않습니다.
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
    rationale:
      en: >-
        The KCP page's example disables `*` and then enables the wanted card (`366`). Disabling `*`
        without enabling any code leaves an empty card list in the window.
      ko: >-
        KCP 연동 문서의 예제는 `*`를 비활성화한 뒤 원하는 카드사(`366`)를 활성화합니다. `*`를
        비활성화하고 어떤 코드도 활성화하지 않으면 결제창의 카드사 목록이 비게 됩니다.
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
    rationale:
      en: >-
        The SDK reference lists the PGs that support `useFreeInterestFromMall` with
        `card.detail[].max_month`: Toss Payments (new), KSNET, NICE (new), Welcome, KSNET direct and
        KG Inicis; KCP is not among them.
      ko: >-
        SDK 파라미터 문서는 `card.detail[].max_month`와 함께 `useFreeInterestFromMall`을 지원하는
        PG사로 토스페이먼츠(신모듈), KSNET, 나이스페이먼츠(신모듈), 웰컴페이먼츠, KSNET 직연동,
        KG이니시스를 나열하며, KCP는 여기에 없습니다.
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
    rationale:
      en: >-
        PortOne's KCP (V2) page states that direct card-company calls are not available for billing
        key issuance. A PG fact from the V2 page (parameter names differ in v1), so info.
      ko: >-
        포트원의 KCP(V2) 연동 문서는 빌링키 발급 시 카드사 다이렉트 호출을 사용할 수 없다고
        안내합니다. V2 문서에서 가져온 PG사 정보이므로(v1과 파라미터 이름이 다릅니다) 정보
        수준입니다.
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
    rationale:
      en: >-
        The KCP page: `appCard: true` enables only the card issuers' app-card payment, i.e. it shapes
        the card window. With another method it has no documented effect; usually a leftover from a
        shared parameter object.
      ko: >-
        KCP 연동 문서에 따르면 `appCard: true`는 카드사 앱카드 결제만 활성화합니다. 즉 카드 결제창의
        구성을 정하는 값입니다. 다른 결제수단에서는 문서화된 효과가 없으며, 대개 여러 요청이
        공유하는 파라미터 객체에 남아 있던 값입니다.
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
    rationale:
      en: >-
        The KCP page: for an escrow payment `escrow` must be true, and when an escrow order bundles
        cart items their details go in `kcpProducts`. Without escrow the cart details are not used;
        most often the `escrow` flag was forgotten (or sent as a string).
      ko: >-
        KCP 연동 문서에 따르면 에스크로 결제에는 `escrow`가 true여야 하며, 에스크로 주문이 장바구니
        상품을 묶는 경우 각 상품 정보를 `kcpProducts`에 넣습니다. 에스크로가 아니면 장바구니 상품
        정보는 사용되지 않습니다. 대개 `escrow` 플래그를 빠뜨렸거나 문자열로 보낸 경우입니다.
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
    rationale:
      en: >-
        The KCP page requires `kcpProducts` only when an escrow payment bundles cart items, which the
        payload cannot tell; PortOne's KCP (V2) page says KCP escrow needs at least one product. Advice
        only.
      ko: >-
        KCP 연동 문서는 에스크로 결제가 장바구니 상품을 묶는 경우에만 `kcpProducts`를 필수로
        요구하는데, 이는 페이로드만으로 알 수 없습니다. 포트원의 KCP(V2) 연동 문서는 KCP 에스크로에
        상품이 하나 이상 필요하다고 안내합니다. 권고 사항일 뿐입니다.
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
    rationale:
      en: >-
        The SDK reference says `products` is only valid for Toss Payments (new module) escrow;
        third-party typings call it `escrowProducts`. For KCP the page documents `kcpProducts`, so
        items sent under the other names never reach KCP.
      ko: >-
        SDK 파라미터 문서에 따르면 `products`는 토스페이먼츠(신모듈) 에스크로에서만 유효하며,
        서드파티 타입 정의는 이를 `escrowProducts`라고 부릅니다. KCP에 대해서는 KCP 연동 문서가
        `kcpProducts`를 안내하므로, 다른 이름으로 보낸 상품 정보는 KCP에 전달되지 않습니다.
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
    rationale:
      en: >-
        The KCP page documents exactly two values, `Y` (활성) and `N` (비활성), as strings; booleans
        or lower case are not documented.
      ko: >-
        KCP 연동 문서는 문자열 값 두 가지, `Y`(활성)와 `N`(비활성)만 안내합니다. boolean이나
        소문자는 문서화되어 있지 않습니다.
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
    rationale:
      en: >-
        The KCP page: "해당 기능은 KCP와 협의 후 사용 가능합니다". Without the agreement the parameter has
        no effect.
      ko: >-
        KCP 연동 문서에는 "해당 기능은 KCP와 협의 후 사용 가능합니다"라고 되어 있습니다. 협의하지
        않았다면 이 파라미터는 효과가 없습니다.
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
    rationale:
      en: >-
        The KCP page documents `skin_indx` as a skin number 1-11 (PortOne's KCP V2 page: an integer
        1-12); anything that is not a number selects no skin.
      ko: >-
        KCP 연동 문서는 `skin_indx`를 1~11의 스킨 번호로 안내합니다(포트원의 KCP V2 연동 문서에서는
        1~12의 정수). 숫자가 아닌 값으로는 어떤 스킨도 선택되지 않습니다.
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
    rationale:
      en: >-
        The v1 KCP page allows skins 1-11; PortOne's KCP V2 page says 1-12. The sources disagree on
        12, so values outside 1-11 are a warning, not an error.
      ko: >-
        v1 KCP 연동 문서는 스킨 1~11을 허용하지만, 포트원의 KCP V2 연동 문서는 1~12라고 안내합니다.
        12에 대해 출처끼리 서로 다르므로 1~11 밖의 값은 오류가 아닌 경고입니다.
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
    rationale:
      en: >-
        The KCP page documents `site_logo` as the logo shown at the top left of the PC window; the
        window is served by KCP, so a relative path or a bare file name cannot be resolved. The legacy
        manual adds: GIF/JPG under 150x50.
      ko: >-
        KCP 연동 문서는 `site_logo`를 PC 결제창 왼쪽 위에 표시되는 로고로 안내합니다. 결제창은 KCP가
        제공하므로 상대 경로나 파일 이름만으로는 이미지를 찾을 수 없습니다. 구 매뉴얼은 150x50
        이하의 GIF/JPG라는 조건을 덧붙입니다.
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
    rationale:
      en: >-
        The KCP page documents two values for the Benepia point mode, `Y` and `N`.
      ko: >-
        KCP 연동 문서는 베네피아 포인트 결제 방식에 대해 두 가지 값, `Y`와 `N`을 안내합니다.
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
    rationale:
      en: >-
        The KCP page's billing section documents only `Y` ("생년월일 입력박스 항상 표시"); the default
        behaviour is obtained by omitting the parameter. Other values are undocumented.
      ko: >-
        KCP 연동 문서의 빌링키 발급 항목은 `Y`("생년월일 입력박스 항상 표시")만 안내하며, 기본
        동작을 원하면 파라미터를 생략하면 됩니다. 그 밖의 값은 문서화되어 있지 않습니다.
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
    rationale:
      en: >-
        The KCP page documents `batch_birth_day_yn` in the billing-key section only. On a payment it
        is ignored; often `customer_uid` was forgotten, turning an intended billing-key request into a
        payment.
      ko: >-
        KCP 연동 문서는 `batch_birth_day_yn`을 빌링키 발급 항목에서만 안내합니다. 일반결제에서는
        무시되며, 대개 `customer_uid`를 빠뜨려 빌링키 발급으로 의도한 요청이 일반결제 요청이 된
        경우입니다.
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
    rationale:
      en: >-
        The KCP page documents three values for the KB Kookmin direct call: `Y`, `N` and `S`.
      ko: >-
        KCP 연동 문서는 KB국민카드 다이렉트 호출에 `Y`, `N`, `S` 세 가지 값을 안내합니다.
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
    rationale:
      en: >-
        The KCP page documents `app_flag` for the KB Kookmin direct call only; with any other call it
        has no effect.
      ko: >-
        KCP 연동 문서는 `app_flag`를 KB국민카드 다이렉트 호출에 대해서만 안내합니다. 다른 호출에서는
        효과가 없습니다.
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
    rationale:
      en: >-
        The KCP page: on PC the result goes to the callback, on mobile it is redirected to
        `m_redirect_url`; the SDK reference adds that in redirect environments the result is not
        received without it. A PC-only integration may omit it, hence a warning. A call with
        `app_scheme` (from an app) is redirect-url-missing-in-app's.
      ko: >-
        KCP 연동 문서에 따르면 PC에서는 결제 결과가 callback으로 전달되고, 모바일에서는
        `m_redirect_url`로 리디렉션됩니다. SDK 파라미터 문서는 리디렉션 환경에서 이 값이 없으면 결제
        결과를 받을 수 없다고 덧붙입니다. PC 전용 연동이라면 생략할 수 있으므로 경고입니다.
        `app_scheme`이 있는 호출(앱에서의 호출)은 redirect-url-missing-in-app이 처리합니다.
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
    rationale:
      en: >-
        `app_scheme` marks a call made from an app. PortOne's React Native module marks
        `m_redirect_url` deprecated since v1.0.3 (its README's examples say so and send none) and, like the
        Flutter module, sets its own redirect address; real apps copy those examples. An app that loads
        its own page in a WebView, though, is a mobile browser to the KCP window, and loses the result
        without `m_redirect_url` (redirect-url-missing). Which of the two a payload is cannot be told
        from it, hence an info.
      ko: >-
        `app_scheme`은 앱에서 한 호출임을 나타냅니다. 포트원 React Native 모듈은 v1.0.3부터
        `m_redirect_url`을 지원 중단 예정으로 표시하며(README의 예제에도 그렇게 적혀 있고 예제는 이
        값을 보내지 않습니다), Flutter 모듈과 마찬가지로 자체 리디렉션 주소를 설정합니다. 실제 앱은
        이 예제를 복사합니다. 하지만 WebView에서 자체 페이지를 불러오는 앱은 KCP 결제창 입장에서는
        모바일 브라우저이므로, `m_redirect_url`이 없으면 결제 결과를 받지
        못합니다(redirect-url-missing). 페이로드가 둘 중 어느 경우인지는 페이로드만으로 알 수
        없으므로 정보 수준입니다.
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
    rationale:
      en: >-
        The SDK reference lists `app_scheme` as the URL scheme card and bank apps return to after
        authentication, needed in app WebViews (KCP: mobile only), and PortOne's React Native module
        refuses a call without it. A browser payload cannot be told from an app's, but this one can:
        `http://detectchangingwebview/iamport/i` (and `/rn`, `/f`, `/cor`) is the redirect address
        PortOne's iOS, React Native, Flutter and Cordova SDKs set, seen in real app code that left
        `app_scheme` out. The Android SDK's address (`/a`) is not checked: Android returns through
        intents.
      ko: >-
        SDK 파라미터 문서는 `app_scheme`을 카드사·은행 앱이 인증 후 돌아올 URL scheme으로 안내하며
        앱 WebView에서 필요하다고 하고(KCP: 모바일 전용), 포트원 React Native 모듈은 이 값이 없으면
        호출을 거부합니다. 보통은 브라우저의 페이로드와 앱의 페이로드를 구별할 수 없지만, 이
        페이로드는 구별할 수 있습니다. `http://detectchangingwebview/iamport/i`(그리고 `/rn`, `/f`,
        `/cor`)는 포트원 iOS, React Native, Flutter, Cordova SDK가 설정하는 리디렉션 주소로,
        `app_scheme`을 빠뜨린 실제 앱 코드에서 발견되었습니다. Android SDK의 주소(`/a`)는 검사하지
        않습니다. Android에서는 인텐트로 앱에 돌아오기 때문입니다.
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
    rationale:
      en: >-
        Older PortOne samples write `m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'`, and merchant
        code copies it verbatim (seen in public repositories). It is not a URL, so the mobile result
        (or the webhook) goes nowhere. Braces never occur in a real URL unencoded. This replaces the
        generic URL-format error at the same member with a precise one.
      ko: >-
        이전 포트원 예제는 `m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'`이라고 쓰며,
        고객사 코드가 이를 그대로 복사합니다(공개 저장소에서 발견됨). 이는 URL이 아니므로 모바일
        결제 결과(또는 웹훅)가 어디에도 전달되지 않습니다. 실제 URL에는 인코딩되지 않은 중괄호가
        나오지 않습니다. 같은 멤버에 대한 일반적인 URL 형식 오류 대신 이 구체적인 오류를 보고합니다.
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
    rationale:
      en: >-
        Both SDK examples on the KCP page send `m_redirect_url: "https://testtest.test"`; `.test` is a
        reserved domain that never resolves, so the mobile result page is lost. The legacy iamport
        manual's sample, still copied into merchant code, sends
        `https://www.yourdomain.com/payments/complete`: a real domain that is not the merchant's, which
        then receives the mobile buyer and the payment result in its query string.
      ko: >-
        KCP 연동 문서의 SDK 예제 두 개는 모두 `m_redirect_url: "https://testtest.test"`를 보냅니다.
        `.test`는 주소가 해석되지 않는 예약 도메인이므로 모바일 결제 결과 페이지가 사라집니다.
        지금도 고객사 코드에 복사되는 구 아임포트 매뉴얼의 예제는
        `https://www.yourdomain.com/payments/complete`를 보내는데, 이는 고객사의 것이 아닌 실제
        도메인이어서 모바일 구매자와 쿼리 문자열에 담긴 결제 결과를 그 도메인이 받게 됩니다.
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
    rationale:
      en: >-
        `app_scheme` is the URL scheme that ISP, app-card and bank apps open to return the buyer to the
        merchant's app after authentication (KCP page and SDK reference: required in app WebViews). The
        samples: `exampleforrn` (the React Native wrapper's example app), `exampleformanagedexpo` (its
        Expo example), `flutterexample` (the Flutter wrapper's), `io.ionic.starter` (the Capacitor
        wrapper's), `example` (the wrappers' READMEs) and `iamportapp` (the legacy iamport manual). Real
        apps copy them; left as is, the buyer is sent to another app (or none) and the payment is
        stranded. PortOne staff
        have answered merchant reports of this failure with "replace the app_scheme value with your own".
      ko: >-
        `app_scheme`은 ISP, 앱카드, 은행 앱이 인증 후 구매자를 고객사 앱으로 돌려보내기 위해 여는
        URL scheme입니다(KCP 연동 문서와 SDK 파라미터 문서: 앱 WebView에서 필수). 예시 값은
        `exampleforrn`(React Native 모듈의 예제 앱), `exampleformanagedexpo`(같은 모듈의 Expo 예제),
        `flutterexample`(Flutter 모듈의 예제), `io.ionic.starter`(Capacitor 모듈의 예제),
        `example`(각 모듈의 README), `iamportapp`(구 아임포트 매뉴얼)입니다. 실제 앱이 이 값을
        복사하는데, 그대로 두면 구매자가 다른 앱으로 보내지거나 어떤 앱으로도 돌아가지 못해 결제가
        중간에 멈춥니다. 포트원 담당자는 이 문제를 겪은 고객사 문의에 "app_scheme 값을 고객사의
        값으로 바꾸라"고 답변했습니다.
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
    rationale:
      en: >-
        `notice_url` (a string or, on the KCP page, an array of strings) replaces the console's webhook
        URL for this payment and the console URL is then not called; PortOne's server can only post to
        an absolute http(s) URL, so a relative path loses every webhook. Values with `{...}` doc
        placeholders are left to url-placeholder.
      ko: >-
        `notice_url`(문자열, 또는 KCP 연동 문서에 따르면 문자열 배열)은 이 결제에 대해 콘솔의 웹훅
        URL을 대체하며, 이때 콘솔의 URL은 호출되지 않습니다. 포트원 서버는 절대 http(s) URL로만
        요청을 보낼 수 있으므로, 상대 경로를 쓰면 모든 웹훅이 유실됩니다. `{...}` 문서 예시 표기가
        있는 값은 url-placeholder가 처리합니다.
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
    rationale:
      en: >-
        `notice_url` (webhook) and `confirm_url` (confirm process) are called by PortOne's servers, not
        by the buyer's browser, so `localhost`, private addresses and reserved names such as the
        docs' `testtest.test` never receive them: webhooks are lost, and an unreachable confirm_url
        makes every payment fail. The same holds for `notice_url` of the REST calls and of each
        schedule. Warning, since a test setup may do this on purpose.
      ko: >-
        `notice_url`(웹훅)과 `confirm_url`(confirm process)은 구매자의 브라우저가 아니라 포트원
        서버가 호출하므로, `localhost`, 사설 주소, 문서의 `testtest.test` 같은 예약된 이름으로는
        호출을 받을 수 없습니다. 웹훅이 유실되고, 접근할 수 없는 confirm_url은 모든 결제를 실패하게
        만듭니다. REST API 요청과 각 예약 건의 `notice_url`에도 마찬가지입니다. 테스트 환경에서는
        의도적으로 이렇게 할 수 있으므로 경고입니다.
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
    rationale:
      en: >-
        The SDK reference: using `confirm_url` needs a separate request to support@portone.io. The
        confirm-process page: PortOne posts imp_uid, merchant_uid and amount just before approval,
        waits 10 seconds, and any non-200 answer aborts the payment. Advice only.
      ko: >-
        SDK 파라미터 문서에 따르면 `confirm_url`을 사용하려면 support@portone.io에 별도로 요청해야
        합니다. confirm process 문서에 따르면 포트원은 승인 직전에 imp_uid, merchant_uid, amount를
        POST로 보낸 뒤 10초간 기다리며, 200이 아닌 응답이 오면 결제를 중단합니다. 권고 사항일
        뿐입니다.
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
    rationale:
      en: >-
        The KCP page documents `auth_mode: "key-in"` (키인결제 이용시 설정) as the only value.
      ko: >-
        KCP 연동 문서는 `auth_mode: "key-in"`(키인결제 이용시 설정) 하나만 값으로 안내합니다.
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
    rationale:
      en: >-
        The SDK reference marks `biz_num` as Danal virtual accounts only; PortOne's NICE page
        documents `niceMobileV2`; `period` is for Inicis, Danal and NICE; the `naver*` parameters
        belong to a Naver Pay direct channel (KCP's `naverpay` method goes through KCP). Harmless,
        but a sign of a parameter object shared between gateways. A billing-key window is the same
        `request_pay` call, so the same holds there (PortOne's Android and iOS SDKs and its Cordova
        plugin send `niceMobileV2: true` with every request, the Flutter module when the app passes it):
        an info, not `field-unknown`'s warning.
      ko: >-
        SDK 파라미터 문서는 `biz_num`을 다날 가상계좌 전용으로 표시하고, 포트원의 나이스페이먼츠
        연동 문서는 `niceMobileV2`를 안내합니다. `period`는 KG이니시스, 다날, 나이스페이먼츠용이며,
        `naver*` 파라미터는 네이버페이 직연동 채널에 속합니다(KCP의 `naverpay` 결제수단은 KCP를
        거칩니다). 해롭지는 않지만, 여러 PG사가 파라미터 객체를 공유하고 있다는 신호입니다. 빌링키
        발급 결제창도 같은 `request_pay` 호출이므로 마찬가지입니다(포트원 Android·iOS SDK와 Cordova
        플러그인은 모든 요청에 `niceMobileV2: true`를 보내며, Flutter 모듈은 앱이 이 값을 넘길 때
        보냅니다). 따라서 `field-unknown`의 경고가 아닌 정보 수준입니다.
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
    rationale:
      en: >-
        KCP's result code 8129 (PortOne's KCP code workbook) says test transactions must be 1,000 to
        5,004 KRW lump sum or 50,004 KRW with installments. Only the public test site code is
        recognisable in the payload, and PortOne's playground uses other amounts on its own test
        channel, so advice only.
      ko: >-
        KCP 결과 코드 8129(포트원의 KCP 코드 워크북)에 따르면 테스트 거래는 일시불 1,000~5,004원
        또는 할부 50,004원이어야 합니다. 페이로드에서 알아볼 수 있는 것은 공용 테스트
        사이트코드뿐이며, 포트원 플레이그라운드는 자체 테스트 채널에서 다른 금액을 사용하므로 권고
        사항일 뿐입니다.
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
    rationale:
      en: >-
        The KCP page lists `merchant_uid` among the main parameters of IMP.request_pay (also in its
        billing-key example) and the v1 REST schema marks it required on /subscribe/payments/onetime
        and /subscribe/payments/again. An empty or blank string counts as missing.
      ko: >-
        KCP 연동 문서는 `merchant_uid`를 IMP.request_pay의 주요 파라미터로 소개하고(빌링키 발급
        예시에도 있습니다), v1 REST API 스키마는 /subscribe/payments/onetime과
        /subscribe/payments/again에서 이를 필수로 표시합니다. 빈 문자열이나 공백뿐인 문자열은
        누락으로 봅니다.
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
    rationale:
      en: >-
        `merchant_uid` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST
        schema); PortOne runs each item as a separate /again payment under that order number.
      ko: >-
        `schedules`의 모든 항목에서 `merchant_uid`는 필수입니다(v1 REST API 스키마의
        ScheduleAnnotation). 포트원은 각 항목을 그 주문번호로 된 별도의 /again 결제로 실행합니다.
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
    rationale:
      en: >-
        Every PortOne source types `merchant_uid` as a string. A number loses leading zeros and, above
        2^53, digits (JavaScript numbers), so the order number PortOne stores is not the one the
        merchant's database holds.
      ko: >-
        포트원의 어느 자료에서나 `merchant_uid`의 타입은 문자열입니다. 숫자로 보내면 앞자리의 0이
        사라지고, 2^53을 넘으면 자릿수도 손실되므로(JavaScript의 숫자), 포트원에 저장되는 주문번호가
        고객사 데이터베이스의 주문번호와 달라집니다.
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
    rationale:
      en: >-
        PortOne passes `merchant_uid` to KCP as the order number. PortOne's V2 KCP page (a fact about
        the PG) allows only letters and digits in it; the v1 KCP page's own examples use `-` and `_`
        (`order_no_0001`, `A00021-TEST`), so those two are accepted. Anything else (Hangul, spaces,
        `#`, `/`, `.`) is a warning, not an error, because the v1 documentation does not state the
        limit. Blank values are `merchant-uid-missing`; a placeholder left as written
        (`{Merchant created Order ID}`) is `merchant-uid-doc-sample`. A value over 40 characters draws
        both this warning and field-length's error (`alongside`): `time.Now().String()` in a Go client
        is too long and has spaces, `:`, `+` and `.`, and cutting it to 40 characters keeps them.
      ko: >-
        포트원은 `merchant_uid`를 KCP에 주문번호로 전달합니다. 포트원 V2 KCP 연동 문서(PG사 자체에
        관한 사실)는 주문번호에 영문과 숫자만 허용하지만, v1 KCP 연동 문서의 예시가 직접 `-`와 `_`를
        쓰므로(`order_no_0001`, `A00021-TEST`) 이 두 문자는 허용합니다. 그 밖의 문자(한글, 공백,
        `#`, `/`, `.`)는 v1 문서에 제한이 명시되어 있지 않으므로 오류가 아닌 경고로 보고합니다. 빈
        값은 `merchant-uid-missing`이, 그대로 남은 자리표시자(`{Merchant created Order ID}`)는
        `merchant-uid-doc-sample`이 보고합니다. 40자를 넘는 값에는 이 경고와 field-length의 오류가
        함께 보고됩니다(`alongside`). Go 클라이언트의 `time.Now().String()`은 너무 길고 공백, `:`,
        `+`, `.`을 포함하며, 40자로 잘라도 이 문자들이 남기 때문입니다.
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
    rationale:
      en: >-
        A `merchant_uid` that has already been paid is refused before the window opens (F1002,
        "already paid"), and a value copied from the documentation is reused by every test run and
        every integration that copied it. The list holds the values of the KCP page (`order_no_0001`,
        `order_id_8237352`, `order_monthly_0001`, `A00021-TEST`) and of the REST reference's schedule
        example (`your_merchant_uid1`, `your_merchant_uid2`), and the two of PortOne's generic v1 SDK
        samples that merchant code copies most (`ORD20180131-0000011`, `57008833-33004`). A placeholder
        left as written (`{Merchant created Order ID}` in PortOne's English guides, `<merchant_uid>`, a
        template's `${orderId}` or `{{id}}`) has the same effect. A warning: the first use of the value in
        an account works.
      ko: >-
        이미 결제된 `merchant_uid`는 결제창이 열리기 전에 거절되며(F1002, "이미 결제된 주문"),
        문서에서 복사한 값은 모든 테스트 실행과 그 값을 복사한 모든 연동에서 되풀이해 쓰입니다.
        목록에는 KCP 연동 문서의 값(`order_no_0001`, `order_id_8237352`, `order_monthly_0001`,
        `A00021-TEST`), REST API 문서의 예약 결제 예시 값(`your_merchant_uid1`,
        `your_merchant_uid2`), 그리고 포트원의 범용 v1 SDK 예제 중 고객사 코드가 가장 많이 복사하는
        두 값(`ORD20180131-0000011`, `57008833-33004`)이 들어 있습니다. 그대로 남은
        자리표시자(포트원 영문 가이드의 `{Merchant created Order ID}`, `<merchant_uid>`, 템플릿의
        `${orderId}`나 `{{id}}`)도 결과가 같습니다. 계정에서 그 값을 처음 쓸 때는 결제가 되므로
        경고입니다.
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
    rationale:
      en: >-
        The REST reference of /subscribe/payments/schedule says each scheduled charge must carry its
        own `merchant_uid` and that one order number cannot be paid twice, so the second of two items
        with the same `merchant_uid` can never be charged.
      ko: >-
        /subscribe/payments/schedule의 REST API 문서에 따르면 예약 건마다 고유한 `merchant_uid`가
        있어야 하고 한 주문번호로 두 번 결제할 수 없으므로, `merchant_uid`가 같은 두 항목 중 두 번째
        항목은 결코 결제될 수 없습니다.
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
    rationale:
      en: >-
        `customer_uid` names the billing key and stays the same for every charge on the card, while
        `merchant_uid` must be unique per payment (the REST reference of /subscribe/payments/again and
        /schedule; a re-used order number is refused as already paid, F1002). Merchant code that passes
        the billing key's id as the order number works once and then fails on every renewal. A
        warning, not an error: the first charge goes through.
      ko: >-
        `customer_uid`는 빌링키를 가리키는 값으로 그 카드로 결제할 때마다 같지만, `merchant_uid`는
        결제마다 고유해야 합니다(/subscribe/payments/again과 /schedule의 REST API 문서. 다시 쓴
        주문번호는 이미 결제된 주문(F1002)으로 거절됩니다). 빌링키의 식별자를 주문번호로 넘기는
        고객사 코드는 한 번은 동작하지만 이후 갱신 결제는 매번 실패합니다. 첫 결제는 승인되므로
        오류가 아닌 경고입니다.
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
    rationale:
      en: >-
        `customer_uid` is what makes IMP.request_pay issue a billing key (KCP page: "빌링키 발급 요청
        시에는 customer_uid 파라미터를 입력한 후 호출해야 합니다"), and the v1 REST schema requires it on
        /subscribe/payments/again and /subscribe/payments/schedule. On /subscribe/customers it is a
        path parameter and is not checked in the body. An empty string counts as missing.
      ko: >-
        IMP.request_pay가 빌링키를 발급하게 하는 것이 `customer_uid`이며(KCP 연동 문서: "빌링키 발급
        요청 시에는 customer_uid 파라미터를 입력한 후 호출해야 합니다"), v1 REST API 스키마는
        /subscribe/payments/again과 /subscribe/payments/schedule에서 이를 필수로 요구합니다.
        /subscribe/customers에서는 경로 파라미터이므로 본문에서 검사하지 않습니다. 빈 문자열은
        누락으로 봅니다.
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
    rationale:
      en: >-
        `customer_uid` maps one to one to a billing key. When every customer shares the sample value,
        each new card re-maps it (the previous key stays active at KCP) and later charges hit whichever
        card was registered last. A warning, because a test account may use it on purpose. The list holds the KCP page's value (`your-customer-unique-id`) and that of PortOne's generic billing-key guide (`gildong_0001_1234`), which merchant code copies into schedule bodies. A placeholder left as written (`{고객 아이디}`
        from a client library's README, `<customer_uid>`, a template's `${customerUid}` or `{{uid}}`)
        has the same effect.
      ko: >-
        `customer_uid`는 빌링키와 일대일로 대응합니다. 모든 고객이 예시 값을 함께 쓰면 새 카드가
        등록될 때마다 그 값이 새 카드로 다시 매핑되고(이전 빌링키는 KCP에서 계속 유효합니다), 이후
        결제는 누구의 결제든 마지막으로 등록된 카드로 청구됩니다. 테스트 계정에서는 일부러 쓸 수도
        있으므로 경고입니다. 목록에는 KCP 연동 문서의 값(`your-customer-unique-id`)과, 고객사 코드가 예약 결제 요청 본문에
        복사해 넣는 포트원 범용 빌링키 가이드의 값(`gildong_0001_1234`)이 들어 있습니다. 그대로 남은
        자리표시자(클라이언트 라이브러리 README의 `{고객 아이디}`, `<customer_uid>`, 템플릿의
        `${customerUid}`나 `{{uid}}`)도 결과가 같습니다.
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
    rationale:
      en: >-
        The v1 REST schema defines `customer_uid` of POST /subscribe/customers/{customer_uid} as a
        path parameter only; the billing key is saved under the path value. kcplint accepts the body
        copy (the dictionary knows it) and says where it belongs. Whether it differs from the path
        cannot be told from the body alone.
      ko: >-
        v1 REST API 스키마는 POST /subscribe/customers/{customer_uid}의 `customer_uid`를 경로
        파라미터로만 정의하며, 빌링키는 경로의 값으로 저장됩니다. kcplint는 본문에 함께 넣은 값을
        허용하고(필드 사전에 있습니다) 이 값이 들어갈 자리를 알려 줍니다. 본문만으로는 이 값이
        경로의 값과 다른지 알 수 없습니다.
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
    rationale:
      en: >-
        The KCP page: calling /subscribe/payments/onetime with `customer_uid` issues a billing key and
        pays at once; without it, the card is used once and not stored. Re-using a `customer_uid`
        re-maps it to the newest card (PortOne's non-authenticated payment guide). Advice only.
      ko: >-
        KCP 연동 문서에 따르면 /subscribe/payments/onetime을 `customer_uid`와 함께 호출하면 빌링키를
        발급하면서 바로 결제하고, `customer_uid`가 없으면 카드를 한 번만 쓰고 저장하지 않습니다.
        이미 쓴 `customer_uid`를 다시 쓰면 가장 최근 카드로 다시 매핑됩니다(포트원 비인증 결제
        가이드). 참고용 안내일 뿐입니다.
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
    rationale:
      en: >-
        The KCP page lists `amount` among the main parameters of a payment and of a billing-key
        request (where it is the amount shown in the window, 0 allowed); the v1 REST schema requires it
        on /onetime and /again. An empty string counts as missing.
      ko: >-
        KCP 연동 문서는 `amount`를 결제 요청과 빌링키 발급 요청의 주요 파라미터로 소개하고(빌링키
        발급 요청에서는 결제창에 표시되는 금액이며 0도 허용됩니다), v1 REST API 스키마는 /onetime과
        /again에서 이를 필수로 요구합니다. 빈 문자열은 누락으로 봅니다.
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
    rationale:
      en: >-
        `amount` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST schema).
      ko: >-
        `schedules`의 모든 항목에서 `amount`는 필수입니다(v1 REST API 스키마의 ScheduleAnnotation).
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
    rationale:
      en: >-
        The KCP page types `amount` as an integer and the REST schema as a number. A display string
        such as "10,000", "₩64,900" or "9,900원" cannot be read as an amount (KCP result codes 9009,
        8105: amount must be digits). A plain digit string such as "1000" is the dictionary's
        field-type error.
      ko: >-
        KCP 연동 문서는 `amount`의 타입을 정수로, REST API 스키마는 숫자로 정의합니다. "10,000",
        "₩64,900", "9,900원" 같은 표시용 문자열은 금액으로 읽을 수 없습니다(KCP 결과 코드 9009,
        8105: 금액은 숫자여야 함). "1000"처럼 숫자로만 된 문자열은 필드 사전의 field-type 오류로
        보고합니다.
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
    rationale:
      en: >-
        The v1 REST schema and the KCP page type `amount` as a number. PortOne's own v1
        non-authenticated payment guide shows /subscribe/payments/again with `amount` as an object
        holding `total`, which is the V2 API's shape; copied into a v1 call it is rejected. The schema
        wins over the guide.
      ko: >-
        v1 REST API 스키마와 KCP 연동 문서는 `amount`의 타입을 숫자로 정의합니다. 포트원의 v1 비인증
        결제 가이드에는 /subscribe/payments/again의 `amount`가 `total`을 담은 객체로 나오는데, 이는
        V2 API의 형식이어서 v1 호출에 그대로 옮기면 거절됩니다. 가이드보다 스키마를 따릅니다.
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
    rationale:
      en: >-
        The KCP page types `amount` as an integer and the won has no minor unit; KCP refuses amounts
        that are not plain digits (result codes 8105, 8156-8158). Prices computed with discounts or
        percentages in floating point often come out as 27806.999999999996. Payloads in another
        currency (USD) are not checked here: cents are legitimate there. The value is checked, not how
        it is written: `9900.0` (what Python's `float` and many JSON encoders write) is 9900 won, the
        SDK receives it as the number 9900, and the REST reference types `amount` as a number.
      ko: >-
        KCP 연동 문서는 `amount`의 타입을 정수로 정의하며 원화에는 원 미만 단위가 없습니다. KCP는
        숫자로만 이루어지지 않은 금액을 거절합니다(결과 코드 8105, 8156~8158). 할인이나 비율을
        부동소수점으로 계산한 가격은 흔히 27806.999999999996 같은 값이 됩니다. 다른 통화(USD)의
        페이로드는 여기서 검사하지 않습니다. 그 통화에서는 센트 단위가 정상이기 때문입니다. 표기
        방식이 아니라 값을 검사합니다. `9900.0`(Python의 `float`와 여러 JSON 인코더가 이렇게
        씁니다)은 9900원이고, SDK는 이를 숫자 9900으로 받으며, REST API 문서는 `amount`의 타입을
        숫자로 정의합니다.
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
    rationale:
      en: >-
        A payment of 0 won is not a payment: the KCP page uses 0 only in the billing-key example,
        where the amount is merely shown and nothing is approved. Negative amounts are the
        dictionary's field-range error (minimum 0).
      ko: >-
        0원 결제는 결제가 아닙니다. KCP 연동 문서는 빌링키 발급 예시에서만 0을 쓰는데, 이때 금액은
        표시만 될 뿐 아무것도 승인되지 않습니다. 음수 금액은 필드 사전의 field-range 오류(최솟값
        0)로 보고합니다.
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
    rationale:
      en: >-
        KCP's result code 9010 refuses card payments below 1,000 won. A warning rather than an error:
        PortOne's playground charges 100 won on KCP's public test channel. 0 is `amount-zero` and
        negative amounts are a field-range error. An amount sent as a string of digits (`"100"`, as
        PortOne's Android and iOS SDKs send it) is held to the minimum too, beside field-type's error.
      ko: >-
        KCP는 1,000원 미만의 신용카드 결제를 결과 코드 9010으로 거절합니다. 다만 포트원
        플레이그라운드가 KCP 공용 테스트 채널에서 100원을 결제하므로 오류가 아닌 경고입니다. 0은
        `amount-zero`가, 음수 금액은 field-range 오류가 보고합니다. 숫자 문자열로 보낸 금액(포트원
        Android·iOS SDK가 보내는 `"100"` 같은 값)도 field-type 오류와 함께 최소 금액 검사를
        받습니다.
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
    rationale:
      en: >-
        `tax_free` is "the tax-exempt part of `amount`" (SDK reference and v1 REST schema): the VAT is
        (amount - tax_free) / 11, so a negative value or one above `amount` makes no sense and KCP
        refuses the mismatch (result codes 8564, 8074).
      ko: >-
        `tax_free`는 "`amount` 중 면세금액"입니다(SDK 파라미터 문서와 v1 REST API 스키마). 부가세는
        (amount - tax_free) / 11이므로 음수나 `amount`보다 큰 값은 의미가 없으며, KCP는 이렇게 맞지
        않는 금액을 거절합니다(결과 코드 8564, 8074).
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
    rationale:
      en: >-
        Setting the tax-free amount or the VAT directly needs a separate contract with KCP (PortOne's
        V2 KCP page, a fact about the PG; KCP result code 8011 "mixed-tax amount setup"). 0, the
        documented default, draws nothing; out-of-range values are `tax-free-out-of-range`.
      ko: >-
        면세금액이나 부가세를 직접 지정하려면 KCP와 별도 계약이 필요합니다(포트원 V2 KCP 연동 문서,
        PG사 자체에 관한 사실. KCP 결과 코드 8011 "복합과세 금액 설정"). 문서상 기본값인 0은
        보고하지 않으며, 범위를 벗어난 값은 `tax-free-out-of-range`가 보고합니다.
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
    rationale:
      en: >-
        The SDK reference and the v1 REST schema list the gateways that honour `vat_amount`; KCP is
        not among them, so a VAT the merchant relies on is silently not applied.
      ko: >-
        SDK 파라미터 문서와 v1 REST API 스키마는 `vat_amount`를 반영하는 PG사를 나열하는데 KCP는 그
        목록에 없으므로, 고객사가 기대한 부가세가 아무 알림 없이 적용되지 않습니다.
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
    rationale:
      en: >-
        The v1 REST schema marks `vat` deprecated ("use the tax_free parameter") on /onetime and
        /again, and the 2018 SDK parameter table already replaced it with `tax_free`.
      ko: >-
        v1 REST API 스키마는 /onetime과 /again의 `vat`를 지원 중단 예정(deprecated)으로
        표시하며("tax_free 파라미터를 사용하세요"), 2018년 SDK 파라미터 표에서 이미 `tax_free`로
        대체되었습니다.
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
    rationale:
      en: >-
        The v1 KCP page does not list currencies; PortOne's V2 KCP page (a fact about the PG) says KCP
        supports KRW and USD only, and KCP answers other codes with "unsupported currency" (result
        codes 9014, 8176). A warning because the v1 page is silent.
      ko: >-
        v1 KCP 연동 문서에는 통화 목록이 없지만, 포트원 V2 KCP 연동 문서(PG사 자체에 관한 사실)에
        따르면 KCP는 KRW와 USD만 지원하며, KCP는 다른 통화 코드에 "지원하지 않는 통화"로
        응답합니다(결과 코드 9014, 8176). v1 문서에는 언급이 없으므로 경고입니다.
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
    rationale:
      en: >-
        PortOne documents `currency` as `KRW`, `USD`, ... (ISO 4217 codes, upper case), and KCP answers
        a currency it does not know with "unsupported currency" (result codes 9014, 8176). A lower-case
        or padded `krw` is the right currency spelt wrongly, so it gets this warning and a safe fix
        instead of currency-not-supported's "only KRW and USD". The KRW-only checks (a whole number of
        won, the card minimum) still treat it as another currency until it is fixed.
      ko: >-
        포트원 문서는 `currency` 값을 `KRW`, `USD`, ... (대문자 ISO 4217 코드)로 안내하며, KCP는
        알지 못하는 통화에 "지원하지 않는 통화"로 응답합니다(결과 코드 9014, 8176). 소문자이거나
        앞뒤에 공백이 붙은 `krw`는 통화는 맞지만 표기가 틀린 것이므로, currency-not-supported의
        "KRW와 USD만 지원" 대신 이 경고와 안전한 수정안을 제시합니다. 원화 전용 검사(원 단위 정수,
        카드 최소 결제금액)는 표기를 고치기 전까지 이 값을 다른 통화로 취급합니다.
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
    rationale:
      en: >-
        PortOne's V2 KCP page (a fact about the PG): KCP takes USD for card payments only. The v1 KCP
        page is silent, hence a warning.
      ko: >-
        포트원 V2 KCP 연동 문서(PG사 자체에 관한 사실)에 따르면 KCP는 신용카드 결제에서만 USD를
        받습니다. v1 KCP 연동 문서에는 언급이 없으므로 경고입니다.
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
    rationale:
      en: >-
        KCP validates the buyer e-mail (result codes 8509 "buyer e-mail format", 9012). The check is a
        plausibility test (local@domain.tld), so it is a warning. Empty strings are not reported
        (the member is optional); values over the REST length limit are already field-length errors.
      ko: >-
        KCP는 구매자 이메일 주소를 검증합니다(결과 코드 8509 "구매자 이메일 형식", 9012). 이 검사는
        그럴듯한 형식(local@domain.tld)인지만 보므로 경고입니다. 빈 문자열은 보고하지 않으며(선택
        멤버입니다), REST 길이 한도를 넘는 값은 이미 field-length 오류로 보고됩니다.
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
    rationale:
      en: >-
        KCP validates the buyer's phone number (result codes 8507 and 8508, "buyer phone format").
        Merchant code sends placeholders that were never filled in (`010-####-####`, `구매자연락처`)
        or a label instead of the number. The check is a plausibility test: eight or more digits,
        separated by nothing or by spaces, hyphens, dots or parentheses, with an optional leading `+`
        (`01012345678`, `010-1234-5678`, `02)555-1234`, `1588-1234`, `+82 10-1234-5678`), so it is a
        warning. Empty strings are not reported (the member is optional; `sdk-buyer-tel-missing` covers
        a blank one on the SDK); values over the length limits are already field-length errors.
      ko: >-
        KCP는 구매자 전화번호를 검증합니다(결과 코드 8507, 8508 "구매자 전화번호 형식"). 고객사
        코드는 채워지지 않은 자리표시자(`010-####-####`, `구매자연락처`)나 번호 대신 항목 이름을
        보내곤 합니다. 이 검사는 그럴듯한 형식인지만 봅니다. 8자리 이상의 숫자를 구분 문자 없이,
        또는 공백, 하이픈, 점, 괄호로 구분해 쓰고 앞에 `+`를 붙일 수 있습니다(`01012345678`,
        `010-1234-5678`, `02)555-1234`, `1588-1234`, `+82 10-1234-5678`). 그래서 경고입니다. 빈
        문자열은 보고하지 않으며(선택 멤버이고, SDK에서 빈 값은 `sdk-buyer-tel-missing`이 다룹니다),
        길이 한도를 넘는 값은 이미 field-length 오류로 보고됩니다.
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
    rationale:
      en: >-
        PortOne limits `name` to 40 characters (v1 REST schema, field-length); KCP limits the product
        name to 100 bytes (PortOne's V2 KCP page, a fact about the PG). A Hangul syllable is 3 bytes in
        UTF-8, so 34 to 40 Hangul pass PortOne's limit but not KCP's. Info, not warning: the encoding KCP counts in is not documented, and in EUC-KR, KCP's
        traditional encoding, 40 Hangul are only 80 bytes.
      ko: >-
        포트원은 `name`을 40자로 제한하고(v1 REST API 스키마, field-length), KCP는 상품명을
        100바이트로 제한합니다(포트원 V2 KCP 연동 문서, PG사 자체에 관한 사실). 한글 한 음절은
        UTF-8에서 3바이트이므로 한글 34~40자는 포트원의 한도는 통과하지만 KCP의 한도는 넘습니다.
        경고가 아닌 정보 수준입니다. KCP가 어떤 인코딩으로 바이트를 세는지
        문서화되어 있지 않으며, KCP가 전통적으로 써 온 EUC-KR에서는 한글 40자가 80바이트에 불과하기
        때문입니다.
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
    rationale:
      en: >-
        The v1 REST schema marks `name` required on /again (since at least 2023). The KCP page's own
        /again example and PortOne's Python client omit it, and whether the server enforces it is not
        known.
        Severity info, not warning: the KCP page (the highest authority) sends /again without `name`, so a payload that copies it must not draw a warning; the schema's requirement is real but its enforcement is unknown.
      ko: >-
        v1 REST API 스키마는 /again의 `name`을 필수로 표시합니다(적어도 2023년부터). KCP 연동 문서의
        /again 예시와 포트원 Python 클라이언트는 `name`을 생략하며, 서버가 이를 강제하는지는 알려져
        있지 않습니다. 경고가 아니라 정보 수준입니다. 가장 우선하는 출처인 KCP
        연동 문서가 `name` 없이 /again을 보내므로 이를 따라 한 페이로드에 경고가 나와서는 안 됩니다.
        스키마의 필수 조건은 실제로 있지만 강제되는지는 알 수 없습니다.
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
    rationale:
      en: >-
        ScheduleAnnotation in the v1 REST schema lists `name` as required (added between 2024-03 and
        2025-01); PortOne's older examples omit it and enforcement is not known.
        Severity info, not warning: PortOne's own schedule examples omit `name`, and enforcement of the schema's requirement is unknown.
      ko: >-
        v1 REST API 스키마의 ScheduleAnnotation은 `name`을 필수로 표시합니다(2024-03과 2025-01
        사이에 추가됨). 포트원의 이전 예시들은 이를 생략하며, 실제로 강제되는지는 알려져 있지
        않습니다. 경고가 아니라 정보 수준입니다. 포트원 자체의 예약 결제 예시가
        `name`을 생략하고, 스키마의 필수 조건이 강제되는지 알 수 없기 때문입니다.
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
    rationale:
      en: >-
        The KCP page lists `name` without a question mark (a main parameter) and every KCP example
        sends it; KCP's result code 9007 is "product name missing". The SDK reference marks it
        optional, so this is advice only.
      ko: >-
        KCP 연동 문서는 `name`을 물음표 없이(주요 파라미터로) 소개하고 모든 KCP 예시가 이를 보내며,
        KCP 결과 코드 9007은 "상품명 누락"입니다. SDK 파라미터 문서는 이를 선택 항목으로 표시하므로
        참고용 안내일 뿐입니다.
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
    rationale:
      en: >-
        The KCP page: installments are available from 50,000 won (some issuers from 10,000 won); the
        v1 REST schema says the same of `card_quota` ("결제금액 50,000원 이상 한정"). A warning
        because of the issuer exceptions.
      ko: >-
        KCP 연동 문서에 따르면 할부는 50,000원 이상부터 이용할 수 있습니다(일부 카드사는 10,000원
        이상). v1 REST API 스키마도 `card_quota`에 대해 같은 내용을 적고 있습니다("결제금액 50,000원
        이상 한정"). 카드사별 예외가 있으므로 경고입니다.
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
    rationale:
      en: >-
        The v1 REST schema: `card_quota` is an integer, 0 for a lump sum (the default), otherwise 2 or
        more months ("2 이상의 integer 할부개월수"). There is no 1-month installment; KCP refuses
        malformed installment periods (result codes 8106, CC16). A whole number written with a
        fraction (`3.0`) is the same integer and is accepted, at the top level and in `schedules[]`.
      ko: >-
        v1 REST API 스키마에 따르면 `card_quota`는 정수로, 일시불은 0(기본값)이고 그 밖에는 2개월
        이상입니다("2 이상의 integer 할부개월수"). 1개월 할부는 없으며, KCP는 잘못된 할부 개월 수를
        거절합니다(결과 코드 8106, CC16). 소수점을 붙여 쓴 정수(`3.0`)는 같은 정수이므로
        최상위에서도 `schedules[]` 안에서도 허용합니다.
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
    rationale:
      en: >-
        On /onetime, /again and in schedules, the v1 REST schema types `bypass` as a string: "JSON
        string 형식의 PG사별 파라미터, 가공 없이 그대로 PG사로 전달". Unlike IMP.request_pay, an object
        is not serialised for the merchant.
      ko: >-
        v1 REST API 스키마는 /onetime, /again과 예약 건의 `bypass`를 문자열로 정의합니다("JSON
        string 형식의 PG사별 파라미터, 가공 없이 그대로 PG사로 전달"). IMP.request_pay와 달리 고객사
        대신 객체를 직렬화해 주지 않습니다.
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
    rationale:
      en: >-
        `notice_url` replaces the console's webhook URL for this payment and is called by PortOne's
        servers, so a relative path or a host without a scheme can never be reached and the result
        notification is lost.
      ko: >-
        `notice_url`은 이 결제에 한해 콘솔의 웹훅 URL을 대신하며 포트원 서버가 호출하는 주소이므로,
        상대 경로나 스킴이 없는 호스트로는 결코 도달할 수 없고 결제 결과 알림이 유실됩니다.
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
    rationale:
      en: >-
        The KCP page allows `notice_url` as a string or an array of strings in IMP.request_pay, but the
        v1 REST schema types it as a single string on /onetime, /again and in schedules.
      ko: >-
        KCP 연동 문서는 IMP.request_pay의 `notice_url`에 문자열이나 문자열 배열을 허용하지만, v1
        REST API 스키마는 /onetime, /again과 예약 건에서 이를 문자열 하나로 정의합니다.
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
    rationale:
      en: >-
        The v1 REST schema types `custom_data` as a string on /onetime, /again and in schedules. Other
        PortOne operations say an object is stored as its JSON text, so an object most likely works;
        hence advice only.
      ko: >-
        v1 REST API 스키마는 /onetime, /again과 예약 건의 `custom_data`를 문자열로 정의합니다.
        포트원의 다른 API 설명에 따르면 객체는 JSON 텍스트로 저장되므로 객체도 동작할 가능성이
        높습니다. 그래서 참고용 안내일 뿐입니다.
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
    rationale:
      en: >-
        The v1 REST schema describes `promotion_id` as the id of a PortOne promotion, which starts
        with `promotion-id-`; any other value (a coupon code of the shop) matches no promotion.
      ko: >-
        v1 REST API 스키마는 `promotion_id`를 포트원 프로모션의 아이디로 설명하며, 이 아이디는
        `promotion-id-`로 시작합니다. 그 밖의 값(쇼핑몰 자체의 쿠폰 코드)은 어떤 프로모션과도
        일치하지 않습니다.
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
    rationale:
      en: >-
        The v1 REST schema names the gateways of each of these members: `interest_free_by_merchant`
        (NICE, KSNET), `use_card_point` (NICE, KSNET, Smartro), `product_type` (KSNET, PayPal),
        `cash_receipt_type` (Toss Pay), `cvc` and `secure_3d_*` (Paymentwall), `customer_id` (Toss
        Payments), `extra.naverUseCfm` (Naver Pay). KCP is never among them.
      ko: >-
        v1 REST API 스키마는 다음 멤버마다 적용되는 PG사를 밝히고 있습니다.
        `interest_free_by_merchant`(NICE, KSNET), `use_card_point`(NICE, KSNET, Smartro),
        `product_type`(KSNET, PayPal), `cash_receipt_type`(Toss Pay), `cvc`와
        `secure_3d_*`(Paymentwall), `customer_id`(Toss Payments), `extra.naverUseCfm`(Naver Pay).
        어느 멤버에도 KCP는 없습니다.
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
    rationale:
      en: >-
        The v1 REST schema lists `kcp`, not `kcp_billing`, among the gateways of /onetime and of
        /subscribe/customers, and PortOne's billing-key rules say `kcp_billing` issues billing keys
        through the window only while `kcp` issues them through the API.
      ko: >-
        v1 REST API 스키마는 /onetime과 /subscribe/customers의 PG사 목록에 `kcp_billing`이 아닌
        `kcp`를 올려 두었고, 포트원의 빌링키 발급 규칙에 따르면 `kcp_billing`은 결제창으로만
        빌링키를 발급하고 `kcp`는 API로 발급합니다.
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
    rationale:
      en: >-
        The v1 REST schema describes `pg` on /onetime and /subscribe/customers as `{provider}` or
        `{provider}.{store id}`, and the KCP provider of these API calls is `kcp`. A value that names no
        provider (`kcp `, `kcpp`, `KCP`) matches no channel, and PortOne falls back to the console's
        default one, which may not be the KCP API channel. A value naming another provider is
        not-kcp-gateway's.
      ko: >-
        v1 REST API 스키마는 /onetime과 /subscribe/customers의 `pg`를 `{provider}` 또는
        `{provider}.{store id}` 형식으로 설명하며, 이 API 호출에서 KCP의 provider 값은 `kcp`입니다.
        어떤 PG사도 가리키지 않는 값(`kcp `, `kcpp`, `KCP`)은 어느 채널과도 맞지 않아 포트원이
        콘솔의 기본 채널을 쓰게 되는데, 그 채널은 KCP API 채널이 아닐 수 있습니다. 다른 PG사를
        가리키는 값은 not-kcp-gateway가 보고합니다.
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
    rationale:
      en: >-
        The v1 REST schema marks `channel_key` required on POST /subscribe/customers/{customer_uid}
        since 2026-05-20; the KCP page's example predates that and omits it. Whether the server
        enforces it is not known. A smart-routing `channel_group_id` also selects the
        channels and is accepted instead.
        Severity info, not warning: the KCP page's billing-key example (the highest authority) omits `channel_key`, and whether the server enforces the schema's newer requirement is unknown.
      ko: >-
        v1 REST API 스키마는 2026-05-20부터 POST /subscribe/customers/{customer_uid}의
        `channel_key`를 필수로 표시하지만, 그보다 앞서 작성된 KCP 연동 문서의 예시에는 이 값이
        없습니다. 서버가 이를 강제하는지는 알려져 있지 않습니다. 스마트 라우팅의
        `channel_group_id`도 채널을 지정하므로 대신 쓸 수 있습니다. 경고가 아니라 정보 수준입니다. 가장 우선하는 출처인 KCP 연동 문서의 빌링키 발급 예시에 `channel_key`가
        없고, 서버가 스키마의 새 필수 조건을 강제하는지 알 수 없기 때문입니다.
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
    rationale:
      en: >-
        The v1 REST schema defines `pg` and `channelGroupId` on /onetime but not `channel_key` (unlike
        /again, /schedule and /subscribe/customers). If the server ignores it, the default API channel
        is used.
      ko: >-
        v1 REST API 스키마는 /onetime에 `pg`와 `channelGroupId`는 정의하지만 `channel_key`는
        정의하지 않습니다(/again, /schedule, /subscribe/customers와 다릅니다). 서버가 이 값을
        무시하면 기본 API 채널이 사용됩니다.
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
    rationale:
      en: >-
        The v1 REST schema requires `card_number` on /subscribe/payments/onetime and
        /subscribe/customers: a key-in payment and an API billing key are made from the card data.
      ko: >-
        v1 REST API 스키마는 /subscribe/payments/onetime과 /subscribe/customers에서 `card_number`를
        필수로 요구합니다. 수기 결제(키인)와 API 빌링키 발급은 카드 정보로 이루어지기 때문입니다.
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
    rationale:
      en: >-
        Card numbers of domestic cards have 16 digits, AMEX 15 and Diners 14. PortOne silently
        truncates numbers longer than 16 digits (iamport-manual issue 23), and KCP refuses malformed
        card numbers (result codes 8107, CC14). Letters or other symbols fail the check too.
      ko: >-
        국내 카드의 카드번호는 16자리, AMEX는 15자리, Diners는 14자리입니다. 포트원은 16자리를 넘는
        번호를 아무 알림 없이 잘라 내며(iamport-manual 이슈 23), KCP는 형식이 잘못된 카드번호를
        거절합니다(결과 코드 8107, CC14). 문자나 그 밖의 기호가 들어 있어도 이 검사에 걸립니다.
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
    rationale:
      en: >-
        The v1 REST schema describes `card_number` as "카드번호(dddd-dddd-dddd-dddd) 기재 양식을
        유의하세요" on /onetime, /schedule and /subscribe/customers. Other layouts are not documented, so
        a warning. 14- and 15-digit numbers (Diners, AMEX) have no documented layout and are not
        checked.
      ko: >-
        v1 REST API 스키마는 /onetime, /schedule, /subscribe/customers의 `card_number`를
        "카드번호(dddd-dddd-dddd-dddd) 기재 양식을 유의하세요"라고 설명합니다. 다른 형식은
        문서화되어 있지 않으므로 경고입니다. 14자리와 15자리 번호(Diners, AMEX)는 문서에 정해진
        형식이 없으므로 검사하지 않습니다.
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
    rationale:
      en: >-
        Every issued card number passes the Luhn check digit; one that fails is a typo or a
        placeholder, such as the KCP page's `1234-1234-1234-1234`, and is refused as an invalid card
        (KCP result codes 8108, CC14). A number of zeros passes the check digit but is no card
        (client examples send `0000-0000-0000-0000`). A warning because test environments may use
        made-up numbers. Numbers of the wrong length are `card-number-length`.
      ko: >-
        발급된 카드번호는 모두 Luhn 검사 숫자를 통과합니다. 통과하지 못하는 번호는 오타이거나 KCP
        연동 문서의 `1234-1234-1234-1234` 같은 자리표시자이며, 유효하지 않은 카드로 거절됩니다(KCP
        결과 코드 8108, CC14). 0으로만 된 번호는 검사 숫자는 통과하지만 카드번호가
        아닙니다(클라이언트 예제가 `0000-0000-0000-0000`을 보냅니다). 테스트 환경에서는 지어낸
        번호를 쓸 수 있으므로 경고입니다. 길이가 잘못된 번호는 `card-number-length`가 보고합니다.
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
    rationale:
      en: >-
        The v1 REST schema requires `expiry` on /subscribe/payments/onetime and /subscribe/customers.
      ko: >-
        v1 REST API 스키마는 /subscribe/payments/onetime과 /subscribe/customers에서 `expiry`를
        필수로 요구합니다.
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
    rationale:
      en: >-
        The v1 REST schema: "카드 유효기간(YYYY-MM) 기재 양식을 유의하세요". The card's own MM/YY layout
        and compact YYYYMM are common mistakes; KCP refuses malformed expiries (result code 8109).
      ko: >-
        v1 REST API 스키마의 설명은 "카드 유효기간(YYYY-MM) 기재 양식을 유의하세요"입니다. 카드에
        적힌 MM/YY 형식과 구분 문자 없는 YYYYMM은 흔한 실수이며, KCP는 형식이 잘못된 유효기간을
        거절합니다(결과 코드 8109).
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
    rationale:
      en: >-
        An expired card is refused (KCP result codes CC54, CC55). The KCP page's /onetime examples send
        `expiry: "2019-01"` and its /subscribe/customers example `2025-12`, both past; copied as they
        are, they fail. The month counts until its last moment, Korea time.
      ko: >-
        유효기간이 지난 카드는 거절됩니다(KCP 결과 코드 CC54, CC55). KCP 연동 문서의 /onetime 예시는
        `expiry: "2019-01"`을, /subscribe/customers 예시는 `2025-12`를 보내는데 둘 다 지난
        날짜이므로 그대로 복사하면 실패합니다. 유효기간의 달은 한국 시간으로 그 달의 마지막 순간까지
        유효한 것으로 봅니다.
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
    rationale:
      en: >-
        The v1 REST schema: "생년월일6자리(YYMMDD) (법인카드의 경우 사업자등록번호10자리)". An 8-digit
        YYYYMMDD, separators or an impossible date are refused by KCP (result codes 8110, CC66).
      ko: >-
        v1 REST API 스키마의 설명은 "생년월일6자리(YYMMDD) (법인카드의 경우
        사업자등록번호10자리)"입니다. 8자리 YYYYMMDD, 구분 문자가 들어간 값, 존재할 수 없는 날짜는
        KCP가 거절합니다(결과 코드 8110, CC66).
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
    rationale:
      en: >-
        Every KCP example of /onetime and /subscribe/customers sends `birth`, and PortOne's V2 KCP page
        (a fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks
        it "varies by PG or contract", so a warning.
      ko: >-
        /onetime과 /subscribe/customers의 모든 KCP 예시가 `birth`를 보내며, 포트원 V2 KCP 연동
        문서(PG사 자체에 관한 사실)는 KCP API 빌링키 발급에 이 값이 필수라고 밝힙니다. v1 REST API
        스키마는 "PG사나 계약에 따라 다름"으로 표시하므로 경고입니다.
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
    rationale:
      en: >-
        The v1 REST schema: "카드비밀번호 앞 2자리". The whole 4-digit password, or a single digit, is
        refused (KCP result codes 8111, CC63) and must never be sent in full.
      ko: >-
        v1 REST API 스키마의 설명은 "카드비밀번호 앞 2자리"입니다. 4자리 비밀번호 전체나 한 자리만
        보내면 거절되며(KCP 결과 코드 8111, CC63), 비밀번호 전체는 절대 보내서는 안 됩니다.
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
    rationale:
      en: >-
        The KCP page's /subscribe/customers example sends `pwd_2digit`, and PortOne's V2 KCP page (a
        fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks it
        "varies by PG or contract", so a warning.
      ko: >-
        KCP 연동 문서의 /subscribe/customers 예시는 `pwd_2digit`을 보내며, 포트원 V2 KCP 연동
        문서(PG사 자체에 관한 사실)는 KCP API 빌링키 발급에 이 값이 필수라고 밝힙니다. v1 REST API
        스키마는 "PG사나 계약에 따라 다름"으로 표시하므로 경고입니다.
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
    rationale:
      en: >-
        The KCP page's /onetime examples omit `pwd_2digit`, while the legacy KCP API guide and
        PortOne's Python client send it and PortOne's V2 KCP page requires it for API billing keys.
        Advice only, because the KCP page's own example works without it.
      ko: >-
        KCP 연동 문서의 /onetime 예시에는 `pwd_2digit`이 없지만, 구 KCP API 가이드와 포트원 Python
        클라이언트는 이 값을 보내며 포트원 V2 KCP 연동 문서는 API 빌링키 발급에 이 값을 필수로
        요구합니다. KCP 연동 문서의 예시가 이 값 없이도 동작하므로 참고용 안내일 뿐입니다.
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
    rationale:
      en: >-
        The REST reference of /subscribe/payments/schedule: with a `customer_uid` that has no billing
        key yet, a key is issued first and the card data is mandatory; with an existing key it is
        optional. A body with only part of the card data can do neither.
      ko: >-
        /subscribe/payments/schedule의 REST API 문서에 따르면, 아직 빌링키가 없는 `customer_uid`로
        요청하면 빌링키를 먼저 발급하므로 카드 정보가 필수이고, 이미 빌링키가 있으면 카드 정보는
        선택입니다. 카드 정보를 일부만 담은 요청 본문은 어느 쪽으로도 처리될 수 없습니다.
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
    rationale:
      en: >-
        The v1 REST schema of /subscribe/payments/schedule has `schedule_at` only inside the items of
        `schedules`. A body with a top-level `schedule_at` and no `schedules` (the /again body with a time
        added) is refused for the missing `schedules`; the fix is to nest the charge. The rule stops
        further checks: every other finding would only repeat it.
      ko: >-
        /subscribe/payments/schedule의 v1 REST API 스키마에서 `schedule_at`은 `schedules`의 항목
        안에만 있습니다. `schedules` 없이 최상위에 `schedule_at`이 있는 요청 본문(/again 요청 본문에
        시각만 더한 것)은 `schedules`가 없어 거절되므로, 예약 건을 `schedules` 안에 넣어야 합니다.
        이 규칙은 이후의 검사를 멈춥니다. 다른 진단은 모두 같은 문제를 되풀이할 뿐이기 때문입니다.
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
    rationale:
      en: >-
        The KCP page's "API 빌링키 예약/반복 결제 요청하기" example (in earlier versions of the page and still in the current one) posts `{customer_uid, merchant_uid, amount}` to /subscribe/payments/again instead of
        showing a schedule. Sent to /subscribe/payments/schedule, that body has no `schedules` and is
        refused. The rule stops further checks: the body belongs to another endpoint, and every other
        finding would only repeat that.
      ko: >-
        KCP 연동 문서의 "API 빌링키 예약/반복 결제 요청하기" 예시(이전 판의 문서에도, 현재 문서에도 있습니다)는 예약 결제를 보여 주는 대신 `{customer_uid, merchant_uid, amount}`를
        /subscribe/payments/again으로 보냅니다. 이 본문을 /subscribe/payments/schedule로 보내면
        `schedules`가 없어 거절됩니다. 이 규칙은 이후의 검사를 멈춥니다. 본문이 다른 엔드포인트의
        것이며, 다른 진단은 모두 그 사실을 되풀이할 뿐이기 때문입니다.
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
    rationale:
      en: >-
        `schedule_at` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST
        schema).
      ko: >-
        `schedules`의 모든 항목에서 `schedule_at`은 필수입니다(v1 REST API 스키마의
        ScheduleAnnotation).
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
    rationale:
      en: >-
        The v1 REST schema: `schedule_at` is an integer, "결제요청 예약시각(초) (UNIX timestamp in
        seconds)". JavaScript's Date.now() gives milliseconds, which read as seconds land tens of
        thousands of years ahead; a fraction or a date string is not a Unix time.
      ko: >-
        v1 REST API 스키마에서 `schedule_at`은 정수이며 설명은 "결제요청 예약시각(초) (UNIX
        timestamp in seconds)"입니다. JavaScript의 Date.now()는 밀리초 값을 돌려주는데, 이를 초로
        읽으면 수만 년 뒤가 됩니다. 소수점 이하가 있는 값이나 날짜 문자열은 UNIX timestamp가
        아닙니다.
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
    rationale:
      en: >-
        A schedule is meant for a future time; the REST reference documents no behaviour for a past
        `schedule_at`, which usually comes from a wrong clock, a reused fixture or seconds and
        milliseconds mixed up. A warning because the outcome is unknown.
      ko: >-
        예약은 미래 시각에 결제하려는 것입니다. REST API 문서에는 지난 `schedule_at`에 대한 동작이
        나와 있지 않으며, 지난 시각은 대개 잘못된 시계, 재사용한 테스트 데이터(fixture), 초와
        밀리초의 혼동에서 생깁니다. 결과를 알 수 없으므로 경고입니다.
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
    rationale:
      en: >-
        ScheduleAnnotation lists `currency` as required (added between 2023-08 and 2024-03) with the default
        KRW, while PortOne's own examples omit it. Advice only.
      ko: >-
        ScheduleAnnotation은 `currency`를 기본값 KRW와 함께 필수로 표시하지만(2023-08과 2024-03 사이에 추가됨), 포트원 자체의 예시는 이를 생략합니다. 참고용 안내일 뿐입니다.
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
    rationale:
      en: >-
        The v1 REST schema types `checking_amount` as an integer: an amount approved and cancelled
        right away to check the card, 0 for no check.
      ko: >-
        v1 REST API 스키마는 `checking_amount`의 타입을 정수로 정의합니다. 카드 확인을 위해 승인한
        뒤 바로 취소하는 금액이며, 0이면 확인하지 않습니다.
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
    rationale:
      en: >-
        `checking_amount` approves a charge of that amount on the new card and cancels it at once (v1
        REST schema). On KCP that approval is a card payment, and KCP's result code 9010 refuses card
        payments below 1,000 won. PortOne's PHP client example sends 100, which merchants copy. A
        warning, as `amount-below-card-minimum` is. 0 (no test charge) is not reported.
      ko: >-
        `checking_amount`는 새 카드에 그 금액을 승인한 뒤 바로 취소합니다(v1 REST API 스키마).
        KCP에서 이 승인은 신용카드 결제이며, KCP는 1,000원 미만의 신용카드 결제를 결과 코드 9010으로
        거절합니다. 포트원 PHP 클라이언트 예제는 100을 보내고, 고객사는 이를 그대로 복사합니다.
        `amount-below-card-minimum`과 마찬가지로 경고입니다. 0(테스트 승인 없음)은 보고하지
        않습니다.
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
    rationale:
      en: >-
        ScheduleAnnotation has no `imp_uid`: it appears only in responses (schedule lookups). Sent in
        a request it is ignored, and an item that relies on it for identity usually lacks its
        `merchant_uid`.
      ko: >-
        ScheduleAnnotation에는 `imp_uid`가 없습니다. `imp_uid`는 응답(예약 조회)에만 나옵니다.
        요청에 넣으면 무시되며, `imp_uid`로 예약 건을 구분하려는 항목에는 대개 `merchant_uid`가 빠져
        있습니다.
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
    static let snapshot = "BQwacmVzdC1zY2hlZHVsZUJQT1NUIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGViUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlICjsmIjslb0g6rKw7KCcKQFCUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlAY4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djECBAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAEABgYWc2NoZWR1bGVfYXQAAgAWc2NoZWR1bGVfYXQCAgABBhhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIAAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAABYWY2FyZF9udW1iZXIMZXhwaXJ5CmJpcnRoFHB3ZF8yZGlnaXQGY3ZjGGN1c3RvbWVyX3VpZBZjdXN0b21lcl9pZB5jaGVja2luZ19hbW91bnQWY2hhbm5lbF9rZXkEcGcSc2NoZWR1bGVzFhZjYXJkX251bWJlcgIBQkNhcmQgbnVtYmVyIChkZGRkLWRkZGQtZGRkZC1kZGRkKUTsubTrk5zrsojtmLggKGRkZGQtZGRkZC1kZGRkLWRkZGQpAAAAAAAAAAAAAAABAAAAAQZwYW4ADGV4cGlyeQIBKkNhcmQgZXhwaXJ5IChZWVlZLU1NKTrsubTrk5wg7Jyg7Zqo6riw6rCEIChZWVlZLU1NKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAKYmlydGgCAY4BRGF0ZSBvZiBiaXJ0aCBZWU1NREQsIG9yIGEgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyIGZvciBjb3Jwb3JhdGUgY2FyZHOYAeyDneuFhOyblOydvCA27J6Q66asICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAFHB3ZF8yZGlnaXQCAUZGaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZDzsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwAAAAAAAAAAAAAAAEAAAABCGZ1bGwABmN2YwIBUkNhcmQgdmVyaWZpY2F0aW9uIGNvZGUgKFBheW1lbnR3YWxsIG9ubHkpWOy5tOuTnCDsnbjspp3rsojtmLggKO2OmOydtOuovO2KuOyblCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAQhmdWxsABhjdXN0b21lcl91aWQCARxCaWxsaW5nIGtleSBpZIYB6rWs66ek7J6Q7J2YIOqysOygnOyImOuLqCDsi53rs4Qg6rOg7Jyg67KI7Zi4ICjruYzrp4HtgqTsmYAg66ek7ZWRKQAAAAEAAaABAAAAAAAAAAEAAAAAABZjdXN0b21lcl9pZAIBOkJ1eWVyIGlkIChUb3NzIFBheW1lbnRzIG9ubHkpUOq1rOunpOyekCBJRCAo7Yag7Iqk7Y6Y7J2066i87LigIOyghOyaqSkAAAAAAAAAAAAAAAEAAAAAAB5jaGVja2luZ19hbW91bnQEAXBUZXN0IGNoYXJnZSBhcHByb3ZlZCBhbmQgY2FuY2VsbGVkIGF0IG9uY2UgKDAgPSBubyB0ZXN0KbwB7Jyg7Zqo7Lm065OcIOyytO2BrCDsirnsnbjquIjslaEgKOqysOygnCDsp4Htm4Qg7J6Q64+ZIOy3qOyGjCwgMOydtOuptCDthYzsiqTtirjtlZjsp4Ag7JWK7J2MKQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAWY2hhbm5lbF9rZXkCAYQBQ2hhbm5lbCBrZXkgKG5ldyBiaWxsaW5nIGtleSwgb3IgYSBjaGFubmVsIG9mIGEgbXVsdGktY2hhbm5lbCBrZXkppgHssYTrhJDtgqQgKOyLoOq3nCDruYzrp4HtgqQg67Cc6riJIOyxhOuEkCDrmJDripQg67O17IiYIOyxhOuEkCDruYzrp4HtgqTsnZgg7LGE64SQKQAAAAEAAW4AAAAAAAAAAQAAAAAABHBnAgFYUEcgY29kZSAobm8gbG9uZ2VyIGRvY3VtZW50ZWQgZm9yIC9zY2hlZHVsZSmGAVBHIOq1rOu2hOy9lOuTnCAoL3NjaGVkdWxl7JeQ7IScIOuNlCDsnbTsg4Eg66y47ISc7ZmU65CY7KeAIOyViuydjCkAAAABAAGgAQAAAAAAAAABAAHWAlBvcnRPbmUncyBjdXJyZW50IEFQSSByZWZlcmVuY2Ugbm8gbG9uZ2VyIGxpc3RzIGBwZ2AgZm9yIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgKGl0IG9ubHkgZXZlciBhcHBsaWVkIHRvIGEgbmV3IGBjdXN0b21lcl91aWRgKTsgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxfa2V5YK4D7Y+s7Yq47JuQIEFQSSDrrLjshJzsl5DshJwgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydmCBgcGdgIO2MjOudvOuvuO2EsOqwgCDsgq3soJzrkJjsl4jsirXri4jri6QgKOyLoOq3nCBgY3VzdG9tZXJfdWlkYOulvCDrk7HroZ3tlaAg65WM66eMIOyggeyaqeuQmOuNmCDqsJLsnoXri4jri6QpLiBgY2hhbm5lbF9rZXlg66GcIOyxhOuEkOydhCDsp4DsoJXtlZjshLjsmpQBFmNoYW5uZWxfa2V5AAASc2NoZWR1bGVzQAEiU2NoZWR1bGVkIGNoYXJnZXMs6rKw7KCc7JiI7JW9IOyKpOy8gOykhAAAAAAAAAABAQIAARZzY2hlZHVsZXNbXSAAAAAAAAAAAAAAMBhtZXJjaGFudF91aWQWc2NoZWR1bGVfYXQMYW1vdW50EGN1cnJlbmN5CG5hbWUQdGF4X2ZyZWUUdmF0X2Ftb3VudBRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlFmN1c3RvbV9kYXRhFG5vdGljZV91cmwUY2FyZF9xdW90YRpwcm9kdWN0X2NvdW50FGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZApleHRyYRhwcm9kdWN0X3R5cGUiY2FzaF9yZWNlaXB0X3R5cGUyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudBx1c2VfY2FyZF9wb2ludDAYbWVyY2hhbnRfdWlkAgFSTWVyY2hhbnQgb3JkZXIgbnVtYmVyICh1bmlxdWUgcGVyIGNoYXJnZSk86rOg6rCd7IKsIOyjvOusuCDqs6DsnKAg67KI7Zi4AAAAAQABUAAAAAAAAAABAAAAAAAWc2NoZWR1bGVfYXQEAUhXaGVuIHRvIGNoYXJnZTogVW5peCB0aW1lIGluIHNlY29uZHNs6rKw7KCc7JqU7LKtIOyYiOyVveyLnOqwgSAoVU5JWCB0aW1lc3RhbXAsIOy0iCDri6jsnIQpAAAAAAAAAAAAAAABAAAAAAAMYW1vdW50CAEsQW1vdW50IHRvIGNoYXJnZSAoS1JXKRjqsrDsoJzquIjslaEAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAEAAVAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUY2FyZF9xdW90YQgBQkluc3RhbGxtZW50IG1vbnRocyAoMCA9IGx1bXAgc3VtKUzsubTrk5wg7ZWg67aA6rCc7JuU7IiYICgwID0g7J287Iuc67aIKQAAAAAAAAAAAAAAAQAAAAAAGnByb2R1Y3RfY291bnQEATxOdW1iZXIgb2YgcHJvZHVjdHMgKGRlZmF1bHQgMSlK6rKw7KCcIOyDge2SiOydmCDqsJzsiJggKOq4sOuzuOqwkiAxKQAAAAAAAQAAAAAAAPA/AAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAAApleHRyYSABIEV4dHJhIHBhcmFtZXRlcnMm7LaU6rCAIO2MjOudvOuvuO2EsAAAAAAAAAAAAAIWbmF2ZXJVc2VDZm0CFm5hdmVyVXNlQ2ZtAgFoTmF2ZXIgUGF5IHNlcnZpY2UgY29tcGxldGlvbiBkYXRlIFlZWVlNTUREIChub3QgS0NQKXDrhKTsnbTrsoTtjpjsnbQg7J207Jqp7JmE66OM7J28IFlZWVlNTUREIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGHByb2R1Y3RfdHlwZQIBTFJlYWwgb3IgZGlnaXRhbCBnb29kcyAoS1NORVQsIG5vdCBLQ1ApZOyjvOusuCDsg4Htkogg6rWs67aEIChLU05FVCDsoITsmqksIEtDUCDrr7jsp4Dsm5ApAQQGCHJlYWwGDmRpZ2l0YWwAAAAAAAAAAAAAAQAAAAAAImNhc2hfcmVjZWlwdF90eXBlAgFYQ2FzaCByZWNlaXB0IHRhcmdldCAoVG9zcyBQYXkgb25seSwgbm90IEtDUCmOAe2YhOq4iOyYgeyImOymnSDrsJztlonrjIDsg4EgKCjsi6ApIO2GoOyKpO2OmOydtCDsoITsmqksIEtDUCDrr7jsp4Dsm5ApAQYGDHBlcnNvbgYOY29tcGFueQYSYW5vbnltb3VzAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sKAoYcmVzdC1vbmV0aW1lQFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lYFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lICjsiJjquLAg6rKw7KCcKQFAUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUBemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEABAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgABAgQGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgABBgxhbW91bnQAAgAMYW1vdW50DAIAAUAYbWVyY2hhbnRfdWlkDGFtb3VudAhuYW1lFGJ1eWVyX25hbWUWYnV5ZXJfZW1haWwSYnV5ZXJfdGVsFGJ1eWVyX2FkZHIcYnV5ZXJfcG9zdGNvZGUQdGF4X2ZyZWUUdmF0X2Ftb3VudBBjdXJyZW5jeRRjYXJkX3F1b3RhFmN1c3RvbV9kYXRhFG5vdGljZV91cmwUYnJvd3Nlcl9pcAxieXBhc3MYcHJvbW90aW9uX2lkMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQcdXNlX2NhcmRfcG9pbnQYcHJvZHVjdF90eXBlFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YxhjdXN0b21lcl91aWQEcGccY2hhbm5lbEdyb3VwSWQWY2hhbm5lbF9rZXkGdmF0JnNlY3VyZV8zZF9jaGFyZ2VfaWQec2VjdXJlXzNkX3Rva2VuQBhtZXJjaGFudF91aWQCAVJNZXJjaGFudCBvcmRlciBudW1iZXIgKHVuaXF1ZSBwZXIgY2hhcmdlKTzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEAAAAAAAxhbW91bnQIASxBbW91bnQgdG8gY2hhcmdlIChLUlcpGOqysOygnOq4iOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAIbmFtZQIBFE9yZGVyIG5hbWUS7KO866y466qFAAAAAQABUAAAAAAAAAABAAAAAAAUYnV5ZXJfbmFtZQIBFEJ1eWVyIG5hbWUY7KO866y47J6Q66qFAAAAAQABIAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwu7KO866y47J6QIEUtbWFpbCDso7zshowAAAABAAGAAQAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyLOyjvOusuOyekCDsoITtmZTrsojtmLgAAAABAAEgAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDso7zrrLjsnpAg7KO87IaMAAAAAQABgAIAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs7KO866y47J6QIOyasO2OuOuyiO2YuAAAAAEAARAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBLEN1cnJlbmN5IChkZWZhdWx0IEtSVyk66rKw7KCcIO2Gte2ZlCAo6riw67O46rCSIEtSVykAAAAAAAAAAAAAAAEAAAAAABRjYXJkX3F1b3RhBAFCSW5zdGFsbG1lbnQgbW9udGhzICgwID0gbHVtcCBzdW0pTOy5tOuTnCDtlaDrtoDqsJzsm5TsiJggKDAgPSDsnbzsi5zrtogpAAAAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAYcHJvZHVjdF90eXBlAgFMUmVhbCBvciBkaWdpdGFsIGdvb2RzIChLU05FVCwgbm90IEtDUClk7KO866y4IOyDge2SiCDqtazrtoQgKEtTTkVUIOyghOyaqSwgS0NQIOuvuOyngOybkCkBBAYIcmVhbAYOZGlnaXRhbAAAAAAAAAAAAAABAAAAAAAWY2FyZF9udW1iZXICAUJDYXJkIG51bWJlciAoZGRkZC1kZGRkLWRkZGQtZGRkZClE7Lm065Oc67KI7Zi4IChkZGRkLWRkZGQtZGRkZC1kZGRkKQAAAAAAAAAAAAAAAQAAAAEGcGFuAAxleHBpcnkCASpDYXJkIGV4cGlyeSAoWVlZWS1NTSk67Lm065OcIOycoO2aqOq4sOqwhCAoWVlZWS1NTSkAAAAAAAAAAAAAAAEAAAABCGZ1bGwACmJpcnRoAgGOAURhdGUgb2YgYmlydGggWVlNTURELCBvciBhIDEwLWRpZ2l0IGJ1c2luZXNzIG51bWJlciBmb3IgY29ycG9yYXRlIGNhcmRzmAHsg53rhYTsm5TsnbwgNuyekOumrCAo67KV7J247Lm065Oc7J2YIOqyveyasCDsgqzsl4XsnpDrk7HroZ3rsojtmLggMTDsnpDrpqwpAAAAAAAAAAAAAAABAAAAAQhmdWxsABRwd2RfMmRpZ2l0AgFGRmlyc3QgMiBkaWdpdHMgb2YgdGhlIGNhcmQgcGFzc3dvcmQ87Lm065Oc67mE67CA67KI7Zi4IOyVniAy7J6Q66asAAAAAAAAAAAAAAABAAAAAQhmdWxsAAZjdmMCAVJDYXJkIHZlcmlmaWNhdGlvbiBjb2RlIChQYXltZW50d2FsbCBvbmx5KVjsubTrk5wg7J247Kad67KI7Zi4ICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAYY3VzdG9tZXJfdWlkAgGGAUJpbGxpbmcga2V5IGlkOiB3aGVuIGdpdmVuLCB0aGUgY2FyZCBpcyBhbHNvIHNhdmVkIGFzIGEgYmlsbGluZyBrZXnAAeq1rOunpOyekOydmCDqsrDsoJzsiJjri6gg7Iud67OEIOqzoOycoOuyiO2YuCAo7KeA7KCV7ZWY66m0IOu5jOunge2CpOuPhCDtlajqu5gg7KCA7J6l65Cp64uI64ukKQAAAAEAAaABAAAAAAAAAAEAAAAAAARwZwIBXlBHIGNvZGU6IGtjcCwgb3Iga2NwLiBmb2xsb3dlZCBieSB0aGUgc2l0ZSBjb2RlYFBHIOq1rOu2hOy9lOuTnCAoa2NwIOuYkOuKlCBrY3Au7IKs7J207Yq47L2U65OcKQAAAAEAAaABAAAAAAAAAAEAAAAAABxjaGFubmVsR3JvdXBJZAIBZlNtYXJ0LXJvdXRpbmcgY2hhbm5lbCBncm91cCBpZCAocGcgaXMgdGhlbiBpZ25vcmVkKaAB7Iqk66eI7Yq4IOudvOyasO2MhSDssYTrhJAg6re466O5IOyVhOydtOuUlCAo7KeA7KCV7ZWY66m0IHBn64qUIOustOyLnOuQqeuLiOuLpCkAAAABAAFuAAAAAAAAAAEAAAAAABZjaGFubmVsX2tleQIBaENoYW5uZWwga2V5IChub3QgYSBkb2N1bWVudGVkIHBhcmFtZXRlciBvZiAvb25ldGltZSl27LGE64SQ7YKkICgvb25ldGltZeyXkOuKlCDsoJXsnZjrkJjsp4Ag7JWK7J2AIO2MjOudvOuvuO2EsCkAAAABAAFuAAAAAAAAAAEAAAAAAAZ2YXQIASBWQVQgKGRlcHJlY2F0ZWQpQOu2gOqwgOyEuCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGIAXVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIHRoZW4gY29tcHV0ZWQgYXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExyAFgdGF4X2ZyZWVgIO2MjOudvOuvuO2EsOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAJnNlY3VyZV8zZF9jaGFyZ2VfaWQCAU4zLUQgU2VjdXJlIGNoYXJnZSBpZCAoUGF5bWVudHdhbGwgb25seSlYM0Qgc2VjdXJlIOqysOygnCBJRCAo7Y6Y7J2066i87Yq47JuUIOyghOyaqSkAAAAAAAAAAAAAAAEAAAAAAB5zZWN1cmVfM2RfdG9rZW4CAUYzLUQgU2VjdXJlIHRva2VuIChQYXltZW50d2FsbCBvbmx5KVIzRCBzZWN1cmUg7Yag7YGwICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAAAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWw+CiByZXN0LWJpbGxpbmcta2V5UFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH12UE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfSAo67mM66eB7YKkIOuwnOq4iSkBUFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0Bcmh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL2JpbGxpbmdrZXk/dj12MQIKBhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggCAAEGFHB3ZF8yZGlnaXQAAgAUcHdkXzJkaWdpdA4CAAEGGmN1c3RvbWVyX25hbWUAAgAaY3VzdG9tZXJfbmFtZRACAAEGGGN1c3RvbWVyX3RlbAACABhjdXN0b21lcl90ZWwSAgABBhxjdXN0b21lcl9lbWFpbAACABxjdXN0b21lcl9lbWFpbBQCAAEeFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YxhjdXN0b21lcl91aWQWY2hhbm5lbF9rZXkgY2hhbm5lbF9ncm91cF9pZARwZxZjdXN0b21lcl9pZBpjdXN0b21lcl9uYW1lGGN1c3RvbWVyX3RlbBxjdXN0b21lcl9lbWFpbBpjdXN0b21lcl9hZGRyImN1c3RvbWVyX3Bvc3Rjb2RlHhZjYXJkX251bWJlcgIBQkNhcmQgbnVtYmVyIChkZGRkLWRkZGQtZGRkZC1kZGRkKUTsubTrk5zrsojtmLggKGRkZGQtZGRkZC1kZGRkLWRkZGQpAAAAAAAAAAAAAAABAAAAAQZwYW4ADGV4cGlyeQIBKkNhcmQgZXhwaXJ5IChZWVlZLU1NKTrsubTrk5wg7Jyg7Zqo6riw6rCEIChZWVlZLU1NKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAKYmlydGgCAY4BRGF0ZSBvZiBiaXJ0aCBZWU1NREQsIG9yIGEgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyIGZvciBjb3Jwb3JhdGUgY2FyZHOYAeyDneuFhOyblOydvCA27J6Q66asICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAFHB3ZF8yZGlnaXQCAUZGaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZDzsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwAAAAAAAAAAAAAAAEAAAABCGZ1bGwABmN2YwIBUkNhcmQgdmVyaWZpY2F0aW9uIGNvZGUgKFBheW1lbnR3YWxsIG9ubHkpWOy5tOuTnCDsnbjspp3rsojtmLggKO2OmOydtOuovO2KuOyblCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAQhmdWxsABhjdXN0b21lcl91aWQCAVBCaWxsaW5nIGtleSBpZCAoYmVsb25ncyBpbiB0aGUgVVJMIHBhdGgpkAHqtazrp6TsnpDsnZgg6rKw7KCc7IiY64uoIOyLneuzhCDqs6DsnKDrsojtmLggKFVSTCDqsr3roZzsl5Ag64Sj64qUIOqwkikAAAABAAGgAQAAAAAAAAABAAAAAAAWY2hhbm5lbF9rZXkCAVRDaGFubmVsIGtleSBvZiB0aGUgS0NQIEFQSSBiaWxsaW5nIGNoYW5uZWxES0NQIEFQSSDruYzrp4Eg7LGE64SQ7J2YIOyxhOuEkO2CpAAAAAEAAW4AAAAAAAAAAQAAAAAAIGNoYW5uZWxfZ3JvdXBfaWQCAWZTbWFydC1yb3V0aW5nIGNoYW5uZWwgZ3JvdXAgaWQgKHBnIGlzIHRoZW4gaWdub3JlZCmgAeyKpOuniO2KuCDrnbzsmrDtjIUg7LGE64SQIOq3uOujuSDslYTsnbTrlJQgKOyngOygle2VmOuptCBwZ+uKlCDrrLTsi5zrkKnri4jri6QpAAAAAQABbgAAAAAAAAABAAAAAAAEcGcCAV5QRyBjb2RlOiBrY3AsIG9yIGtjcC4gZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZWBQRyDqtazrtoTsvZTrk5wgKGtjcCDrmJDripQga2NwLuyCrOydtO2KuOy9lOuTnCkAAAABAAGgAQAAAAAAAAABAAAAAAAWY3VzdG9tZXJfaWQCATpCdXllciBpZCAoVG9zcyBQYXltZW50cyBvbmx5KVDqtazrp6TsnpAgSUQgKO2GoOyKpO2OmOydtOuovOy4oCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAAAaY3VzdG9tZXJfbmFtZQIBIENhcmQgaG9sZGVyIG5hbWVQ6rOg6rCdKOy5tOuTnOyGjOyngOyekCkg6rSA66as7JqpIOyEse2VqAAAAAEAASgAAAAAAAAAAQAAAAAAGGN1c3RvbWVyX3RlbAIBMENhcmQgaG9sZGVyIHBob25lIG51bWJlckjqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDsoITtmZTrsojtmLgAAAABAAEoAAAAAAAAAAEAAAAAABxjdXN0b21lcl9lbWFpbAIBJENhcmQgaG9sZGVyIGUtbWFpbDrqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSBFbWFpbAAAAAEAAZADAAAAAAAAAAEAAAAAABpjdXN0b21lcl9hZGRyAgEmQ2FyZCBob2xkZXIgYWRkcmVzczzqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDso7zshowAAAABAAGQAwAAAAAAAAABAAAAAAAiY3VzdG9tZXJfcG9zdGNvZGUCAShDYXJkIGhvbGRlciBwb3N0Y29kZUjqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDsmrDtjrjrsojtmLgAAAABAAEQAAAAAAAAAAEAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sUAoec2RrLWJpbGxpbmcta2V5SklNUC5yZXF1ZXN0X3BheSBpc3N1aW5nIGEgYmlsbGluZyBrZXlASU1QLnJlcXVlc3RfcGF5IOu5jOunge2CpCDrsJzquIkBUElNUC5yZXF1ZXN0X3BheShwYXJhbSkgd2l0aCBjdXN0b21lcl91aWQBigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEABAYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAECBAAEBgRwZwACAARwZxYCBgRcUwQGBHBnAAIABHBnFgIGKCg/aSleXHMqa2NwXHMqKFwufCQpAiIGFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgCAAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAEGHG1fcmVkaXJlY3RfdXJsAAIAHG1fcmVkaXJlY3RfdXJsGgIAAQYUYXBwX3NjaGVtZQACABRhcHBfc2NoZW1lHAIAAQYOZGlzcGxheQACAA5kaXNwbGF5HgIAAQYIY2FyZAACAAhjYXJkIAIAAQYOYXBwQ2FyZAACAA5hcHBDYXJkIgIAAQYMZXNjcm93AAIADGVzY3JvdyQCAAEGFmtjcFByb2R1Y3RzAAIAFmtjcFByb2R1Y3RzJgIAAQYOcHJlZmlsbAACAA5wcmVmaWxsKAIAAQYQbGFuZ3VhZ2UAAgAQbGFuZ3VhZ2UqAgABBg5jb21wYW55AAIADmNvbXBhbnksAgABBhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIAAQYOZGlnaXRhbAACAA5kaWdpdGFsMAIAAQYSYXV0aF9tb2RlAAIAEmF1dGhfbW9kZTICAAEGFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAIAAQYKcG9wdXAAAgAKcG9wdXA2AgABNhRjaGFubmVsS2V5BHBnFHBheV9tZXRob2QYbWVyY2hhbnRfdWlkCG5hbWUQY3VycmVuY3kUYnV5ZXJfbmFtZRZidXllcl9lbWFpbBJidXllcl90ZWwUYnV5ZXJfYWRkchxidXllcl9wb3N0Y29kZRxtX3JlZGlyZWN0X3VybBRhcHBfc2NoZW1lFG5vdGljZV91cmwWY29uZmlybV91cmwWY3VzdG9tX2RhdGEQbGFuZ3VhZ2UOY29tcGFueQ5kaWdpdGFsCnBvcHVwCGNhcmQMYW1vdW50GGN1c3RvbWVyX3VpZAxlc2Nyb3cQdGF4X2ZyZWUUdmF0X2Ftb3VudAxieXBhc3M2FGNoYW5uZWxLZXkCARZDaGFubmVsIGtleRLssYTrhJDtgqQAAAAAAAAAAAAAAAEAAAAAAARwZwIBKFBHIGNvZGUgKGRlcHJlY2F0ZWQpUlBH7IKsIOq1rOu2hOy9lOuTnCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGoAnVwZ3JhZGUgdG8gdGhlIGxhdGVzdCBKYXZhU2NyaXB0IFNESyBhbmQgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxLZXlgIChQb3J0T25lIGNvbnNvbGU6IEludGVncmF0aW9uID4gSW50ZWdyYXRpb24gaW5mbyA+IENoYW5uZWwgbWFuYWdlbWVudCnkAkpTIFNES+ulvCDstZzsi6Ag67KE7KCE7Jy866GcIOyXheq3uOugiOydtOuTnO2VnCDtm4QgYGNoYW5uZWxLZXlgIO2MjOudvOuvuO2EsOuhnCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUICjtj6ztirjsm5Ag7L2Y7IaUIFvqsrDsoJwg7Jew64+ZXSA+IFvsl7Drj5kg7KCV67O0XSA+IFvssYTrhJAg6rSA66asXSkBFGNoYW5uZWxLZXkAABRwYXlfbWV0aG9kAgEmUGF5bWVudCBtZXRob2QgY29kZTLqsrDsoJzsiJjri6gg6rWs67aE7L2U65OcAAAAAAAAAAAAAAABAAAAAAAYbWVyY2hhbnRfdWlkAgEqTWVyY2hhbnQgb3JkZXIgbnVtYmVyPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQEAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEQQ3VycmVuY3ky6rKw7KCc7Ya17ZmUIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAFGJ1eWVyX25hbWUCARRCdXllciBuYW1lIOq1rOunpOyekCDsnbTrpoQAAAAAAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbCbqtazrp6TsnpAg7J2066mU7J28AAAAAAAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyJuq1rOunpOyekCDsl7Drnb3sspgAAAAAAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDqtazrp6TsnpAg7KO87IaMAAAAAAAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzqtazrp6TsnpAg7Jqw7Y6467KI7Zi4AAAAAAAAAAAAAAABAAAAAAAcbV9yZWRpcmVjdF91cmwCAUZSZWRpcmVjdCBVUkwgYWZ0ZXIgYSBtb2JpbGUgcGF5bWVudF7rqqjrsJTsnbwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWY65CgIFVSTAABBnVybAAAAAAAAAAAAAEAAAAAABRhcHBfc2NoZW1lAgEwQXBwIFVSTCBzY2hlbWUgKFdlYlZpZXcpROyVsSDrs7Xqt4DsmqkgVVJMIHNjaGVtZSAoV2ViVmlldykAAAAAAAAAAAAAAAEAAAAAABRub3RpY2VfdXJsQgE+V2ViaG9vayBVUkwocykgZm9yIHRoaXMgcGF5bWVudCLsm7ntm4Ug7IiY7IugIFVSTAAAAAAAAAAAARhub3RpY2VfdXJsW10CAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAWY29uZmlybV91cmwCATBDb25maXJtLXByb2Nlc3MgZW5kcG9pbnRGY29uZmlybSBwcm9jZXNzIOyXlOuTnO2PrOyduO2KuCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQEyTWVyY2hhbnQgZGF0YSBlY2hvZWQgYmFjazTsgqzsmqnsnpAg7KCV7J2YIOuNsOydtO2EsAAAAAAAAAAAAAAAAQAAAAAAEGxhbmd1YWdlAgEuUGF5bWVudCB3aW5kb3cgbGFuZ3VhZ2Ug6rKw7KCc7LC9IOyWuOyWtAEEBgRrbwYEZW4AAAAAAAAAAAAAAQAAAAABDndhcm5pbmcOY29tcGFueQIBQk1lcmNoYW50IG5hbWUgc2hvd24gaW4gdGhlIHdpbmRvd0DqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOyDge2YuOuqhQAAAAAAAAAAAAAAAQAAAAAADmRpZ2l0YWwQATxEaWdpdGFsIGdvb2RzIChwaG9uZSBwYXltZW50cylg65SU7KeA7YS4IOyDge2SiCDsl6zrtoAgKO2ctOuMgO2PsCDshozslaHqsrDsoJwpAAAAAAAAAAAAAAABAAAAAAAKcG9wdXAQATRPcGVuIHRoZSB3aW5kb3cgYXMgYSBwb3B1cDztjJ3sl4Ug67Cp7IudIOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAAhjYXJkIAEYQ2FyZCBvcHRpb25zNuy5tOuTnCDqsrDsoJwg7IS467aAIOyEpOyglQAAAAAAAAAAAAQMZGlyZWN0DGRldGFpbAQMZGlyZWN0IAEwQ2FyZCBjb21wYW55IGRpcmVjdCBjYWxsSOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47LacIOygleuztAAAAAAAAAAAAAQIY29kZQpxdW90YQQIY29kZQIBIkNhcmQgY29tcGFueSBjb2RlIOy5tOuTnOyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAAApxdW90YQQBXEZpeGVkIGluc3RhbGxtZW50IG1vbnRocyAoKyBjYXJkLXBvaW50IG9mZnNldCl86rOg7KCVIO2VoOu2gOqwnOyblOyImCAo7Lm065Oc7IKsIO2PrOyduO2KuCDsgqzsmqkg7IucIOqwgOyCsCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxkZXRhaWxAAURDYXJkIGNvbXBhbmllcyBzaG93biBpbiB0aGUgd2luZG93NOy5tOuTnOyCrCDroIzrjZTrp4Eg7KCV67O0AAAAAAAAAAABEGRldGFpbFtdIAAAAAAAAAAAAAAGEmNhcmRfY29kZQ5lbmFibGVkEm1heF9tb250aAYSY2FyZF9jb2RlAgEsQ2FyZCBjb21wYW55IGNvZGUgb3IgKjLsubTrk5zsgqwg7L2U65OcIOuYkOuKlCAqAAAAAAAAAAAAAAABAAAAAAAOZW5hYmxlZBABGFNob3duIG9yIG5vdCDroIzrjZTrp4Eg7Jes67aAAAAAAAAAAAAAAAABAAAAAAASbWF4X21vbnRoBAFYTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIG1vbnRocyAobm90IEtDUClw7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7LWc64yAIOqwnOyblOyImCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGFtb3VudAgBUEFtb3VudCBzaG93biBpbiB0aGUgd2luZG93IChub3QgY2hhcmdlZClm6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDquIjslaEgKOyKueyduOuQmOyngCDslYrsnYwpAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABhjdXN0b21lcl91aWQCAUpCaWxsaW5nIGtleSBpZCBjaG9zZW4gYnkgdGhlIG1lcmNoYW50TO2PrO2KuOybkCDruYzrp4HtgqQgKOqzoOqwneyCrCDsoJXsnZgpAAAAAQABoAEAAAAAAAAAAQEAAAAADGVzY3JvdxABVkVzY3JvdyBwYXltZW50IChubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleSmCAeyXkOyKpO2BrOuhnCDqsrDsoJwg7Jes67aAICjruYzrp4HtgqQg67Cc6riJ7JeQ64qUIO2aqOqzvCDsl4bsnYwpAAAAAAAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIAVpUYXgtZnJlZSBwb3J0aW9uIChubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleSlm66m07IS46riI7JWhICjruYzrp4HtgqQg67Cc6riJ7JeQ64qUIO2aqOqzvCDsl4bsnYwpAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAABBJzaXRlX2xvZ28kYmF0Y2hfYmlydGhfZGF5X3luBBJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAACRiYXRjaF9iaXJ0aF9kYXlfeW4CAURBbHdheXMgc2hvdyB0aGUgYmlydGgtZGF0ZSBib3ggKFkpVuyDneuFhOyblOydvCDsnoXroKXrsJXsiqQg7ZWt7IOBIO2RnOyLnCAoWSkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1saAoWc2RrLXBheW1lbnQ6SU1QLnJlcXVlc3RfcGF5IGZvciBhIHBheW1lbnQ6SU1QLnJlcXVlc3RfcGF5IOydvOuwmCDqsrDsoJwBLElNUC5yZXF1ZXN0X3BheShwYXJhbSkBigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEABgYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAAGFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAIAAAIIBgRwZwACAARwZxYCAAECIgYUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIAAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAAQYcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgABBhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgABBg5kaXNwbGF5AAIADmRpc3BsYXkeAgABBghjYXJkAAIACGNhcmQgAgABBg5hcHBDYXJkAAIADmFwcENhcmQiAgABBgxlc2Nyb3cAAgAMZXNjcm93JAIAAQYWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAgABBg5wcmVmaWxsAAIADnByZWZpbGwoAgABBhBsYW5ndWFnZQACABBsYW5ndWFnZSoCAAEGDmNvbXBhbnkAAgAOY29tcGFueSwCAAEGEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAgABBg5kaWdpdGFsAAIADmRpZ2l0YWwwAgABBhJhdXRoX21vZGUAAgASYXV0aF9tb2RlMgIAAQYWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AgABBgpwb3B1cAACAApwb3B1cDYCAAEGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgABBgxhbW91bnQAAgAMYW1vdW50DAIAAUwUY2hhbm5lbEtleQRwZxRwYXlfbWV0aG9kGG1lcmNoYW50X3VpZAhuYW1lEGN1cnJlbmN5FGJ1eWVyX25hbWUWYnV5ZXJfZW1haWwSYnV5ZXJfdGVsFGJ1eWVyX2FkZHIcYnV5ZXJfcG9zdGNvZGUcbV9yZWRpcmVjdF91cmwUYXBwX3NjaGVtZRRub3RpY2VfdXJsFmNvbmZpcm1fdXJsFmN1c3RvbV9kYXRhEGxhbmd1YWdlDmNvbXBhbnkOZGlnaXRhbApwb3B1cAhjYXJkDGFtb3VudAxlc2Nyb3cWa2NwUHJvZHVjdHMQcHJvZHVjdHMQdGF4X2ZyZWUUdmF0X2Ftb3VudAZ2YXQSdmJhbmtfZHVlDmRpc3BsYXkOYXBwQ2FyZBJhdXRoX21vZGUOcHJlZmlsbAxieXBhc3MOYml6X251bS51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAxwZXJpb2QYbmljZU1vYmlsZVYyTBRjaGFubmVsS2V5AgEWQ2hhbm5lbCBrZXkS7LGE64SQ7YKkAAAAAAAAAAAAAAABAAAAAAAEcGcCAShQRyBjb2RlIChkZXByZWNhdGVkKVJQR+yCrCDqtazrtoTsvZTrk5wgKOyngOybkCDspJHri6gg7JiI7KCVKQAAAAAAAAAAAAAAAQABqAJ1cGdyYWRlIHRvIHRoZSBsYXRlc3QgSmF2YVNjcmlwdCBTREsgYW5kIHNlbGVjdCB0aGUgY2hhbm5lbCB3aXRoIGBjaGFubmVsS2V5YCAoUG9ydE9uZSBjb25zb2xlOiBJbnRlZ3JhdGlvbiA+IEludGVncmF0aW9uIGluZm8gPiBDaGFubmVsIG1hbmFnZW1lbnQp5AJKUyBTREvrpbwg7LWc7IugIOuyhOyghOycvOuhnCDsl4Xqt7jroIjsnbTrk5ztlZwg7ZuEIGBjaGFubmVsS2V5YCDtjIzrnbzrr7jthLDroZwg7LGE64SQ7J2EIOyngOygle2VmOyEuOyalCAo7Y+s7Yq47JuQIOy9mOyGlCBb6rKw7KCcIOyXsOuPmV0gPiBb7Jew64+ZIOygleuztF0gPiBb7LGE64SQIOq0gOumrF0pARRjaGFubmVsS2V5AAAUcGF5X21ldGhvZAIBJlBheW1lbnQgbWV0aG9kIGNvZGUy6rKw7KCc7IiY64uoIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAGG1lcmNoYW50X3VpZAIBKk1lcmNoYW50IG9yZGVyIG51bWJlcjzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEBAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBEEN1cnJlbmN5MuqysOygnO2Gte2ZlCDqtazrtoTsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZSDqtazrp6TsnpAg7J2066aEAAAAAAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwm6rWs66ek7J6QIOydtOuplOydvAAAAAAAAAAAAAAAAQAAAAAAEmJ1eWVyX3RlbAIBJEJ1eWVyIHBob25lIG51bWJlcibqtazrp6TsnpAg7Jew65297LKYAAAAAAAAAAAAAAABAAAAAAAUYnV5ZXJfYWRkcgIBGkJ1eWVyIGFkZHJlc3Mg6rWs66ek7J6QIOyjvOyGjAAAAAAAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs6rWs66ek7J6QIOyasO2OuOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAHG1fcmVkaXJlY3RfdXJsAgFGUmVkaXJlY3QgVVJMIGFmdGVyIGEgbW9iaWxlIHBheW1lbnRe66qo67CU7J28IOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmOuQoCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAUYXBwX3NjaGVtZQIBMEFwcCBVUkwgc2NoZW1lIChXZWJWaWV3KUTslbEg67O16reA7JqpIFVSTCBzY2hlbWUgKFdlYlZpZXcpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybEIBPldlYmhvb2sgVVJMKHMpIGZvciB0aGlzIHBheW1lbnQi7Ju57ZuFIOyImOyLoCBVUkwAAAAAAAAAAAEYbm90aWNlX3VybFtdAgAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAFmNvbmZpcm1fdXJsAgEwQ29uZmlybS1wcm9jZXNzIGVuZHBvaW50RmNvbmZpcm0gcHJvY2VzcyDsl5Trk5ztj6zsnbjtirggVVJMAAEGdXJsAAAAAAAAAAAAAQAAAAAAFmN1c3RvbV9kYXRh/gEBMk1lcmNoYW50IGRhdGEgZWNob2VkIGJhY2s07IKs7Jqp7J6QIOygleydmCDrjbDsnbTthLAAAAAAAAAAAAAAAAEAAAAAABBsYW5ndWFnZQIBLlBheW1lbnQgd2luZG93IGxhbmd1YWdlIOqysOygnOywvSDslrjslrQBBAYEa28GBGVuAAAAAAAAAAAAAAEAAAAAAQ53YXJuaW5nDmNvbXBhbnkCAUJNZXJjaGFudCBuYW1lIHNob3duIGluIHRoZSB3aW5kb3dA6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDsg4HtmLjrqoUAAAAAAAAAAAAAAAEAAAAAAA5kaWdpdGFsEAE8RGlnaXRhbCBnb29kcyAocGhvbmUgcGF5bWVudHMpYOuUlOyngO2EuCDsg4Htkogg7Jes67aAICjtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcKQAAAAAAAAAAAAAAAQAAAAAACnBvcHVwEAE0T3BlbiB0aGUgd2luZG93IGFzIGEgcG9wdXA87Yyd7JeFIOuwqeyLnSDqsrDsoJzssL0g7Zi47LacAAAAAAAAAAAAAAABAAAAAAAIY2FyZCABGENhcmQgb3B0aW9uczbsubTrk5wg6rKw7KCcIOyEuOu2gCDshKTsoJUAAAAAAAAAAAAEDGRpcmVjdAxkZXRhaWwEDGRpcmVjdCABMENhcmQgY29tcGFueSBkaXJlY3QgY2FsbEjsubTrk5zsgqwg64uk7J2066CJ7Yq4IO2YuOy2nCDsoJXrs7QAAAAAAAAAAAAECGNvZGUKcXVvdGEECGNvZGUCASJDYXJkIGNvbXBhbnkgY29kZSDsubTrk5zsgqwg7L2U65OcAAAAAAAAAAAAAAABAAAAAAAKcXVvdGEEAVxGaXhlZCBpbnN0YWxsbWVudCBtb250aHMgKCsgY2FyZC1wb2ludCBvZmZzZXQpfOqzoOyglSDtlaDrtoDqsJzsm5TsiJggKOy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyLnCDqsIDsgrApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMZGV0YWlsQAFEQ2FyZCBjb21wYW5pZXMgc2hvd24gaW4gdGhlIHdpbmRvdzTsubTrk5zsgqwg66CM642U66eBIOygleuztAAAAAAAAAAAARBkZXRhaWxbXSAAAAAAAAAAAAAABhJjYXJkX2NvZGUOZW5hYmxlZBJtYXhfbW9udGgGEmNhcmRfY29kZQIBLENhcmQgY29tcGFueSBjb2RlIG9yICoy7Lm065Oc7IKsIOy9lOuTnCDrmJDripQgKgAAAAAAAAAAAAAAAQAAAAAADmVuYWJsZWQQARhTaG93biBvciBub3Qg66CM642U66eBIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAEm1heF9tb250aAQBWE1lcmNoYW50LXBhaWQgaW50ZXJlc3QtZnJlZSBtb250aHMgKG5vdCBLQ1ApcOyDgeygkCDrtoDri7Qg66y07J207J6QIOy1nOuMgCDqsJzsm5TsiJggKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxhbW91bnQIARhBbW91bnQgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAxlc2Nyb3cQARxFc2Nyb3cgcGF5bWVudDTsl5DsiqTtgazroZwg6rKw7KCcIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAFmtjcFByb2R1Y3RzQAEqS0NQIGVzY3JvdyBjYXJ0IGl0ZW1zVktDUCDsl5DsiqTtgazroZwg7J6l67CU6rWs64uIIOyDge2SiCDsoJXrs7QAAAAAAAAAAAEaa2NwUHJvZHVjdHNbXSAAAAAAAAAAAAAACBZvcmRlck51bWJlcghuYW1lEHF1YW50aXR5DGFtb3VudAgWb3JkZXJOdW1iZXICASJJdGVtIG9yZGVyIG51bWJlciTsg4Htkojso7zrrLjrsojtmLgAAAAAAAAAAAAAAAEBAAAAAAhuYW1lAgESSXRlbSBuYW1lEuyDge2SiOuqhQAAAAAAAAAAAAAAAQEAAAAAEHF1YW50aXR5BAEQUXVhbnRpdHkM7IiY65+JAAAAAAAAAAAAAAABAQAAAAAMYW1vdW50BAEUSXRlbSBwcmljZRrsg4Htkogg6rCA6rKpAAAAAAAAAAAAAAABAQAAAAAAAAAAAAAAAAEAAAAAABBwcm9kdWN0c0ABSFRvc3MgUGF5bWVudHMgZXNjcm93IGl0ZW1zIChub3QgS0NQKXrthqDsiqTtjpjsnbTrqLzsuKAg7JeQ7Iqk7YGs66GcIOyDge2SiCDsoJXrs7QgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAABFHByb2R1Y3RzW10gAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQY66m07IS46riI7JWhAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAABnZhdAgBIFZBVCAoZGVwcmVjYXRlZClA67aA6rCA7IS4ICjsp4Dsm5Ag7KSR64uoIOyYiOyglSkAAAAAAAAAAAAAAAEAAX51c2UgYHRheF9mcmVlYDsgdGhlIFZBVCBpcyBjb21wdXRlZCBhcyAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTGuAWB0YXhfZnJlZWDrpbwg7IKs7Jqp7ZWY7IS47JqULiDrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx66GcIOqzhOyCsOuQqeuLiOuLpAEQdGF4X2ZyZWUAABJ2YmFua19kdWUCAUBWaXJ0dWFsIGFjY291bnQgZGVwb3NpdCBkZWFkbGluZTLqsIDsg4Hqs4Tsoowg7J6F6riI6riw7ZWcAAAAAAAAAAAAAAABAAAAAAAOZGlzcGxheSABLFdpbmRvdyBkaXNwbGF5IG9wdGlvbnM06rKw7KCc7LC9IOugjOuNlOungSDshKTsoJUAAAAAAAAAAAACFGNhcmRfcXVvdGECFGNhcmRfcXVvdGFAAYQBSW5zdGFsbG1lbnQgbW9udGhzIG9mZmVyZWQgKEtDUDogdGhlIGxhcmdlc3QgdmFsdWUgaXMgdGhlIGNlaWxpbmcpcu2VoOu2gOqwnOyblOyImCAoS0NQOiDqsIDsnqUg7YGwIOqwkuq5jOyngCDshKDtg50g6rCA64qlKQAAAAAAAAAAARhjYXJkX3F1b3RhW10EAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAOYXBwQ2FyZBABKkFwcC1jYXJkIHBheW1lbnQgb25seTrslbHsubTrk5wg6rKw7KCc66eMIO2ZnOyEse2ZlAAAAAAAAAAAAAAAAQAAAAAAEmF1dGhfbW9kZQIBGktleS1pbiB3aW5kb3cu7YKk7J24IOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAA5wcmVmaWxsIAEgUHJlZmlsbGVkIHZhbHVlcyLrr7jrpqwg7LGE7Jq4IOqwkgAAAAAAAAAAAAIWcGhvbmVOdW1iZXICFnBob25lTnVtYmVyAgFKRml4ZWQgcGhvbmUgbnVtYmVyIGZvciBwaG9uZSBwYXltZW50c2rtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCDqs6DsoJXtlaAg7Zy064yA7Y+wIOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAADhhzaG9wX3VzZXJfaWQeY291cG9uX2FwcGx5X3luEnNraW5faW5keBJzaXRlX2xvZ28cY29tcGxleF9wbnRfeW4acHRfbWVtY29ycF9jZBBhcHBfZmxhZw4Yc2hvcF91c2VyX2lkAgFaTWVyY2hhbnQgbWVtYmVyIElEIChnaWZ0IGNlcnRpZmljYXRlcywgcGhvbmUpfOqzoOqwneyCrCDtmozsm5AgSUQgKOyDge2SiOq2jCwg7Zy064yA7Y+wIOyGjOyVoeqysOygnCDtlYTsiJgpAAAAAAAAAAAAAAABAAAAAAAeY291cG9uX2FwcGx5X3luAgE0RGlzY291bnQtY291cG9uIGFyZWEgKFkvTila6rKw7KCc7LC9IO2VoOyduOy/oO2PsCDsmIHsl60g7Zmc7ISx7ZmUIChZL04pAAAAAAAAAAAAAAABAAAAAAASc2tpbl9pbmR4BgEsV2luZG93IHNraW4gKDEtMTEsIFBDKTbqsrDsoJzssL0g7Iqk7YKoICgxfjExLCBQQykAAAAAAAAAAAAAAAEAAAAAABJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAABxjb21wbGV4X3BudF95bgIBTlBvaW50cyB3aXRoIGNhcmQgKFkpIG9yIHBvaW50cyBvbmx5IChOKUbtj6zsnbjtirgg67O17ZWp6rKw7KCcIOyXrOu2gCAoWS9OKQAAAAAAAAAAAAAAAQAAAAAAGnB0X21lbWNvcnBfY2QCATZCZW5lcGlhIG1lbWJlci1jb21wYW55IGNvZGU667Kg64Sk7ZS87JWEIOqzoOqwneyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABBhcHBfZmxhZwIBREtCIGNhcmQgYXBwIChZKSwgSVNQIChOKSwgYm90aCAoUylYS0Lqta3rr7zsubTrk5wg7JWx7Lm065OcKFkpL0lTUChOKS/rqqjrkZAoUykAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA5iaXpfbnVtAgFSQnVzaW5lc3MgcmVnaXN0cmF0aW9uIG51bWJlciAoRGFuYWwgb25seSlK7IKs7JeF7J6Q65Ox66Gd67KI7Zi4ICjri6TrgqAg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAALnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsEAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClc7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADHBlcmlvZCABMFNlcnZpY2UgcGVyaW9kIChub3QgS0NQKUzshJzruYTsiqQg7KCc6rO16riw6rCEIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAGG5pY2VNb2JpbGVWMhABQE5JQ0UgbmV3IG1vYmlsZSB3aW5kb3cgKG5vdCBLQ1ApdOuCmOydtOyKpO2OmOydtCDsi6Dqt5wg66qo67CU7J28IOqysOygnOywvSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sqAEKFHJlc3QtYWdhaW48UE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluYlBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiAo67mM66eB7YKkIOqysOygnCkBPFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbgF6aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAE0GG1lcmNoYW50X3VpZAxhbW91bnQIbmFtZRRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlEHRheF9mcmVlFHZhdF9hbW91bnQQY3VycmVuY3kUY2FyZF9xdW90YRZjdXN0b21fZGF0YRRub3RpY2VfdXJsFGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50HHVzZV9jYXJkX3BvaW50GHByb2R1Y3RfdHlwZRhjdXN0b21lcl91aWQWY2hhbm5lbF9rZXkGdmF0GnByb2R1Y3RfY291bnQiY2FzaF9yZWNlaXB0X3R5cGUKZXh0cmE0GG1lcmNoYW50X3VpZAIBUk1lcmNoYW50IG9yZGVyIG51bWJlciAodW5pcXVlIHBlciBjaGFyZ2UpPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQAAAAAADGFtb3VudAgBLEFtb3VudCB0byBjaGFyZ2UgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAABAAFQAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQk66m07IS46rO16riJ6rCA7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKUDrtoDqsIDshLgg6riI7JWhIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAAFGNhcmRfcXVvdGEEAUJJbnN0YWxsbWVudCBtb250aHMgKDAgPSBsdW1wIHN1bSlM7Lm065OcIO2VoOu2gOqwnOyblOyImCAoMCA9IOydvOyLnOu2iCkAAAAAAAAAAAAAAAEAAAAAABZjdXN0b21fZGF0Yf4BAWZDdXN0b20gZGF0YSBzdG9yZWQgd2l0aCB0aGUgcGF5bWVudCAoYSBKU09OIHN0cmluZyl+6rKw7KCc7KCV67O07JmAIO2VqOq7mCDsoIDsnqXtlaAg7LaU6rCAIOygleuztCAoSlNPTiDrrLjsnpDsl7QpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybAIBXFdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgKGFuIGFic29sdXRlIFVSTCl26rKw7KCcIOqysOqzvOulvCDthrXsp4DrsJvsnYQgTm90aWZpY2F0aW9uIFVSTChXZWJob29rIFVSTCkAAAAAAAAAAAAAAAEAAAAAABRicm93c2VyX2lwAgEgQnV5ZXIgYnJvd3NlciBJUDLqtazrp6TsnpAg67iM65287Jqw7KCAIElQAAAAAAAAAAAAAAABAAAAAAAMYnlwYXNzIgFOUEctc3BlY2lmaWMgcGFyYW1ldGVycyBhcyBhIEpTT04gc3RyaW5nXEpTT04g66y47J6Q7Je0IO2YleyLneydmCBQR+yCrOuzhCDtjIzrnbzrr7jthLAAAAAAAAAAAAAAAAEAAAAAABhwcm9tb3Rpb25faWQCAT5Qcm9tb3Rpb24gaWQgKHByb21vdGlvbi1pZC3igKYpYO2UhOuhnOuqqOyFmCDslYTsnbTrlJQgKHByb21vdGlvbi1pZC3roZwg7Iuc7J6RKQAAAAAAAAAAAAAAAQAAAAAAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKXDqs6DqsJ3sgqwg67aA64u0IOustOydtOyekCDtlaDrtoAg7Jes67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAHHVzZV9jYXJkX3BvaW50EAE8UGF5IHdpdGggY2FyZCBwb2ludHMgKG5vdCBLQ1ApYuy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABhwcm9kdWN0X3R5cGUCAUxSZWFsIG9yIGRpZ2l0YWwgZ29vZHMgKEtTTkVULCBub3QgS0NQKWTso7zrrLgg7IOB7ZKIIOq1rOu2hCAoS1NORVQg7KCE7JqpLCBLQ1Ag66+47KeA7JuQKQEEBghyZWFsBg5kaWdpdGFsAAAAAAAAAAAAAAEAAAAAABhjdXN0b21lcl91aWQCARxCaWxsaW5nIGtleSBpZIYB6rWs66ek7J6Q7J2YIOqysOygnOyImOuLqCDsi53rs4Qg6rOg7Jyg67KI7Zi4ICjruYzrp4HtgqTsmYAg66ek7ZWRKQAAAAEAAaABAAAAAAAAAAEAAAAAABZjaGFubmVsX2tleQIBeENoYW5uZWwga2V5IChwaWNrcyBhIGNoYW5uZWwgb2YgYSBtdWx0aS1jaGFubmVsIGJpbGxpbmcga2V5KYIB7LGE64SQ7YKkICjrs7XsiJgg7LGE64SQIOu5jOunge2CpOyXkOyEnCDqsrDsoJztlaAg7LGE64SQIOyngOyglSkAAAABAAFuAAAAAAAAAAEAAAAAAAZ2YXQIASBWQVQgKGRlcHJlY2F0ZWQpQOu2gOqwgOyEuCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGIAXVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIHRoZW4gY29tcHV0ZWQgYXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExyAFgdGF4X2ZyZWVgIO2MjOudvOuvuO2EsOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAGnByb2R1Y3RfY291bnQEATxOdW1iZXIgb2YgcHJvZHVjdHMgKGRlZmF1bHQgMSlK6rKw7KCcIOyDge2SiOydmCDqsJzsiJggKOq4sOuzuOqwkiAxKQAAAAAAAQAAAAAAAPA/AAAAAAABAAAAAAAiY2FzaF9yZWNlaXB0X3R5cGUCAVhDYXNoIHJlY2VpcHQgdGFyZ2V0IChUb3NzIFBheSBvbmx5LCBub3QgS0NQKY4B7ZiE6riI7JiB7IiY7KadIOuwnO2WieuMgOyDgSAoKOyLoCkg7Yag7Iqk7Y6Y7J20IOyghOyaqSwgS0NQIOuvuOyngOybkCkBBgYMcGVyc29uBg5jb21wYW55BhJhbm9ueW1vdXMAAAAAAAAAAAAAAQAAAAAACmV4dHJhIAEgRXh0cmEgcGFyYW1ldGVycybstpTqsIAg7YyM652866+47YSwAAAAAAAAAAAAAhZuYXZlclVzZUNmbQIWbmF2ZXJVc2VDZm0CAWhOYXZlciBQYXkgc2VydmljZSBjb21wbGV0aW9uIGRhdGUgWVlZWU1NREQgKG5vdCBLQ1ApcOuEpOydtOuyhO2OmOydtCDsnbTsmqnsmYTro4zsnbwgWVlZWU1NREQgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbMQBCtwCFmpzb24tc3ludGF4OlRoZSBwYXlsb2FkIGlzIG5vdCB2YWxpZCBKU09OJEpTT04g66y467KVIOyYpOulmAplcnJvcgEAAAAAAACUA1BvcnRPbmUgcGFyc2VzIHJlcXVlc3QgYm9kaWVzIGFzIEpTT04gYW5kIHRoZSBTREsgcmVjZWl2ZXMgYSBKYXZhU2NyaXB0IG9iamVjdDsgYSBwYXlsb2FkIGZpbGUgdGhhdCBpcyBub3QgUkZDIDgyNTkgSlNPTiAoY29tbWVudHMsIHRyYWlsaW5nIGNvbW1hcywgc2luZ2xlIHF1b3RlcywgaW52YWxpZCBVVEYtOCkgY2Fubm90IGJlIHdoYXQgaXMgc2VudC6CBO2PrO2KuOybkOydgCDsmpTssq0g67O466y47J2EIEpTT07snLzroZwg7YyM7Iux7ZWY6rOgIFNES+uKlCBKYXZhU2NyaXB0IOqwneyytOulvCDrsJvsirXri4jri6QuIFJGQyA4MjU5IEpTT07snbQg7JWE64uMIO2OmOydtOuhnOuTnCDtjIzsnbwo7KO87ISdLCDrgZ3sl5Ag67aZ7J2AIOyJvO2RnCwg7J6R7J2A65Sw7Ji07ZGcLCDsnpjrqrvrkJwgVVRGLTgp7J2AIOyLpOygnOuhnCDsoITshqHrkJjripQg64K07Jqp7J28IOyImCDsl4bsirXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbNYBCiRqc29uLWR1cGxpY2F0ZS1rZXlCQSBrZXkgYXBwZWFycyB0d2ljZSBpbiBvbmUgb2JqZWN0VO2VnCDqsJ3ssrTsl5Ag6rCZ7J2AIO2CpOqwgCDrkZAg67KIIOyeiOydjAplcnJvcgEAAAAAAACEA0pTT04gcGFyc2VycyBkaXNhZ3JlZSBvbiBkdXBsaWNhdGUga2V5cyAoc29tZSBrZWVwIHRoZSBmaXJzdCB2YWx1ZSwgc29tZSB0aGUgbGFzdCksIHNvIGEgcGF5bWVudCBib2R5IHdpdGggYGFtb3VudGAgdHdpY2UgaXMgYW1iaWd1b3VzLiBrY3BsaW50IHJlcG9ydHMgdGhlIHNlY29uZCBrZXkgYW5kIGNoZWNrcyB0aGUgZmlyc3QgdmFsdWUu7ATspJHrs7Ug7YKk66W8IOyymOumrO2VmOuKlCDrsKnsi53snYAgSlNPTiDtjIzshJzrp4jri6Qg64uk66W066+A66GcKOyyqyDrsojsp7gg6rCS7J2EIOyTsOuKlCDtjIzshJzrj4QsIOuniOyngOuniSDqsJLsnYQg7JOw64qUIO2MjOyEnOuPhCDsnojsirXri4jri6QpIGBhbW91bnRg6rCAIOuRkCDrsogg65Ok7Ja0IOyeiOuKlCDqsrDsoJwg7JqU7LKtIOuzuOusuOydgCDrnLvsnbQg66qo7Zi47ZWp64uI64ukLiBrY3BsaW5064qUIOuRkCDrsojsp7gg7YKk66W8IOuztOqzoO2VmOqzoCDssqsg67KI7Ke4IOqwkuydhCDqsoDsgqztlanri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbP4BChBqc29uLWJvbUxUaGUgZmlsZSBzdGFydHMgd2l0aCBhIGJ5dGUtb3JkZXIgbWFyazrtjIzsnbzsnbQgQk9N7Jy866GcIOyLnOyeke2VqA53YXJuaW5nAQAAAAAAALICUkZDIDgyNTkgZm9yYmlkcyBhIGJ5dGUtb3JkZXIgbWFyayBpbiBKU09OIHNlbnQgb3ZlciBhIG5ldHdvcms7IHNvbWUgSFRUUCBjbGllbnRzIHNlbmQgaXQgYXMgcGFydCBvZiB0aGUgYm9keS4gVGhlIHJlc3Qgb2YgdGhlIGRvY3VtZW50IGlzIHN0aWxsIGNoZWNrZWQu2ANSRkMgODI1OeuKlCDrhKTtirjsm4ztgazroZwg7KCE7Iah7ZWY64qUIEpTT07sl5AgQk9NKGJ5dGUtb3JkZXIgbWFyaynsnYQg64Sj64qUIOqyg+ydhCDquIjsp4DtlZjsp4Drp4wsIOydvOu2gCBIVFRQIO2BtOudvOydtOyWuO2KuOuKlCBCT03snYQg67O466y47J2YIOydvOu2gOuhnCDsoITshqHtlanri4jri6QuIEJPTSDrkqTsnZgg64KY66i47KeAIOuCtOyaqeydgCDqt7jrjIDroZwg6rKA7IKs7ZWp64uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWykAgoUanNvbi1saW1pdERUaGUgcGF5bG9hZCBleGNlZWRzIGEgcmVhZGVyIGxpbWl0QuyeheugpeydtCDsnb3quLAg7ZWc64+E66W8IOuEmOydjAplcnJvcgEAAAAAAACsA1JlcXVlc3QgYm9kaWVzIGFyZSBzbWFsbDsgYSBmaWxlIGxhcmdlciB0aGFuIHRoZSBzaXplIGxpbWl0IG9yIG5lc3RlZCBkZWVwZXIgdGhhbiB0aGUgZGVwdGggbGltaXQgaXMgbm90IGEgcGF5bWVudCByZXF1ZXN0LCBhbmQgcmVhZGluZyBpdCB3aXRob3V0IGJvdW5kcyB3b3VsZCBwdXQgdGhlIHRvb2wgKG9yIGEgc2VydmljZSB1c2luZyB0aGUgbGlicmFyeSkgYXQgcmlzay6sBOyalOyyrSDrs7jrrLjsnYAg7YGs6riw6rCAIOyekeyKteuLiOuLpC4g7YGs6riwIO2VnOuPhOuztOuLpCDtgazqsbDrgpgg6rmK7J20IO2VnOuPhOuztOuLpCDquYrqsowg7KSR7LKp65CcIO2MjOydvOydgCDqsrDsoJwg7JqU7LKt7J20IOyVhOuLiOupsCwg7J2065+wIO2MjOydvOydhCDsoJztlZwg7JeG7J20IOydveycvOuptCDrj4Tqtawo65iQ64qUIOydtCDrnbzsnbTruIzrn6zrpqzrpbwg7JOw64qUIOyEnOu5hOyKpCnrpbwg7JyE7ZeY7JeQIOu5oOucqOumrOqyjCDrkKnri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbMgCChpwYXlsb2FkLXNoYXBlRlRoZSBwYXlsb2FkIGlzIG5vdCBhIHJlcXVlc3Qgb2JqZWN0LuyalOyyrSDqsJ3ssrTqsIAg7JWE64uYCmVycm9yAQAAAAAAALICSU1QLnJlcXVlc3RfcGF5IHRha2VzIG9uZSBvYmplY3QgYW5kIGV2ZXJ5IFJFU1QgYm9keSBpcyBhIEpTT04gb2JqZWN0LiBBIHBheWxvYWQgZmlsZSBtYXkgYWxzbyBob2xkIGFuIGFycmF5IG9mIHJlcXVlc3Qgb2JqZWN0cywgZWFjaCBjaGVja2VkIG9uIGl0cyBvd24usgNJTVAucmVxdWVzdF9wYXnripQg6rCd7LK0IO2VmOuCmOulvCDrsJvqs6AsIFJFU1Qg7JqU7LKtIOuzuOusuOydgCDrqqjrkZAgSlNPTiDqsJ3ssrTsnoXri4jri6QuIO2OmOydtOuhnOuTnCDtjIzsnbzsl5DripQg7JqU7LKtIOqwneyytOydmCDrsLDsl7TsnYQg64Sj7J2EIOyImOuPhCDsnojsnLzrqbAsIOydtOuVjCDqsIEg6rCd7LK066W8IOuUsOuhnCDqsoDsgqztlanri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbPACChhraW5kLXVua25vd24+VGhlIHJlcXVlc3Qga2luZCBjYW5ub3QgYmUgdG9sZErsmpTssq0g7KKF66WY66W8IO2MkOuzhO2VoCDsiJgg7JeG7J2MCmVycm9yAQAAAAAAAPACV2hpY2ggY29uc3RyYWludHMgYXBwbHkgZGVwZW5kcyBvbiB0aGUgY2FsbCAoSU1QLnJlcXVlc3RfcGF5IG9yIG9uZSBvZiBmb3VyIFJFU1QgZW5kcG9pbnRzKS4gV2hlbiBubyBraW5kJ3MgZGV0ZWN0aW9uIGhvbGRzLCBrY3BsaW50IHNheXMgc28gaW5zdGVhZCBvZiBndWVzc2luZzsgcGFzcyAtLWtpbmQgdG8gY2hvb3NlLtIE7Ja065akIOygnOyVveydtCDsoIHsmqnrkJjripTsp4DripQg7Zi47LacKElNUC5yZXF1ZXN0X3BheSDrmJDripQg64SkIOqwgOyngCBSRVNUIOyXlOuTnO2PrOyduO2KuCDspJEg7ZWY64KYKeyXkCDrlLDrnbwg64uk66aF64uI64ukLiDslrTripAg7JqU7LKtIOyiheulmOydmCDtjJDrs4Qg7KGw6rG064+EIOunnuyngCDslYrsnLzrqbQga2NwbGludOuKlCDstpTsuKHtlZjsp4Ag7JWK6rOgIO2MkOuzhO2VoCDsiJgg7JeG64uk6rOgIOyVjOumveuLiOuLpC4gLS1raW5k66GcIOyiheulmOulvCDsp4DsoJXtlZjshLjsmpQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1smAMKGmZpZWxkLXVua25vd24cVW5rbm93biBtZW1iZXI27JWMIOyImCDsl4bripQg7YyM652866+47YSwDndhcm5pbmcBAAAAAW5ge25hbWV9YCBpcyBub3QgYSBwYXJhbWV0ZXIgb2YgdGhpcyByZXF1ZXN0e3N1Z2dlc3Rpb259jgFge25hbWV9YOydgCjripQpIOydtCDsmpTssq3snZgg7YyM652866+47YSw6rCAIOyVhOuLmeuLiOuLpHtzdWdnZXN0aW9ufQAA3AJQb3J0T25lIGlnbm9yZXMgcGFyYW1ldGVycyBpdCBkb2VzIG5vdCBrbm93LCBzbyBhIG1pc3NwZWxsZWQga2V5IChgbWVyY2hhbnRVaWRgLCBgYnV5ZXJfcG9zdGFsY29kZWApIHNpbGVudGx5IGRyb3BzIHRoZSB2YWx1ZS4gVGhlIHN1Z2dlc3Rpb24gY29tZXMgZnJvbSB0aGUgZmllbGQgZGljdGlvbmFyeS7EA+2PrO2KuOybkOydgCDslYzsp4Ag66q77ZWY64qUIO2MjOudvOuvuO2EsOulvCDrrLTsi5ztlZjrr4DroZwsIOyyoOyekOqwgCDti4DrprAg7YKkKGBtZXJjaGFudFVpZGAsIGBidXllcl9wb3N0YWxjb2RlYCnsnZgg6rCS7J2AIOyVhOustCDslYzrprwg7JeG7J20IOuyhOugpOynkeuLiOuLpC4g7KCc7JWI7ZWY64qUIOydtOumhOydgCDtlYTrk5wg7IKs7KCE7JeQ7IScIOqwgOyguOyYteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1svgMKFGZpZWxkLXR5cGUeV3JvbmcgSlNPTiB0eXBlKuyemOuqu+uQnCBKU09OIO2DgOyehQplcnJvcgEAAAABWGB7ZmllbGR9YCBtdXN0IGJlIHtleHBlY3RlZH0sIGZvdW5kIHthY3R1YWx9jgFge2ZpZWxkfWDsl5DripQge2V4cGVjdGVkfSDqsJLsnYQg67O064K07JW8IO2VmOuKlOuNsCB7YWN0dWFsfeyeheuLiOuLpAAArgRQb3J0T25lIGRvY3VtZW50cyBhIHR5cGUgZm9yIGV2ZXJ5IHBhcmFtZXRlcjsgYSBzdHJpbmcgd2hlcmUgYSBudW1iZXIgb3IgYm9vbGVhbiBiZWxvbmdzIChgImFtb3VudCI6ICIxMCwwMDAiYCwgYCJlc2Nyb3ciOiAiZmFsc2UiYCkgaXMgZWl0aGVyIHJlamVjdGVkIG9yIHJlYWQgdGhlIHdyb25nIHdheS4gV2hlbiB0aGUgc3RyaW5nIGNvbnZlcnRzIHBsYWlubHkgKGAiMzAwMCJgLCBgImZhbHNlImApLCB0aGUgZmluZGluZyBvZmZlcnMgdGhlIGNvbnZlcnRlZCB2YWx1ZSBhcyBhIGZpeC6uBe2PrO2KuOybkCDrrLjshJzripQg66qo65OgIO2MjOudvOuvuO2EsOydmCDtg4DsnoXsnYQg7KCV7ZW0IOuRkOyXiOyKteuLiOuLpC4g7Iir7J6Q64KYIGJvb2xlYW7snbQg65Ok7Ja06rCIIOyekOumrOydmCDrrLjsnpDsl7QoYCJhbW91bnQiOiAiMTAsMDAwImAsIGAiZXNjcm93IjogImZhbHNlImAp7J2AIOqxsOygiOuQmOqxsOuCmCDsnpjrqrsg7ZW07ISd65Cp64uI64ukLiDrrLjsnpDsl7TsnbQg6re464yA66GcIOuzgO2ZmOuQmOuKlCDqsr3smrAoYCIzMDAwImAsIGAiZmFsc2UiYCnsl5DripQg7KeE64uo7J20IOuzgO2ZmO2VnCDqsJLsnYQg7IiY7KCV7JWI7Jy866GcIOygnOyLnO2VqeuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s6gMKFGZpZWxkLWVudW0iVmFsdWUgbm90IGFsbG93ZWQu7ZeI7Jqp65CY7KeAIOyViuuKlCDqsJIKZXJyb3IBAAAAAWRge2ZpZWxkfWAgbXVzdCBiZSBvbmUgb2Yge2V4cGVjdGVkfSwgZm91bmQge3ZhbHVlfY4BYHtmaWVsZH1gIOqwkuydgCB7ZXhwZWN0ZWR9IOykkSDtlZjrgpjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAF5UaGUgcGFyYW1ldGVyIHRha2VzIG9ubHkgdGhlIGRvY3VtZW50ZWQgdmFsdWVzLo4B7J20IO2MjOudvOuvuO2EsOyXkOuKlCDrrLjshJzsl5Ag7KCV7ZW07KeEIOqwkuunjCDsk7gg7IiYIOyeiOyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWyYBAoYZmllbGQtZm9ybWF0MlZhbHVlIGluIHRoZSB3cm9uZyBmb3JtYXQ06rCS7J2YIO2YleyLneydtCDsnpjrqrvrkKgKZXJyb3IBAAAAAVZge2ZpZWxkfWAgbXVzdCBiZSB7ZXhwZWN0ZWR9LCBmb3VuZCB7dmFsdWV9jAFge2ZpZWxkfWDsl5DripQge2V4cGVjdGVkfSDqsJLsnYQg67O064K07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACOAVRoZSBwYXJhbWV0ZXIgaGFzIGEgZG9jdW1lbnRlZCBmb3JtYXQgKFVSTCwgZGF0ZSwgY2FyZCBleHBpcnksIGRpZ2l0cyku2AHsnbQg7YyM652866+47YSw7JeQ64qUIOusuOyEnOyXkCDsoJXtlbTsp4Qg7ZiV7IudKFVSTCwg64Kg7KecLCDsubTrk5wg7Jyg7Zqo6riw6rCELCDsiKvsnpAp7J20IOyeiOyKteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1svgQKGGZpZWxkLWxlbmd0aDZWYWx1ZSB0b28gbG9uZyBvciB0b28gc2hvcnRW6rCS7J2YIOq4uOydtOqwgCDtl4jsmqkg67KU7JyE66W8IOuyl+yWtOuCqAplcnJvcgEAAAABWGB7ZmllbGR9YCBtdXN0IGJlIHtleHBlY3RlZH0sIGZvdW5kIHthY3R1YWx9qgFge2ZpZWxkfWDsnZgg6ri47J206rCAIO2XiOyaqSDrspTsnIQoe2V4cGVjdGVkfSnrpbwg67KX7Ja064Kp64uI64ukICjtmITsnqwge2FjdHVhbH0pAACUAVBvcnRPbmUncyB2MSBBUEkgc2NoZW1hIGxpbWl0cyB0aGUgbGVuZ3RoIG9mIGlkZW50aWZpZXJzIGFuZCBidXllciBmaWVsZHMuzAHtj6ztirjsm5AgdjEgQVBJIOyKpO2CpOuniOuKlCDsi53rs4TsnpDsmYAg6rWs66ek7J6QIOygleuztCDtjIzrnbzrr7jthLDsnZgg6ri47J2066W8IOygnO2VnO2VqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s5AQKFmZpZWxkLXJhbmdlJk51bWJlciBvdXQgb2YgcmFuZ2VI7Iir7J6Q6rCAIO2XiOyaqSDrspTsnITrpbwg67KX7Ja064KoCmVycm9yAQAAAAFWYHtmaWVsZH1gIG11c3QgYmUge2V4cGVjdGVkfSwgZm91bmQge3ZhbHVlfZQBYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7ZeI7JqpIOuylOychCh7ZXhwZWN0ZWR9KeulvCDrspfslrTrgqnri4jri6QAAFpUaGUgcGFyYW1ldGVyIGhhcyBhIGRvY3VtZW50ZWQgbnVtZXJpYyByYW5nZS6SAeydtCDtjIzrnbzrr7jthLDsl5DripQg66y47ISc7JeQIOygle2VtOynhCDsiKvsnpAg67KU7JyE6rCAIOyeiOyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sigUKFmZpZWxkLWl0ZW1zKldyb25nIG51bWJlciBvZiBpdGVtczzrsLDsl7Qg7ZWt66qpIOyImOqwgCDsnpjrqrvrkKgKZXJyb3IBAAAAAVxge2ZpZWxkfWAgbXVzdCBoYXZlIHtleHBlY3RlZH0sIGZvdW5kIHthY3R1YWx9lAFge2ZpZWxkfWDsl5DripQg7ZWt66qp7J20IHtleHBlY3RlZH0g7J6I7Ja07JW8IO2VmOuKlOuNsCB7YWN0dWFsfeyeheuLiOuLpAAAVlRoZSBhcnJheSBoYXMgYSBkb2N1bWVudGVkIG51bWJlciBvZiBpdGVtcy6AAeydtCDrsLDsl7Tsl5DripQg66y47ISc7JeQIOygle2VtOynhCDtla3rqqkg7IiY6rCAIOyeiOyKteuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWywBQocZmllbGQtcmVxdWlyZWQuUmVxdWlyZWQgbWVtYmVyIG1pc3Npbmc07ZWE7IiYIO2MjOudvOuvuO2EsCDriITrnb0KZXJyb3IBAAAAASpge2ZpZWxkfWAgaXMgcmVxdWlyZWRCYHtmaWVsZH1g7J2AKOuKlCkg7ZWE7IiY7J6F64uI64ukAACQAVRoZSBtZW1iZXIgaXMgZG9jdW1lbnRlZCBhcyByZXF1aXJlZCB3aGVyZXZlciBpdHMgcGFyZW50IG9iamVjdCBpcyBzZW50LrQB66y47ISc7IOBIOydtCDrqaTrsoTripQg7IOB7JyEIOqwneyytOulvCDrs7TrgrTripQg6rOz7J2066m0IOyWtOuUlOyEnOuCmCDtlYTsiJjsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s1gUKIGZpZWxkLWRlcHJlY2F0ZWQiRGVwcmVjYXRlZCBtZW1iZXJC7KeA7JuQIOykkeuLqCDsmIjsoJUg7YyM652866+47YSwDndhcm5pbmcBAAAAAUZge2ZpZWxkfWAgaXMgZGVwcmVjYXRlZDoge2V4cGVjdGVkfZABYHtmaWVsZH1g7J2AKOuKlCkg7KeA7JuQIOykkeuLqCDsmIjsoJUg7YyM652866+47YSw7J6F64uI64ukOiB7ZXhwZWN0ZWR9AACCAVBvcnRPbmUgbWFya3MgdGhlIG1lbWJlciBhcyBkZXByZWNhdGVkIGFuZCBuYW1lcyBpdHMgcmVwbGFjZW1lbnQu6AHtj6ztirjsm5DsnbQg7J20IOuppOuyhOulvCDsp4Dsm5Ag7KSR64uoIOyYiOyglShkZXByZWNhdGVkKeycvOuhnCDtkZzsi5ztlZjqs6Ag64yA7IugIOyTuCDtla3rqqnsnYQg7JWI64K07ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbPwFCipkaWFnbm9zdGljcy10cnVuY2F0ZWQoVG9vIG1hbnkgZGlhZ25vc3RpY3Mu7KeE64uo7J20IOuEiOustCDrp47snYwIaW5mbwEAAAAAAACkAkFmdGVyIHRoZSBwZXItZmlsZSBsaW1pdCBrY3BsaW50IHN0b3BzIGxpc3RpbmcgZGlhZ25vc3RpY3MgZm9yIHRoZSBmaWxlIGFuZCBzYXlzIGhvdyBtYW55IHdlcmUgbGVmdCBvdXQsIHNvIG9uZSBicm9rZW4gZmlsZSBjYW5ub3QgZmxvb2QgYSBDSSBsb2cupAPtjIzsnbzri7kg7ZWc64+E7JeQIOydtOultOuptCBrY3BsaW5064qUIOq3uCDtjIzsnbzsnZgg7KeE64uo7J2EIOuNlCDrgpjsl7TtlZjsp4Ag7JWK6rOgIOyDneuete2VnCDqsJzsiJjrpbwg7JWM66CkIOykjeuLiOuLpC4g66ed6rCA7KeEIO2MjOydvCDtlZjrgpjqsIAgQ0kg66Gc6re466W8IOuSpOuNruyngCDslYrqsowg7ZWY6riwIOychO2VtOyEnOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWywBgokc3VwcHJlc3Npb24tdW51c2VkSkEgc3VwcHJlc3Npb24gdGhhdCBtYXRjaGVzIG5vIGZpbmRpbmdQ6rG466as64qUIOynhOuLqOydtCDsl4bripQg7Ja17KCcIOyEpOyglQ53YXJuaW5nAQAAAAAAAPAGUmVwb3J0ZWQgYXQgYSBgc3VwcHJlc3NgIGVudHJ5IG9mIGAua2NwbGludC55bWxgIHRoYXQgbmFtZXMgYSBmaWxlIHRoZSBydW4gY2hlY2tlZCwgd2hlbiBubyBmaW5kaW5nIG9mIGl0cyBydWxlcyB3YXMgZHJvcHBlZCB0aGVyZTogdGhlIHByb2JsZW0gd2FzIGZpeGVkIG9yIHRoZSB0YXJnZXQgbW92ZWQsIGFuZCBhIHN0YWxlIHN1cHByZXNzaW9uIHdvdWxkIHNpbGVudGx5IGhpZGUgdGhlIG5leHQgcmVhbCBmaW5kaW5nIGF0IHRoYXQgcGxhY2UuIEVudHJpZXMgdGhhdCBuYW1lIG5vIGNoZWNrZWQgZmlsZSBzYXkgbm90aGluZywgc28gYSBwcmUtY29tbWl0IHJ1biBvdmVyIGEgZmV3IGZpbGVzIGRvZXMgbm90IGNhbGwgdGhlIG90aGVycyB1bnVzZWQuIE5vdCBhYm91dCBwYXlsb2Fkczogbm8gcGF5bG9hZCBleGFtcGxlIGRyYXdzIGl0ICh0aGUgQ0xJIHRlc3RzIGRvKS64C2Aua2NwbGludC55bWxg7J2YIGBzdXBwcmVzc2Ag7ZWt66qp7J20IOydtOuyiCDsi6Ttlonsl5DshJwg6rKA7IKs7ZWcIO2MjOydvOydhCDsp4DsoJXtlZjripTrjbAg6re4IO2MjOydvOyXkOyEnCDsnbQg7ZWt66qp7J2YIOq3nOy5meycvOuhnCDslrXsoJzrkJwg7KeE64uo7J20IO2VmOuCmOuPhCDsl4bsnLzrqbQg6re4IO2VreuqqeyXkCDrs7Tqs6Dtlanri4jri6QuIOusuOygnOqwgCDqs6Dss5DsoYzqsbDrgpgg64yA7IOB7J20IOyYruqyqOynhCDqsoPsnbTrqbAsIOuCoeydgCDslrXsoJwg7ISk7KCV7J2AIOq3uCDsnpDrpqzsl5DshJwg64KY7JisIOuLpOydjCDsi6TsoJwg7KeE64uo7J2EIOyVhOustCDslYzrprwg7JeG7J20IOqwgOumrOqyjCDrkKnri4jri6QuIOqygOyCrO2VnCDtjIzsnbzsnYQg7KeA7KCV7ZWY7KeAIOyViuydgCDtla3rqqnsl5DripQg67O06rOg7ZWY7KeAIOyViuycvOuvgOuhnCwg7YyM7J28IOuqhyDqsJzrp4wg6rKA7IKs7ZWY64qUIHByZS1jb21taXQg7Iuk7ZaJ7JeQ7IScIOuCmOuouOyngCDtla3rqqnsnYQg7IKs7Jqp65CY7KeAIOyViuuKlOuLpOqzoCDrs7Tqs6DtlZjsp4Ag7JWK7Iq164uI64ukLiDtjpjsnbTroZzrk5zsl5Ag6rSA7ZWcIOq3nOy5meydtCDslYTri4jrr4DroZwg7J20IOq3nOy5meydhCDsnbzsnLztgqTripQg7Y6Y7J2066Gc65OcIOyYiOyLnOuKlCDsl4bsirXri4jri6QoQ0xJIO2FjOyKpO2KuOyXkOuKlCDsnojsirXri4jri6QpLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbNAGCiZzdXBwcmVzc2lvbi1leHBpcmVkREEgc3VwcHJlc3Npb24gcGFzdCBpdHMgYHVudGlsYCBkYXlMYHVudGlsYCDrgqDsp5zqsIAg7KeA64KcIOyWteygnCDshKTsoJUOd2FybmluZwEAAAAAAAC8BFJlcG9ydGVkIGF0IHRoZSBgdW50aWxgIG9mIGEgYHN1cHByZXNzYCBlbnRyeSBvbmNlIHRoZSBkYXkgaGFzIHBhc3NlZCAoaW4gS29yZWEgdGltZSwgb3IgYXQgYC0tbm93YCk6IHRoZSBmaW5kaW5ncyBpdCBjb3ZlcmVkIGFyZSByZXBvcnRlZCBhZ2FpbiwgYW5kIHRoZSBlbnRyeSBzaG91bGQgYmUgcmVtb3ZlZCBvbmNlIHRoZXkgYXJlIGZpeGVkLCBvciBnaXZlbiBhIG5ldyBkYXkuIE5vdCBhYm91dCBwYXlsb2Fkczogbm8gcGF5bG9hZCBleGFtcGxlIGRyYXdzIGl0ICh0aGUgQ0xJIHRlc3RzIGRvKS76BmBzdXBwcmVzc2Ag7ZWt66qp7J2YIGB1bnRpbGAg64Kg7Kec6rCAIOyngOuCmOuptCjtlZzqta0g7Iuc6rCEIOq4sOykgCwg65iQ64qUIGAtLW5vd2DroZwg7KeA7KCV7ZWcIOyLnOqwgSDquLDspIApIOq3uCBgdW50aWxg7JeQIOuztOqzoO2VqeuLiOuLpC4g7J20IO2VreuqqeydtCDqsIDrpqzrjZgg7KeE64uo7J2AIOuLpOyLnCDrs7Tqs6DrkJjrqbAsIOynhOuLqOydhCDqs6DsuZjrqbQg7ZWt66qp7J2EIOyCreygnO2VmOqzoCDqt7jroIfsp4Ag7JWK7Jy866m0IOyDiCDrgqDsp5zrpbwg7KeA7KCV7ZW07JW8IO2VqeuLiOuLpC4g7Y6Y7J2066Gc65Oc7JeQIOq0gO2VnCDqt5zsuZnsnbQg7JWE64uI66+A66GcIOydtCDqt5zsuZnsnYQg7J287Jy87YKk64qUIO2OmOydtOuhnOuTnCDsmIjsi5zripQg7JeG7Iq164uI64ukKENMSSDthYzsiqTtirjsl5DripQg7J6I7Iq164uI64ukKS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWz+BgocYmFzZWxpbmUtc3RhbGVGQSBiYXNlbGluZSBlbnRyeSBubyBmaW5kaW5nIG1hdGNoZXNW7KeE64uo7J20IOuCmOyYpOyngCDslYrripQg6riw7KSA7ISgIO2VreuqqQhpbmZvAQAAAAAAANAFUmVwb3J0ZWQgYXQgdGhlIGxpbmUgb2YgYSBiYXNlbGluZSBlbnRyeSB3aG9zZSBmaWxlIHdhcyBjaGVja2VkIGJ1dCBoYWQgZmV3ZXIgZmluZGluZ3Mgb2YgdGhhdCBydWxlIGF0IHRoYXQgcG9pbnRlciB0aGFuIHRoZSBlbnRyeSBob2xkczogdGhlIHByb2JsZW0gd2FzIGZpeGVkIChvciBzdXBwcmVzc2VkLCBvciBpdHMgcnVsZSB0dXJuZWQgb2ZmKSwgYW5kIGAtLXdyaXRlLWJhc2VsaW5lYCBzaHJpbmtzIHRoZSBiYXNlbGluZSBzbyB0aGF0IHRoZSBwcm9ibGVtIGNhbm5vdCBjb21lIGJhY2sgdW5ub3RpY2VkLiBOb3QgYWJvdXQgcGF5bG9hZHM6IG5vIHBheWxvYWQgZXhhbXBsZSBkcmF3cyBpdCAodGhlIENMSSB0ZXN0cyBkbykulgjquLDspIDshKAg7ZWt66qp7J2YIO2MjOydvOydhCDqsoDsgqztlojripTrjbAg6re4IO2PrOyduO2EsOyXkOyEnCDrgpjsmKgg7ZW064u5IOq3nOy5meydmCDsp4Tri6jsnbQg7ZWt66qp7JeQIOq4sOuhneuQnCDqsJzsiJjrs7Tri6Qg7KCB7Jy866m0IOq3uCDquLDspIDshKAg7ZWt66qp7J2YIOykhOyXkCDrs7Tqs6Dtlanri4jri6QuIOusuOygnOqwgCDqs6Dss5Dsp4Qo65iQ64qUIOyWteygnOuQmOyXiOqxsOuCmCDqt5zsuZnsnbQg6rq87KeEKSDqsoPsnbTrqbAsIGAtLXdyaXRlLWJhc2VsaW5lYOycvOuhnCDquLDspIDshKDsnYQg7KSE7J2066m0IOq3uCDrrLjsoJzqsIAg66qo66W064qUIOyCrOydtOyXkCDri6Tsi5wg7IOd6ri4IOyImCDsl4bsirXri4jri6QuIO2OmOydtOuhnOuTnOyXkCDqtIDtlZwg6rec7LmZ7J20IOyVhOuLiOuvgOuhnCDsnbQg6rec7LmZ7J2EIOydvOycvO2CpOuKlCDtjpjsnbTroZzrk5wg7JiI7Iuc64qUIOyXhuyKteuLiOuLpChDTEkg7YWM7Iqk7Yq47JeQ64qUIOyeiOyKteuLiOuLpCkulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1spAcKJHNlY3JldC1jYXJkLW51bWJlckJBIHJlYWwgY2FyZCBudW1iZXIgaW4gdGhlIHBheWxvYWRa7Y6Y7J2066Gc65Oc7JeQIOyLpOygnCDsubTrk5zrsojtmLjqsIAg7J6I7J2MDndhcm5pbmcBAAAAAAAAoAVQYXlsb2FkIGZpbGVzIGVuZCB1cCBpbiByZXBvc2l0b3JpZXMsIENJIGxvZ3MgYW5kIHRpY2tldHMuIEEgMTMtMTkgZGlnaXQgc3RyaW5nIHdpdGggYSBjYXJkLW5ldHdvcmsgcHJlZml4IHRoYXQgcGFzc2VzIHRoZSBMdWhuIGNoZWNrIGlzIHZlcnkgbGlrZWx5IGEgcmVhbCBjYXJkIG51bWJlciAocHVibGlzaGVkIHRlc3QgY2FyZCBudW1iZXJzIHN1Y2ggYXMgNDExMS0xMTExLTExMTEtMTExMSBhcmUgZXhjZXB0ZWQpLiBrY3BsaW50IHJlcG9ydHMgd2hlcmUgaXQgaXMgd2l0aG91dCBwcmludGluZyBpdCwgYW5kIG1hc2tzIGl0IGV2ZXJ5d2hlcmUgaXQgcHJpbnRzIHBheWxvYWQgdGV4dC6sB+2OmOydtOuhnOuTnCDtjIzsnbzsnYAg6rKw6rWtIOyggOyepeyGjCwgQ0kg66Gc6re4LCDsnbTsiogg7Yuw7LyT7JeQIOuCqOqyjCDrkKnri4jri6QuIOy5tOuTnCDruIzrnpzrk5zsnZgg67KI7Zi4IOuMgOyXreycvOuhnCDsi5zsnpHtlZjqs6AgTHVobiDqsoDsgqzrpbwg7Ya16rO87ZWY64qUIDEzfjE57J6Q66asIOyIq+yekOyXtOydgCDsi6TsoJwg7Lm065Oc67KI7Zi47J28IOqwgOuKpeyEseydtCDrp6TsmrAg64aS7Iq164uI64ukKDQxMTEtMTExMS0xMTExLTExMTHsspjrn7wg6rO16rCc65CcIO2FjOyKpO2KuCDsubTrk5zrsojtmLjripQg7KCc7Jm47ZWp64uI64ukKS4ga2NwbGludOuKlCDrsojtmLjrpbwg7Lac66Cl7ZWY7KeAIOyViuqzoCDsnITsuZjrp4wg67O06rOg7ZWY66mwLCDtjpjsnbTroZzrk5wg64K07Jqp7J2EIOy2nOugpe2VmOuKlCDrqqjrk6Ag6rOz7JeQ7IScIOuyiO2YuOulvCDqsIDrpr3ri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbM4HCiJzZWNyZXQtY3JlZGVudGlhbE5BIFBvcnRPbmUgQVBJIGNyZWRlbnRpYWwgaW4gdGhlIHBheWxvYWRq7Y6Y7J2066Gc65Oc7JeQIO2PrO2KuOybkCBBUEkg7J247KadIOygleuztOqwgCDsnojsnYwOd2FybmluZwEAAAAAAACqA1RoZSBSRVNUIEFQSSBrZXkgYW5kIHNlY3JldCAoYGltcF9rZXlgLCBgaW1wX3NlY3JldGApIGFuZCBhY2Nlc3MgdG9rZW5zIGJlbG9uZyBpbiB0aGUgc2VydmVyJ3Mgc2VjcmV0IHN0b3JlLCBub3QgaW4gcmVxdWVzdCBib2RpZXMgb3IgY29tbWl0dGVkIHBheWxvYWQgZmlsZXMuIGtjcGxpbnQgcmVwb3J0cyB0aGUgbWVtYmVyIHdpdGhvdXQgcHJpbnRpbmcgaXRzIHZhbHVlLoIEUkVTVCBBUEkg7YKk7JmAIOyLnO2BrOumvyhgaW1wX2tleWAsIGBpbXBfc2VjcmV0YCksIOyVoeyEuOyKpCDthqDtgbDsnYAg7JqU7LKtIOuzuOusuOydtOuCmCDsu6TrsIvrkJwg7Y6Y7J2066Gc65OcIO2MjOydvOydtCDslYTri4jrnbwg7ISc67KE7J2YIOu5hOuwgCDsoIDsnqXshozsl5Ag65GQ7Ja07JW8IO2VqeuLiOuLpC4ga2NwbGludOuKlCDqsJLsnYQg7Lac66Cl7ZWY7KeAIOyViuqzoCDtlbTri7kg66mk67KE66eMIOuztOqzoO2VqeuLiOuLpC5maHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYXV0aD92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWz8Bwoebm90LWtjcC1nYXRld2F5RFRoZSBwYXlsb2FkIGlzIGZvciBhbm90aGVyIGdhdGV3YXkm64uk66W4IFBH7IKsIOyalOyyrQ53YXJuaW5nAQABAAYGBHBnAAIABHBnFgIIAgQGBHBnAAIABHBnFgIGUF5rY3AoX2JpbGxpbmd8X3F1aWNrKT8oXC5bQS1aYS16MC05XSspPyQGBHBnAAIABHBnFgIG2AYoP2kpXlxzKihodG1sNV9pbmljaXN8aW5pY2lzfGluaWNpc191bmlmaWVkfGluaWNpc192MnxpbmljaXNfanB8dXBsdXN8dG9zc3BheW1lbnRzfHRvc3NfYnJhbmRwYXl8bmljZXxuaWNlX3YyfGtpY2N8a2FrYW9wYXl8a2FrYW98ZGFuYWx8ZGFuYWxfdHBheXxtb2JpbGlhbnN8cGF5Y298cGF5cGFsfHBheXBhbF92MnxleGltYmF5fGV4aW1iYXlfdjJ8bmF2ZXJwYXl8bmF2ZXJjb3xzbWlsZXBheXxkYW91fHBheW1lbnR3YWxsfHRvc3NwYXl8dG9zc3BheV92MnxzbWFydHJvfHNtYXJ0cm9fdjJ8c2V0dGxlfHNldHRsZV9hY2N8c2V0dGxlX2Zpcm18a3NuZXR8Z2FsYXhpYXx3ZWxjb21lfGp0bmV0fHN5cnVwfGNoYWl8cGF5cGxlfGJsdWV3YWxudXR8YWxpcGF5fHBpbnBheXxrcG58aHlwaGVufHBheWxldHRlcnxwYXlsZXR0ZXJfZ2xvYmFsKVxzKihcLnwkKQICAgRwZwACAARwZxYAAAABqgJgcGdgIHt2YWx1ZX0gbmFtZXMgYW5vdGhlciBwYXltZW50IGdhdGV3YXk6IHRoZSBOSE4gS0NQIGNhdGFsb2d1ZSBkb2VzIG5vdCBhcHBseSwgc28gbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKbADYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIE5ITiBLQ1DqsIAg7JWE64uMIOuLpOuluCBQR+yCrOyeheuLiOuLpC4gTkhOIEtDUCDqt5zsuZnsnbQg7KCB7Jqp65CY7KeAIOyViuycvOuvgOuhnCDrgpjrqLjsp4AgS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjtjpjsnbTroZzrk5wg7JWI7J2YIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAADODkEgYHBnYCB2YWx1ZSBpcyBge3Byb3ZpZGVyfWAgb3IgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAsIGFuZCB0aGUgS0NQIHByb3ZpZGVyIGNvZGVzIGFyZSBga2NwYCAocGF5bWVudCB3aW5kb3csIGtleS1pbiBhbmQgUkVTVCkgYW5kIGBrY3BfYmlsbGluZ2AgKGJpbGxpbmcta2V5IHdpbmRvdykuIEFueSBvdGhlciBwcm92aWRlciAoYGh0bWw1X2luaWNpc2AsIGBuaWNlX3YyYCwgYHRvc3NwYXltZW50c2AsIC4uLikgZm9sbG93cyBkaWZmZXJlbnQgcnVsZXMsIHNvIGNoZWNraW5nIGl0IGFnYWluc3QgdGhlIEtDUCBjYXRhbG9ndWUgd291bGQgb25seSBwcm9kdWNlIGEgZmxvb2Qgb2Ygd3JvbmcgZmluZGluZ3MuIE9uZSB3YXJuaW5nIHNheXMgd2h5IHRoZSBwYXlsb2FkIHdhcyBza2lwcGVkLiBPbmx5IHRoZSBwcm92aWRlcnMgb2YgUG9ydE9uZSdzIGNvZGUgbGlzdCBjb3VudCAoYGh0bWw1X2luaWNpc2AsIGB0b3NzcGF5bWVudHNgLCBgdG9zc19icmFuZHBheWAsIGBuaWNlX3YyYCwgLi4uLCB0aGUgbGVnYWN5IG1hbnVhbCdzIGBrYWthb2AsIGBqdG5ldGAsIGBzeXJ1cGAsIGBibHVld2FsbnV0YCwgYGFsaXBheWAsIGFuZCB0aGUgb3RoZXIgcHJvdmlkZXJzIG9mIFBvcnRPbmUncyBzZXJ2ZXIgU0RLKTogYHBnYCBuYW1lcyBubyBwcm92aWRlciB3aGVuIGl0IGlzIG1pc3R5cGVkIChga2NwIGAsIGBrY3BwYCwgYG5obmtjcGApIG9yIGhvbGRzIGEgYHBheV9tZXRob2RgIChgdmJhbmtgKSwgYW5kIFBvcnRPbmUgdGhlbiBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLCBvZnRlbiB0aGUgbWVyY2hhbnQncyBLQ1Agb25lLCBzbyB0aGUgcGF5bG9hZCBpcyBjaGVja2VkIGFzIEtDUCBhbmQgcGctZm9ybWF0IHJlcG9ydHMgdGhlIHZhbHVlLiBga2NwX3F1aWNrYCBpcyBoYW5kbGVkIGJ5IG5vdC1rY3AtcXVpY2twYXkuqBFgcGdgIOqwkuydgCBge3Byb3ZpZGVyfWAg65iQ64qUIGB7cHJvdmlkZXJ9LntzdG9yZSBpZH1gIO2YleyLneydtOupsCwgS0NQ7J2YIFBH7IKsIOy9lOuTnOuKlCBga2NwYCjqsrDsoJzssL0sIO2CpOyduCDqsrDsoJwsIFJFU1QgQVBJKeyZgCBga2NwX2JpbGxpbmdgKOu5jOunge2CpCDrsJzquIkg6rKw7KCc7LC9KeyeheuLiOuLpC4g6re4IOuwluydmCBQR+yCrChgaHRtbDVfaW5pY2lzYCwgYG5pY2VfdjJgLCBgdG9zc3BheW1lbnRzYCDrk7Ep64qUIOuLpOuluCDqt5zsuZnsnYQg65Sw66W066+A66GcLCBLQ1Ag6rec7LmZIOuqqOydjOycvOuhnCDqsoDsgqztlZjrqbQg7J6Y66q765CcIOynhOuLqOunjCDsj5/slYTsp5Hri4jri6QuIOuMgOyLoCDtjpjsnbTroZzrk5zrpbwg6rKA7IKs7ZWY7KeAIOyViuydgCDsnbTsnKDrpbwg6rK96rOgIO2VmOuCmOuhnCDslYzrpr3ri4jri6QuIOuLpOuluCBQR+yCrOuhnCDtjJDri6jtlZjripQg6rKD7J2AIO2PrO2KuOybkCBQR+yCrCDsvZTrk5ztkZzsl5Ag7J6I64qUIFBH7IKs67+Q7J6F64uI64ukKGBodG1sNV9pbmljaXNgLCBgdG9zc3BheW1lbnRzYCwgYHRvc3NfYnJhbmRwYXlgLCBgbmljZV92MmAg65OxLCDqtawg66ek64m07Ja87J2YIGBrYWthb2AsIGBqdG5ldGAsIGBzeXJ1cGAsIGBibHVld2FsbnV0YCwgYGFsaXBheWAsIOq3uOumrOqzoCDtj6ztirjsm5Ag7ISc67KEIFNES+ydmCDrgpjrqLjsp4AgUEfsgqwpLiBgcGdg66W8IOyemOuquyDsnoXroKXtlojqsbDrgpgoYGtjcCBgLCBga2NwcGAsIGBuaG5rY3BgKSBgcGF5X21ldGhvZGAg6rCS7J2EIOuEo+ydgCDqsr3smrAoYHZiYW5rYCnsl5DripQgYHBnYOqwgCDslrTrlqQgUEfsgqzrj4Qg6rCA66as7YKk7KeAIOyViuyKteuLiOuLpC4g7J2065WMIO2PrO2KuOybkOydgCDsvZjshpTsnZgg6riw67O4IOyxhOuEkCjrjIDqsJwg6rOg6rCd7IKs7J2YIEtDUCDssYTrhJAp7J2EIOuMgOyLoCDsgqzsmqntlZjrr4DroZwsIO2OmOydtOuhnOuTnOulvCBLQ1DroZwg6rKA7IKs7ZWY6rOgIHBnLWZvcm1hdOydtCDsnbQg6rCS7J2EIOuztOqzoO2VqeuLiOuLpC4gYGtjcF9xdWlja2DsnYAgbm90LWtjcC1xdWlja3BheeqwgCDsspjrpqztlanri4jri6QugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMj92PXYxAAEAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWxcCiZub3QtcG9ydG9uZS1yZXF1ZXN0XlRoZSBwYXlsb2FkIGlzIGEgQm9vdHBheSByZXF1ZXN0LCBub3QgUG9ydE9uZSdzTu2PrO2KuOybkOydtCDslYTri4wg67aA7Yq47Y6Y7J20IOyalOyyrQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEABgYcYXBwbGljYXRpb25faWQAAgAcYXBwbGljYXRpb25faWQ4AgABAgQGEG9yZGVyX2lkAAIAEG9yZGVyX2lkOgIAAQYKcHJpY2UAAgAKcHJpY2U8AgABBhhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIAAAICAhxhcHBsaWNhdGlvbl9pZAACABxhcHBsaWNhdGlvbl9pZDgAAAABsARgYXBwbGljYXRpb25faWRgIHdpdGggYG9yZGVyX2lkYCBvciBgcHJpY2VgIGlzIGEgQm9vdHBheSByZXF1ZXN0IChgQm9vdHBheS5yZXF1ZXN0UGF5bWVudGApLCBub3QgUG9ydE9uZSdzIGBJTVAucmVxdWVzdF9wYXlgICh3aGljaCB0YWtlcyBgbWVyY2hhbnRfdWlkYCBhbmQgYGFtb3VudGApOiB0aGUgUG9ydE9uZSDDlyBLQ1AgY2F0YWxvZ3VlIGRvZXMgbm90IGFwcGx5LCBzbyBubyBvdGhlciBLQ1AgcnVsZSB3YXMgY2hlY2tlZCAoc2VjcmV0cyBpbiB0aGUgcGF5bG9hZCBzdGlsbCBhcmUprgVgb3JkZXJfaWRgIOuYkOuKlCBgcHJpY2Vg7JmAIO2VqOq7mCDsnojripQgYGFwcGxpY2F0aW9uX2lkYOuKlCDtj6ztirjsm5AgYElNUC5yZXF1ZXN0X3BheWAoYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgIOyCrOyaqSnqsIAg7JWE64uMIOu2gO2KuO2OmOydtChgQm9vdHBheS5yZXF1ZXN0UGF5bWVudGApIOyalOyyreyeheuLiOuLpC4g7Y+s7Yq47JuQIMOXIEtDUCDqt5zsuZnsnbQg7KCB7Jqp65CY7KeAIOyViuycvOuvgOuhnCDri6TrpbggS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjsubTrk5zrsojtmLgg65OxIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAADyBkJvb3RwYXkncyBicm93c2VyIFNESyBhbHNvIHRha2VzIGBwZzogJ2tjcCdgLCBzbyBpdHMgcmVxdWVzdCBvYmplY3RzIHR1cm4gdXAgaW4gc2VhcmNoZXMgZm9yIEtDUCBwYXltZW50cyBhbmQgZ2V0IGNoZWNrZWQgYnkgbWlzdGFrZS4gVGhleSBuYW1lIHRoZSBvcmRlciBgb3JkZXJfaWRgIGFuZCB0aGUgYW1vdW50IGBwcmljZWAsIGFuZCBjYXJyeSB0aGUgbWVyY2hhbnQncyBCb290cGF5IGBhcHBsaWNhdGlvbl9pZGAsIG5vbmUgb2Ygd2hpY2ggUG9ydE9uZSdzIGByZXF1ZXN0X3BheWAgaGFzLiBDaGVja2VkIGFzIFBvcnRPbmUsIHN1Y2ggYSBwYXlsb2FkIGRyYXdzIGEgZmxvb2Qgb2YgZmluZGluZ3MgKGBtZXJjaGFudF91aWRgIGFuZCBgYW1vdW50YCBtaXNzaW5nLCBldmVyeSBtZW1iZXIgdW5rbm93bik7IG9uZSB3YXJuaW5nIHNheXMgd2hhdCBpdCBpcyBpbnN0ZWFkLswJ67aA7Yq47Y6Y7J207J2YIOu4jOudvOyasOyggCBTREvrj4QgYHBnOiAna2NwJ2Drpbwg67Cb6riwIOuVjOusuOyXkCwg67aA7Yq47Y6Y7J20IOyalOyyrSDqsJ3ssrTqsIAgS0NQIOqysOygnCDsvZTrk5zrpbwg7LC+64qUIOqygOyDieyXkCDtlajqu5gg6rG466CkIOyemOuquyDqsoDsgqzrkJjqs6Qg7ZWp64uI64ukLiDrtoDtirjtjpjsnbQg7JqU7LKt7J2AIOyjvOusuOuyiO2YuOulvCBgb3JkZXJfaWRgLCDquIjslaHsnYQgYHByaWNlYOudvOqzoCDrtoDrpbTqs6Ag6rOg6rCd7IKs7J2YIOu2gO2KuO2OmOydtCBgYXBwbGljYXRpb25faWRg66W8IOuLtOuKlOuNsCwg7J20IOykkSDslrTripAg6rKD64+EIO2PrO2KuOybkCBgcmVxdWVzdF9wYXlg7JeQ64qUIOyXhuyKteuLiOuLpC4g7J2065+wIO2OmOydtOuhnOuTnOulvCDtj6ztirjsm5Ag7JqU7LKt7Jy866GcIOqygOyCrO2VmOuptCDsp4Tri6jsnbQg7I+f7JWE7KeA66+A66GcKGBtZXJjaGFudF91aWRg7JmAIGBhbW91bnRgIOuIhOudvSwg66qo65OgIOuppOuyhOqwgCDslYwg7IiYIOyXhuuKlCDtjIzrnbzrr7jthLApLCDrjIDsi6Ag7Ja065akIOyalOyyreyduOyngCDqsr3qs6Ag7ZWY64KY66GcIOyVjOumveuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQABAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s3gEKJHBvcnRvbmUtdjItcmVxdWVzdFZUaGUgcGF5bG9hZCBpcyBhIFBvcnRPbmUgVjIgcmVxdWVzdCwgbm90IHYxQO2PrO2KuOybkCBWMeydtCDslYTri4wgVjIg7JqU7LKtDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAGBg5zdG9yZUlkAAIADnN0b3JlSWQ+AgABBhhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIAAAIOBhJwYXltZW50SWQAAgAScGF5bWVudElkQAIAAQYSb3JkZXJOYW1lAAIAEm9yZGVyTmFtZUICAAEGFnRvdGFsQW1vdW50AAIAFnRvdGFsQW1vdW50RAIAAQYScGF5TWV0aG9kAAIAEnBheU1ldGhvZEYCAAEGIGJpbGxpbmdLZXlNZXRob2QAAgAgYmlsbGluZ0tleU1ldGhvZEgCAAEGDmlzc3VlSWQAAgAOaXNzdWVJZEoCAAEGLGlkZW50aXR5VmVyaWZpY2F0aW9uSWQAAgAsaWRlbnRpdHlWZXJpZmljYXRpb25JZEwCAAECAgIOc3RvcmVJZAACAA5zdG9yZUlkPgAAAAGSBWBzdG9yZUlkYCB3aXRoIGBwYXltZW50SWRgLCBgb3JkZXJOYW1lYCwgYHRvdGFsQW1vdW50YCBvciBgYmlsbGluZ0tleU1ldGhvZGAgaXMgYSBQb3J0T25lIFYyIHJlcXVlc3QgKGBQb3J0T25lLnJlcXVlc3RQYXltZW50YCwgYFBvcnRPbmUucmVxdWVzdElzc3VlQmlsbGluZ0tleWApLCBub3QgdGhlIHYxIGBJTVAucmVxdWVzdF9wYXlgIHRoaXMgY2F0YWxvZ3VlIGNoZWNrcyAod2hpY2ggdGFrZXMgYG1lcmNoYW50X3VpZGAsIGBuYW1lYCBhbmQgYGFtb3VudGApOiBubyBvdGhlciBLQ1AgcnVsZSB3YXMgY2hlY2tlZCAoc2VjcmV0cyBpbiB0aGUgcGF5bG9hZCBzdGlsbCBhcmUpiAZgcGF5bWVudElkYCwgYG9yZGVyTmFtZWAsIGB0b3RhbEFtb3VudGAg65iQ64qUIGBiaWxsaW5nS2V5TWV0aG9kYOyZgCDtlajqu5gg7J6I64qUIGBzdG9yZUlkYOuKlCDtj6ztirjsm5AgVjIg7JqU7LKtKGBQb3J0T25lLnJlcXVlc3RQYXltZW50YCwgYFBvcnRPbmUucmVxdWVzdElzc3VlQmlsbGluZ0tleWAp7J6F64uI64ukLiDsnbQg6rec7LmZIOuqqOydjOydgCBWMSBgSU1QLnJlcXVlc3RfcGF5YChgbWVyY2hhbnRfdWlkYCwgYG5hbWVgLCBgYW1vdW50YCDsgqzsmqkp66W8IOqygOyCrO2VmOuvgOuhnCDri6TrpbggS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjsubTrk5zrsojtmLgg65OxIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAACeB1BvcnRPbmUncyBWMiBicm93c2VyIFNESyB0YWtlcyBgc3RvcmVJZGAsIGBjaGFubmVsS2V5YCwgYHBheW1lbnRJZGAsIGBvcmRlck5hbWVgLCBgdG90YWxBbW91bnRgLCBgY3VycmVuY3lgIChgQ1VSUkVOQ1lfS1JXYCkgYW5kIGBwYXlNZXRob2RgIChgQ0FSRGApLCBhbmQgaXNzdWVzIGJpbGxpbmcga2V5cyB3aXRoIGBiaWxsaW5nS2V5TWV0aG9kYDsgbm9uZSBvZiB0aGVzZSBidXQgYGNoYW5uZWxLZXlgIGlzIGEgdjEgcGFyYW1ldGVyLiBDaGVja2VkIGFzIHYxLCBhIFYyIHJlcXVlc3QgZHJhd3MgYSBmbG9vZCBvZiBmaW5kaW5ncyAoYG1lcmNoYW50X3VpZGAgYW5kIGBhbW91bnRgIG1pc3NpbmcsIGV2ZXJ5IG1lbWJlciB1bmtub3duLCBhIGN1cnJlbmN5IEtDUCBkb2VzIG5vdCBzZXR0bGUpOyBvbmUgd2FybmluZyBzYXlzIHdoYXQgaXQgaXMgaW5zdGVhZC4gVjIgcmVxdWVzdHMgbmVlZCBhIFYyIGxpbnRlci7kCO2PrO2KuOybkCBWMiDruIzrnbzsmrDsoIAgU0RL64qUIGBzdG9yZUlkYCwgYGNoYW5uZWxLZXlgLCBgcGF5bWVudElkYCwgYG9yZGVyTmFtZWAsIGB0b3RhbEFtb3VudGAsIGBjdXJyZW5jeWAoYENVUlJFTkNZX0tSV2ApLCBgcGF5TWV0aG9kYChgQ0FSRGAp66W8IOuwm+qzoCwg67mM66eB7YKk64qUIGBiaWxsaW5nS2V5TWV0aG9kYOuhnCDrsJzquIntlanri4jri6QuIOydtCDspJEgYGNoYW5uZWxLZXlgIOunkOqzoOuKlCB2MSDtjIzrnbzrr7jthLDqsIAg7JWE64uZ64uI64ukLiBWMiDsmpTssq3snYQgdjHsnLzroZwg6rKA7IKs7ZWY66m0IOynhOuLqOydtCDsj5/slYTsp4Drr4DroZwoYG1lcmNoYW50X3VpZGDsmYAgYGFtb3VudGAg64iE6529LCDrqqjrk6Ag66mk67KE6rCAIOyVjCDsiJgg7JeG64qUIO2MjOudvOuvuO2EsCwgS0NQ6rCAIOygleyCsO2VmOyngCDslYrripQg7Ya17ZmUKSwg64yA7IugIOyWtOuWpCDsmpTssq3snbjsp4Ag6rK96rOgIO2VmOuCmOuhnCDslYzrpr3ri4jri6QuIFYyIOyalOyyreydgCBWMuyaqSDrprDthLDroZwg6rKA7IKs7ZW07JW8IO2VqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92Mi1zZGsvcGF5bWVudC1yZXF1ZXN0P3Y9djIAAQAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKgCCiBub3Qta2NwLXF1aWNrcGF5PlRoZSBwYXlsb2FkIGlzIGZvciBLQ1AgUXVpY2tQYXkoS0NQIO2Ate2OmOydtCDsmpTssq0Od2FybmluZwEAAQYEcGcAAgAEcGcWAgYoKD9pKV5rY3BfcXVpY2soJHxcLikCAgIEcGcAAgAEcGcWAAAAAbYCYHBnYCB7dmFsdWV9IGlzIGEgS0NQIFF1aWNrUGF5IGNoYW5uZWwgKGBrY3BfcXVpY2tgKSwgd2hpY2ggdGhpcyBjYXRhbG9ndWUgZG9lcyBub3QgY292ZXI6IG5vIG90aGVyIEtDUCBydWxlIHdhcyBjaGVja2VkIChzZWNyZXRzIGluIHRoZSBwYXlsb2FkIHN0aWxsIGFyZSngA2BwZ2Ag6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag7YC17Y6Y7J20KGBrY3BfcXVpY2tgKSDssYTrhJDsnoXri4jri6QuIO2Ate2OmOydtCDsmpTssq3snYAg7J20IOq3nOy5mSDrqqjsnYzsnZgg6rKA7IKsIOuMgOyDgeydtCDslYTri4jrr4DroZwg64uk66W4IEtDUCDqt5zsuZnsnYAg6rKA7IKs7ZWY7KeAIOyViuyVmOyKteuLiOuLpCAo7Lm065Oc67KI7Zi4IOuTsSDrr7zqsJDsoJXrs7TripQg6rKA7IKs7ZWp64uI64ukKQAAxANLQ1AgUXVpY2tQYXkgaXMgYSBzZXBhcmF0ZSBQb3J0T25lIGNoYW5uZWwgdHlwZSAoYGtjcF9xdWlja2ApIHdpdGggaXRzIG93biBwYXJhbWV0ZXJzIChgYnlwYXNzLmtjcFF1aWNrYCwgYWN0aW9uIHR5cGVzLCBlbmNyeXB0ZWQgQ0kpIGFuZCBpdHMgb3duIHBhZ2U7IHRoZSBjb25zdHJhaW50cyBvZiB0aGUgS0NQIHBheW1lbnQgYW5kIGJpbGxpbmcgd2luZG93cyBkbyBub3QgYXBwbHkgdG8gaXQu1ARLQ1Ag7YC17Y6Y7J2064qUIOuzhOuPhOydmCDtj6ztirjsm5Ag7LGE64SQIOycoO2YlShga2NwX3F1aWNrYCnsnLzroZwsIOqzoOycoO2VnCDtjIzrnbzrr7jthLAoYGJ5cGFzcy5rY3BRdWlja2AsIOyVoeyFmCDsnKDtmJUsIOyVlO2YuO2ZlOuQnCBDSSnsmYAg67OE64+E7J2YIOyXsOuPmSDrrLjshJzqsIAg7J6I7Iq164uI64ukLiBLQ1Ag7J2867CY6rKw7KCcIOqysOygnOywveqzvCDruYzrp4HtgqQg67Cc6riJIOqysOygnOywveydmCDsoJzslb3snYAg7YC17Y6Y7J207JeQIOyggeyaqeuQmOyngCDslYrsirXri4jri6QuoAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9rY3AtcXVpY2twYXk/dj12MQABAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1shgMKLGtjcC1xdWljay1vdXQtb2Ytc2NvcGVAS0NQIFF1aWNrUGF5IHJlcXVlc3Qgbm90IGNoZWNrZWRWS0NQIO2Ate2OmOydtCDsmpTssq3snYAg6rKA7IKs7ZWY7KeAIOyViuydjAhpbmZvAQABAAQGHmJ5cGFzcy5rY3BRdWljawAEAAxieXBhc3NOABBrY3BRdWlja1ACAAEGBHBnAAIABHBnFgIAAAICAh5ieXBhc3Mua2NwUXVpY2sABAAMYnlwYXNzTgAQa2NwUXVpY2tQAAAAAaoCYGJ5cGFzcy5rY3BRdWlja2AgbWFya3MgYSBLQ1AgUXVpY2tQYXkgcmVxdWVzdCwgd2hpY2ggdGhpcyBjYXRhbG9ndWUgZG9lcyBub3QgY292ZXI6IG5vIG90aGVyIEtDUCBydWxlIHdhcyBjaGVja2VkIChzZWNyZXRzIGluIHRoZSBwYXlsb2FkIHN0aWxsIGFyZSn4A2BieXBhc3Mua2NwUXVpY2tg7J2AIEtDUCDtgLXtjpjsnbQg7JqU7LKt7JeQIOyCrOyaqe2VmOuKlCDtjIzrnbzrr7jthLDsnoXri4jri6QuIO2Ate2OmOydtCDsmpTssq3snYAg7J20IOq3nOy5mSDrqqjsnYzsnZgg6rKA7IKsIOuMgOyDgeydtCDslYTri4jrr4DroZwg64uk66W4IEtDUCDqt5zsuZnsnYAg6rKA7IKs7ZWY7KeAIOyViuyVmOyKteuLiOuLpCAo7Lm065Oc67KI7Zi4IOuTsSDrr7zqsJDsoJXrs7TripQg6rKA7IKs7ZWp64uI64ukKQAAmgdXaXRoIGBjaGFubmVsS2V5YCB0aGUgY2hhbm5lbCB0eXBlIGNhbm5vdCBiZSBzZWVuIGluIHRoZSBwYXlsb2FkLCBidXQgYGJ5cGFzcy5rY3BRdWlja2AgaXMgZG9jdW1lbnRlZCBvbmx5IGZvciBLQ1AgUXVpY2tQYXkgKGBrY3BfcXVpY2tgKSBjaGFubmVscywgd2hvc2UgcmVxdWVzdHMgZm9sbG93IHRoZWlyIG93biBwYWdlIChhY3Rpb24gdHlwZXMgd2l0aG91dCBgYW1vdW50YCwgYGN1c3RvbWVyX3VpZGAgcGVyIHJlZ2lzdGVyZWQgY2FyZCkuIENoZWNraW5nIHRoZW0gYWdhaW5zdCB0aGUgS0NQIHBheW1lbnQgb3IgYmlsbGluZy1rZXkgcnVsZXMgd291bGQgcmFpc2UgZmFsc2UgYWxhcm1zIG9uIGNvcnJlY3QgUXVpY2tQYXkgY2FsbHMsIHNvIHRoZSBwYXlsb2FkIGlzIHNraXBwZWQgd2l0aCBhbiBpbmZvIChub3QgYSB3YXJuaW5nOiBpdCBtYXkgZm9sbG93IHRoZSBRdWlja1BheSBkb2NzIGV4YWN0bHkpLtYJYGNoYW5uZWxLZXlg66W8IOyCrOyaqe2VmOuptCDtjpjsnbTroZzrk5zrp4zsnLzroZzripQg7LGE64SQIOycoO2YleydhCDslYwg7IiYIOyXhuyngOunjCwgYGJ5cGFzcy5rY3BRdWlja2DsnYAgS0NQIO2Ate2OmOydtChga2NwX3F1aWNrYCkg7LGE64SQ7JeQ7ISc66eMIOusuOyEnO2ZlOuQmOyWtCDsnojsnLzrqbAg7YC17Y6Y7J20IOyalOyyreydgCDrs4Trj4TsnZgg7Jew64+ZIOusuOyEnOulvCDrlLDrpoXri4jri6QoYGFtb3VudGAg7JeG64qUIOyVoeyFmCDsnKDtmJUsIOuTseuhne2VnCDsubTrk5zrp4jri6QgYGN1c3RvbWVyX3VpZGApLiDsnbTrn7Ag7JqU7LKt7J2EIEtDUCDsnbzrsJjqsrDsoJzrgpgg67mM66eB7YKkIOuwnOq4iSDqt5zsuZnsnLzroZwg6rKA7IKs7ZWY66m0IOyYrOuwlOuluCDtgLXtjpjsnbQg7Zi47Lac7JeQIOyYpO2DkOydtCDsg53quLDrr4DroZwsIOygleuztCDsiJjspIDsnZgg7KeE64uoIO2VmOuCmOunjCDrgqjquLDqs6Ag7Y6Y7J2066Gc65Oc66W8IOqygOyCrO2VmOyngCDslYrsirXri4jri6Qo7YC17Y6Y7J20IOusuOyEnOulvCDsoJXtmZXtnogg65Sw66W4IOyalOyyreydvCDsiJgg7J6I7Jy866+A66GcIOqyveqzoOqwgCDslYTri5nri4jri6QpLqABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3Ava2NwLXF1aWNrcGF5P3Y9djEAAQAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLwDCj5rY3AtcXVpY2stYnlwYXNzLW9uLWtjcC1jaGFubmVsamBieXBhc3Mua2NwUXVpY2tgIG9uIGEgS0NQIHBheW1lbnQgb3IgYmlsbGluZyBjaGFubmVsdEtDUCDsnbzrsJgv7KCV6riw6rKw7KCcIOyxhOuEkOyXkCBgYnlwYXNzLmtjcFF1aWNrYCDsgqzsmqkOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAQGHmJ5cGFzcy5rY3BRdWljawAEAAxieXBhc3NOABBrY3BRdWlja1ACAAEGBHBnAAIABHBnFgIGMig/aSlea2NwKF9iaWxsaW5nKT8oJHxcLikCAgIeYnlwYXNzLmtjcFF1aWNrAAQADGJ5cGFzc04AEGtjcFF1aWNrUAAAAAGCAmBieXBhc3Mua2NwUXVpY2tgIGJlbG9uZ3MgdG8gS0NQIFF1aWNrUGF5IGNoYW5uZWxzIChga2NwX3F1aWNrYCk7IG9uIHRoZSBga2NwYC9ga2NwX2JpbGxpbmdgIGNoYW5uZWwgbmFtZWQgYnkgYHBnYCBpdCBpcyBub3QgdXNlZMgCYGJ5cGFzcy5rY3BRdWlja2DsnYAgS0NQIO2Ate2OmOydtChga2NwX3F1aWNrYCkg7LGE64SQIOyghOyaqSDtjIzrnbzrr7jthLDsnoXri4jri6QuIGBwZ2Dsl5Ag7KeA7KCV7ZWcIGBrY3BgL2BrY3BfYmlsbGluZ2Ag7LGE64SQ7JeQ7ISc64qUIOyCrOyaqeuQmOyngCDslYrsirXri4jri6QAANYDYGJ5cGFzcy5rY3BRdWlja2AgaXMgZG9jdW1lbnRlZCBvbmx5IG9uIHRoZSBLQ1AgUXVpY2tQYXkgcGFnZSwgd2hvc2UgY2hhbm5lbCBjb2RlIGlzIGBrY3BfcXVpY2tgLiBBIHBheWxvYWQgdGhhdCBuYW1lcyBhIGBrY3BgIG9yIGBrY3BfYmlsbGluZ2AgY2hhbm5lbCBhbmQgYWxzbyBzZW5kcyBpdCBtaXhlcyB0d28gcHJvZHVjdHM6IGVpdGhlciB0aGUgY2hhbm5lbCBvciB0aGUgcGFyYW1ldGVyIGlzIHdyb25nLugEYGJ5cGFzcy5rY3BRdWlja2DsnYAg7LGE64SQIOy9lOuTnOqwgCBga2NwX3F1aWNrYOyduCBLQ1Ag7YC17Y6Y7J20IOyXsOuPmSDrrLjshJzsl5Drp4wg64KY7Ji164uI64ukLiBga2NwYCDrmJDripQgYGtjcF9iaWxsaW5nYCDssYTrhJDsnYQg7KeA7KCV7ZWY66m07IScIOydtCDtjIzrnbzrr7jthLDrj4Qg67O064K064qUIO2OmOydtOuhnOuTnOuKlCDshJzroZwg64uk66W4IOuRkCDsg4HtkojsnYQg7ISe7J2AIOqyg+ydtOuvgOuhnCwg7LGE64SQ6rO8IO2MjOudvOuvuO2EsCDspJEg7ZWY64KY6rCAIOyemOuqu+uQmOyXiOyKteuLiOuLpC6gAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL2tjcC1xdWlja3BheT92PXYxARRLQ1AtQ0gtMDEyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIIECh5jaGFubmVsLW1pc3NpbmcmTm8gY2hhbm5lbCBzZWxlY3RlZCDssYTrhJAg66+47KeA7KCVDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIEBBRjaGFubmVsS2V5AAIAFGNoYW5uZWxLZXkYBHBnAAIABHBnFgAAAAHkAW5laXRoZXIgYGNoYW5uZWxLZXlgIG5vciBgcGdgIGlzIHNldDogUG9ydE9uZSB1c2VzIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLCB3aGljaCBtYXkgbm90IGJlIHRoZSBLQ1AgY2hhbm5lbKICYGNoYW5uZWxLZXlg7JmAIGBwZ2DqsIAg66qo65GQIOyXhuyKteuLiOuLpC4g7L2Y7IaU7JeQIOyEpOygleuQnCDquLDrs7gg7LGE64SQ66GcIOqysOygnOqwgCDsmpTssq3rkJjrr4DroZwgS0NQIOyxhOuEkOydtCDslYTri5Ag7IiYIOyeiOyKteuLiOuLpAAA1ARUaGUgS0NQIHBhZ2UgbWFrZXMgYGNoYW5uZWxLZXlgIHRoZSB3YXkgdG8gcGljayB0aGUgS0NQIGNoYW5uZWwgKGBwZ2AgaXMgaXRzIGRlcHJlY2F0ZWQgYWx0ZXJuYXRpdmUpLiBXaXRob3V0IGVpdGhlciwgdGhlIGRlZmF1bHQgUEcgc2V0IGluIHRoZSBjb25zb2xlIGlzIHVzZWQ7IHdpdGggbW9yZSB0aGFuIG9uZSBjaGFubmVsIGNvbmZpZ3VyZWQgdGhhdCBtYXkgc2lsZW50bHkgYmUgYSBkaWZmZXJlbnQgZ2F0ZXdheSwgYW5kIGZvciBhIGJpbGxpbmcga2V5IGl0IG11c3QgYmUgYSBga2NwX2JpbGxpbmdgIGNoYW5uZWwurgZLQ1Ag7Jew64+ZIOusuOyEnOuKlCBLQ1Ag7LGE64SQ7J2EIGBjaGFubmVsS2V5YOuhnCDsp4DsoJXtlZjrj4TroZ0g7JWI64K07ZWp64uI64ukKGBwZ2DripQg7KeA7JuQIOykkeuLqCDsmIjsoJXsnbgg64yA7JWI7J6F64uI64ukKS4g65GYIOuLpCDsl4bsnLzrqbQg7L2Y7IaU7JeQIOyEpOygleuQnCDquLDrs7ggUEfsgqzqsIAg7IKs7Jqp65CY64qU642wLCDssYTrhJDsnbQg65GYIOydtOyDgSDshKTsoJXrkJjslrQg7J6I7Jy866m0IOyVhOustCDslYzrprwg7JeG7J20IOuLpOuluCBQR+yCrOuhnCDqsrDsoJzqsIAg7JqU7LKt65CgIOyImCDsnojsnLzrqbAsIOu5jOunge2CpCDrsJzquInsnbTrnbzrqbQg7J20IOq4sOuzuCDssYTrhJDsnbQgYGtjcF9iaWxsaW5nYCDssYTrhJDsnbTslrTslbwg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1swgQKJGNoYW5uZWwta2V5LWFuZC1wZzxgY2hhbm5lbEtleWAgYW5kIGBwZ2AgYm90aCBzZXRKYGNoYW5uZWxLZXlg7JmAIGBwZ2Drpbwg7ZWo6ruYIOyCrOyaqQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACBgQUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GARwZwACAARwZxYAAAAB2gFgcGdgIGlzIHNlbnQgdG9nZXRoZXIgd2l0aCBgY2hhbm5lbEtleWA6IHdoaWNoIG9uZSBQb3J0T25lIHVzZXMgaXMgbm90IGRvY3VtZW50ZWQ7IHJlbW92ZSB0aGUgZGVwcmVjYXRlZCBgcGdgyAJgY2hhbm5lbEtleWDsmYAgYHBnYOulvCDtlajqu5gg7J6F66Cl7ZaI7Iq164uI64ukLiDslrTripAg6rCS7J20IOyggeyaqeuQmOuKlOyngCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnCDsp4Dsm5Ag7KSR64uoIOyYiOygleyduCBgcGdg66W8IOyCreygnO2VmOyEuOyalAAAjgNUaGUgS0NQIHBhZ2UgcHJlc2VudHMgYGNoYW5uZWxLZXlgIGFzIHRoZSByZXBsYWNlbWVudCBvZiB0aGUgZGVwcmVjYXRlZCBgcGdgOyB3aGF0IGhhcHBlbnMgd2hlbiBib3RoIGFyZSBzZW50IChhbmQgZGlzYWdyZWUpIGlzIG5vdCBkb2N1bWVudGVkIGFueXdoZXJlLCBzbyB0aGUgY2hhbm5lbCBhY3R1YWxseSB1c2VkIGlzIHVucHJlZGljdGFibGUuiAVLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgY2hhbm5lbEtleWDrpbwg7KeA7JuQIOykkeuLqCDsmIjsoJXsnbggYHBnYOulvCDrjIDssrTtlZjripQg7YyM652866+47YSw66GcIOyGjOqwnO2VqeuLiOuLpC4g65GQIOqwkuydhCDtlajqu5gg67O064K8IOuVjCjqt7jrpqzqs6Ag65GQIOqwkuydtCDshJzroZwg64uk66W8IOuVjCkg7Ja065a76rKMIOuQmOuKlOyngOuKlCDslrTrlJTsl5Drj4Qg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsnLzrr4DroZwsIOyLpOygnOuhnCDslrTripAg7LGE64SQ7J20IOyCrOyaqeuQoOyngCDsmIjsuKHtlaAg7IiYIOyXhuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0gtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIgFCi5jaGFubmVsLWtleS1wbGFjZWhvbGRlck5DaGFubmVsIGtleSBsZWZ0IGFzIHRoZSBkb2MgcGxhY2Vob2xkZXJQ7LGE64SQ7YKkIOyYiOyLnCDqsJLsnYQg6re464yA66GcIOyCrOyaqQplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIKcig/aSlbe308Pl187LGE64SQ7YKkfHlvdXJbLV8gXT9jaGFubmVsfF5jaGFubmVsWy1fIF0/a2V5JAAAAAHEAmBjaGFubmVsS2V5YCB7dmFsdWV9IGlzIGEgcGxhY2Vob2xkZXIgY29waWVkIGZyb20gdGhlIGRvY3M6IHVzZSB0aGUgY2hhbm5lbCBrZXkgc2hvd24gaW4gdGhlIFBvcnRPbmUgY29uc29sZSAoSW50ZWdyYXRpb24gPiBJbnRlZ3JhdGlvbiBpbmZvID4gQ2hhbm5lbCBtYW5hZ2VtZW50KeICYGNoYW5uZWxLZXlgIOqwkiB7dmFsdWV97J2AKOuKlCkg66y47ISc7J2YIOyYiOyLnCDqsJLsnoXri4jri6QuIO2PrO2KuOybkCDsvZjshpQgW+qysOygnCDsl7Drj5ldID4gW+yXsOuPmSDsoJXrs7RdID4gW+yxhOuEkCDqtIDrpqxd7JeQ7IScIO2ZleyduO2VnCDssYTrhJDtgqTrpbwg7J6F66Cl7ZWY7IS47JqUAADeBEV2ZXJ5IFNESyBleGFtcGxlIG9uIHRoZSBLQ1AgcGFnZSBzZW5kcyBgY2hhbm5lbEtleTogInvsvZjshpQg64K0IOyXsOuPmSDsoJXrs7TsnZgg7LGE64SQ7YKkfSJgLiBTZW50IGFzIGlzLCBQb3J0T25lIGZpbmRzIG5vIGNoYW5uZWwgYW5kIHRoZSB3aW5kb3cgbmV2ZXIgb3BlbnMuIEJyYWNlcywgYW5nbGUgYnJhY2tldHMsIHRoZSBLb3JlYW4gd29yZCBmb3IgY2hhbm5lbCBrZXksIG9yICJ5b3VyIGNoYW5uZWwga2V5IiBuZXZlciBvY2N1ciBpbiBhIHJlYWwga2V5IChgY2hhbm5lbC1rZXktYCBmb2xsb3dlZCBieSBhIFVVSUQpLuwFS0NQIOyXsOuPmSDrrLjshJzsnZggU0RLIOyYiOygnOuKlCDrqqjrkZAgYGNoYW5uZWxLZXk6ICJ77L2Y7IaUIOuCtCDsl7Drj5kg7KCV67O07J2YIOyxhOuEkO2CpH0iYOulvCDrs7Trg4Xri4jri6QuIOydtCDqsJLsnYQg6re464yA66GcIOuztOuCtOuptCDtj6ztirjsm5DsnbQg7LGE64SQ7J2EIOywvuyngCDrqrvtlbQg6rKw7KCc7LC97J20IOyXtOumrOyngCDslYrsirXri4jri6QuIOykkeq0hO2YuCwg6rq+7Ieg6rSE7Zi4LCAn7LGE64SQ7YKkJ+udvOuKlCDtlZzquIAg64uo7Ja0LCAieW91ciBjaGFubmVsIGtleSLripQg7Iuk7KCcIOyxhOuEkO2CpChgY2hhbm5lbC1rZXktYCDrkqTsl5AgVVVJRCnsl5DripQg64KY7Jik7KeAIOyViuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0gtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMAFCiRjaGFubmVsLWtleS1mb3JtYXREQ2hhbm5lbCBrZXkgaW4gYW4gdW5leHBlY3RlZCBzaGFwZUjssYTrhJDtgqQg7ZiV7Iud7J20IOyYiOyDgeqzvCDri6TrpoQOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBBhRjaGFubmVsS2V5AAIAFGNoYW5uZWxLZXkYAgYEXFMCCBRjaGFubmVsS2V5AAIAFGNoYW5uZWxLZXkYAhwCBAYCLgAAAgacASg/aSleY2hhbm5lbC1rZXktWzAtOWEtZl17OH0tWzAtOWEtZl17NH0tWzAtOWEtZl17NH0tWzAtOWEtZl17NH0tWzAtOWEtZl17MTJ9JAYCLgAAAgZyKD9pKVt7fTw+XXzssYTrhJDtgqR8eW91clstXyBdP2NoYW5uZWx8XmNoYW5uZWxbLV8gXT9rZXkkAAAAAZQCYGNoYW5uZWxLZXlgIHt2YWx1ZX0gZG9lcyBub3QgbG9vayBsaWtlIGEgUG9ydE9uZSBjaGFubmVsIGtleSAoYGNoYW5uZWwta2V5LWAgZm9sbG93ZWQgYnkgYSBVVUlEKTogY29weSBpdCBmcm9tIHRoZSBjb25zb2xlJ3MgY2hhbm5lbCBsaXN06AJgY2hhbm5lbEtleWAg6rCSIHt2YWx1ZX3snbQo6rCAKSDtj6ztirjsm5Ag7LGE64SQ7YKkIO2YleyLnShgY2hhbm5lbC1rZXktYCDrkqTsl5AgVVVJRCnsnbQg7JWE64uZ64uI64ukLiDsvZjshpTsnZgg7LGE64SQIOq0gOumrCDtmZTrqbTsl5DshJwg7LGE64SQ7YKk66W8IOuzteyCrO2VtCDsnoXroKXtlZjshLjsmpQAAPQFQ2hhbm5lbCBrZXlzIGlzc3VlZCBieSB0aGUgY29uc29sZSBoYXZlIHRoZSBmb3JtIGBjaGFubmVsLWtleS08VVVJRD5gIChhcyBpbiBQb3J0T25lJ3Mgb3duIHBsYXlncm91bmQpLiBBIGRpZmZlcmVudCBzaGFwZSB1c3VhbGx5IG1lYW5zIGFub3RoZXIgaWRlbnRpZmllciB3YXMgcGFzdGVkICh0aGUgbWVyY2hhbnQgY29kZSBgaW1wLi4uYCwgYSBzdG9yZSBpZCBvciBhIHNpdGUgY29kZSkgb3Igd2hpdGVzcGFjZSB3YXMgY29waWVkIGFsb25nLiBUaGUgZm9ybWF0IGlzIG5vdCBzcGVjaWZpZWQgaW4gdGhlIGRvY3MsIHNvIHRoaXMgaXMgYSB3YXJuaW5nOyBhIHBsYWNlaG9sZGVyIGlzIHJlcG9ydGVkIGJ5IGNoYW5uZWwta2V5LXBsYWNlaG9sZGVyIGluc3RlYWQupAfsvZjshpTsl5DshJwg67Cc6riJ7ZWcIOyxhOuEkO2CpOuKlCBgY2hhbm5lbC1rZXktPFVVSUQ+YCDtmJXsi53snoXri4jri6Qo7Y+s7Yq47JuQIO2UjOugiOydtOq3uOudvOyatOuTnOydmCDssYTrhJDtgqTrj4Qg6rCZ7J2AIO2YleyLneyeheuLiOuLpCkuIO2YleyLneydtCDri6TrpbTrqbQg64yA6rCcIOuLpOuluCDsi53rs4TsnpAo6rOg6rCd7IKsIOyLneuzhOy9lOuTnCBgaW1wLi4uYCwg7IOB7KCQ7JWE7J2065SULCDsgqzsnbTtirjsvZTrk5wp66W8IOu2meyXrCDrhKPsl4jqsbDrgpgg6rO167Cx7J20IO2VqOq7mCDrs7XsgqzrkJwg6rKD7J6F64uI64ukLiDsnbQg7ZiV7Iud7J2AIOusuOyEnOyXkCDrqoXsi5zrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnCDqsr3qs6DroZwg67O06rOg7ZWY66mwLCDsmIjsi5wg6rCS7J2AIGNoYW5uZWwta2V5LXBsYWNlaG9sZGVy6rCAIOuMgOyLoCDrs7Tqs6Dtlanri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFEtDUC1DSC0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sgAYKHHBnLXBsYWNlaG9sZGVyQGBwZ2AgbGVmdCBhcyB0aGUgZG9jIHBsYWNlaG9sZGVyRmBwZ2Ag7JiI7IucIOqwkuydhCDqt7jrjIDroZwg7IKs7JqpCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCARwZwACAARwZxYCCgxbe308Pl0AAAAB9gJgcGdgIHt2YWx1ZX0gc3RpbGwgY29udGFpbnMgdGhlIGRvYyBwbGFjZWhvbGRlcjogd3JpdGUgdGhlIHNpdGUgY29kZSBpdHNlbGYsIHdpdGhvdXQgYnJhY2tldHMgKGBrY3AuQU8wOUNgIGZvciBhIHBheW1lbnQsIGBrY3BfYmlsbGluZy5BTzA5Q2AgZm9yIGEgYmlsbGluZyBrZXkpLCBvciBzd2l0Y2ggdG8gYGNoYW5uZWxLZXlg7gNgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkg66y47ISc7J2YIOyYiOyLnCDtkZzquLDrpbwg6re464yA66GcIOuLtOqzoCDsnojsirXri4jri6QuIOq0hO2YuCDsl4bsnbQg7Iuk7KCcIOyCrOydtO2KuOy9lOuTnOulvCDsnoXroKXtlZjqsbDrgpgo7J2867CY6rKw7KCc64qUIGBrY3AuQU8wOUNgLCDruYzrp4HtgqQg67Cc6riJ7J2AIGBrY3BfYmlsbGluZy5BTzA5Q2Ag7ZiV7IudKSBgY2hhbm5lbEtleWDroZwg67OA6rK97ZWY7IS47JqUAACQA1RoZSBLQ1AgcGFnZSBkZXNjcmliZXMgdGhlIHZhbHVlIGFzIGBrY3Aue21pZCjsgqzsnbTtirjsvZTrk5wpfWAgYW5kIGBrY3BfYmlsbGluZy57bWlkKOyCrOydtO2KuOy9lOuTnCl9YDsgY29waWVkIGxpdGVyYWxseSwgbm8gY2hhbm5lbCBtYXRjaGVzIGFuZCBQb3J0T25lIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwu+ANLQ1Ag7Jew64+ZIOusuOyEnOuKlCDsnbQg6rCS7J2EIGBrY3Aue21pZCjsgqzsnbTtirjsvZTrk5wpfWDsmYAgYGtjcF9iaWxsaW5nLnttaWQo7IKs7J207Yq47L2U65OcKX1g66GcIO2RnOq4sO2VqeuLiOuLpC4g7J2066W8IOq4gOyekCDqt7jrjIDroZwg67O17IKs7ZWY66m0IOydvOy5mO2VmOuKlCDssYTrhJDsnbQg7JeG7Ja0LCDtj6ztirjsm5DsnYAg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDsnYQg64yA7IugIOyCrOyaqe2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzQBgo8cGctYmlsbGluZy1jaGFubmVsLWZvci1wYXltZW50REJpbGxpbmcgY2hhbm5lbCB1c2VkIGZvciBhIHBheW1lbnRU7J2867CY6rKw7KCc7JeQIOygleq4sOqysOygnCDssYTrhJAg7IKs7JqpCmVycm9yAQECFnNkay1wYXltZW50AAIIBHBnAAIABHBnFgIKJF5rY3BfYmlsbGluZygkfFwuKQAAAAGMA2BwZ2Age3ZhbHVlfSBpcyBhIEtDUCBiaWxsaW5nLWtleSBjaGFubmVsLCBidXQgdGhpcyByZXF1ZXN0IGhhcyBubyBgY3VzdG9tZXJfdWlkYDogZm9yIGEgcGF5bWVudCwgdXNlIGBrY3AuYCBmb2xsb3dlZCBieSB5b3VyIHNpdGUgY29kZSAoZS5nLiBga2NwLkFPMDlDYCk7IHRvIGlzc3VlIGEgYmlsbGluZyBrZXksIGFkZCBgY3VzdG9tZXJfdWlkYPgDYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDsoJXquLDqsrDsoJwo67mM66eB7YKkIOuwnOq4iSkg7LGE64SQ7J24642wIGBjdXN0b21lcl91aWRg6rCAIOyXhuyKteuLiOuLpC4g7J2867CY6rKw7KCc652866m0IGBwZ2DrpbwgYGtjcC7sgqzsnbTtirjsvZTrk5xgKOyYiDogYGtjcC5BTzA5Q2Ap66GcIOuwlOq+uOqzoCwg67mM66eB7YKkIOuwnOq4ieydtOudvOuptCBgY3VzdG9tZXJfdWlkYOulvCDtlajqu5gg7J6F66Cl7ZWY7IS47JqUAAD0BFRoZSBLQ1AgcGFnZSB1c2VzIGBrY3Aue3NpdGUgY29kZX1gIGZvciB0aGUgcGF5bWVudCB3aW5kb3cgYW5kIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWAgZm9yIHRoZSBiaWxsaW5nLWtleSB3aW5kb3csIGFuZCB0aGUgYGtjcF9iaWxsaW5nYCBjaGFubmVsIG9ubHkgaXNzdWVzIGJpbGxpbmcga2V5cyAoaXQgY2Fubm90IGNoYXJnZSB3aGlsZSBpc3N1aW5nKS4gUG9ydE9uZSdzIFJlYWN0IE5hdGl2ZSBhbmQgRmx1dHRlciB3cmFwcGVycyByZWZ1c2UgYGtjcF9iaWxsaW5nYCB3aXRob3V0IGBjdXN0b21lcl91aWRgIGZvciB0aGUgc2FtZSByZWFzb24u6AVLQ1Ag7Jew64+ZIOusuOyEnOuKlCDsnbzrsJjqsrDsoJwg6rKw7KCc7LC97JeQIGBrY3Aue3NpdGUgY29kZX1gLCDruYzrp4HtgqQg67Cc6riJIOqysOygnOywveyXkCBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1g66W8IOyCrOyaqe2VmOupsCwgYGtjcF9iaWxsaW5nYCDssYTrhJDsnYAg67mM66eB7YKkIOuwnOq4ieunjCDtlanri4jri6Qo67Cc6riJ7ZWY66m07IScIOqysOygnOulvCDsirnsnbjtlaAg7IiYIOyXhuyKteuLiOuLpCkuIO2PrO2KuOybkCBSZWFjdCBOYXRpdmXCt0ZsdXR0ZXIg66qo65OI64+EIOqwmeydgCDsnbTsnKDroZwgYGN1c3RvbWVyX3VpZGDqsIAg7JeG64qUIGBrY3BfYmlsbGluZ2Ag7JqU7LKt7J2EIOqxsOu2gO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0gtMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIwHCkRwZy1wYXltZW50LWNoYW5uZWwtZm9yLWJpbGxpbmcta2V5TFBheW1lbnQgY2hhbm5lbCB1c2VkIGZvciBhIGJpbGxpbmcga2V5XOu5jOunge2CpCDrsJzquInsl5Ag7J2867CY6rKw7KCcIOyxhOuEkCDsgqzsmqkKZXJyb3IBAQIec2RrLWJpbGxpbmcta2V5AAIIBHBnAAIABHBnFgIKFF5rY3AoJHxcLikAAAAB1gJgcGdgIHt2YWx1ZX0gaXMgYSBLQ1AgcGF5bWVudCBjaGFubmVsOiBhIGJpbGxpbmcga2V5IHRocm91Z2ggdGhlIEtDUCB3aW5kb3cgbmVlZHMgdGhlIGJpbGxpbmcgY2hhbm5lbCwgYGtjcF9iaWxsaW5nLmAgZm9sbG93ZWQgYnkgeW91ciBzaXRlIGNvZGUgKGUuZy4gYGtjcF9iaWxsaW5nLkFPMDlDYCmiA2BwZ2Ag6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag7J2867CY6rKw7KCcIOyxhOuEkOyeheuLiOuLpC4gS0NQIOqysOygnOywveycvOuhnCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWY66Ck66m0IOygleq4sOqysOygnCDssYTrhJAgYGtjcF9iaWxsaW5nLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwX2JpbGxpbmcuQU8wOUNgKeulvCDsp4DsoJXtlbTslbwg7ZWp64uI64ukAADsA1BvcnRPbmUncyBiaWxsaW5nLWtleSBydWxlczogdGhlIGBrY3BfYmlsbGluZ2AgY2hhbm5lbCBpc3N1ZXMgYmlsbGluZyBrZXlzIHRocm91Z2ggdGhlIHdpbmRvdzsgdGhlIGBrY3BgIGNoYW5uZWwgaXNzdWVzIHRoZW0gb25seSB0aHJvdWdoIHRoZSBBUEkgKGAvc3Vic2NyaWJlL2N1c3RvbWVyc2AsIGAvb25ldGltZWApLiBUaGUgS0NQIHBhZ2UncyBiaWxsaW5nIHNlY3Rpb24gdXNlcyBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1gLtwE7Y+s7Yq47JuQ7J2YIOu5jOunge2CpCDrsJzquIkg6rec7LmZ7JeQIOuUsOultOuptCBga2NwX2JpbGxpbmdgIOyxhOuEkOydgCDqsrDsoJzssL3snLzroZwg67mM66eB7YKk66W8IOuwnOq4ie2VmOqzoCwgYGtjcGAg7LGE64SQ7J2AIEFQSShgL3N1YnNjcmliZS9jdXN0b21lcnNgLCBgL29uZXRpbWVgKeuhnOunjCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWp64uI64ukLiBLQ1Ag7Jew64+ZIOusuOyEnOydmCDruYzrp4HtgqQg67Cc6riJIO2VreuqqeuPhCBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1g66W8IOyCrOyaqe2VqeuLiOuLpC58aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnP3Y9djEBFEtDUC1DSC0wMDYAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1szgcKEnBnLWZvcm1hdE5gcGdgIG5vdCBvZiB0aGUgZm9ybSBga2NwLmAgKyBzaXRlIGNvZGUkYHBnYCDtmJXsi50g7Jik66WYCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEABgYEcGcAAgAEcGcWAgYEXFMEBgRwZwACAARwZxYCBgxbe308Pl0EAAQEBgRwZwACAARwZxYCBg4oP2kpa2NwBgRwZwACAARwZxYCBoIDKD9pKShuaWNlfGluaWNpc3x0b3NzfGtha2FvfG5hdmVyfGRhbmFsfGtpY2N8cGF5Y298cGF5cGFsfGV4aW1iYXl8c21hcnRyb3xzZXR0bGV8a3NuZXR8d2VsY29tZXxkYW91fHBheXBsZXxibHVld2FsbnV0fGFsaXBheXxtb2JpbGlhbnN8dXBsdXN8aGVjdG98cGF5bWVudHdhbGx8anRuZXR8c3lydXB8Y2hhaXxnYWxheGlhfHNtaWxlcGF5KQIIBHBnAAIABHBnFgIIQl5rY3AoX2JpbGxpbmcpPyhcLltBLVphLXowLTldKyk/JAAAAAG+A2BwZ2Age3ZhbHVlfSBpcyBub3QgYSBLQ1AgY2hhbm5lbCBjb2RlOiB3cml0ZSBga2NwLmAgZm9sbG93ZWQgYnkgeW91ciBzaXRlIGNvZGUgZm9yIHBheW1lbnRzIChlLmcuIGBrY3AuQU8wOUNgKSBvciBga2NwX2JpbGxpbmcuYCBmb2xsb3dlZCBieSBpdCBmb3IgYmlsbGluZyBrZXlzIChga2NwX2JpbGxpbmcuQU8wOUNgKSwgd2l0aCBga2NwYCBpbiBsb3dlciBjYXNlIGFuZCBubyBzcGFjZXOYBGBwZ2Ag6rCSIHt2YWx1ZX3snYAo64qUKSDsmKzrsJTrpbggS0NQIOyxhOuEkCDsvZTrk5zqsIAg7JWE64uZ64uI64ukLiDsnbzrsJjqsrDsoJzripQgYGtjcC7sgqzsnbTtirjsvZTrk5xgKOyYiDogYGtjcC5BTzA5Q2ApLCDruYzrp4HtgqQg67Cc6riJ7J2AIGBrY3BfYmlsbGluZy7sgqzsnbTtirjsvZTrk5xgKOyYiDogYGtjcF9iaWxsaW5nLkFPMDlDYCkg7ZiV7Iud7Jy866GcLCBga2NwYOuKlCDshozrrLjsnpDroZwg6rO167CxIOyXhuydtCDsnoXroKXtlZjshLjsmpQAALoEVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBga2NwLntzaXRlIGNvZGV9YCBhbmQgYGtjcF9iaWxsaW5nLntzaXRlIGNvZGV9YDsgUG9ydE9uZSdzIGNvZGUgbGlzdCBzcGVsbHMgdGhlIHByb3ZpZGVycyBpbiBsb3dlciBjYXNlLCBhbmQgYSBgcGdgIHRoYXQgbWF0Y2hlcyBubyBjaGFubmVsIHNpbGVudGx5IGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwuIFN3YXBwZWQgY2hhbm5lbCB0eXBlcyBhbmQgYHsuLi59YCBwbGFjZWhvbGRlcnMgaGF2ZSB0aGVpciBvd24gcnVsZXMuhAZLQ1Ag7Jew64+ZIOusuOyEnOuKlCBga2NwLntzaXRlIGNvZGV9YOyZgCBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1gIO2YleyLneydhCDslYjrgrTtlZjqs6AsIO2PrO2KuOybkCBQR+yCrCDsvZTrk5ztkZzripQgUEfsgqwg7L2U65Oc66W8IOyGjOusuOyekOuhnCDtkZzquLDtlanri4jri6QuIOyWtOuWpCDssYTrhJDqs7zrj4Qg7J287LmY7ZWY7KeAIOyViuuKlCBgcGdg64qUIOyVhOustCDslYzrprwg7JeG7J20IOy9mOyGlOydmCDquLDrs7gg7LGE64SQ66GcIOuMgOyytOuQqeuLiOuLpC4g7LGE64SQIOycoO2YleydhCDshJzroZwg67CU6r+UIOyTtCDqsr3smrDsmYAgYHsuLi59YCDsmIjsi5wg7ZGc6riw64qUIOuzhOuPhOydmCDqt5zsuZnsnbQg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1siggKJnBnLW1pc3NwZWx0LWdhdGV3YXlUYHBnYCBpcyBhIG1pc3NwZWx0IGNvZGUgb2YgYW5vdGhlciBnYXRld2F5UGBwZ2DqsIAg64uk66W4IFBH7IKs7J2YIOyemOuqu+uQnCDsvZTrk5wKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAEBAYEcGcAAgAEcGcWAgYOKD9pKWtjcAYEcGcAAgAEcGcWAgaCAyg/aSkobmljZXxpbmljaXN8dG9zc3xrYWthb3xuYXZlcnxkYW5hbHxraWNjfHBheWNvfHBheXBhbHxleGltYmF5fHNtYXJ0cm98c2V0dGxlfGtzbmV0fHdlbGNvbWV8ZGFvdXxwYXlwbGV8Ymx1ZXdhbG51dHxhbGlwYXl8bW9iaWxpYW5zfHVwbHVzfGhlY3RvfHBheW1lbnR3YWxsfGp0bmV0fHN5cnVwfGNoYWl8Z2FsYXhpYXxzbWlsZXBheSkCCARwZwACAARwZxYCCoIDKD9pKShuaWNlfGluaWNpc3x0b3NzfGtha2FvfG5hdmVyfGRhbmFsfGtpY2N8cGF5Y298cGF5cGFsfGV4aW1iYXl8c21hcnRyb3xzZXR0bGV8a3NuZXR8d2VsY29tZXxkYW91fHBheXBsZXxibHVld2FsbnV0fGFsaXBheXxtb2JpbGlhbnN8dXBsdXN8aGVjdG98cGF5bWVudHdhbGx8anRuZXR8c3lydXB8Y2hhaXxnYWxheGlhfHNtaWxlcGF5KQAAAAGsBWBwZ2Age3ZhbHVlfSBpcyBub3QgYSBQb3J0T25lIHByb3ZpZGVyIGNvZGUsIGJ1dCBpdCBuYW1lcyBhbm90aGVyIGdhdGV3YXk6IFBvcnRPbmUgbWF0Y2hlcyBubyBjaGFubmVsIGFuZCBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBvbmUuIFdyaXRlIHRoYXQgZ2F0ZXdheSdzIGNvZGUgZnJvbSBQb3J0T25lJ3MgUEcgY29kZSBsaXN0IChgaHRtbDVfaW5pY2lzYCwgYG5pY2VfdjJgLCBgdG9zc3BheW1lbnRzYCwgLi4uKSwgb3IgYGtjcC5gIGZvbGxvd2VkIGJ5IHlvdXIgc2l0ZSBjb2RlIChlLmcuIGBrY3AuQU8wOUNgKSBpZiB0aGUgcGF5bWVudCBpcyBtZWFudCBmb3IgTkhOIEtDUNoFYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIO2PrO2KuOybkCBQR+yCrCDsvZTrk5zqsIAg7JWE64uI7KeA66eMIOuLpOuluCBQR+yCrCDsnbTrpoTsnYQg64u06rOgIOyeiOyKteuLiOuLpC4g7J287LmY7ZWY64qUIOyxhOuEkOydtCDsl4bslrQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDroZwg6rKw7KCc65Cp64uI64ukLiDtlbTri7kgUEfsgqzsnZgg7L2U65OcKGBodG1sNV9pbmljaXNgLCBgbmljZV92MmAsIGB0b3NzcGF5bWVudHNgIOuTsSDtj6ztirjsm5AgUEfsgqwg7L2U65Oc7ZGcKeulvCDsk7DqsbDrgpgsIE5ITiBLQ1Ag6rKw7KCc652866m0IGBrY3Au7IKs7J207Yq47L2U65OcYCjsmIg6IGBrY3AuQU8wOUNgKeulvCDsk7DshLjsmpQAALwIQSBgcGdgIHZhbHVlIGlzIGB7cHJvdmlkZXJ9YCBvciBge3Byb3ZpZGVyfS57c3RvcmUgaWR9YCBmcm9tIFBvcnRPbmUncyBQRyBjb2RlIGxpc3QsIGFuZCBhIHZhbHVlIHRoYXQgbWF0Y2hlcyBubyBjaGFubmVsIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwuIEEgdmFsdWUgdGhhdCBob2xkcyBhbm90aGVyIGdhdGV3YXkncyBuYW1lIGJ1dCBpcyBub3QgaXRzIGNvZGUgKGBodG1sNV9uaWNlcGF5YCwgYGluaWNpc19odG1sNWAsIGB0b3NzX3BheW1lbnRzYCkgd2FzIG1lYW50IGZvciB0aGF0IGdhdGV3YXksIHNvIHRlbGxpbmcgaXRzIGF1dGhvciB0byB3cml0ZSBga2NwLntzaXRlIGNvZGV9YCAocGctZm9ybWF0J3MgYWR2aWNlKSB3b3VsZCBiZSB3cm9uZzsgdGhlIHBheWxvYWQgaXMgc3RpbGwgY2hlY2tlZCBhcyBLQ1AsIGJlY2F1c2UgdGhlIGZhbGxiYWNrIGNoYW5uZWwgbWF5IGJlIHRoZSBtZXJjaGFudCdzIEtDUCBvbmUuIEV4YWN0IGNvZGVzIG9mIG90aGVyIGdhdGV3YXlzIGFyZSBub3Qta2NwLWdhdGV3YXkncy6UCmBwZ2Ag6rCS7J2AIO2PrO2KuOybkCBQR+yCrCDsvZTrk5ztkZzsnZggYHtwcm92aWRlcn1gIOuYkOuKlCBge3Byb3ZpZGVyfS57c3RvcmUgaWR9YOydtOupsCwg7Ja065akIOyxhOuEkOqzvOuPhCDsnbzsuZjtlZjsp4Ag7JWK64qUIOqwkuydgCDsvZjshpTsnZgg6riw67O4IOyxhOuEkOuhnCDrjIDssrTrkKnri4jri6QuIOuLpOuluCBQR+yCrOydmCDsnbTrpoTsnYQg64u06rOgIOyeiOyngOunjCDqt7ggUEfsgqzsnZgg7L2U65Oc6rCAIOyVhOuLjCDqsJIoYGh0bWw1X25pY2VwYXlgLCBgaW5pY2lzX2h0bWw1YCwgYHRvc3NfcGF5bWVudHNgKeydgCDqt7ggUEfsgqzrpbwg7J2Y64+E7ZWcIOqyg+ydtOuvgOuhnCwg7J6R7ISx7J6Q7JeQ6rKMIGBrY3Aue3NpdGUgY29kZX1g66W8IOyTsOudvOqzoCDslYjrgrTtlZjripQg6rKDKHBnLWZvcm1hdOydmCDslYjrgrQp7J2AIOyemOuqu+yeheuLiOuLpC4g64yA7LK065CY64qUIOq4sOuzuCDssYTrhJDsnbQg6rOg6rCd7IKs7J2YIEtDUCDssYTrhJDsnbwg7IiYIOyeiOycvOuvgOuhnCDtjpjsnbTroZzrk5zripQg6re4656Y64+EIEtDUOuhnCDqsoDsgqztlanri4jri6QuIOuLpOuluCBQR+yCrOydmCDsoJXtmZXtlZwg7L2U65Oc64qUIG5vdC1rY3AtZ2F0ZXdheeqwgCDsspjrpqztlanri4jri6QugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMj92PXYxARRLQ1AtQ0gtMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOwICiRwZy1zaXRlLWNvZGUtc2hhcGUqVW51c3VhbCBLQ1Agc2l0ZSBjb2RlaEtDUCDsgqzsnbTtirjsvZTrk5wg7ZiV7Iud7J20IOydvOuwmOyggeydtOyngCDslYrsnYwIaW5mbwEBCCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAYGBHBnAAIABHBnFgIGPF5rY3AoX2JpbGxpbmcpP1wuW0EtWmEtejAtOV0rJAQGBHBnAAIABHBnFgIGcCg/aSlea2NwKF9iaWxsaW5nKT9cLihJTklwYXlUZXN0fElOSUJpbGxUc3R8aWFtcG9ydDAwbSkkBAYEcGcAAgAEcGcWAgZmKD9pKV5rY3AoX2JpbGxpbmcpP1wuKHVuZGVmaW5lZHxudWxsfG5vbmV8bmlsfG5hbikkAggEcGcAAgAEcGcWAgg6XmtjcChfYmlsbGluZyk/XC5bQS1aMC05XXs1fSQAAAABnAJ0aGUgc2l0ZSBjb2RlIGluIGBwZ2Age3ZhbHVlfSBpcyBub3QgNSB1cHBlci1jYXNlIGxldHRlcnMgb3IgZGlnaXRzIGxpa2UgYFQwMDAwYCBvciBgQU8wOUNgOiBjaGVjayBpdCBhZ2FpbnN0IHRoZSBLQ1Agc2l0ZSBjb2RlIGluIHRoZSBjb25zb2xl6AJgcGdgIOqwkiB7dmFsdWV97J2YIOyCrOydtO2KuOy9lOuTnOqwgCBgVDAwMDBgLCBgQU8wOUNg7LKY65+8IOyYgeusuCDrjIDrrLjsnpDCt+yIq+yekCA17J6Q66as6rCAIOyVhOuLmeuLiOuLpC4g7L2Y7IaU7JeQIOuTseuhneuQnCBLQ1Ag7IKs7J207Yq47L2U65Oc7JmAIOqwmeydgOyngCDtmZXsnbjtlZjshLjsmpQAAJYES0NQIHNpdGUgY29kZXMgc2VlbiBpbiBQb3J0T25lJ3MgZG9jcyBhbmQgcGxheWdyb3VuZCBhcmUgZml2ZSB1cHBlci1jYXNlIGFscGhhbnVtZXJpY3MgKHRoZSBwdWJsaWMgdGVzdCBjb2RlIGBUMDAwMGAsIGBBTzA5Q2ApLiBUaGUgZm9ybWF0IGl0c2VsZiBpcyBub3Qgc3BlY2lmaWVkLCBzbyBhIGRpZmZlcmVudCBzaGFwZSBpcyBvbmx5IHdvcnRoIGEgbG9vayAoaW5mbyksIGUuZy4gYSBsb3dlci1jYXNlZCBjb2RlIG9yIGEgZ3JvdXAgaWQgcGFzdGVkIGluc3RlYWQunAbtj6ztirjsm5Ag66y47ISc7JmAIO2UjOugiOydtOq3uOudvOyatOuTnOyXkCDrgpjsmKTripQgS0NQIOyCrOydtO2KuOy9lOuTnOuKlCDsmIHrrLgg64yA66y47J6QwrfsiKvsnpAgNeyekOumrOyeheuLiOuLpCjqs7Xsmqkg7YWM7Iqk7Yq4IOy9lOuTnCBgVDAwMDBgLCBgQU8wOUNgKS4g7ZiV7IudIOyekOyytOuKlCDrqoXsi5zrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnCwg7ZiV7Iud7J20IOuLpOuluCDqsJLsnYAg7ZWc67KIIO2ZleyduO2VtCDrs7wg66eM7ZWcIOygleuPhCjsoJXrs7Qp7J6F64uI64ukLiDshozrrLjsnpDroZwg67CU64CQIOy9lOuTnOuCmCDsgqzsnbTtirjsvZTrk5wg64yA7IugIOu2meyXrCDrhKPsnYAg6re466O5IOyVhOydtOuUlOqwgCDqt7jrn7Ag7JiI7J6F64uI64ukLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3JlYWR5L3JlYWRtZT92PXYxARRLQ1AtQ0gtMDA3AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLwJCj5wZy1zaXRlLWNvZGUtZnJvbS1vdGhlci1nYXRld2F5bkFub3RoZXIgZ2F0ZXdheSdzIHRlc3Qgc3RvcmUgaWQgdXNlZCBhcyBhIEtDUCBzaXRlIGNvZGWUAeuLpOuluCBQR+yCrOydmCDthYzsiqTtirgg7IOB7KCQ7JWE7J2065SU66W8IEtDUCDsgqzsnbTtirjsvZTrk5zroZwg7IKs7JqpDndhcm5pbmcBAQggcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIIBHBnAAIABHBnFgIKiAIoP2kpXmtjcChfYmlsbGluZyk/XC4oSU5JcGF5VGVzdHxJTklCaWxsVHN0fGlhbXBvcnQwMG18XHsoSU5JcGF5VGVzdHxJTklCaWxsVHN0fGlhbXBvcnQwMG0pXH18PChJTklwYXlUZXN0fElOSUJpbGxUc3R8aWFtcG9ydDAwbSk+KSQAAAAB4AJgcGdgIHt2YWx1ZX0gcHV0cyBhIEtHIEluaWNpcyAvIGdlbmVyaWMgc2FtcGxlIHN0b3JlIGlkIGFmdGVyIHRoZSBLQ1AgY2hhbm5lbCBjb2RlOiBubyBLQ1AgY2hhbm5lbCBoYXMgaXQ7IHB1dCB5b3VyIEtDUCBzaXRlIGNvZGUgdGhlcmUgKEtDUCdzIHB1YmxpYyB0ZXN0IHNpdGUgY29kZSBpcyBgVDAwMDBgKf4DYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDssYTrhJAg7L2U65OcIOuSpOyXkCBLR+ydtOuLiOyLnOyKpMK367KU7JqpIOyYiOyLnCDsg4HsoJDslYTsnbTrlJTrpbwg67aZ7J24IOqwkuyeheuLiOuLpC4g7J2065+wIEtDUCDssYTrhJDsnYAg7JeG7Jy866+A66GcIOq3uCDsnpDrpqzsl5AgS0NQIOyCrOydtO2KuOy9lOuTnChLQ1Ag6rO17JqpIO2FjOyKpO2KuCDsgqzsnbTtirjsvZTrk5zripQgYFQwMDAwYCnrpbwg7J6F66Cl7ZWY7IS47JqUAACmBWBJTklwYXlUZXN0YCwgYElOSUJpbGxUc3RgIGFuZCBgaWFtcG9ydDAwbWAgYXJlIHRoZSB0ZXN0IHN0b3JlIGlkcyBvZiBQb3J0T25lJ3MgZ2VuZXJpYyBhbmQgS0cgSW5pY2lzIHNhbXBsZXMgKGBodG1sNV9pbmljaXMuSU5JcGF5VGVzdGApOyBjb3BpZWQgYWZ0ZXIgYGtjcC5gIHRoZXkgbWF0Y2ggbm8gS0NQIGNoYW5uZWwsIGFuZCBhIGBwZ2AgdGhhdCBtYXRjaGVzIG5vIGNoYW5uZWwgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbC4gU2VlbiBpbiBwdWJsaWMgbWVyY2hhbnQgY29kZS4gS0NQJ3Mgb3duIHB1YmxpYyB0ZXN0IHNpdGUgY29kZSBpcyBgVDAwMDBgLowHYElOSXBheVRlc3RgLCBgSU5JQmlsbFRzdGAsIGBpYW1wb3J0MDBtYOydgCDtj6ztirjsm5Ag67KU7JqpIOyYiOygnOyZgCBLR+ydtOuLiOyLnOyKpCDsmIjsoJzsnZgg7YWM7Iqk7Yq4IOyDgeygkOyVhOydtOuUlOyeheuLiOuLpChgaHRtbDVfaW5pY2lzLklOSXBheVRlc3RgKS4g7J2066W8IGBrY3AuYCDrkqTsl5Ag67O17IKs7ZW0IOuEo+ycvOuptCDsnbzsuZjtlZjripQgS0NQIOyxhOuEkOydtCDsl4bqs6AsIOyWtOuWpCDssYTrhJDqs7zrj4Qg7J287LmY7ZWY7KeAIOyViuuKlCBgcGdg64qUIOy9mOyGlOydmCDquLDrs7gg7LGE64SQ66GcIOuMgOyytOuQqeuLiOuLpC4g6rO16rCc65CcIOqzoOqwneyCrCDsvZTrk5zsl5DshJwg67Cc6rKs65CcIOyCrOuhgOyeheuLiOuLpC4gS0NQIOyekOyytOydmCDqs7Xsmqkg7YWM7Iqk7Yq4IOyCrOydtO2KuOy9lOuTnOuKlCBgVDAwMDBg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARRLQ1AtQ0gtMDA3AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIgKCiRwZy1zaXRlLWNvZGUtdW5zZXRcS0NQIHNpdGUgY29kZSBmcm9tIGEgdmFyaWFibGUgdGhhdCB3YXMgbm90IHNldHDshKTsoJXrkJjsp4Ag7JWK7J2AIOuzgOyImOuhnCDrp4zrk6AgS0NQIOyCrOydtO2KuOy9lOuTnAplcnJvcgEBCCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggEcGcAAgAEcGcWAgpmKD9pKV5rY3AoX2JpbGxpbmcpP1wuKHVuZGVmaW5lZHxudWxsfG5vbmV8bmlsfG5hbikkAAAAAZQDYHBnYCB7dmFsdWV9IGhhcyBubyBzaXRlIGNvZGU6IGl0IHdhcyBidWlsdCBmcm9tIGEgdmFyaWFibGUgdGhhdCB3YXMgbm90IHNldCAoc3VjaCBhcyBga2NwLiR7cHJvY2Vzcy5lbnYuS0NQX1NJVEVfQ09ERX1gIHdpdGhvdXQgdGhlIHZhcmlhYmxlKTsgc2V0IHRoZSBzaXRlIGNvZGUsIG9yIHNlbGVjdCB0aGUgY2hhbm5lbCB3aXRoIGBjaGFubmVsS2V5YPgDYHBnYCDqsJIge3ZhbHVlfeyXkOuKlCDsgqzsnbTtirjsvZTrk5zqsIAg7JeG7Iq164uI64ukLiDshKTsoJXrkJjsp4Ag7JWK7J2AIOuzgOyImOuhnCDrp4zrk6Ag6rCS7J6F64uI64ukKOyYiDog7ZmY6rK9IOuzgOyImCDsl4bsnbQg66eM65OgIGBrY3AuJHtwcm9jZXNzLmVudi5LQ1BfU0lURV9DT0RFfWApLiDsgqzsnbTtirjsvZTrk5zrpbwg7ISk7KCV7ZWY6rGw64KYIGBjaGFubmVsS2V5YOuhnCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUAACyDEludGVycG9sYXRpbmcgYSB2YXJpYWJsZSB0aGF0IHdhcyBub3Qgc2V0IHdyaXRlcyBhIHdvcmQgZm9yICJubyB2YWx1ZSIgaW50byB0aGUgc3RyaW5nOiBgdW5kZWZpbmVkYCBvciBgbnVsbGAgKEphdmFTY3JpcHQgdGVtcGxhdGUgc3RyaW5ncyBhbmQgY29uY2F0ZW5hdGlvbiksIGBudWxsYCAoSmF2YSBhbmQgS290bGluIGNvbmNhdGVuYXRpb24pLCBgTm9uZWAgKFB5dGhvbiBmLXN0cmluZ3MpLCBgbmlsYCAoU3dpZnQncyBpbnRlcnBvbGF0aW9uIG9mIGFuIG9wdGlvbmFsKSwgYE5hTmAgKEphdmFTY3JpcHQgYXJpdGhtZXRpYykuIGBrY3AudW5kZWZpbmVkYCBpcyB3aGF0IGBrY3AuJHtwcm9jZXNzLmVudi5LQ1BfU0lURV9DT0RFfWAgc2VuZHMgd2hlbiB0aGUgZW52aXJvbm1lbnQgdmFyaWFibGUgaXMgbWlzc2luZywgYXMgcHVibGljIG1lcmNoYW50IGNvZGUgYnVpbGRzIGBwZ2AuIChQSFAgYW5kIFJ1YnkgaW50ZXJwb2xhdGUgYW4gdW5zZXQgdmFsdWUgYXMgYW4gZW1wdHkgc3RyaW5nOiBga2NwLmAgaXMgcGctZm9ybWF0J3MuKSBObyBLQ1AgY2hhbm5lbCBoYXMgc3VjaCBhIHNpdGUgY29kZSwgYW5kIGEgYHBnYCB0aGF0IG1hdGNoZXMgbm8gY2hhbm5lbCBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLCBzbyB0aGUgcGF5bWVudCBnb2VzIHRocm91Z2ggYSBjaGFubmVsIHRoZSBjb2RlIGRpZCBub3QgY2hvb3NlLiBBbiBlcnJvciwgYXMgZm9yIHRoZSBkb2MgcGxhY2Vob2xkZXIgKHBnLXBsYWNlaG9sZGVyKTogdGhlIHZhbHVlIGNhbm5vdCBiZSByaWdodC7YDuyEpOygleuQmOyngCDslYrsnYAg67OA7IiY66W8IOusuOyekOyXtOyXkCDrhKPsnLzrqbQgIuqwkiDsl4bsnYwi7J2EIOucu+2VmOuKlCDri6jslrTqsIAg65Ok7Ja06rCR64uI64ukLiBKYXZhU2NyaXB07J2YIO2FnO2UjOumvyDrrLjsnpDsl7Tqs7wg66y47J6Q7Je0IOyXsOqysOydgCBgdW5kZWZpbmVkYOuCmCBgbnVsbGAsIEphdmHsmYAgS290bGlu7J2YIOusuOyekOyXtCDsl7DqsrDsnYAgYG51bGxgLCBQeXRob24gZi1zdHJpbmfsnYAgYE5vbmVgLCBTd2lmdOydmCDsmLXshZTrhJAg67O06rCE7J2AIGBuaWxgLCBKYXZhU2NyaXB0IOyCsOyIoOydgCBgTmFOYOydhCDslIHri4jri6QuIGBrY3AudW5kZWZpbmVkYOuKlCDqs7XqsJzrkJwg6rOg6rCd7IKsIOy9lOuTnOyymOufvCBgcGdg66W8IGBrY3AuJHtwcm9jZXNzLmVudi5LQ1BfU0lURV9DT0RFfWDroZwg66eM65OkIOuVjCDtmZjqsr0g67OA7IiY6rCAIOyXhuycvOuptCDsoITshqHrkJjripQg6rCS7J6F64uI64ukLiAoUEhQ7JmAIFJ1YnnripQg7ISk7KCV65CY7KeAIOyViuydgCDqsJLsnYQg67mIIOusuOyekOyXtOuhnCDrhKPsnLzrr4DroZwgYGtjcC5g6rCAIOuQmOupsCwg7J2064qUIHBnLWZvcm1hdOydtCDrs7Tqs6Dtlanri4jri6QuKSDsnbTrn7Ag7IKs7J207Yq47L2U65Oc66W8IOqwgOynhCBLQ1Ag7LGE64SQ7J2AIOyXhuycvOupsCwg7Ja065akIOyxhOuEkOqzvOuPhCDsnbzsuZjtlZjsp4Ag7JWK64qUIGBwZ2DripQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDroZwg64yA7LK065CY66+A66GcIOy9lOuTnOqwgCDqs6DrpbTsp4Ag7JWK7J2AIOyxhOuEkOuhnCDqsrDsoJzrkKnri4jri6QuIOusuOyEnOydmCDsmIjsi5wg7ZGc6riwKHBnLXBsYWNlaG9sZGVyKeyZgCDrp4jssKzqsIDsp4DroZwg7Jis67CU66W8IOyImCDsl4bripQg6rCS7J2066+A66GcIOyYpOulmOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzOCgokcGF5LW1ldGhvZC1ub3Qta2NwPmBwYXlfbWV0aG9kYCBub3Qgb2ZmZXJlZCBieSBLQ1BUS0NQ7JeQ7IScIOyngOybkO2VmOyngCDslYrripQgYHBheV9tZXRob2RgCmVycm9yAQECFnNkay1wYXltZW50AQAEBAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIECgYUc2Ftc3VuZ3BheQYabmF2ZXJwYXlfY2FyZAYcbmF2ZXJwYXlfcG9pbnQGGHRvc3NwYXlfY2FyZAYadG9zc3BheV9tb25leQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIGBFxTAggUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICJgYIY2FyZAYKdHJhbnMGCnZiYW5rBgpwaG9uZQYWY3VsdHVyZWxhbmQGGHNtYXJ0Y3VsdHVyZQYSYm9va25saWZlBhRoYXBweW1vbmV5Bg5zYW1zdW5nBgpwYXljbwYIbHBheQYQa2FrYW9wYXkGEG5hdmVycGF5Bh5uYXZlcnBheV9icmlkZ2UGDHNzZ3BheQYQYXBwbGVwYXkGDnRvc3NwYXkGCnBvaW50BhJyb2NrZXRwYXkAAAAB6AFgcGF5X21ldGhvZGAge3ZhbHVlfSBpcyBub3QgYSBLQ1AgcGF5bWVudCBtZXRob2Q6IFBvcnRPbmUgb3BlbnMgdGhlIHBsYWluIGNhcmQgd2luZG93IGluc3RlYWQ7IHVzZSBvbmUgb2Yge2V4cGVjdGVkfeICYHBheV9tZXRob2RgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQ7JeQ7IScIOyngOybkO2VmOuKlCDqsrDsoJzsiJjri6jsnbQg7JWE64uZ64uI64ukLiDsnbQg6rK97JqwIOydvOuwmCDsubTrk5wg6rKw7KCc7LC97J20IOyXtOumrOuvgOuhnCB7ZXhwZWN0ZWR9IOykkSDtlZjrgpjrpbwg7J6F66Cl7ZWY7IS47JqUAAEAAFAGEiBhcHBsZXBheQYKIGNhcmQGEiBrYWthb3BheQYSIG5hdmVycGF5BgwgcGF5Y28GDCBwaG9uZQYQIHNhbXN1bmcGECB0b3NzcGF5BgwgdHJhbnMGDCB2YmFuawYQQVBQTEVQQVkGEEFwcGxlcGF5BghDQVJEBghDYXJkBhBLQUtBT1BBWQYQS2FrYW9wYXkGEE5BVkVSUEFZBhBOYXZlcnBheQYKUEFZQ08GClBIT05FBgpQYXljbwYKUGhvbmUGDlNBTVNVTkcGDlNhbXN1bmcGDlRPU1NQQVkGClRSQU5TBg5Ub3NzcGF5BgpUcmFucwYKVkJBTksGClZiYW5rBhJhcHBsZXBheSAGCmNhcmQgBhJrYWthb3BheSAGEm5hdmVycGF5IAYMcGF5Y28gBgxwaG9uZSAGEHNhbXN1bmcgBhB0b3NzcGF5IAYMdHJhbnMgBgx2YmFuayBQBhBhcHBsZXBheQYIY2FyZAYQa2FrYW9wYXkGEG5hdmVycGF5BgpwYXljbwYKcGhvbmUGDnNhbXN1bmcGDnRvc3NwYXkGCnRyYW5zBgp2YmFuawYQYXBwbGVwYXkGEGFwcGxlcGF5BghjYXJkBghjYXJkBhBrYWthb3BheQYQa2FrYW9wYXkGEG5hdmVycGF5BhBuYXZlcnBheQYKcGF5Y28GCnBob25lBgpwYXljbwYKcGhvbmUGDnNhbXN1bmcGDnNhbXN1bmcGDnRvc3NwYXkGCnRyYW5zBg50b3NzcGF5Bgp0cmFucwYKdmJhbmsGCnZiYW5rBhBhcHBsZXBheQYIY2FyZAYQa2FrYW9wYXkGEG5hdmVycGF5BgpwYXljbwYKcGhvbmUGDnNhbXN1bmcGDnRvc3NwYXkGCnRyYW5zBgp2YmFuawFmd3JpdGUgdGhlIG1ldGhvZCBjb2RlIGluIGxvd2VyIGNhc2UsIHdpdGhvdXQgc3BhY2VzduqysOygnOyImOuLqCDsvZTrk5zrpbwg6rO167CxIOyXhuydtCDshozrrLjsnpDroZwg7JOw7IS47JqUAL4HVGhlIHNldCBpcyB0aGUgdW5pb24gb2YgdGhlIEtDUCBwYWdlJ3MgdHdvIGxpc3RzICh3aW5kb3cgbWV0aG9kcyBhbmQgdGhlIGBwYXlfbWV0aG9kYCBwYXJhbWV0ZXIgbGlzdDogYGhhcHB5bW9uZXlgLCBgc3NncGF5YCwgYG5hdmVycGF5X2JyaWRnZWAsIGB0b3NzcGF5YCBpbmNsdWRlZCkgcGx1cyBgcm9ja2V0cGF5YCAoYWRkZWQgdG8gdGhlIHBhZ2UgaW4gUFIgIzExMTgpLiBUaGF0IFBSIGFsc28gc3RhdGVzIHRoZSBjb25zZXF1ZW5jZTogYW4gdW5rbm93biB2YWx1ZSBpcyBub3QgcmVqZWN0ZWQsIHRoZSBwbGFpbiBjYXJkIHdpbmRvdyBvcGVucywgc28gdGhlIGN1c3RvbWVyIGlzIGNoYXJnZWQgYnkgY2FyZCBmb3Igd2hhdCB3YXMgbWVhbnQgYXMgYW5vdGhlciBtZXRob2QuIEdlbmVyaWMgYWxpYXNlcyB3aXRoIGEgS0NQIGVxdWl2YWxlbnQgYXJlIHJlcG9ydGVkIGJ5IHBheS1tZXRob2QtYWxpYXMgaW5zdGVhZCwgd2l0aCBhIGZpeC7UCe2XiOyaqe2VmOuKlCDqsJLsnYAgS0NQIOyXsOuPmSDrrLjshJzsnZgg65GQIOuqqeuhnSjqsrDsoJzssL0g6rKw7KCc7IiY64uoIOuqqeuhneqzvCBgcGF5X21ldGhvZGAg7YyM652866+47YSwIOuqqeuhnSwgYGhhcHB5bW9uZXlgLCBgc3NncGF5YCwgYG5hdmVycGF5X2JyaWRnZWAsIGB0b3NzcGF5YCDtj6ztlagp7J2EIO2Vqey5nCDqsoPsl5AgYHJvY2tldHBheWAoUFIgIzExMTjsl5DshJwg66y47ISc7JeQIOy2lOqwgOuQqCnrpbwg642U7ZWcIOqyg+yeheuLiOuLpC4g7J20IFBS7J2AIOq3uCDqsrDqs7zrj4Qg67Cd7Z6I6rOgIOyeiOyKteuLiOuLpC4g7JWMIOyImCDsl4bripQg6rCS7J2AIOqxsOu2gOuQmOyngCDslYrqs6Ag7J2867CYIOy5tOuTnCDqsrDsoJzssL3snbQg7Je066as66+A66GcLCDri6Trpbgg6rKw7KCc7IiY64uo7Jy866GcIOydmOuPhO2VnCDqsrDsoJzqsIAg6rWs66ek7J6Q7J2YIOy5tOuTnOuhnCDqsrDsoJzrkKnri4jri6QuIEtDUOyXkCDrjIDsnZHtlZjripQg7L2U65Oc6rCAIOyeiOuKlCDrspTsmqkg7L2U65Oc64qUIOydtCDqt5zsuZkg64yA7IugIHBheS1tZXRob2QtYWxpYXPqsIAg7IiY7KCVIOuwqeuyleqzvCDtlajqu5gg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1spgsKIHBheS1tZXRob2QtYWxpYXNmR2VuZXJpYyBgcGF5X21ldGhvZGAgYWxpYXMgaW5zdGVhZCBvZiB0aGUgS0NQIHZhbHVlZktDUCDqsrDsoJzsiJjri6gg7L2U65OcIOuMgOyLoCDrspTsmqkg7L2U65OcIOyCrOyaqQ53YXJuaW5nAQECFnNkay1wYXltZW50AAIIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBAQGFHNhbXN1bmdwYXkGGm5hdmVycGF5X2NhcmQAAAABtAJgcGF5X21ldGhvZGAge3ZhbHVlfSBpcyB0aGUgZ2VuZXJpYyBTREsgY29kZTsgdGhlIEtDUCBwYWdlIHVzZXMgaXRzIG93biBjb2RlIGZvciB0aGlzIG1ldGhvZCAoYHNhbXN1bmdgIGZvciBTYW1zdW5nIFBheSwgYG5hdmVycGF5YCBmb3IgTmF2ZXIgUGF5IGJ5IGNhcmQplgNgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX3snYAo64qUKSDrspTsmqkgU0RLIOy9lOuTnOyeheuLiOuLpC4gS0NQIOusuOyEnOyXkOyEnOuKlCDsnbQg6rKw7KCc7IiY64uo7JeQIEtDUCDsoITsmqkg7L2U65OcKOyCvOyEse2OmOydtCBgc2Ftc3VuZ2AsIOuEpOydtOuyhO2OmOydtCDsubTrk5wg6rKw7KCcIGBuYXZlcnBheWAp66W8IOyCrOyaqe2VqeuLiOuLpAABAAAEBhpuYXZlcnBheV9jYXJkBhRzYW1zdW5ncGF5BAYQbmF2ZXJwYXkGDnNhbXN1bmcBPnVzZSB0aGUgS0NQIHBheW1lbnQgbWV0aG9kIGNvZGVCS0NQIOqysOygnOyImOuLqCDsvZTrk5zroZwg67OA6rK9AcYGVGhlIFNESyBwYXJhbWV0ZXIgcmVmZXJlbmNlIGxpc3RzIGdlbmVyaWMgY29kZXMgKGBzYW1zdW5ncGF5YCwgYG5hdmVycGF5X2NhcmRgKSB3aGlsZSB0aGUgS0NQIHBhZ2UgbGlzdHMgYHNhbXN1bmdgIGFuZCBgbmF2ZXJwYXlgIChjYXJkIHBheW1lbnQgY2FsbCkgZm9yIHRoZSBzYW1lIG1ldGhvZHMuIFdoZXRoZXIgUG9ydE9uZSBtYXBzIHRoZSBnZW5lcmljIGNvZGVzIGZvciBLQ1AgaXMgbm90IGRvY3VtZW50ZWQsIGFuZCBhbiB1bm1hcHBlZCB2YWx1ZSBvcGVucyB0aGUgcGxhaW4gY2FyZCB3aW5kb3csIHNvIHRoaXMgaXMgYSB3YXJuaW5nIHdpdGggdGhlIEtDUCBjb2RlIGFzIHRoZSBmaXguIEdlbmVyaWMgY29kZXMgd2hvc2UgbmVhcmVzdCBLQ1AgbWV0aG9kIGlzIGJyb2FkZXIgYXJlIHBheS1tZXRob2QtYWxpYXMtYnJvYWRlci7ECFNESyDtjIzrnbzrr7jthLAg66y47ISc7JeQ64qUIOuylOyaqSDsvZTrk5woYHNhbXN1bmdwYXlgLCBgbmF2ZXJwYXlfY2FyZGAp6rCAIOyeiOyngOunjCwgS0NQIOyXsOuPmSDrrLjshJzripQg6rCZ7J2AIOqysOygnOyImOuLqOyXkCBgc2Ftc3VuZ2Dqs7wgYG5hdmVycGF5YCjsubTrk5wg6rKw7KCcIO2YuOy2nCnrpbwg7IKs7Jqp7ZWp64uI64ukLiDtj6ztirjsm5DsnbQgS0NQIOyxhOuEkOyXkOyEnCDrspTsmqkg7L2U65Oc66W8IOuzgO2ZmO2VmOuKlOyngOuKlCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuqzoCwg67OA7ZmY65CY7KeAIOyViuydgCDqsJLsnYAg7J2867CYIOy5tOuTnCDqsrDsoJzssL3snYQg7Je06riwIOuVjOusuOyXkCBLQ1Ag7L2U65Oc66W8IOyImOygleyViOycvOuhnCDsoJzsi5ztlZjripQg6rK96rOg66GcIOuztOqzoO2VqeuLiOuLpC4g6rCA7J6lIOqwgOq5jOyatCBLQ1Ag6rKw7KCc7IiY64uo7J20IOuNlCDrhJPsnYAg67KU7JqpIOy9lOuTnOuKlCBwYXktbWV0aG9kLWFsaWFzLWJyb2FkZXLqsIAg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sjAwKMHBheS1tZXRob2QtYWxpYXMtYnJvYWRlclZHZW5lcmljIGBwYXlfbWV0aG9kYCB3aXRoIG5vIGV4YWN0IEtDUCBjb2RlkgFLQ1Dsl5Ag7KCV7ZmV7Z6IIOuMgOydke2VmOuKlCDsvZTrk5zqsIAg7JeG64qUIOuylOyaqSDqsrDsoJzsiJjri6gg7L2U65OcDndhcm5pbmcBAQIWc2RrLXBheW1lbnQAAggUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIEBgYcbmF2ZXJwYXlfcG9pbnQGGHRvc3NwYXlfY2FyZAYadG9zc3BheV9tb25leQAAAAGKA2BwYXlfbWV0aG9kYCB7dmFsdWV9IGlzIGEgZ2VuZXJpYyBTREsgY29kZSB3aXRoIG5vIGV4YWN0IEtDUCBjb3VudGVycGFydDogdGhlIG5lYXJlc3QgS0NQIG1ldGhvZHMgYXJlIGJyb2FkZXIgKGBuYXZlcnBheV9icmlkZ2VgIGxldHMgdGhlIGJ1eWVyIGNob29zZSBjYXJkIG9yIHBvaW50cywgYHRvc3NwYXlgIGFueSBUb3NzIFBheSBzb3VyY2UphgRgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX3snYAo64qUKSDrspTsmqkgU0RLIOy9lOuTnOuhnCBLQ1Dsl5Ag7KCV7ZmV7Z6IIOuMgOydke2VmOuKlCDsvZTrk5zqsIAg7JeG7Iq164uI64ukLiDqsIDsnqUg6rCA6rmM7Jq0IEtDUCDqsrDsoJzsiJjri6jsnYAg642UIOuEk+yKteuLiOuLpCAoYG5hdmVycGF5X2JyaWRnZWDripQg7Lm065Ocwrftj6zsnbjtirgg7ISg7YOdLCBgdG9zc3BheWDripQg7Yag7Iqk7Y6Y7J207J2YIOuqqOuToCDqsrDsoJzsiJjri6gpAAEAAAYGHG5hdmVycGF5X3BvaW50Bhh0b3NzcGF5X2NhcmQGGnRvc3NwYXlfbW9uZXkGBh5uYXZlcnBheV9icmlkZ2UGDnRvc3NwYXkGDnRvc3NwYXkBiAF1c2UgdGhlIG5lYXJlc3QgS0NQIHBheW1lbnQgbWV0aG9kLCB3aGljaCBvZmZlcnMgbW9yZSB0aGFuIHRoaXMgY29kZaoB6rCA7J6lIOqwgOq5jOyatCBLQ1Ag6rKw7KCc7IiY64uo7Jy866GcIOuzgOqyvSAo7J20IOy9lOuTnOuztOuLpCDrhJPsnYAg6rKw7KCc7IiY64uoKQCuB1RoZSBTREsgcGFyYW1ldGVyIHJlZmVyZW5jZSBsaXN0cyBgbmF2ZXJwYXlfcG9pbnRgLCBgdG9zc3BheV9jYXJkYCBhbmQgYHRvc3NwYXlfbW9uZXlgOyB0aGUgS0NQIHBhZ2UgaGFzIG5vIHN1Y2ggY29kZXMsIG9ubHkgYG5hdmVycGF5X2JyaWRnZWAgKHRoZSBOYXZlciBQYXkgY2FyZC9wb2ludCBzZWxlY3RvcikgYW5kIGB0b3NzcGF5YC4gV2hldGhlciBQb3J0T25lIG1hcHMgdGhlIGdlbmVyaWMgY29kZXMgZm9yIEtDUCBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGFuIHVubWFwcGVkIHZhbHVlIG9wZW5zIHRoZSBwbGFpbiBjYXJkIHdpbmRvdywgc28gdGhpcyBpcyBhIHdhcm5pbmcuIFRoZSBzdWdnZXN0ZWQgY29kZSBsZXRzIHRoZSBidXllciBwYXkgaW4gbW9yZSB3YXlzIHRoYW4gdGhlIGdlbmVyaWMgb25lIGFza2VkIGZvciwgc28gYGNoZWNrIC0tZml4YCBhcHBsaWVzIGl0IG9ubHkgd2l0aCBgLS11bnNhZmUtZml4ZXNgLvQJU0RLIO2MjOudvOuvuO2EsCDrrLjshJzsl5DripQgYG5hdmVycGF5X3BvaW50YCwgYHRvc3NwYXlfY2FyZGAsIGB0b3NzcGF5X21vbmV5YOqwgCDsnojsp4Drp4wgS0NQIOyXsOuPmSDrrLjshJzsl5DripQg7J2065+wIOy9lOuTnOqwgCDsl4bqs6AgYG5hdmVycGF5X2JyaWRnZWAo64Sk7J2067KE7Y6Y7J20IOy5tOuTnMK37Y+s7J247Yq4IOyEoO2DnSnsmYAgYHRvc3NwYXlg66eMIOyeiOyKteuLiOuLpC4g7Y+s7Yq47JuQ7J20IEtDUCDssYTrhJDsl5DshJwg67KU7JqpIOy9lOuTnOulvCDrs4DtmZjtlZjripTsp4DripQg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrqs6AsIOuzgO2ZmOuQmOyngCDslYrsnYAg6rCS7J2AIOydvOuwmCDsubTrk5wg6rKw7KCc7LC97J2EIOyXtOq4sCDrlYzrrLjsl5Ag6rK96rOg66GcIOuztOqzoO2VqeuLiOuLpC4g7KCc7JWI7ZWY64qUIOy9lOuTnOuKlCDrspTsmqkg7L2U65Oc6rCAIOyalOyyre2VnCDqsoPrs7Tri6Qg642UIOunjuydgCDqsrDsoJwg67Cp67KV7J2EIOq1rOunpOyekOyXkOqyjCDtl4jsmqntlZjrr4DroZwsIGBjaGVjayAtLWZpeGDripQgYC0tdW5zYWZlLWZpeGVzYOulvCDtlajqu5gg7KeA7KCV7ZaI7J2EIOuVjOunjCDsnbTrpbwg7KCB7Jqp7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s2AwKNnBheS1tZXRob2QtY29uZmxpY3RpbmctZG9jc1RgcGF5X21ldGhvZGAgbGlzdGVkIGluY29uc2lzdGVudGx5IGZvciBLQ1B2S0NQIOusuOyEnOyXkOyEnCDsp4Dsm5Ag7Jes67aA6rCAIOu2iOu2hOuqhe2VnCBgcGF5X21ldGhvZGAOd2FybmluZwEBAhZzZGstcGF5bWVudAAECBRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQCBhRoYXBweW1vbmV5AdYDYHBheV9tZXRob2RgIHt2YWx1ZX0gYXBwZWFycyBvbmx5IGluIHRoZSBLQ1AgcGFnZSdzIHBhcmFtZXRlciBsaXN0LCBub3QgYW1vbmcgaXRzIGF2YWlsYWJsZSBtZXRob2RzIChQb3J0T25lJ3MgZG9jcyByZW1vdmVkIGBoYXBweW1vbmV5YCBpbiAyMDI0IGFuZCBsaXN0ZWQgaXQgYWdhaW4gaW4gMjAyNik6IGNvbmZpcm0gd2l0aCBQb3J0T25lIHRoYXQgaXQgaXMgZW5hYmxlZCBmb3IgeW91ciBLQ1AgY2hhbm5lbOQEYHBheV9tZXRob2RgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOusuOyEnOydmCDtjIzrnbzrr7jthLAg66qp66Gd7JeQ66eMIOyeiOqzoCDqsIDriqXtlZwg6rKw7KCc7IiY64uoIOuqqeuhneyXkOuKlCDsl4bsirXri4jri6QgKGBoYXBweW1vbmV5YOuKlCAyMDI064WE7JeQIOusuOyEnOyXkOyEnCDsgq3soJzrkJjsl4jri6TqsIAgMjAyNuuFhOyXkCDri6Tsi5wg7LaU6rCA65CY7JeI7Iq164uI64ukKS4g7IKs7JqpIOykkeyduCBLQ1Ag7LGE64SQ7JeQ7IScIOyngOybkOuQmOuKlOyngCDtj6ztirjsm5Dsl5Ag7ZmV7J247ZWY7IS47JqUAAAIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBAIGDHNzZ3BheQAAAAHCAmBwYXlfbWV0aG9kYCB7dmFsdWV9IGFwcGVhcnMgb25seSBpbiB0aGUgS0NQIHBhZ2UncyBwYXJhbWV0ZXIgbGlzdCwgbm90IGFtb25nIGl0cyBhdmFpbGFibGUgbWV0aG9kczogY29uZmlybSB3aXRoIFBvcnRPbmUgdGhhdCBpdCBpcyBlbmFibGVkIGZvciB5b3VyIEtDUCBjaGFubmVsmgNgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag66y47ISc7J2YIO2MjOudvOuvuO2EsCDrqqnroZ3sl5Drp4wg7J6I6rOgIOqwgOuKpe2VnCDqsrDsoJzsiJjri6gg66qp66Gd7JeQ64qUIOyXhuyKteuLiOuLpC4g7IKs7JqpIOykkeyduCBLQ1Ag7LGE64SQ7JeQ7IScIOyngOybkOuQmOuKlOyngCDtj6ztirjsm5Dsl5Ag7ZmV7J247ZWY7IS47JqUAADyBFRoZSBjdXJyZW50IEtDUCBwYWdlIGxpc3RzIGBoYXBweW1vbmV5YCBhbmQgYHNzZ3BheWAgaW4gdGhlIGBwYXlfbWV0aG9kYCBwYXJhbWV0ZXIgbGlzdCBidXQgbm90IGluIGl0cyAiYXZhaWxhYmxlIG1ldGhvZHMiIGxpc3Q7IGBoYXBweW1vbmV5YCB3YXMgcmVtb3ZlZCBmcm9tIGFsbCB2MSBkb2NzIG9uIDIwMjQtMDctMjkgYW5kIHJlLWxpc3RlZCBvbiAyMDI2LTA0LTI3LiBUaGUgc291cmNlcyBjb25mbGljdCwgc28gdGhlIHZhbHVlIGlzIGFjY2VwdGVkIGJ5IHBheS1tZXRob2Qtbm90LWtjcCBhbmQgZmxhZ2dlZCBoZXJlIGFzIGEgd2FybmluZy66Bu2YhOyerCBLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgaGFwcHltb25leWDsmYAgYHNzZ3BheWDrpbwgYHBheV9tZXRob2RgIO2MjOudvOuvuO2EsCDrqqnroZ3sl5DripQg64Sj7JeI7KeA66eMICLqsIDriqXtlZwg6rKw7KCc7IiY64uoIiDrqqnroZ3sl5DripQg64Sj7KeAIOyViuyVmOyKteuLiOuLpC4gYGhhcHB5bW9uZXlg64qUIDIwMjQtMDctMjnsl5Ag66qo65OgIHYxIOusuOyEnOyXkOyEnCDsgq3soJzrkJjsl4jri6TqsIAgMjAyNi0wNC0yN+yXkCDri6Tsi5wg7LaU6rCA65CY7JeI7Iq164uI64ukLiDstpzsspjrgbzrpqwg7ISc66GcIOunnuyngCDslYrsnLzrr4DroZwgcGF5LW1ldGhvZC1ub3Qta2Nw64qUIOydtCDqsJLsnYQg7ZeI7Jqp7ZWY6rOgLCDsnbQg6rec7LmZ7J20IOqyveqzoOuhnCDrs7Tqs6Dtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVBNLTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyoDQoocGF5LW1ldGhvZC1yb2NrZXRwYXk0YHJvY2tldHBheWAgaXMgbmV3IGZvciBLQ1BYYHJvY2tldHBheWDripQg7LWc6re8IOy2lOqwgOuQnCDqsrDsoJzsiJjri6gIaW5mbwEBAhZzZGstcGF5bWVudAACCBRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQCBhJyb2NrZXRwYXkAAAABgAJgcGF5X21ldGhvZGAgYHJvY2tldHBheWAgd2FzIGFkZGVkIHRvIHRoZSBLQ1AgcGFnZSBpbiBBdWd1c3QgMjAyNjogbWFrZSBzdXJlIGl0IGlzIGVuYWJsZWQgZm9yIHlvdXIgY2hhbm5lbCBiZWZvcmUgcmVseWluZyBvbiBpdMICYHBheV9tZXRob2RgIOqwkiBgcm9ja2V0cGF5YOuKlCAyMDI264WEIDjsm5QgS0NQIOusuOyEnOyXkCDstpTqsIDrkJwg6rKw7KCc7IiY64uo7J6F64uI64ukLiDsgqzsmqkg7KSR7J24IOyxhOuEkOyXkOyEnCDsnbTsmqkg6rCA64ql7ZWc7KeAIOuovOyggCDtmZXsnbjtlZjshLjsmpQAALoDYHJvY2tldHBheWAgd2FzIGFkZGVkIHRvIHRoZSB2MSBLQ1AgcGFnZSBieSBQUiAjMTExOCAobWVyZ2VkIDIwMjYtMDgtMjcpLCBhZnRlciB0aGUgcmVzdCBvZiB0aGUgcGFnZSB3YXMgc2V0dGxlZDsgdGhlIHNhbWUgUFIgbm90ZXMgdGhhdCBhIHZhbHVlIHRoZSBzZXJ2ZXIgZG9lcyBub3Qga25vdyBvcGVucyB0aGUgcGxhaW4gY2FyZCB3aW5kb3cuIEFjY2VwdGVkLCB3aXRoIGEgbm90ZS6oBGByb2NrZXRwYXlg64qUIOusuOyEnOydmCDrgpjrqLjsp4Ag64K07Jqp7J20IOygle2VtOynhCDrkqTsl5AgUFIgIzExMTgoMjAyNi0wOC0yNyDrs5Htlakp66GcIHYxIEtDUCDsl7Drj5kg66y47ISc7JeQIOy2lOqwgOuQmOyXiOyKteuLiOuLpC4g6rCZ7J2AIFBS7J2AIOyEnOuyhOqwgCDrqqjrpbTripQg6rCS7J2066m0IOydvOuwmCDsubTrk5wg6rKw7KCc7LC97J20IOyXtOumsOuLpOqzoCDrsJ3tnpnri4jri6QuIO2XiOyaqe2VmOuQmCDslYjrgrTrpbwg642n67aZ7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8g0KJHBheS1tZXRob2QtbWlzc2luZyhgcGF5X21ldGhvZGAgbWlzc2luZyZgcGF5X21ldGhvZGAg64iE6529Dndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIAAhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAAAAAfABYHBheV9tZXRob2RgIGlzIG1pc3Npbmc6IHRoZSBjYXJkIHdpbmRvdyBvcGVucyBieSBkZWZhdWx0OyBzZXQgdGhlIG1ldGhvZCBleHBsaWNpdGx5IChhIGJpbGxpbmcta2V5IHdpbmRvdyB0YWtlcyBgY2FyZGApqgJgcGF5X21ldGhvZGDqsIAg7JeG7Iq164uI64ukLiDquLDrs7jqsJLsnLzroZwg7Lm065OcIOqysOygnOywveydtCDsl7Trpqzrr4DroZwg6rKw7KCc7IiY64uo7J2EIOuqheyLnO2VmOyEuOyalCAo67mM66eB7YKkIOuwnOq4iSDqsrDsoJzssL3snYAgYGNhcmRgKQAArARUaGUgS0NQIHBhZ2UgbGlzdHMgYHBheV9tZXRob2RgIGFtb25nIHRoZSBtYWluIHBhcmFtZXRlcnMgYW5kIGV2ZXJ5IEtDUCBleGFtcGxlIHNlbmRzIGl0OyB0aGUgU0RLIHJlZmVyZW5jZSBtYXJrcyBpdCBvcHRpb25hbCBhbmQgdGhlIGxlZ2FjeSBkZWZhdWx0IGlzIGBjYXJkYC4gQSBtaXNzaW5nIHZhbHVlIGlzIHVzdWFsbHkgYW4gb21pc3Npb24gKG9yIGEgbWlzc3BlbHQga2V5KSwgYW5kIHRoZSByZXN1bHQgKGNhcmQpIG1heSBub3QgYmUgd2hhdCB0aGUgYnV0dG9uIHByb21pc2VkLqAGS0NQIOyXsOuPmSDrrLjshJzripQgYHBheV9tZXRob2Rg66W8IOyjvOyalCDtjIzrnbzrr7jthLDroZwg7IaM6rCc7ZWY6rOgIEtDUCDsmIjsoJzripQg66qo65GQIOydtCDqsJLsnYQg67O064OF64uI64ukLiBTREsg7YyM652866+47YSwIOusuOyEnOuKlCDsnbQg6rCS7J2EIOyEoO2DnSDtla3rqqnsnLzroZwg7ZGc7Iuc7ZWY66mwLCDquLDsobQg6riw67O46rCS7J2AIGBjYXJkYOyeheuLiOuLpC4g6rCS7J20IOyXhuuKlCDqsoPsnYAg64yA6rCcIOu5oOucqOuguOqxsOuCmCDtgqQg7J2066aE7J2EIOyemOuquyDsk7Qg6rKD7J2066mwLCDqt7gg6rKw6rO8KOy5tOuTnCDqsrDsoJwp6rCAIOuyhO2KvOyXkOyEnCDslYjrgrTtlZwg6rKw7KCc7IiY64uo6rO8IOuLpOulvCDsiJgg7J6I7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sqg4KLmJpbGxpbmctcGF5LW1ldGhvZC1jYXJkbkJpbGxpbmcga2V5IHRocm91Z2ggdGhlIHdpbmRvdyBuZWVkcyBgcGF5X21ldGhvZDogY2FyZGB06rKw7KCc7LC9IOu5jOunge2CpCDrsJzquInsnYAgYHBheV9tZXRob2Q6IGNhcmRg66eMIOyngOybkAplcnJvcgEBAh5zZGstYmlsbGluZy1rZXkAAggUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIGBghjYXJkAAAAAcABYHBheV9tZXRob2RgIHt2YWx1ZX0gY2Fubm90IGlzc3VlIGEgYmlsbGluZyBrZXkgdGhyb3VnaCB0aGUgS0NQIHdpbmRvdzogb25seSBgY2FyZGAgaXMgc3VwcG9ydGVk9AFLQ1Ag6rKw7KCc7LC9IOu5jOunge2CpCDrsJzquInsnYAgYGNhcmRg66eMIOyngOybkOuQmOuvgOuhnCBgcGF5X21ldGhvZGAg6rCSIHt2YWx1ZX0o7Jy8KeuhnOuKlCDrsJzquIntlaAg7IiYIOyXhuyKteuLiOuLpAABAQYIY2FyZAAAAAEUdXNlIGBjYXJkYCBgY2FyZGDroZwg67OA6rK9AIICVGhlIEtDUCBwYWdlJ3MgIuqysOygnOywvSDruYzrp4HtgqQg67Cc6riJIiBsaXN0cyBgY2FyZGAgYXMgdGhlIG9ubHkgbWV0aG9kIGFuZCBpdHMgZXhhbXBsZSBjb21tZW50cyAiJ2NhcmQn66eMIOyngOybkOuQqeuLiOuLpCIu6AJLQ1Ag7Jew64+ZIOusuOyEnOydmCAi6rKw7KCc7LC9IOu5jOunge2CpCDrsJzquIkiIO2VreuqqeydgCDqsrDsoJzsiJjri6jsnLzroZwgYGNhcmRg66eMIOyViOuCtO2VmOupsCwg7JiI7KCc7J2YIOyjvOyEneyXkOuPhCAiJ2NhcmQn66eMIOyngOybkOuQqeuLiOuLpCLrnbzqs6Ag7KCB7ZiAIOyeiOyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDA2AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOYOCjZiaWxsaW5nLWFtb3VudC1kaXNwbGF5LW9ubHlWQmlsbGluZy1rZXkgd2luZG93IGRvZXMgbm90IGNoYXJnZSBgYW1vdW50YGjruYzrp4HtgqQg67Cc6riJIOyLnCBgYW1vdW50YOuKlCDsirnsnbjrkJjsp4Ag7JWK7J2MCGluZm8BAQIec2RrLWJpbGxpbmcta2V5AAQIDGFtb3VudAACAAxhbW91bnQMAg4AAAAAAAAAAAACMAAAAAgMYW1vdW50AAIADGFtb3VudAwCChpeWzEtOV1bMC05XSokAAAAAZQCYGFtb3VudGAge3ZhbHVlfSBpcyBvbmx5IHNob3duIGluIHRoZSBLQ1AgYmlsbGluZy1rZXkgd2luZG93OyBub3RoaW5nIGlzIGNoYXJnZWQ6IGNoYXJnZSBsYXRlciB3aXRoIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gb3IgL3NjaGVkdWxllgNgYW1vdW50YCDqsJIge3ZhbHVlfeydgCjripQpIOqysOygnOywveyXkCDtkZzsi5zrp4wg65CY6rOgIOu5jOunge2CpCDrsJzquIkg7IucIOqysOygnOqwgCDsirnsnbjrkJjsp4Ag7JWK7Iq164uI64ukLiDqsrDsoJzripQg67Cc6riJIO2bhCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluIOuYkOuKlCAvc2NoZWR1bGUgQVBJ66GcIOyalOyyre2VmOyEuOyalAAAoARUaGUgS0NQIHBhZ2U6ICLqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOq4iOyVoS4g67Cc6riJIOyalOyyreyLnOyXkOuKlCDqsrDsoJzqsIAg7Iq57J2465CY7KeAIOyViuyKteuLiOuLpCIsIGFuZCBQb3J0T25lJ3MgYmlsbGluZyBydWxlcyBzYXkgYGtjcF9iaWxsaW5nYCBjYW5ub3QgY2hhcmdlIHdoaWxlIGlzc3VpbmcuIEEgcG9zaXRpdmUgYW1vdW50IGlzIGFsbG93ZWQgYnV0IG9mdGVuIG1lYW5zIHRoZSBmaXJzdCBjaGFyZ2Ugd2FzIGV4cGVjdGVkIHRvIGhhcHBlbiBoZXJlLvgFS0NQIOyXsOuPmSDrrLjshJzsl5DripQgIuqysOygnOywveyXkCDtkZzsi5zrkKAg6riI7JWhLiDrsJzquIkg7JqU7LKt7Iuc7JeQ64qUIOqysOygnOqwgCDsirnsnbjrkJjsp4Ag7JWK7Iq164uI64ukIuudvOqzoCDrkJjslrQg7J6I6rOgLCDtj6ztirjsm5DsnZgg67mM66eB7YKkIOuwnOq4iSDqt5zsuZnrj4QgYGtjcF9iaWxsaW5nYOydgCDrsJzquIntlZjrqbTshJwg6rKw7KCc66W8IOyKueyduO2VoCDsiJgg7JeG64uk6rOgIOuwne2emeuLiOuLpC4gMOuztOuLpCDtgbAg6riI7JWh64+EIO2XiOyaqeuQmOyngOunjCwg64yA6rCcIOyXrOq4sOyEnCDssqsg6rKw7KCc6rCAIOydtOujqOyWtOyniCDqsoPsnLzroZwg6riw64yA7ZaI64uk64qUIOucu+yeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwNQABAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWykDwo0YmlsbGluZy1rZXktZXNjcm93LWlnbm9yZWROYGVzY3Jvd2AgaGFzIG5vIGVmZmVjdCBvbiBhIGJpbGxpbmcga2V5XOu5jOunge2CpCDrsJzquIkg7IucIGBlc2Nyb3dg64qUIO2aqOqzvCDsl4bsnYwIaW5mbwEBAh5zZGstYmlsbGluZy1rZXkAAggMZXNjcm93AAIADGVzY3JvdyQCBAICAQAAAAH0AWBlc2Nyb3c6IHRydWVgIGhhcyBubyBlZmZlY3Qgd2hlbiBpc3N1aW5nIGEgYmlsbGluZyBrZXk6IG5vdGhpbmcgaXMgY2hhcmdlZCBpbiB0aGUgS0NQIHdpbmRvdzsgZXNjcm93IGJlbG9uZ3MgdG8gYSBwYXltZW504ALruYzrp4HtgqQg67Cc6riJIOyLnOyXkOuKlCBgZXNjcm93OiB0cnVlYOqwgCDtmqjqs7zqsIAg7JeG7Iq164uI64ukLiBLQ1Ag6rKw7KCc7LC97JeQ7IScIOqysOygnOqwgCDsirnsnbjrkJjsp4Ag7JWK7Jy866mwIOyXkOyKpO2BrOuhnOuKlCDqsrDsoJzsl5Ag7KCB7Jqp65CY64qUIOyEpOygleyeheuLiOuLpAAA8AVgZXNjcm93YCBpcyBhIGNvbW1vbiBJTVAucmVxdWVzdF9wYXkgcGFyYW1ldGVyIChib29sZWFuLCBkZWZhdWx0IGZhbHNlKSwgYW5kIHRoZSBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgc2VuZCBgZXNjcm93OiBmYWxzZWAgd2l0aCBldmVyeSByZXF1ZXN0LCBiaWxsaW5nIGtleXMgaW5jbHVkZWQsIHNvIGZhbHNlIGlzIGFjY2VwdGVkLiBUaGUgS0NQIHBhZ2Ugc2F5cyBhIGJpbGxpbmcta2V5IHJlcXVlc3QgYXBwcm92ZXMgbm90aGluZywgc28gYW4gZXNjcm93IGZsYWcgdGhlcmUgcHJvdGVjdHMgbm90aGluZzsgYHRydWVgIHVzdWFsbHkgbWVhbnMgdGhlIG1lcmNoYW50IGV4cGVjdGVkIHRoZSBmaXJzdCBjaGFyZ2UgdG8gaGFwcGVuIGhlcmUu7AdgZXNjcm93YOuKlCBJTVAucmVxdWVzdF9wYXnsnZgg6rO17Ya1IO2MjOudvOuvuO2EsChib29sZWFuLCDquLDrs7jqsJIgZmFsc2Up7J2066mwLCBSZWFjdCBOYXRpdmXCt0ZsdXR0ZXIg66qo65OI7J2AIOu5jOunge2CpCDrsJzquInsnYQg7Y+s7ZWo7ZWcIOuqqOuToCDsmpTssq3sl5AgYGVzY3JvdzogZmFsc2Vg66W8IOuztOuCtOuvgOuhnCBmYWxzZeuKlCDtl4jsmqntlanri4jri6QuIEtDUCDsl7Drj5kg66y47ISc7JeQIOuUsOultOuptCDruYzrp4HtgqQg67Cc6riJIOyalOyyreydgCDslYTrrLQg6rKw7KCc64+EIOyKueyduO2VmOyngCDslYrsnLzrr4DroZwsIOyXrOq4sOyEnCDsl5DsiqTtgazroZwg7ISk7KCV7J2AIOyVhOustOqyg+uPhCDrs7TtmLjtlZjsp4Ag7JWK7Iq164uI64ukLiBgdHJ1ZWDripQg64yA6rCcIOqzoOqwneyCrOqwgCDsl6zquLDshJwg7LKrIOqysOygnOqwgCDsnbTro6jslrTsp4gg6rKD7Jy866GcIOq4sOuMgO2WiOuLpOuKlCDrnLvsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s6g8KKnNkay1idXllci10ZWwtbWlzc2luZyZgYnV5ZXJfdGVsYCBtaXNzaW5nJGBidXllcl90ZWxgIOuIhOudvQhpbmZvAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAAISYnV5ZXJfdGVsAAIAEmJ1eWVyX3RlbFIAAAABlgJgYnV5ZXJfdGVsYCBpcyBtaXNzaW5nOiBzb21lIGdhdGV3YXlzIGZhaWwgd2l0aG91dCB0aGUgYnV5ZXIncyBwaG9uZSBudW1iZXIsIGFuZCBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIG1vZHVsZXMgcmVmdXNlIHRoZSBjYWxs0AJgYnV5ZXJfdGVsYOydtCDsl4bsirXri4jri6QuIOydvOu2gCBQR+yCrOuKlCDqtazrp6TsnpAg7Jew65297LKY6rCAIOyXhuycvOuptCDqsrDsoJzqsIAg7Iuk7Yyo7ZWY66mwIO2PrO2KuOybkCBSZWFjdCBOYXRpdmXCt0ZsdXR0ZXIg66qo65OI7J2AIO2YuOy2nOydhCDqsbDrtoDtlanri4jri6QAAMYGVGhlIFNESyByZWZlcmVuY2Ugc2F5cyBzb21lIGdhdGV3YXlzIGZhaWwgd2hlbiBgYnV5ZXJfdGVsYCBpcyBtaXNzaW5nOyBldmVyeSBLQ1AgZXhhbXBsZSBzZW5kcyBpdCwgYW5kIFBvcnRPbmUncyBwbGF5Z3JvdW5kLCBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgdHJlYXQgaXQgYXMgcmVxdWlyZWQuIEtDUCdzIG93biBkb2NzIGRvIG5vdCBtYXJrIGl0IHJlcXVpcmVkLiBTZXZlcml0eSBpbmZvLCBub3Qgd2FybmluZzogdGhlIEtDUCBwYWdlIGxpc3RzIGBidXllcl90ZWxgIGFzIG9wdGlvbmFsLCBzbyBhIHBheWxvYWQgdGhhdCBmb2xsb3dzIGl0IG11c3Qgbm90IGRyYXcgYSB3YXJuaW5nOyB0aGUgYWR2aWNlIHN0YW5kcyBiZWNhdXNlIFBvcnRPbmUncyB3cmFwcGVycyByZWZ1c2UgdGhlIGNhbGwgd2l0aG91dCBpdC7qCVNESyDtjIzrnbzrr7jthLAg66y47ISc7JeQ64qUIGBidXllcl90ZWxg7J20IOyXhuycvOuptCDsnbzrtoAgUEfsgqzsl5DshJwg6rKw7KCc6rCAIOyLpO2MqO2VnOuLpOqzoCDrkJjslrQg7J6I7Iq164uI64ukLiBLQ1Ag7JiI7KCc64qUIOuqqOuRkCDsnbQg6rCS7J2EIOuztOuCtOupsCwg7Y+s7Yq47JuQIO2UjOugiOydtOq3uOudvOyatOuTnOyZgCBSZWFjdCBOYXRpdmXCt0ZsdXR0ZXIg66qo65OI7J2AIOydtCDqsJLsnYQg7ZWE7IiY66GcIOy3qOq4ie2VqeuLiOuLpC4gS0NQIOyekOyytCDrrLjshJzripQg7ZWE7IiY66GcIO2RnOyLnO2VmOyngCDslYrsirXri4jri6QuIOqyveqzoOqwgCDslYTri4wg7KCV67O0IOyImOykgOyduCDsnbTsnKDripQsIEtDUCDsl7Drj5kg66y47ISc6rCAIGBidXllcl90ZWxg7J2EIOyEoO2DnSDtla3rqqnsnLzroZwg7JWI64K07ZWY66+A66GcIOydtCDrrLjshJzrpbwg65Sw66W4IO2OmOydtOuhnOuTnOyXkCDqsr3qs6Drpbwg64K07ISc64qUIOyViCDrkJjquLAg65WM66y47J6F64uI64ukLiDtj6ztirjsm5Ag66qo65OI7J20IOydtCDqsJIg7JeG7J2064qUIO2YuOy2nOydhCDqsbDrtoDtlZjrr4DroZwg6raM6rOg64qUIOq3uOuMgOuhnCDsnKDtmqjtlanri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFktDUC1CVVktMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKgQCixzZGstYnV5ZXItZmllbGQtbGVuZ3RoTkJ1eWVyIGZpZWxkIGxvbmdlciB0aGFuIFBvcnRPbmUncyBsaW1pdGrqtazrp6TsnpAg7KCV67O06rCAIO2PrO2KuOybkCDquLjsnbQg7KCc7ZWc7J2EIOuEmOydjA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAKCBRidXllcl9uYW1lAAIAFGJ1eWVyX25hbWVUAhAAASABkgFgYnV5ZXJfbmFtZWAgaXMgbG9uZ2VyIHRoYW4gMTYgY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkgAFgYnV5ZXJfbmFtZWDsnbQg7Y+s7Yq47JuQIOygnO2VnCDquLjsnbTsnbggMTbsnpDrpbwg64SY7Iq164uI64ukAAAIFmJ1eWVyX2VtYWlsAAIAFmJ1eWVyX2VtYWlsVgIQAAGAAQGUAWBidXllcl9lbWFpbGAgaXMgbG9uZ2VyIHRoYW4gNjQgY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkggFgYnV5ZXJfZW1haWxg7J20IO2PrO2KuOybkCDsoJztlZwg6ri47J207J24IDY07J6Q66W8IOuEmOyKteuLiOuLpAAACBJidXllcl90ZWwAAgASYnV5ZXJfdGVsUgIQAAEgAZABYGJ1eWVyX3RlbGAgaXMgbG9uZ2VyIHRoYW4gMTYgY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkfmBidXllcl90ZWxg7J20IO2PrO2KuOybkCDsoJztlZwg6ri47J207J24IDE27J6Q66W8IOuEmOyKteuLiOuLpAAACBRidXllcl9hZGRyAAIAFGJ1eWVyX2FkZHJYAhAAAYACAZQBYGJ1eWVyX2FkZHJgIGlzIGxvbmdlciB0aGFuIDEyOCBjaGFyYWN0ZXJzLCBQb3J0T25lJ3MgbGltaXQgZm9yIHRoaXMgZmllbGSCAWBidXllcl9hZGRyYOydtCDtj6ztirjsm5Ag7KCc7ZWcIOq4uOydtOyduCAxMjjsnpDrpbwg64SY7Iq164uI64ukAAAIHGJ1eWVyX3Bvc3Rjb2RlAAIAHGJ1eWVyX3Bvc3Rjb2RlWgIQAAEQAZgBYGJ1eWVyX3Bvc3Rjb2RlYCBpcyBsb25nZXIgdGhhbiA4IGNoYXJhY3RlcnMsIFBvcnRPbmUncyBsaW1pdCBmb3IgdGhpcyBmaWVsZIYBYGJ1eWVyX3Bvc3Rjb2RlYOqwgCDtj6ztirjsm5Ag7KCc7ZWcIOq4uOydtOyduCA47J6Q66W8IOuEmOyKteuLiOuLpAAAAWpge2ZpZWxkfWAgaXMgbG9uZ2VyIHRoYW4gUG9ydE9uZSdzIGxpbWl0ICh7ZXhwZWN0ZWR9KYoBYHtmaWVsZH1g7J20KOqwgCkg7Y+s7Yq47JuQIOq4uOydtCDsoJztlZwoe2V4cGVjdGVkfSnsnYQg64SY7Iq164uI64ukAACoBVBvcnRPbmUncyB2MSBBUEkgc2NoZW1hIGxpbWl0cyBgYnV5ZXJfbmFtZWAgdG8gMTYsIGBidXllcl9lbWFpbGAgdG8gNjQsIGBidXllcl90ZWxgIHRvIDE2LCBgYnV5ZXJfYWRkcmAgdG8gMTI4IGFuZCBgYnV5ZXJfcG9zdGNvZGVgIHRvIDggY2hhcmFjdGVycy4gVGhlIGxpbWl0cyBhcmUgZG9jdW1lbnRlZCBmb3IgdGhlIFJFU1QgYm9kaWVzIG9ubHk7IHRoZSBTREsgcmVmZXJlbmNlIGdpdmVzIG5vbmUsIHNvIGZvciBJTVAucmVxdWVzdF9wYXkgdGhpcyBpcyBhIHdhcm5pbmcgKEtDUCBtYXkgY3V0IG9yIHJlamVjdCB0aGUgdmFsdWUpIHJhdGhlciB0aGFuIHRoZSBSRVNUIHJ1bGVzJyBlcnJvci72Bu2PrO2KuOybkCB2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgYGJ1eWVyX25hbWVg7J2EIDE27J6QLCBgYnV5ZXJfZW1haWxg7J2EIDY07J6QLCBgYnV5ZXJfdGVsYOydhCAxNuyekCwgYGJ1eWVyX2FkZHJg7J2EIDEyOOyekCwgYGJ1eWVyX3Bvc3Rjb2RlYOulvCA47J6Q66GcIOygnO2VnO2VqeuLiOuLpC4g7J20IOygnO2VnOydgCBSRVNUIOyalOyyrSDrs7jrrLjsl5Ag64yA7ZW07ISc66eMIOusuOyEnO2ZlOuQmOyWtCDsnojqs6AgU0RLIO2MjOudvOuvuO2EsCDrrLjshJzsl5DripQg7KCc7ZWc7J20IOyXhuycvOuvgOuhnCwgSU1QLnJlcXVlc3RfcGF57JeQ7ISc64qUIFJFU1Qg6rec7LmZ7LKY65+8IOyYpOulmOqwgCDslYTri4jrnbwg6rK96rOg66GcIOuztOqzoO2VqeuLiOuLpChLQ1DqsIAg6rCS7J2EIOyekOultOqxsOuCmCDqsbDsoIjtlaAg7IiYIOyeiOyKteuLiOuLpCkuemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFktDUC1CVVktMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOgQCh5zZGstbmFtZS1sZW5ndGhIT3JkZXIgbmFtZSBsb25nZXIgdGhhbiA0MCBjaGFyYWN0ZXJzOOyjvOusuOuqheydtCA0MOyekOulvCDrhJjsnYwOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggIbmFtZQACAAhuYW1lXAIQAAFQAAAAAcoBYG5hbWVgIGlzIGxvbmdlciB0aGFuIDQwIGNoYXJhY3RlcnM6IHRoZSBTREsgcmVmZXJlbmNlIGFza3MgZm9yIDQwIGF0IG1vc3QsIGFuZCB0aGUgd2luZG93IG1heSBjdXQgaXTyAWBuYW1lYOydtCA0MOyekOulvCDrhJjsirXri4jri6QuIOyjvOusuOuqheydgCA0MOyekCDsnbTrgrTroZwg7J6R7ISx7ZW07JW8IO2VmOupsCDqsrDsoJzssL3sl5DshJwg7J6Y66a0IOyImCDsnojsirXri4jri6QAAKwDVGhlIFNESyByZWZlcmVuY2Ugc2F5cyAiNDDsnpAg7J2064K066GcIOyekeyEse2VtOyjvOyEuOyalCIgZm9yIGBuYW1lYCwgYW5kIHRoZSB2MSBSRVNUIHNjaGVtYSBoYXMgbWF4TGVuZ3RoIDQwLiBGb3IgSU1QLnJlcXVlc3RfcGF5IHRoZSBjb25zZXF1ZW5jZSBpcyBub3QgZG9jdW1lbnRlZCAodGhlIFJFU1QgcnVsZSBpcyBhbiBlcnJvciksIHNvIGEgd2FybmluZyBoZXJlLtIEU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYG5hbWVg7JeQIOuMgO2VtCAiNDDsnpAg7J2064K066GcIOyekeyEse2VtOyjvOyEuOyalCLrnbzqs6Ag7JWI64K07ZWY66mwLCB2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggbWF4TGVuZ3Ro64+EIDQw7J6F64uI64ukLiBJTVAucmVxdWVzdF9wYXnsl5DshJwg7J2066W8IOuEmOyXiOydhCDrlYzsnZgg6rKw6rO864qUIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcKFJFU1Qg6rec7LmZ7J2AIOyYpOulmCksIOyXrOq4sOyEnOuKlCDqsr3qs6DsnoXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGEtDUC1OQU1FLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzCEQocc2RrLW5hbWUtYnl0ZXNIT3JkZXIgbmFtZSBvdmVyIEtDUCdzIDEwMC1ieXRlIGxpbWl0XOyjvOusuOuqheydtCBLQ1Ag7KCc7ZWcIDEwMOuwlOydtO2KuOulvCDrhJjsnYwIaW5mbwEBAhZzZGstcGF5bWVudAEGCG5hbWUAAgAIbmFtZVwCDAABUAIICG5hbWUAAgAIbmFtZVwCEgAByAEAAAAB4AFgbmFtZWAgdGFrZXMgbW9yZSB0aGFuIDEwMCBieXRlcyBpbiBVVEYtODogaWYgS0NQIHJlY2VpdmVzIGl0IGluIFVURi04LCBpdHMgMTAwLWJ5dGUgb3JkZXItbmFtZSBsaW1pdCBtYXkgY3V0IGl0pgJgbmFtZWDsnbQgVVRGLTgg6riw7KSAIDEwMOuwlOydtO2KuOulvCDrhJjsirXri4jri6QuIEtDUOqwgCBVVEYtOOuhnCDrsJvripQg6rK97JqwIOyjvOusuOuqhSDtlZzrj4QoMTAw67CU7J207Yq4KeyXkCDqsbjroKQg7J6Y66a0IOyImCDsnojsirXri4jri6QAAO4GUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2UgZ2l2ZXMgS0NQJ3Mgb3duIGxpbWl0IGZvciB0aGUgb3JkZXIgbmFtZSBhcyAxMDAgYnl0ZXM7IEtvcmVhbiBzeWxsYWJsZXMgdGFrZSAzIGJ5dGVzIGluIFVURi04LCBzbyBhIDM0LTQwIGNoYXJhY3RlciBLb3JlYW4gbmFtZSBwYXNzZXMgUG9ydE9uZSdzIDQwLWNoYXJhY3RlciBsaW1pdCBhbmQgc3RpbGwgZXhjZWVkcyBLQ1Ancy4gSW5mbywgbm90IHdhcm5pbmcsIGFzIG5hbWUtdG9vLW1hbnktYnl0ZXMgb24gdGhlIFJFU1QgYm9kaWVzOiBLQ1AncyBieXRlIGVuY29kaW5nIGlzIG5vdCBkb2N1bWVudGVkLCBhbmQgaW4gRVVDLUtSLCBLQ1AncyB0cmFkaXRpb25hbCBlbmNvZGluZywgNDAgSGFuZ3VsIGFyZSBvbmx5IDgwIGJ5dGVzLiBOYW1lcyBvdmVyIDQwIGNoYXJhY3RlcnMgYXJlIGxlZnQgdG8gc2RrLW5hbWUtbGVuZ3RoLuIJ7Y+s7Yq47JuQ7J2YIEtDUChWMikg7Jew64+ZIOusuOyEnOuKlCBLQ1Ag7J6Q7LK07J2YIOyjvOusuOuqhSDtlZzrj4TrpbwgMTAw67CU7J207Yq466GcIOyViOuCtO2VqeuLiOuLpC4g7ZWc6riAIOydjOygiOydgCBVVEYtOOyXkOyEnCAz67CU7J207Yq47J2066+A66GcIDM0fjQw7J6Q7J2YIO2VnOq4gCDso7zrrLjrqoXsnYAg7Y+s7Yq47JuQ7J2YIDQw7J6QIOygnO2VnOydgCDthrXqs7ztlbTrj4QgS0NQ7J2YIO2VnOuPhOuKlCDrhJjsirXri4jri6QuIFJFU1Qg7JqU7LKtIOuzuOusuOydmCBuYW1lLXRvby1tYW55LWJ5dGVz7JmAIOuniOywrOqwgOyngOuhnCDqsr3qs6DqsIAg7JWE64uMIOygleuztCDsiJjspIDsnoXri4jri6QuIEtDUOqwgCDrsJTsnbTtirjrpbwg7Ja065akIOyduOy9lOuUqeycvOuhnCDshLjripTsp4DripQg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrqs6AsIEtDUOqwgCDsoITthrXsoIHsnLzroZwg7IKs7Jqp7ZWY64qUIEVVQy1LUuyXkOyEnOuKlCDtlZzquIAgNDDsnpDqsIAgODDrsJTsnbTtirjsl5Ag67aI6rO87ZWY6riwIOuVjOusuOyeheuLiOuLpC4gNDDsnpDrpbwg64SY64qUIOyjvOusuOuqheydgCBzZGstbmFtZS1sZW5ndGjqsIAg7LKY66as7ZWp64uI64ukLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARhLQ1AtTkFNRS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s+hEKMnBob25lLXJlcXVpcmVzLWJ1eWVyLW5hbWVAUGhvbmUgcGF5bWVudCBuZWVkcyBgYnV5ZXJfbmFtZWBc7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGJ1eWVyX25hbWVgIO2VhOyImAplcnJvcgEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKcGhvbmUCAAIUYnV5ZXJfbmFtZQACABRidXllcl9uYW1lVAAAAAGMAWBidXllcl9uYW1lYCBpcyByZXF1aXJlZCBmb3IgYSBLQ1AgcGhvbmUgcGF5bWVudCAoYHBheV9tZXRob2Q6IHBob25lYCl07Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGJ1eWVyX25hbWVg7J2AIO2VhOyImOyeheuLiOuLpAAA1ARUaGUgS0NQIHBhZ2U6ICLtnLTrjIDtj7Ag7IaM7JWh6rKw7KCc7IucIGBidXllcl9uYW1lYOqzvCBgYnlwYXNzLnNob3BfdXNlcl9pZGAg7YyM652866+47YSw66W8IO2VhOyImCDsnoXroKXtlbTslbztlanri4jri6QiLiBLQ1AgYW5zd2VycyBhIG1pc3NpbmcgYnV5ZXIgbmFtZSB3aXRoIHJlc3VsdCBjb2RlIDkwMTEuIFBvcnRPbmUncyBwbGF5Z3JvdW5kIHRyaWFsIHByZXNldCBvbWl0cyBpdCwgYnV0IHRoYXQgcnVucyBvbiB0aGUgcHVibGljIHRlc3QgY2hhbm5lbCBhbmQgZG9lcyBub3Qgb3ZlcnJpZGUgdGhlIHBhZ2Uu3gZLQ1Ag7Jew64+ZIOusuOyEnOyXkOuKlCAi7Zy064yA7Y+wIOyGjOyVoeqysOygnOyLnCBgYnV5ZXJfbmFtZWDqs7wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIO2MjOudvOuvuO2EsOulvCDtlYTsiJgg7J6F66Cl7ZW07JW87ZWp64uI64ukIuudvOqzoCDrkJjslrQg7J6I7Iq164uI64ukLiBLQ1DripQg6rWs66ek7J6QIOydtOumhOydtCDsl4bsnLzrqbQg6rKw6rO8IOy9lOuTnCA5MDEx66GcIOydkeuLte2VqeuLiOuLpC4g7Y+s7Yq47JuQIO2UjOugiOydtOq3uOudvOyatOuTnOydmCDssrTtl5jsmqkg7ZSE66as7IWL7JeQ64qUIOydtCDqsJLsnbQg7JeG7KeA66eMLCDsnbQg7ZSE66as7IWL7J2AIOqzteyaqSDthYzsiqTtirgg7LGE64SQ7JeQ7IScIOyLpO2WieuQmOupsCBLQ1Ag7Jew64+ZIOusuOyEnOuztOuLpCDsmrDshKDtlZjsp4Ag7JWK7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGktDUC1QSE9ORS0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1swBIKNnBob25lLXJlcXVpcmVzLXNob3AtdXNlci1pZFJQaG9uZSBwYXltZW50IG5lZWRzIGBieXBhc3Muc2hvcF91c2VyX2lkYG7tnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGAg7ZWE7IiYCmVycm9yAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgpwaG9uZQIAAiZieXBhc3Muc2hvcF91c2VyX2lkAAQADGJ5cGFzc04AGHNob3BfdXNlcl9pZF4AAAABsAFgYnlwYXNzLnNob3BfdXNlcl9pZGAgKHlvdXIgbWVtYmVyIElEIGZvciB0aGUgYnV5ZXIpIGlzIHJlcXVpcmVkIGZvciBhIEtDUCBwaG9uZSBwYXltZW50sAHtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGAo6rOg6rCd7IKsIO2ajOybkCBJRCnripQg7ZWE7IiY7J6F64uI64ukAADaAlRoZSBLQ1AgcGFnZSByZXF1aXJlcyBgYnlwYXNzLnNob3BfdXNlcl9pZGAgZm9yIHBob25lIHBheW1lbnRzIChQb3J0T25lIFBSICM4ODApOyBLQ1AgdXNlcyB0aGUgbWVtYmVyIElEIGZvciByaXNrIG1hbmFnZW1lbnQgYW5kIGFuc3dlcnMgYSBtaXNzaW5nIG9uZSB3aXRoIHJlc3VsdCBjb2RlIDkwNTUuxgNLQ1Ag7Jew64+ZIOusuOyEnOuKlCDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCc7JeQIGBieXBhc3Muc2hvcF91c2VyX2lkYOulvCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukKO2PrO2KuOybkCBQUiAjODgwKS4gS0NQ64qUIO2ajOybkCBJROulvCDrpqzsiqTtgawg6rSA66as7JeQIOyCrOyaqe2VmOupsCwg6rCS7J20IOyXhuycvOuptCDqsrDqs7wg7L2U65OcIDkwNTXroZwg7J2R64u17ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGktDUC1QSE9ORS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sghMKLHBob25lLXJlcXVpcmVzLWRpZ2l0YWw+UGhvbmUgcGF5bWVudCB3aXRob3V0IGBkaWdpdGFsYFbtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCBgZGlnaXRhbGAg64iE6529CGluZm8BAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnBob25lAgACDmRpZ2l0YWwAAgAOZGlnaXRhbDAAAAABjAJgZGlnaXRhbGAgaXMgbWlzc2luZzogdGhlIFNESyByZWZlcmVuY2UgcmVxdWlyZXMgaXQgZm9yIHBob25lIHBheW1lbnRzICh0cnVlIGZvciBkaWdpdGFsIGdvb2RzLCBmYWxzZSBmb3IgcGh5c2ljYWwgZ29vZHM7IGZlZXMgZGlmZmVyKZoDYGRpZ2l0YWxg7J20IOyXhuyKteuLiOuLpC4g7Y+s7Yq47JuQIFNESyDrrLjshJzripQg7Zy064yA7Y+wIOyGjOyVoeqysOygnOyXkCDsnbQg6rCS7J2EIO2VhOyImOuhnCDslYjrgrTtlanri4jri6QgKOuUlOyngO2EuCDsg4HtkojsnbTrqbQgdHJ1ZSwg7Iuk66y8IOyDge2SiOydtOuptCBmYWxzZeydtOupsCDsiJjsiJjro4zsnKjsnbQg64uk66aF64uI64ukKQAAzAVUaGUgU0RLIHJlZmVyZW5jZSBzYXlzIGBkaWdpdGFsYCBpcyByZXF1aXJlZCBmb3IgcGhvbmUgcGF5bWVudHMgYW5kIHRoYXQgcmVhbCBhbmQgZGlnaXRhbCBnb29kcyBhcmUgY2hhcmdlZCBkaWZmZXJlbnQgZmVlczsgUG9ydE9uZSdzIFJlYWN0IE5hdGl2ZSBhbmQgRmx1dHRlciB3cmFwcGVycyByZWZ1c2UgYHBob25lYCB3aXRob3V0IGl0LiBTZXZlcml0eSBpbmZvLCBub3Qgd2FybmluZzogdGhlIEtDUCBwYWdlJ3Mgb3duIHBob25lLXBheW1lbnQgZXhhbXBsZSBvbWl0cyBgZGlnaXRhbGA7IHRoZSBnZW5lcmljIFNESyByZWZlcmVuY2UgcmVxdWlyZXMgaXQsIHNvIGtjcGxpbnQgYWR2aXNlcyBpdCB3aXRob3V0IHdhcm5pbmcu/AdTREsg7YyM652866+47YSwIOusuOyEnOuKlCDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCc7JeQIGBkaWdpdGFsYOydtCDtlYTsiJjsnbTrqbAg7Iuk66y8IOyDge2SiOqzvCDrlJTsp4DthLgg7IOB7ZKI7J2YIOyImOyImOujjOqwgCDri6TrpbTri6Tqs6Ag7JWI64K07ZWY6rOgLCDtj6ztirjsm5AgUmVhY3QgTmF0aXZlwrdGbHV0dGVyIOuqqOuTiOydgCDsnbQg6rCS7J20IOyXhuuKlCBgcGhvbmVgIOyalOyyreydhCDqsbDrtoDtlanri4jri6QuIOqyveqzoOqwgCDslYTri4wg7KCV67O0IOyImOykgOyduCDsnbTsnKDripQgS0NQIOyXsOuPmSDrrLjshJzsnZgg7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsmIjsoJwg7J6Q7LK07JeQIGBkaWdpdGFsYOydtCDsl4bquLAg65WM66y47J6F64uI64ukLiDrspTsmqkgU0RLIO2MjOudvOuvuO2EsCDrrLjshJzqsIAg7J20IOqwkuydhCDtlYTsiJjroZwg7JqU6rWs7ZWY66+A66GcLCBrY3BsaW5064qUIOqyveqzoCDsl4bsnbQg6raM6rOg66eMIO2VqeuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQEaS0NQLVBIT05FLTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWy6Ewo2cGhvbmUtcHJlZmlsbC1tb2JpbGUtbnVtYmVyWGBwcmVmaWxsLnBob25lTnVtYmVyYCBpcyBub3QgYSBtb2JpbGUgbnVtYmVyZmBwcmVmaWxsLnBob25lTnVtYmVyYOqwgCDtnLTrjIDtj7Ag67KI7Zi46rCAIOyVhOuLmA53YXJuaW5nAQECFnNkay1wYXltZW50AQYmcHJlZmlsbC5waG9uZU51bWJlcgAEAA5wcmVmaWxsKAAWcGhvbmVOdW1iZXJgAgYEXFMCCCZwcmVmaWxsLnBob25lTnVtYmVyAAQADnByZWZpbGwoABZwaG9uZU51bWJlcmACCEReMDFbMDE2Nzg5XVstIF0/XGR7Myw0fVstIF0/XGR7NH0kAAAAAagCYHByZWZpbGwucGhvbmVOdW1iZXJgIHt2YWx1ZX0gaXMgbm90IGEgS29yZWFuIG1vYmlsZSBudW1iZXIgc3VjaCBhcyAwMTAxMjM0NTY3ODogdGhlIHBob25lLXBheW1lbnQgd2luZG93IHdvdWxkIGJlIGZpeGVkIHRvIGEgbnVtYmVyIHRoYXQgY2Fubm90IHBhedYCYHByZWZpbGwucGhvbmVOdW1iZXJgIOqwkiB7dmFsdWV97J2AKOuKlCkgMDEwMTIzNDU2Nzgg6rCZ7J2AIO2ctOuMgO2PsCDrsojtmLjqsIAg7JWE64uZ64uI64ukLiDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOywveyXkCDqsrDsoJztlaAg7IiYIOyXhuuKlCDrsojtmLjqsIAg6rOg7KCV65Cp64uI64ukAACCBFRoZSBLQ1AgcGFnZTogYHByZWZpbGwucGhvbmVOdW1iZXJgIGZpeGVzIHRoZSBudW1iZXIgdXNlZCBieSB0aGUgcGhvbmUgKG1pY3JvcGF5bWVudCkgd2luZG93LiBQaG9uZSBtaWNyb3BheW1lbnRzIGFyZSBiaWxsZWQgdG8gYSBLb3JlYW4gbW9iaWxlIGxpbmUgKDAxMCwgMDExLCAwMTYtMDE5KSwgc28gYSBsYW5kbGluZSwgYW4gaW50ZXJuYXRpb25hbCBmb3JtIG9yIGEgdHJ1bmNhdGVkIG51bWJlciBjYW5ub3QgY29tcGxldGUgdGhlIHBheW1lbnQu/ARLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQgYHByZWZpbGwucGhvbmVOdW1iZXJg64qUIO2ctOuMgO2PsCDshozslaHqsrDsoJwg7LC97JeQ7IScIOyCrOyaqe2VoCDrsojtmLjrpbwg6rOg7KCV7ZWp64uI64ukLiDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCc64qUIOq1reuCtCDtnLTrjIDtj7Ag7ZqM7ISgKDAxMCwgMDExLCAwMTZ+MDE5KeycvOuhnCDssq3qtazrkJjrr4DroZwsIOycoOyEoCDsoITtmZTrsojtmLgsIOq1reygnCDtmJXsi50g67KI7Zi4LCDsnpjrprAg67KI7Zi466Gc64qUIOqysOygnOulvCDsmYTro4ztlaAg7IiYIOyXhuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUEhPTkUtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPgTCjJwaG9uZS1wcmVmaWxsLWRpZ2l0cy1vbmx5SmBwcmVmaWxsLnBob25lTnVtYmVyYCB3aXRoIHNlcGFyYXRvcnNaYHByZWZpbGwucGhvbmVOdW1iZXJg7JeQIOq1rOu2hCDquLDtmLgg7Y+s7ZWoCGluZm8BAQIWc2RrLXBheW1lbnQBBiZwcmVmaWxsLnBob25lTnVtYmVyAAQADnByZWZpbGwoABZwaG9uZU51bWJlcmACBkReMDFbMDE2Nzg5XVstIF0/XGR7Myw0fVstIF0/XGR7NH0kAggmcHJlZmlsbC5waG9uZU51bWJlcgAEAA5wcmVmaWxsKAAWcGhvbmVOdW1iZXJgAggKXlxkKyQAAAABsAJgcHJlZmlsbC5waG9uZU51bWJlcmAge3ZhbHVlfSBjb250YWlucyBoeXBoZW5zIG9yIHNwYWNlczogdGhlIEtDUCBwYWdlIGdpdmVzIG5vIGZvcm1hdCwgYnV0IHNlbmQgZGlnaXRzIG9ubHkgKDAxMDEyMzQ1Njc4KSwgYXMgUG9ydE9uZSdzIERhbmFsIHBhZ2UgYXNrc/wCYHByZWZpbGwucGhvbmVOdW1iZXJgIOqwkiB7dmFsdWV97J2AKOuKlCkg7ZWY7J207ZSI7J2064KYIOqzteuwseydhCDtj6ztlajtlanri4jri6QuIEtDUCDrrLjshJzsl5DripQg7ZiV7Iud7J20IOyXhuyngOunjCDtj6ztirjsm5Ag64uk64KgIOusuOyEnOyymOufvCDsiKvsnpDrp4woMDEwMTIzNDU2NzgpIOyeheugpe2VmOyEuOyalAAA+AJUaGUgS0NQIHBhZ2UgZG9lcyBub3QgZ2l2ZSBhIGZvcm1hdCBmb3IgYHByZWZpbGwucGhvbmVOdW1iZXJgOyBQb3J0T25lJ3MgRGFuYWwgcGFnZSwgdGhlIG90aGVyIHYxIGdhdGV3YXkgd2l0aCB0aGlzIHBhcmFtZXRlciwgYXNrcyBmb3IgZGlnaXRzIHdpdGhvdXQgaHlwaGVucy4gQnkgYW5hbG9neSBvbmx5LCBoZW5jZSBpbmZvLqgES0NQIOyXsOuPmSDrrLjshJzsl5DripQgYHByZWZpbGwucGhvbmVOdW1iZXJg7J2YIO2YleyLneydtCDsl4bsirXri4jri6QuIOydtCDtjIzrnbzrr7jthLDqsIAg7J6I64qUIOuYkCDri6TrpbggdjEgUEfsgqzsnbgg64uk64Kg7J2YIO2PrO2KuOybkCDsl7Drj5kg66y47ISc64qUIO2VmOydtO2UiCDsl4bsnbQg7Iir7J6Q66eMIOyeheugpe2VmOuPhOuhnSDslYjrgrTtlanri4jri6QuIOycoOy2lOyXkCDqt7zqsbDtlZwg6rKD7J2066+A66GcIOygleuztCDsiJjspIDsnoXri4jri6QuggFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvZGFuYWw/dj12MQEaS0NQLVBIT05FLTAwNAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWy6FAo0Z2lmdC1yZXF1aXJlcy1zaG9wLXVzZXItaWRYR2lmdCBjZXJ0aWZpY2F0ZSBuZWVkcyBgYnlwYXNzLnNob3BfdXNlcl9pZGBi7IOB7ZKI6raMIOqysOygnCDsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIO2VhOyImAplcnJvcgEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBAgGFmN1bHR1cmVsYW5kBhhzbWFydGN1bHR1cmUGEmJvb2tubGlmZQYUaGFwcHltb25leQIAAiZieXBhc3Muc2hvcF91c2VyX2lkAAQADGJ5cGFzc04AGHNob3BfdXNlcl9pZF4AAAAB+gFgYnlwYXNzLnNob3BfdXNlcl9pZGAgKHlvdXIgbWVtYmVyIElEIGZvciB0aGUgYnV5ZXIpIGlzIHJlcXVpcmVkIGZvciBhIGdpZnQtY2VydGlmaWNhdGUgcGF5bWVudCAoYHBheV9tZXRob2RgIHt0cmlnZ2VyVmFsdWV9Kd4B7IOB7ZKI6raMIOqysOygnChgcGF5X21ldGhvZGAge3RyaWdnZXJWYWx1ZX0pIOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGAo6rOg6rCd7IKsIO2ajOybkCBJRCnripQg7ZWE7IiY7J6F64uI64ukAACGBFRoZSBLQ1AgcGFnZTogIuyDge2SiOq2jCDqsrDsoJzsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRg7YyM652866+47YSw66W8IO2VhOyImCDsnoXroKXtlbTslbztlanri4jri6QiIOKAlCB0aGUgaXNzdWVycyB1c2UgdGhlIG1lbWJlciBJRCBmb3IgcmlzayBtYW5hZ2VtZW50IChQb3J0T25lIFBSICM5MzEpLiBJdCBhcHBsaWVzIHRvIGV2ZXJ5IGdpZnQgY2VydGlmaWNhdGUgbWV0aG9kLCBpbmNsdWRpbmcgYGhhcHB5bW9uZXlgIHdoZW4gaXQgaXMgdXNlZC7IBUtDUCDsl7Drj5kg66y47ISc7JeQ64qUICLsg4Htkojqtowg6rKw7KCc7IucIGBieXBhc3Muc2hvcF91c2VyX2lkYO2MjOudvOuvuO2EsOulvCDtlYTsiJgg7J6F66Cl7ZW07JW87ZWp64uI64ukIuudvOqzoCDrkJjslrQg7J6I7Iq164uI64ukLiDsg4Htkojqtowg67Cc7ZaJ7IKs6rCAIO2ajOybkCBJROulvCDrpqzsiqTtgawg6rSA66as7JeQIOyCrOyaqe2VmOq4sCDrlYzrrLjsnoXri4jri6Qo7Y+s7Yq47JuQIFBSICM5MzEpLiDsnbQg7JqU6rG07J2AIGBoYXBweW1vbmV5YOulvCDsgqzsmqntlZjripQg6rK97Jqw66W8IO2PrO2VqO2VtCDrqqjrk6Ag7IOB7ZKI6raMIOqysOygnOyImOuLqOyXkCDsoIHsmqnrkKnri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUdJRlQtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPIUCjZwb2ludC1yZXF1aXJlcy1tZW1jb3JwLWNvZGVUQmVuZXBpYSBwb2ludHMgbmVlZCBgYnlwYXNzLnB0X21lbWNvcnBfY2RgfuuyoOuEpO2UvOyVhCDtj6zsnbjtirgg6rKw7KCcIOyLnCBgYnlwYXNzLnB0X21lbWNvcnBfY2RgIO2VhOyImAplcnJvcgEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKcG9pbnQCAAIoYnlwYXNzLnB0X21lbWNvcnBfY2QABAAMYnlwYXNzTgAacHRfbWVtY29ycF9jZGIAAAABuAFgYnlwYXNzLnB0X21lbWNvcnBfY2RgICh0aGUgQmVuZXBpYSBtZW1iZXItY29tcGFueSBjb2RlKSBpcyByZXF1aXJlZCBmb3IgYHBheV9tZXRob2Q6IHBvaW50YP4B67Kg64Sk7ZS87JWEIO2PrOyduO2KuCDqsrDsoJwoYHBheV9tZXRob2Q6IHBvaW50YCkg7IucIGBieXBhc3MucHRfbWVtY29ycF9jZGAo67Kg64Sk7ZS87JWEIOqzoOqwneyCrCDsvZTrk5wp64qUIO2VhOyImOyeheuLiOuLpAAAtgFUaGUgS0NQIHBhZ2UncyBgYnlwYXNzYCB0YWJsZSBtYXJrcyBgcHRfbWVtY29ycF9jZGAgYXMgcmVxdWlyZWQgZm9yIEJlbmVwaWEgcG9pbnQgcGF5bWVudHMu6AFLQ1Ag7Jew64+ZIOusuOyEnOydmCBgYnlwYXNzYCDtkZzripQg67Kg64Sk7ZS87JWEIO2PrOyduO2KuCDqsrDsoJwg7IucIGBwdF9tZW1jb3JwX2NkYOulvCDtlYTsiJjroZwg7ZGc7Iuc7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGktDUC1QT0lOVC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1srhUKNmJvb2xlYW4tZmllbGRzLWpzb24tYm9vbGVhbkxCb29sZWFuIHBhcmFtZXRlciBzZW50IGFzIGFub3RoZXIgdHlwZUpib29sZWFuIO2MjOudvOuvuO2EsOydmCDtg4DsnoUg7Jik66WYCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAMCAxlc2Nyb3cAAgAMZXNjcm93JAIAEAAAAAgOYXBwQ2FyZAACAA5hcHBDYXJkIgIAEAAAAAgOZGlnaXRhbAACAA5kaWdpdGFsMAIAEAAAAAgKcG9wdXAAAgAKcG9wdXA2AgAQAAAACC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAACAC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGQCABAAAAAILGNhcmQuZGV0YWlsWypdLmVuYWJsZWQACAAIY2FyZCAADGRldGFpbGYEAA5lbmFibGVkaAIAEAAAAAGCAmB7ZmllbGR9YCBtdXN0IGJlIGEgSlNPTiBib29sZWFuLCBmb3VuZCB7dmFsdWV9OiBzZW5kIHRydWUgb3IgZmFsc2Ugd2l0aG91dCBxdW90ZXMgKEphdmFTY3JpcHQgdHJlYXRzIHRoZSBzdHJpbmcgImZhbHNlIiBhcyB0cnVlKfACYHtmaWVsZH1g7J2AKOuKlCkgYm9vbGVhbiDqsJLsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QuIOuUsOyYtO2RnCDsl4bsnbQgdHJ1ZSDrmJDripQgZmFsc2XroZwg67O064K07IS47JqUIChKYXZhU2NyaXB07JeQ7ISc64qUIOusuOyekOyXtCAiZmFsc2Ui64+EIHRydWXroZwg7Leo6riJ65Cp64uI64ukKQAAugZUaGUgS0NQIHBhZ2UgYW5kIHRoZSBTREsgcmVmZXJlbmNlIHR5cGUgYGVzY3Jvd2AsIGBhcHBDYXJkYCwgYGRpZ2l0YWxgIGFuZCBgY2FyZC5kZXRhaWxbXS5lbmFibGVkYCAoYW5kIHRoZSBnZW5lcmljIGBwb3B1cGAsIGB1c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGApIGFzIGJvb2xlYW5zLiBWYWx1ZXMgcmVhZCBmcm9tIGZvcm0gZmllbGRzIG9yIGVudmlyb25tZW50IHZhcmlhYmxlcyBvZnRlbiBhcnJpdmUgYXMgInRydWUiLyJmYWxzZSIgc3RyaW5ncyAoYSBSZWFjdCBOYXRpdmUgaXNzdWUgc2hvd3MgYGRpZ2l0YWw6ICdmYWxzZSdgKSwgd2hpY2ggYSB0cnV0aGluZXNzIGNoZWNrIHR1cm5zIGludG8gdHJ1ZTogYW4gZXNjcm93IG9yIGRpZ2l0YWwtZ29vZHMgcGF5bWVudCB0aGUgbWVyY2hhbnQgZGlkIG5vdCBhc2sgZm9yLtoIS0NQIOyXsOuPmSDrrLjshJzsmYAgU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYGVzY3Jvd2AsIGBhcHBDYXJkYCwgYGRpZ2l0YWxgLCBgY2FyZC5kZXRhaWxbXS5lbmFibGVkYCjqt7jrpqzqs6Ag67KU7JqpIO2MjOudvOuvuO2EsCBgcG9wdXBgLCBgdXNlRnJlZUludGVyZXN0RnJvbU1hbGxgKeydmCDtg4DsnoXsnYQgYm9vbGVhbuycvOuhnCDsoJXsnZjtlanri4jri6QuIO2PvCDtlYTrk5zrgpgg7ZmY6rK9IOuzgOyImOyXkOyEnCDsnb3snYAg6rCS7J2AICJ0cnVlIi8iZmFsc2UiIOusuOyekOyXtOuhnCDrk6TslrTsmKTripQg6rK97Jqw6rCAIOunjuydgOuNsChSZWFjdCBOYXRpdmUg7J207IqI7JeQIGBkaWdpdGFsOiAnZmFsc2UnYCDsgqzroYDqsIAg7J6I7Iq164uI64ukKSwg7LC4L+qxsOynkyDtjJDsoJUodHJ1dGhpbmVzcynsl5DshJzripQg7J2065+wIOusuOyekOyXtOydtCB0cnVl6rCAIOuQmOyWtCDqs6DqsJ3sgqzqsIAg7JqU7LKt7ZWY7KeAIOyViuydgCDsl5DsiqTtgazroZwg6rKw7KCc64KYIOuUlOyngO2EuCDsg4Htkogg6rKw7KCc6rCAIOuQqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtVFlQRS0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s3hUKIHZiYW5rLWR1ZS1mb3JtYXQ4YHZiYW5rX2R1ZWAgbm90IGEgdmFsaWQgZGF0ZTJgdmJhbmtfZHVlYCDtmJXsi50g7Jik66WYCmVycm9yAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgp2YmFuawQIEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAgACAdoBYHZiYW5rX2R1ZWAgbXVzdCBiZSBhIHN0cmluZyBzdWNoIGFzICIyMDMwMTIzMSIsIGZvdW5kIHthY3R1YWx9OiBQb3J0T25lJ3MgU0RLIHJlZmVyZW5jZSB0eXBlcyBpdCBhcyBhIHN0cmluZ7ACYHZiYW5rX2R1ZWDripQgIjIwMzAxMjMxIiDqsJnsnYAg66y47J6Q7Je07J207Ja07JW8IO2VmOuKlOuNsCB7YWN0dWFsfeyeheuLiOuLpC4g7Y+s7Yq47JuQIFNESyDrrLjshJzsl5DshJwg66y47J6Q7Je066GcIOygleydmOuQnCDtjIzrnbzrr7jthLDsnoXri4jri6QAAAgSdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4CHAIEBAYCLgAAAggCBgIuAAACEBJ2YmFuay1kdWUAAAABsgJgdmJhbmtfZHVlYCB7dmFsdWV9IGlzIG5vdCBhIHJlYWwgZGF0ZSBpbiBhIHN1cHBvcnRlZCBmb3JtOiB1c2UgWVlZWU1NREQgb3IgWVlZWU1NRERISG1tc3MgKGFsc28gYWNjZXB0ZWQ6IFlZWVlNTURESEhtbSwgWVlZWS1NTS1ERCwgWVlZWS1NTS1ERCBISDptbTpzcymOA2B2YmFua19kdWVgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Jis67CU66W4IOuCoOynnCDtmJXsi53snbQg7JWE64uZ64uI64ukLiBZWVlZTU1ERCDrmJDripQgWVlZWU1NRERISG1tc3Mg7ZiV7Iud7Jy866GcIOyeheugpe2VmOyEuOyalCAoWVlZWU1NRERISG1tLCBZWVlZLU1NLURELCBZWVlZLU1NLUREIEhIOm1tOnNz64+EIO2XiOyaqeuQqeuLiOuLpCkAANYFVGhlIEtDUCBwYWdlIGFsbG93cyBgWVlZWU1NRERgIGFuZCBgWVlZWU1NRERISG1tc3NgIChhIGRhdGUgYWxvbmUgbWVhbnMgMjM6NTk6NTkpOyB0aGUgU0RLIHJlZmVyZW5jZSBhZGRzIGBZWVlZLU1NLUREYCBhbmQgYFlZWVktTU0tREQgSEg6bW06c3NgLCBhbmQgdGhlIGxlZ2FjeSBtYW51YWwgYW5kIFBvcnRPbmUncyBwbGF5Z3JvdW5kIHVzZSBgWVlZWU1NRERoaG1tYC4gQWxsIG9mIHRoZW0gcGFyc2UgdW5hbWJpZ3VvdXNseSwgc28gb25seSBhIHZhbHVlIGluIG5vbmUgb2YgdGhlc2UgZm9ybXMsIG9yIGFuIGltcG9zc2libGUgZGF0ZSwgaXMgYW4gZXJyb3I7IHRoZSBub24tS0NQIGZvcm1zIGdldCB2YmFuay1kdWUta2NwLWZvcm0uwgdLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgWVlZWU1NRERg7JmAIGBZWVlZTU1EREhIbW1zc2Drpbwg7ZeI7Jqp7ZWY66mwKOuCoOynnOunjCDsk7DrqbQgMjM6NTk6NTkpLCBTREsg7YyM652866+47YSwIOusuOyEnOuKlCBgWVlZWS1NTS1ERGDsmYAgYFlZWVktTU0tREQgSEg6bW06c3Ng66W8IOy2lOqwgOuhnCDtl4jsmqntlZjqs6AsIOq1rCDrp6TribTslrzqs7wg7Y+s7Yq47JuQIO2UjOugiOydtOq3uOudvOyatOuTnOuKlCBgWVlZWU1NRERoaG1tYOydhCDsgqzsmqntlanri4jri6QuIOuqqOuRkCDrqqjtmLjtlagg7JeG7J20IO2VtOyEneuQmOuvgOuhnCDsnbQg7KSRIOyWtOuKkCDtmJXsi53rj4Qg7JWE64uMIOqwkuydtOuCmCDsobTsnqztlaAg7IiYIOyXhuuKlCDrgqDsp5zrp4wg7Jik66WY66GcIOuztOqzoO2VmOupsCwgS0NQIOusuOyEnOyXkCDsl4bripQg7ZiV7Iud7J2AIHZiYW5rLWR1ZS1rY3AtZm9ybeydtCDrs7Tqs6Dtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVZCLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyyFgokdmJhbmstZHVlLWtjcC1mb3JtYGB2YmFua19kdWVgIGluIGEgZm9ybSB0aGUgS0NQIHBhZ2UgZG9lcyBub3QgbGlzdE5LQ1Ag66y47ISc7JeQIOyXhuuKlCBgdmJhbmtfZHVlYCDtmJXsi50IaW5mbwEBAhZzZGstcGF5bWVudAEABAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgp2YmFuawYSdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4CEBJ2YmFuay1kdWUCCBJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIIIF4oXGR7OH18XGR7MTR9KSQAAAABygFgdmJhbmtfZHVlYCB7dmFsdWV9IHVzZXMgYSBmb3JtIHRoZSBLQ1AgcGFnZSBkb2VzIG5vdCBsaXN0OiBLQ1AgZG9jdW1lbnRzIFlZWVlNTUREIGFuZCBZWVlZTU1EREhIbW1zc4ICYHZiYW5rX2R1ZWAg6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag66y47ISc7JeQIOyXhuuKlCDtmJXsi53snoXri4jri6QuIEtDUCDrrLjshJzsnZgg7ZiV7Iud7J2AIFlZWVlNTURE7JmAIFlZWVlNTURESEhtbXNz7J6F64uI64ukAACiA1RoZSBTREsgcmVmZXJlbmNlIGFjY2VwdHMgdGhlIGRhc2hlZCBmb3JtcyBhbmQgb2xkZXIgUG9ydE9uZSBtYXRlcmlhbCB1c2VzIFlZWVlNTUREaGhtbSwgc28gdGhleSBhcmUgbm90IGVycm9yczsgdGhlIEtDUCBwYWdlIGl0c2VsZiBsaXN0cyBvbmx5IHRoZSB0d28gY29tcGFjdCBmb3Jtcywgc28gdXNpbmcgZXhhY3RseSB0aG9zZSBpcyB0aGUgc2FmZSBjaG9pY2Uu/ARTREsg7YyM652866+47YSwIOusuOyEnOuKlCDtlZjsnbTtlIjsnbQg65Ok7Ja06rCEIO2YleyLneydhCDtl4jsmqntlZjqs6Ag7J207KCEIO2PrO2KuOybkCDsnpDro4zripQgWVlZWU1NRERoaG1t7J2EIOyCrOyaqe2VmOuvgOuhnCwg7J20IO2YleyLneuTpOydgCDsmKTrpZjqsIAg7JWE64uZ64uI64ukLiDqt7jrn6zrgpggS0NQIOyXsOuPmSDrrLjshJwg7J6Q7LK064qUIOu2meyXrCDsk7DripQg65GQIOqwgOyngCDtmJXsi53rp4wg7JWI64K07ZWY66+A66GcLCDsoJXtmZXtnogg6re4IO2YleyLneydhCDsk7DripQg6rKD7J20IOyViOyghO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtVkItMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJQXChx2YmFuay1kdWUtcGFzdDBgdmJhbmtfZHVlYCBhbHJlYWR5IHBhc3RGYHZiYW5rX2R1ZWDqsIAg7J2066+4IOyngOuCnCDsi5zqsIEKZXJyb3IBAQIWc2RrLXBheW1lbnQBAAQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKdmJhbmsGEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAhASdmJhbmstZHVlAggSdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4CGAAAAAHEAWB2YmFua19kdWVgIHt2YWx1ZX0gaXMgYWxyZWFkeSBwYXN0OiB0aGUgdmlydHVhbCBhY2NvdW50IHdvdWxkIGV4cGlyZSBiZWZvcmUgdGhlIGJ1eWVyIGNhbiBkZXBvc2l0mAJgdmJhbmtfZHVlYCDqsJIge3ZhbHVlfeydgCjripQpIOydtOuvuCDsp4Drgpwg7Iuc6rCB7J6F64uI64ukLiDqtazrp6TsnpDqsIAg7J6F6riI7ZWY6riwIOyghOyXkCDqsIDsg4Hqs4Tsoowg7J6F6riI6riw7ZWc7J20IOunjOujjOuQqeuLiOuLpAAA1ANgdmJhbmtfZHVlYCBpcyB0aGUgZGVwb3NpdCBkZWFkbGluZSBvZiB0aGUgaXNzdWVkIHZpcnR1YWwgYWNjb3VudDsgYSBkZWFkbGluZSBiZWZvcmUgdGhlIHJlcXVlc3QgY2FuIG5ldmVyIGJlIG1ldCAodHlwaWNhbGx5IGEgaGFyZC1jb2RlZCBkYXRlIG9yIGEgdGltZS16b25lIG1pc3Rha2UpLiBDaGVja2VkIGluIEtvcmVhIFN0YW5kYXJkIFRpbWUsIG9ubHkgd2hlbiBgcGF5X21ldGhvZGAgaXMgYHZiYW5rYC6uBGB2YmFua19kdWVg64qUIOuwnOq4ieuQnCDqsIDsg4Hqs4TsoozsnZgg7J6F6riI6riw7ZWc7J6F64uI64ukLiDsmpTssq0g7Iuc7KCQ67O064ukIOydtOuluCDquLDtlZzsnYAg6rKw7L2UIOyngO2CrCDsiJgg7JeG7Iq164uI64ukKOuMgOqwnCDtlZjrk5zsvZTrlKntlZwg64Kg7Kec64KYIOyLnOqwhOuMgCDsi6TsiJjsnoXri4jri6QpLiDtlZzqta0g7ZGc7KSA7IucKEtTVCkg6riw7KSA7Jy866GcLCBgcGF5X21ldGhvZGDqsIAgYHZiYW5rYOydvCDrlYzrp4wg6rKA7IKs7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1WQi0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s2hcKInZiYW5rLWR1ZS1taXNzaW5nRlZpcnR1YWwgYWNjb3VudCB3aXRob3V0IGB2YmFua19kdWVgVOqwgOyDgeqzhOyijCDqsrDsoJwg7IucIGB2YmFua19kdWVgIOuIhOudvQhpbmZvAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgp2YmFuawIAAhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgAAAAG2AWB2YmFua19kdWVgIGlzIG5vdCBzZXQ6IEtDUCdzIGRlZmF1bHQgZGVwb3NpdCBkZWFkbGluZSBpcyBub3QgZG9jdW1lbnRlZDsgc2V0IGl0IGV4cGxpY2l0bHmKAmB2YmFua19kdWVg6rCAIOyXhuyKteuLiOuLpC4gS0NQ7J2YIOq4sOuzuCDsnoXquIjquLDtlZzsnYAg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsnLzrr4DroZwg7J6F6riI6riw7ZWc7J2EIOyngeygkSDsp4DsoJXtlZjshLjsmpQAAJYCVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgdmJhbmtfZHVlYCBidXQgbm90IHRoZSBkZWFkbGluZSB1c2VkIHdpdGhvdXQgaXQ7IFBvcnRPbmUncyBGbHV0dGVyIHdyYXBwZXIgcmVmdXNlcyBgdmJhbmtgIHdpdGhvdXQgaXQuIEFkdmljZSBvbmx5LuIDS0NQIOyXsOuPmSDrrLjshJzripQgYHZiYW5rX2R1ZWDrpbwg7JWI64K07ZWY7KeA66eMIOydtCDqsJLsnbQg7JeG7J2EIOuVjCDsoIHsmqnrkJjripQg6riw7ZWc7J2AIOusuOyEnO2ZlO2VmOyngCDslYrslZjsirXri4jri6QuIO2PrO2KuOybkCBGbHV0dGVyIOuqqOuTiOydgCDsnbQg6rCS7J20IOyXhuuKlCBgdmJhbmtgIOyalOyyreydhCDqsbDrtoDtlanri4jri6QuIOq2jOqzoCDsgqztla3snbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1WQi0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1soBgKIHZiYW5rLWJ1eWVyLW5hbWVIVmlydHVhbCBhY2NvdW50IHdpdGhvdXQgYGJ1eWVyX25hbWVgVuqwgOyDgeqzhOyijCDqsrDsoJwg7IucIGBidXllcl9uYW1lYCDriITrnb0IaW5mbwEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKdmJhbmsCAAIUYnV5ZXJfbmFtZQACABRidXllcl9uYW1lVAAAAAHeAWBidXllcl9uYW1lYCBpcyBub3Qgc2V0OiB0aGUgdmlydHVhbCBhY2NvdW50IHNob3dzIHRoZSBidXllcidzIG5hbWUsIGFuZCBtYXRjaGluZyBkZXBvc2l0cyBpcyBoYXJkZXIgd2l0aG91dCBpdIQCYGJ1eWVyX25hbWVg7J20IOyXhuyKteuLiOuLpC4g6rCA7IOB6rOE7KKM7JeQ64qUIOq1rOunpOyekCDsnbTrpoTsnbQg7ZGc7Iuc65CY66+A66GcIOyXhuycvOuptCDsnoXquIgg7ZmV7J247J20IOyWtOugpOybjOynkeuLiOuLpAAAtAJQb3J0T25lJ3MgS0NQIHRyaWFsIHByZXNldCBhZGRzIGBidXllcl9uYW1lYCBmb3IgYHZiYW5rYCBvbmx5LCBhbmQgUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2Ugc2F5cyB0aGUgaXNzdWVkIGFjY291bnQgc2hvd3MgdGhlIGN1c3RvbWVyJ3MgbmFtZS4gQWR2aWNlIG9ubHku0APtj6ztirjsm5DsnZggS0NQIOyytO2XmOyaqSDtlITrpqzshYvsnYAgYHZiYW5rYOydvCDrlYzrp4wgYGJ1eWVyX25hbWVg7J2EIOy2lOqwgO2VmOupsCwg7Y+s7Yq47JuQ7J2YIEtDUChWMikg7Jew64+ZIOusuOyEnOuKlCDrsJzquInrkJwg6rCA7IOB6rOE7KKM7JeQIOqzoOqwnSDsnbTrpoTsnbQg7ZGc7Iuc65Cc64uk6rOgIOyViOuCtO2VqeuLiOuLpC4g6raM6rOgIOyCrO2VreydvCDrv5DsnoXri4jri6QuhAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjIva2NwLXYyP3Y9djIBFEtDUC1WQi0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s1hgKNmRpc3BsYXktcXVvdGEtaW50ZWdlci1hcnJheVpgZGlzcGxheS5jYXJkX3F1b3RhYCBub3QgYW4gYXJyYXkgb2YgaW50ZWdlcnNeYGRpc3BsYXkuY2FyZF9xdW90YWDqsIAg7KCV7IiYIOuwsOyXtOydtCDslYTri5gKZXJyb3IBAQIWc2RrLXBheW1lbnQABAgkZGlzcGxheS5jYXJkX3F1b3RhAAQADmRpc3BsYXkeABRjYXJkX3F1b3RhagIAQAHkAWBkaXNwbGF5LmNhcmRfcXVvdGFgIG11c3QgYmUgYW4gYXJyYXkgb2YgbW9udGggbnVtYmVycyBzdWNoIGFzIFsyLCAzLCA0LCA1LCA2XSAoW10gPSBsdW1wIHN1bSBvbmx5KSwgZm91bmQge3ZhbHVlfY4CYGRpc3BsYXkuY2FyZF9xdW90YWDripQgWzIsIDMsIDQsIDUsIDZd7LKY65+8IO2VoOu2gOqwnOyblOyImOydmCDrsLDsl7TsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QgKFtd64qUIOydvOyLnOu2iOunjCDqsIDriqUpAAAIKmRpc3BsYXkuY2FyZF9xdW90YVsqXQAGAA5kaXNwbGF5HgAUY2FyZF9xdW90YWoEAgAEAXhge2ZpZWxkfWAgbXVzdCBiZSBhbiBpbnRlZ2VyIG51bWJlciBvZiBtb250aHMsIGZvdW5kIHt2YWx1ZX2GAWB7ZmllbGR9YOydgCjripQpIOygleyImCDqsJzsm5TsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAAFiYGRpc3BsYXkuY2FyZF9xdW90YWAgbXVzdCBiZSBhbiBhcnJheSBvZiBpbnRlZ2Vyc3BgZGlzcGxheS5jYXJkX3F1b3RhYOuKlCDsoJXsiJgg67Cw7Je07J207Ja07JW8IO2VqeuLiOuLpAAA4gRUaGUgS0NQIHBhZ2UgdHlwZXMgYGRpc3BsYXkuY2FyZF9xdW90YWAgYXMgbnVtYmVyW106IGBbXWAgbWVhbnMgbHVtcCBzdW0gb25seSBhbmQgdGhlIGxpc3QgaG9sZHMgaW5zdGFsbG1lbnQgbW9udGhzLiBFYXJsaWVyIHZlcnNpb25zIG9mIHRoZSBwYWdlIHByaW50ZWQgdGhlIGV4YW1wbGUgYXMgYDIsMyw0LDUsNmAgd2l0aG91dCBicmFja2V0cyAoZml4ZWQgaW4gdGhlIGN1cnJlbnQgcGFnZSk7IHNlbnQgYXMgYSBzdHJpbmcgb3Igd2l0aCBzdHJpbmcgaXRlbXMsIHRoZSBzZXR0aW5nIGlzIG5vdCBhcHBsaWVkIGFzIGludGVuZGVkLpgGS0NQIOyXsOuPmSDrrLjshJzripQgYGRpc3BsYXkuY2FyZF9xdW90YWDsnZgg7YOA7J6F7J2EIG51bWJlcltd66GcIOygleydmO2VqeuLiOuLpC4gYFtdYOuKlCDsnbzsi5zrtojrp4wg7ZeI7Jqp7ZWc64uk64qUIOucu+ydtOupsCwg67Cw7Je07JeQ64qUIO2VoOu2gOqwnOyblOyImOulvCDrhKPsirXri4jri6QuIOydtOyghCDtjJDsnZgg66y47ISc64qUIOyYiOygnOulvCDrjIDqtITtmLgg7JeG7J20IGAyLDMsNCw1LDZg7Jy866GcIO2RnOq4sO2WiOycvOupsCjtmITsnqwg66y47ISc7JeQ7ISc64qUIOyImOygleuQqCksIOusuOyekOyXtOydtOuCmCDrrLjsnpDsl7Qg7ZWt66qp7Jy866GcIOuztOuCtOuptCDshKTsoJXsnbQg7J2Y64+E64yA66GcIOyggeyaqeuQmOyngCDslYrsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQESS0NQLVEtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIwZCixkaXNwbGF5LXF1b3RhLW1heC1vbmx5aEtDUCB1c2VzIG9ubHkgdGhlIGxhcmdlc3QgYGRpc3BsYXkuY2FyZF9xdW90YWAgdmFsdWVkS0NQ64qUIGBkaXNwbGF5LmNhcmRfcXVvdGFg7J2YIOy1nOuMk+qwkuunjCDsgqzsmqkIaW5mbwEBAhZzZGstcGF5bWVudAEGJGRpc3BsYXkuY2FyZF9xdW90YQAEAA5kaXNwbGF5HgAUY2FyZF9xdW90YWoGDAEEABgGAi4AAAICBAAAAAAAAABAAjIUBgIuAAACCgZndGUAAAAAAAAACEACMwICAiRkaXNwbGF5LmNhcmRfcXVvdGEABAAOZGlzcGxheR4AFGNhcmRfcXVvdGFqAAAAAZ4CYGRpc3BsYXkuY2FyZF9xdW90YWAge3ZhbHVlfSB3aWxsIG5vdCBsaW1pdCB0aGUgY2hvaWNlIHRvIHRoZSBsaXN0ZWQgbW9udGhzOiBLQ1AgZW5hYmxlcyBldmVyeSBpbnN0YWxsbWVudCBtb250aCBmcm9tIDIgdXAgdG8gdGhlIGxhcmdlc3QgdmFsdWXyAmBkaXNwbGF5LmNhcmRfcXVvdGFgIOqwkiB7dmFsdWV9KOycvCnroZzripQg64KY7Je07ZWcIOqwnOyblOunjCDshKDtg53tlZjqsowg7ZWgIOyImCDsl4bsirXri4jri6QuIEtDUOuKlCAy6rCc7JuU67aA7YSwIOqwgOyepSDtgbAg6rCS6rmM7KeA7J2YIOuqqOuToCDtlaDrtoDqsJzsm5TsnYQg7Zmc7ISx7ZmU7ZWp64uI64ukAADOClRoZSBjdXJyZW50IEtDUCBwYWdlIHNheXMgdGhlIGxhcmdlc3QgdmFsdWUgc2V0cyB0aGUgY2VpbGluZyAoYFszXWAgPSBsdW1wIHN1bSwgMiBhbmQgMyBtb250aHMpOyB0aGUgZ2VuZXJpYyBTREsgcmVmZXJlbmNlIGRlc2NyaWJlcyBgWzZdYCBhcyAibHVtcCBzdW0gYW5kIDYgb25seSIsIHdoaWNoIGlzIG5vdCBob3cgS0NQIGJlaGF2ZXMuIEEgbGlzdCBvZiBzZXZlcmFsIHZhbHVlcyB3aXRob3V0IDIgKGUuZy4gWzMsIDYsIDEyXSwgb3IgWzAsIDZdIGZvciAibHVtcCBzdW0gYW5kIDYgbW9udGhzIikgc2hvd3MgdGhlIGdlbmVyaWMgcmVhZGluZy4gQSAwIG9yIDEgZm9yIGx1bXAgc3VtIGJlc2lkZSBhIHJ1biBmcm9tIDIgKFswLCAyLCAzLCA0LCA1LCA2XSwgc2VlbiBpbiBtZXJjaGFudCBjb2RlKSBpcyB3aGF0IEtDUCBkb2VzIGFueXdheSBhbmQgaXMgbm90IGZsYWdnZWQsIG5vciBpcyBhIGxpc3Qgb2YgbHVtcC1zdW0gdmFsdWVzIG9ubHkgKFswLCAxXSkuIExpc3RzIHdpdGggYSBnYXAgdGhhdCBzdGFydCBhdCAyIChbMiwgNl0pIGFyZSBub3QgZmxhZ2dlZDogdGhlIGNhdGFsb2d1ZSdzIGNvbmRpdGlvbnMgY2FuIG9ubHkgc3BlbGwgdGhhdCBvdXQgb25lIGxpc3QgbGVuZ3RoIGF0IGEgdGltZSwgd2hpY2ggY29zdCA1ICUgb2YgYSB0eXBpY2FsIHZhbGlkYXRpb24gd2hlbiB0cmllZC6yDu2YhOyerCBLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg6rCA7J6lIO2BsCDqsJLsnbQg7IOB7ZWc7J2EIOygle2VqeuLiOuLpChgWzNdYCA9IOydvOyLnOu2iCwgMuqwnOyblCwgM+qwnOyblCkuIOuylOyaqSBTREsg7YyM652866+47YSwIOusuOyEnOuKlCBgWzZdYOydhCAi7J287Iuc67aI6rO8IDbqsJzsm5Trp4wi7Jy866GcIOyEpOuqhe2VmOyngOunjCwgS0NQ64qUIOq3uOugh+qyjCDrj5nsnpHtlZjsp4Ag7JWK7Iq164uI64ukLiAyIOyXhuydtCDsl6zrn6wg6rCS7J2EIOuCmOyXtO2VnCDrqqnroZ0o7JiIOiBbMywgNiwgMTJdLCDrmJDripQgIuydvOyLnOu2iOqzvCA26rCc7JuUIuydhCDrnLvtlZjripQgWzAsIDZdKeydgCDrspTsmqkg66y47ISc7J2YIO2VtOyEneydhCDrlLDrpbgg6rKD7J6F64uI64ukLiDsnbzsi5zrtojsnYQg65y77ZWY64qUIDDsnbTrgpggMeydhCAy67aA7YSwIOydtOyWtOyngOuKlCDqsJLqs7wg7ZWo6ruYIOyTtCDrqqnroZ0oWzAsIDIsIDMsIDQsIDUsIDZdLCDqs6DqsJ3sgqwg7L2U65Oc7JeQ7IScIOuwnOqyrOuQqCnsnYAg7Ja07LCo7ZS8IEtDUOydmCDrj5nsnpHqs7wg6rCZ7Jy866+A66GcIOuztOqzoO2VmOyngCDslYrsnLzrqbAsIOydvOyLnOu2iCDqsJLrp4wg7J6I64qUIOuqqeuhnShbMCwgMV0p64+EIOuniOywrOqwgOyngOyeheuLiOuLpC4gMuuhnCDsi5zsnpHtlZjrqbTshJwg7KSR6rCE7J20IOu5oOynhCDrqqnroZ0oWzIsIDZdKeuPhCDrs7Tqs6DtlZjsp4Ag7JWK7Iq164uI64ukLiDqt5zsuZkg66qo7J2M7J2YIOyhsOqxtOycvOuhnOuKlCDsnbTrpbwg66qp66GdIOq4uOydtOuniOuLpCDtlZjrgpjslKkg7KCB7Ja07JW8IO2VmOuKlOuNsCwg7Iuc64+E7ZW0IOuztOuLiCDsnbzrsJjsoIHsnbgg6rKA7IKsIOu5hOyaqeydtCA1ICUg64qY7JeI7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBEktDUC1RLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzeGQpCZGlzcGxheS1xdW90YS1pbnN0YWxsbWVudC1taW5pbXVtSkluc3RhbGxtZW50cyBvZmZlcmVkIGJlbG93IDUwLDAwMCBLUldMNeunjOybkCDrr7jrp4wg6rKw7KCc7JeQIO2VoOu2gCDshKTsoJUOd2FybmluZwEBAhZzZGstcGF5bWVudAEACAYMYW1vdW50AAIADGFtb3VudAwCCgRsdAAAAAAAAGroQAo1MDAwMAQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBiRkaXNwbGF5LmNhcmRfcXVvdGEABAAOZGlzcGxheR4AFGNhcmRfcXVvdGFqAhQGAi4AAAIKBmd0ZQAAAAAAAAAAQAIyAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAICAiRkaXNwbGF5LmNhcmRfcXVvdGEABAAOZGlzcGxheR4AFGNhcmRfcXVvdGFqAAAAAYQDYGRpc3BsYXkuY2FyZF9xdW90YWAgb2ZmZXJzIGluc3RhbGxtZW50cyBidXQgYGFtb3VudGAgaXMgYmVsb3cgNTAsMDAwIEtSVzogS0NQIG9mZmVycyBpbnN0YWxsbWVudHMgZnJvbSA1MCwwMDAgS1JXIChmcm9tIDEwLDAwMCBLUlcgd2l0aCBzb21lIGlzc3VlcnMgb25seSksIHNvIG1vc3QgYnV5ZXJzIHdpbGwgZ2V0IGx1bXAgc3VtIG9ubHmABGBhbW91bnRg6rCAIDXrp4zsm5Ag66+466eM7J24642wIGBkaXNwbGF5LmNhcmRfcXVvdGFg7JeQIO2VoOu2gOqwnOyblOydhCDshKTsoJXtlojsirXri4jri6QuIO2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4HrtoDthLAg6rCA64ql7ZWY66+A66GcKOydvOu2gCDsubTrk5zsgqzripQgMeunjOybkCDsnbTsg4HrtoDthLAg6rCA64qlKSDrjIDrtoDrtoTsnZgg6rWs66ek7J6Q7JeQ6rKM64qUIOydvOyLnOu2iOunjCDsoJzqs7XrkKnri4jri6QAAPwEVGhlIEtDUCBwYWdlOiAi7ZWg67aAIOqysOygnOuKlCA166eM7JuQIOydtOyDgSDqsrDsoJwg7JqU7LKt7IucIOydtOyaqSDqsIDriqXtlanri4jri6QiIChzb21lIGlzc3VlcnMgZnJvbSAxMCwwMDAgS1JXKS4gT2ZmZXJpbmcgaW5zdGFsbG1lbnQgbW9udGhzIG9uIGEgc21hbGxlciBhbW91bnQgc2hvd3MgYSBjaG9pY2UgdGhhdCBjYW5ub3QgYmUgaG9ub3VyZWQsIHNvIGl0IGlzIHZlcnkgbGlrZWx5IGEgY29uZmlndXJhdGlvbiBtaXN0YWtlOyBhIHdhcm5pbmcgcmF0aGVyIHRoYW4gYW4gZXJyb3IgYmVjYXVzZSBvZiB0aGUgaXNzdWVyIGV4Y2VwdGlvbnMutgZLQ1Ag7Jew64+ZIOusuOyEnOyXkOuKlCAi7ZWg67aAIOqysOygnOuKlCA166eM7JuQIOydtOyDgSDqsrDsoJwg7JqU7LKt7IucIOydtOyaqSDqsIDriqXtlanri4jri6Qi65286rOgIOuQmOyWtCDsnojsirXri4jri6Qo7J2867aAIOy5tOuTnOyCrOuKlCAxMCwwMDDsm5Ag7J207IOBKS4g6re467O064ukIOyekeydgCDquIjslaHsl5Ag7ZWg67aA6rCc7JuU7J2EIOygnOyLnO2VmOuptCDsi6TsoJzroZzripQg7KCc6rO17ZWgIOyImCDsl4bripQg7ISg7YOd7KeA66W8IOuztOyXrCDso7zripQg6rKD7J2066+A66GcLCDshKTsoJUg7Iuk7IiY7J28IOqwgOuKpeyEseydtCDrp6TsmrAg64aS7Iq164uI64ukLiDsubTrk5zsgqwg7JiI7Jm46rCAIOyeiOycvOuvgOuhnCDsmKTrpZjqsIAg7JWE64uMIOqyveqzoOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARJLQ1AtUS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sthoKIGNhcmQtZGlyZWN0LWNvZGVqYGNhcmQuZGlyZWN0LmNvZGVgIG1pc3Npbmcgb3Igbm90IGEgY2FyZCBjb21wYW55IGNvZGVwYGNhcmQuZGlyZWN0LmNvZGVgIOuIhOudvSDrmJDripQg7Lm065Oc7IKsIOy9lOuTnCDsmKTrpZgKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQYWY2FyZC5kaXJlY3QABAAIY2FyZCAADGRpcmVjdG4CAAEEAAIgY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXABygFgY2FyZC5kaXJlY3QuY29kZWAgaXMgcmVxdWlyZWQgd2l0aCBgY2FyZC5kaXJlY3RgOiBnaXZlIHRoZSBjYXJkIGNvbXBhbnkgY29kZSwgZS5nLiAiMzY3IiBmb3IgSHl1bmRhaYoCYGNhcmQuZGlyZWN0YOulvCDsgqzsmqntlaAg65WMIGBjYXJkLmRpcmVjdC5jb2RlYOuKlCDtlYTsiJjsnoXri4jri6QuIO2YhOuMgOy5tOuTnOuKlCAiMzY3IuyymOufvCDsubTrk5zsgqwg7L2U65Oc66W8IOyeheugpe2VmOyEuOyalAAACCBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAICKgYGMzYxBgYzODEGBjM2NwYGMzY1BgYzNjgGBjM3MQYGMDQxBgYzNzQGBjA0NQYGMzczBgYzNjQGBjM2NgYGMDAyBgYzNjkGBjA0OAYGMzcwBgYwNzEGBjA4OQYGMzcyBgYwOTAGBjA1MAAAAAGYAmBjYXJkLmRpcmVjdC5jb2RlYCB7dmFsdWV9IGlzIG5vdCBhIGNhcmQgY29tcGFueSBjb2RlOiB1c2UgYSBjb2RlIHN0cmluZyBmcm9tIFBvcnRPbmUncyBjYXJkIGNvZGUgdGFibGUsIHdpdGggaXRzIGxlYWRpbmcgemVyb3MgKHtleHBlY3RlZH0p7AJgY2FyZC5kaXJlY3QuY29kZWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsubTrk5zsgqwg7L2U65Oc6rCAIOyVhOuLmeuLiOuLpC4g7Y+s7Yq47JuQIOy5tOuTnOyCrCDsvZTrk5ztkZzsnZgg7L2U65Oc66W8IOyVnuyekOumrCAw7J2EIO2PrO2VqO2VnCDrrLjsnpDsl7TroZwg7J6F66Cl7ZWY7IS47JqUICh7ZXhwZWN0ZWR9KQAA3gdUaGUgS0NQIHBhZ2UgcG9pbnRzIGBjYXJkLmRpcmVjdC5jb2RlYCB0byBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlIChLRlRDIGNvZGVzIHN1Y2ggYXMgYDM2N2AgSHl1bmRhaSwgYDA0MWAgV29vcmkpLiBUaGUgdmFsdWUgaXMgYSBzdHJpbmc6IGEgbnVtYmVyIGxvc2VzIHRoZSBsZWFkaW5nIHplcm8gb2YgYDA0MWAsIGAwNDVgLCBgMDQ4YCwgYDA3MWAsIGAwODlgLCBgMDkwYCwgYDAwMmAuIEtDUCByZWplY3RzIGFuIHVua25vd24gY2FyZCBjb2RlIChyZXN1bHQgODExMikuIFNhdmluZ3MtYmFuayBjYXJkcyAoYDA1MGApIGFyZSBub3QgaW4gUG9ydE9uZSdzIHRhYmxlIGJ1dCBLQ1AgbGlzdHMgdGhlbSBhcyBkaXJlY3QtY2FsbGFibGU6IGFjY2VwdGVkIGhlcmUgYW5kIHJlcG9ydGVkIGJ5IGBjYXJkLWNvZGUtc2F2aW5ncy1iYW5rYCAod2FybmluZykuIEZvcmVpZ24taXNzdWVyIGNvZGVzICgxMDAwMS0xMDAwNikgYXJlIG5vdCBkb2N1bWVudGVkIGFzIGlucHV0cy7gCktDUCDsl7Drj5kg66y47ISc64qUIGBjYXJkLmRpcmVjdC5jb2RlYOyXkCDtj6ztirjsm5Ag7Lm065Oc7IKsIOy9lOuTnO2RnChgMzY3YCDtmITrjIDsubTrk5wsIGAwNDFgIOyasOumrOy5tOuTnCDqsJnsnYAg6riI7Jy16rKw7KCc7JuQIOy9lOuTnCnrpbwg7IKs7Jqp7ZWY64+E66GdIOyViOuCtO2VqeuLiOuLpC4g6rCS7J2AIOusuOyekOyXtOyeheuLiOuLpC4g7Iir7J6Q66GcIOuztOuCtOuptCBgMDQxYCwgYDA0NWAsIGAwNDhgLCBgMDcxYCwgYDA4OWAsIGAwOTBgLCBgMDAyYOydmCDslZ7snpDrpqwgMOydtCDsgqzrnbzsp5Hri4jri6QuIEtDUOuKlCDslYwg7IiYIOyXhuuKlCDsubTrk5zsgqwg7L2U65Oc66W8IOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMTIpLiDsoIDstpXsnYDtlokg7Lm065OcKGAwNTBgKeuKlCDtj6ztirjsm5Ag7L2U65Oc7ZGc7JeQIOyXhuyngOunjCBLQ1DqsIAg64uk7J2066CJ7Yq4IO2YuOy2nCDqsIDriqUg7Lm065Oc7IKs66GcIOyViOuCtO2VmOuvgOuhnCwg7Jes6riw7ISc64qUIO2XiOyaqe2VmOqzoCBgY2FyZC1jb2RlLXNhdmluZ3MtYmFua2DqsIAg6rK96rOg66GcIOuztOqzoO2VqeuLiOuLpC4g7ZW07Jm4IOy5tOuTnOyCrCDsvZTrk5woMTAwMDF+MTAwMDYp64qUIOyeheugpeqwkuycvOuhnCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuyKteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9jYXJkLWNvZGU/dj12MQEYS0NQLUNBUkQtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIwbCixjYXJkLWRpcmVjdC1xdW90YS10eXBlWmBjYXJkLmRpcmVjdC5xdW90YWAgbWlzc2luZyBvciBub3QgYW4gaW50ZWdlcmRgY2FyZC5kaXJlY3QucXVvdGFgIOuIhOudvSDrmJDripQg7KCV7IiY6rCAIOyVhOuLmA53YXJuaW5nAQECFnNkay1wYXltZW50AQYWY2FyZC5kaXJlY3QABAAIY2FyZCAADGRpcmVjdG4CAAEEAAIiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgGgAWBjYXJkLmRpcmVjdC5xdW90YWAgaXMgbWlzc2luZzogZ2l2ZSB0aGUgZml4ZWQgaW5zdGFsbG1lbnQgbW9udGhzICgwID0gbHVtcCBzdW0pvgFgY2FyZC5kaXJlY3QucXVvdGFg6rCAIOyXhuyKteuLiOuLpC4g6rOg7KCVIO2VoOu2gOqwnOyblOyImOulvCDsnoXroKXtlZjshLjsmpQgKOydvOyLnOu2iOydgCAwKQAACCJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgAEAAAAAaoBYGNhcmQuZGlyZWN0LnF1b3RhYCBtdXN0IGJlIGFuIGludGVnZXIgbnVtYmVyIG9mIG1vbnRocyAoMCA9IGx1bXAgc3VtKSwgZm91bmQge3ZhbHVlfbIBYGNhcmQuZGlyZWN0LnF1b3RhYOuKlCDsoJXsiJgg6rCc7JuU7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukICjsnbzsi5zrtojsnYAgMCkAAJoEVGhlIEtDUCBwYWdlIHNheXMgbHVtcCBzdW0gIm11c3QgYmUgZW50ZXJlZCBhcyAwIiBhbmQgdHlwZXMgYHF1b3RhYCBhcyBhIG51bWJlciBvZiBtb250aHMgKHBsdXMgYSBjYXJkLXBvaW50IG9mZnNldCkuIFdpdGhvdXQgaXQsIG9yIHdpdGggIjMiIGFzIGEgc3RyaW5nLCB0aGUgZGlyZWN0IGNhbGwncyBpbnN0YWxsbWVudCBpcyB1bmRvY3VtZW50ZWQuIEEgd2FybmluZywgYmVjYXVzZSBQb3J0T25lIG1heSBkZWZhdWx0IGEgbWlzc2luZyBxdW90YSB0byBsdW1wIHN1bS6uBktDUCDsl7Drj5kg66y47ISc64qUIOydvOyLnOu2iOydhCAiMOycvOuhnCDsnoXroKXtlbTslbwg7ZWc64ukIuqzoCDslYjrgrTtlZjrqbAsIGBxdW90YWDsnZgg7YOA7J6F7J2EIO2VoOu2gOqwnOyblOyImCjsmYAg7Lm065OcIO2PrOyduO2KuCDqsIDsgrDqsJIp66GcIOygleydmO2VqeuLiOuLpC4g6rCS7J20IOyXhuqxsOuCmCAiMyLsspjrn7wg66y47J6Q7Je07J2066m0IOuLpOydtOugie2KuCDtmLjstpzsnZgg7ZWg67aA6rCAIOyWtOuWu+qyjCDsspjrpqzrkJjripTsp4Ag66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsirXri4jri6QuIO2PrO2KuOybkOydtCDruaDsp4QgcXVvdGHrpbwg7J287Iuc67aI66GcIOyymOumrO2VoCDsiJjrj4Qg7J6I7Jy866+A66GcIOqyveqzoOuhnCDrs7Tqs6Dtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOIbCkBjYXJkLWRpcmVjdC1oeXVuZGFpLXBvaW50LW9mZnNldEhIeXVuZGFpIENhcmQgcG9pbnRzIHVzZSArODAsIG5vdCArNjBc7ZiE64yA7Lm065OcIO2PrOyduO2KuOuKlCArODAg6rCc7JuU66GcIOyalOyyrQplcnJvcgEBAhZzZGstcGF5bWVudAEABAYgY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACAgYGMzY3BiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAE5ABDYwCgRsdAAAAAAAAABUQAQ4MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAbwCYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IGFkZHMgdGhlICs2MCBjYXJkLXBvaW50IG9mZnNldCwgYnV0IEh5dW5kYWkgQ2FyZCAoMzY3KSB1c2VzICs4MDogc2VuZCA4MCBmb3IgcG9pbnRzIHdpdGggbHVtcCBzdW0sIDgwICsgTiBmb3IgcG9pbnRzIHdpdGggTiBtb250aHPCA2BjYXJkLmRpcmVjdC5xdW90YWAg6rCSIHt2YWx1ZX3snYAo64qUKSA2MOqwnOyblCDtj6zsnbjtirgg6rCA7IKw6rCS7J2EIOyCrOyaqe2WiOyngOunjCDtmITrjIDsubTrk5woMzY3KeuKlCA4MOqwnOyblOydhCDrjZTtlbTslbwg7ZWp64uI64ukLiDtj6zsnbjtirgg7J287Iuc67aI7J2AIDgwLCDtj6zsnbjtirggTuqwnOyblCDtlaDrtoDripQgODAgKyBO7Jy866GcIOyeheugpe2VmOyEuOyalAAA5gRUaGUgS0NQIHBhZ2U6IHRvIHVzZSBjYXJkIHBvaW50cywgYWRkIDgwIG1vbnRocyBmb3IgSHl1bmRhaSBDYXJkIGFuZCA2MCBmb3IgS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpICg4MCA9IEh5dW5kYWkgcG9pbnRzICsgbHVtcCBzdW0sIDkzID0gKyAxMyBtb250aHMsIDYzID0gb3RoZXIgY2FyZHMnIHBvaW50cyArIDMgbW9udGhzKS4gNjAtNzkgb24gSHl1bmRhaSBpcyB0aGVyZWZvcmUgbmVpdGhlciBhIHZhbGlkIHBvaW50IHJlcXVlc3Qgbm9yIGEgdmFsaWQgaW5zdGFsbG1lbnQusgZLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg7Lm065OcIO2PrOyduO2KuOulvCDsgqzsmqntlZjroKTrqbQg7ZiE64yA7Lm065Oc64qUIDgw6rCc7JuU7J2ELCDqta3rr7zCt+u5hOyUqMK37IK87ISxwrftlZjrgpjCt+uhr+uNsMK37Iug7ZWcwrfrho3tmJHCt+yasOumrMK37JSo7Yuw7Lm065Oc64qUIDYw6rCc7JuU7J2EIOuNlO2VqeuLiOuLpCg4MCA9IO2YhOuMgOy5tOuTnCDtj6zsnbjtirggKyDsnbzsi5zrtogsIDkzID0gKyAxM+qwnOyblCwgNjMgPSDri6Trpbgg7Lm065OcIO2PrOyduO2KuCArIDPqsJzsm5QpLiDrlLDrnbzshJwg7ZiE64yA7Lm065Oc7JeQ7IScIDYwfjc564qUIOyYrOuwlOuluCDtj6zsnbjtirgg7JqU7LKt64+ELCDsmKzrsJTrpbgg7ZWg67aAIOyalOyyreuPhCDslYTri5nri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKwcCjZjYXJkLWRpcmVjdC1wb2ludC1vZmZzZXQtODBaKzgwIHBvaW50IG9mZnNldCBvbiBhIGNhcmQgb3RoZXIgdGhhbiBIeXVuZGFpau2YhOuMgOy5tOuTnOqwgCDslYTri4wg7Lm065Oc7JeQICs4MCDtj6zsnbjtirgg6rCA7IKwCmVycm9yAQECFnNkay1wYXltZW50AQAEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEJgYGMzYxBgYzODEGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYwNDUGBjM3MwYGMzY0BgYzNjYGBjAwMgYGMzY5BgYwNDgGBjM3MAYGMDcxBgYwODkGBjM3MgYGMDkwBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgoGZ3RlAAAAAAAAAFRABDgwAgICImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIAAAAB9ARgY2FyZC5kaXJlY3QucXVvdGFgIHt2YWx1ZX0gaXMgODAgb3IgbW9yZSwgYnV0IG9ubHkgSHl1bmRhaSBDYXJkICgzNjcpIHVzZXMgdGhlICs4MCBjYXJkLXBvaW50IG9mZnNldDogS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpIHVzZSArNjAgKDYwID0gcG9pbnRzIHdpdGggbHVtcCBzdW0sIDYzID0gcG9pbnRzIHdpdGggMyBtb250aHMpLCBhbmQgZm9yIG90aGVyIGNhcmRzIHRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgbm8gb2Zmc2V0LCBzbyBzZW5kIG9ubHkgdGhlIGluc3RhbGxtZW50IG1vbnRoc/AFYGNhcmQuZGlyZWN0LnF1b3RhYCDqsJIge3ZhbHVlfeydgCjripQpIDgwIOydtOyDgeydtOyngOunjCArODAg7Y+s7J247Yq4IOqwgOyCsOydgCDtmITrjIDsubTrk5woMzY3KeyXkOunjCDtlbTri7ntlanri4jri6QuIOq1reuvvMK367mE7JSowrfsgrzshLHCt+2VmOuCmMK366Gv642wwrfsi6DtlZzCt+uGje2YkcK37Jqw66aswrfslKjti7DsubTrk5zripQgKzYw7J2066mwKO2PrOyduO2KuCDsnbzsi5zrtoggNjAsIO2PrOyduO2KuCAz6rCc7JuUIO2VoOu2gCA2MyksIOq3uCDrsJbsnZgg7Lm065Oc7IKs64qUIEtDUCDrrLjshJzsl5Ag7Y+s7J247Yq4IOqwgOyCsOqwkuydtCDsl4bsnLzrr4DroZwg7ZWg67aA6rCc7JuU7IiY66eMIOyeheugpe2VmOyEuOyalAAAggRUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzICs4MCBmb3IgSHl1bmRhaSBDYXJkIG9ubHkgYW5kICs2MCBmb3IgS0IsIEJDLCBTYW1zdW5nLCBIYW5hLCBMb3R0ZSwgU2hpbmhhbiwgTkgsIFdvb3JpIGFuZCBDaXRpLiBBIHF1b3RhIG9mIDgwIG9yIG1vcmUgb24gYW55IG90aGVyIGNhcmQgaXMgbm90IGEgZG9jdW1lbnRlZCByZXF1ZXN0ICg4MyBvbiBTaGluaGFuIHdvdWxkIGJlIHJlYWQgbmVpdGhlciBhcyBwb2ludHMgKyAzIG5vciBhcyA4MyBtb250aHMpLroFS0NQIOyXsOuPmSDrrLjshJzripQgKzgw7J2EIO2YhOuMgOy5tOuTnOyXkOunjCwgKzYw7J2EIOq1reuvvMK367mE7JSowrfsgrzshLHCt+2VmOuCmMK366Gv642wwrfsi6DtlZzCt+uGje2YkcK37Jqw66aswrfslKjti7DsubTrk5zsl5Ag7JWI64K07ZWp64uI64ukLiDqt7gg67CW7J2YIOy5tOuTnOyXkCA4MCDsnbTsg4HsnZggcXVvdGHrpbwg67O064K064qUIOqyg+ydgCDrrLjshJztmZTrkJwg7JqU7LKt7J20IOyVhOuLmeuLiOuLpCjsi6DtlZzsubTrk5zsl5AgODPsnYQg67O064K066m0IO2PrOyduO2KuCArIDPqsJzsm5TroZzrj4QsIDgz6rCc7JuU66Gc64+EIO2VtOyEneuQmOyngCDslYrsirXri4jri6QpLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzwHApKY2FyZC1kaXJlY3QtcG9pbnQtb2Zmc2V0LXVuZG9jdW1lbnRlZGRQb2ludCBvZmZzZXQgb24gYSBjYXJkIHdpdGhvdXQgYSBkb2N1bWVudGVkIG9mZnNldG7tj6zsnbjtirgg6rCA7IKw6rCS7J20IOusuOyEnO2ZlOuQmOyngCDslYrsnYAg7Lm065Oc7IKsDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAQGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgQUBgYwNDUGBjM3MwYGMzY0BgYwMDIGBjM2OQYGMDQ4BgYwNzEGBjA4OQYGMzcyBgYwOTAGImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIECgZndGUAAAAAAAAATkAENjAKBGx0AAAAAAAAAFRABDgwAgICImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIAAAABugNgY2FyZC5kaXJlY3QucXVvdGFgIHt2YWx1ZX0gbG9va3MgbGlrZSBhICs2MCBjYXJkLXBvaW50IHJlcXVlc3QsIGJ1dCB0aGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGEgcG9pbnQgb2Zmc2V0IG9ubHkgZm9yIEh5dW5kYWkgKCs4MCkgYW5kIEtCLCBCQywgU2Ftc3VuZywgSGFuYSwgTG90dGUsIFNoaW5oYW4sIE5ILCBXb29yaSwgQ2l0aSAoKzYwKSwgbm90IGZvciB0aGlzIGNhcmQgY29tcGFueZYEYGNhcmQuZGlyZWN0LnF1b3RhYCDqsJIge3ZhbHVlfeydgCjripQpIDYw6rCc7JuUIO2PrOyduO2KuCDqsIDsgrDsnLzroZwg67O07J207KeA66eMIEtDUCDrrLjshJzsl5DripQg7ZiE64yA7Lm065OcKCs4MCnsmYAg6rWt66+8wrfruYTslKjCt+yCvOyEscK37ZWY64KYwrfroa/rjbDCt+yLoO2VnMK364aN7ZiRwrfsmrDrpqzCt+yUqO2LsOy5tOuTnCgrNjAp7J2YIO2PrOyduO2KuCDqsIDsgrDqsJLrp4wg7J6I6rOgIOydtCDsubTrk5zsgqzripQg7JeG7Iq164uI64ukAADABFRoZSBLQ1AgcGFnZSBsaXN0cyB0aGUgY2FyZC1wb2ludCBvZmZzZXQgZm9yIHRlbiBjYXJkIGNvbXBhbmllcyBvbmx5LiBGb3IgTUcgU2FlbWF1bCwgSmVqdSwgR3dhbmdqdSwgS0RCLCBTdWh5dXAsIFNoaW5oeXVwLCBQb3N0IE9mZmljZSwgSyBCYW5rLCBKZW9uYnVrIGFuZCBLYWthbyBCYW5rIGEgcXVvdGEgb2YgNjAtNzkgaXMgdW5kb2N1bWVudGVkOiBlaXRoZXIgcG9pbnRzIGFyZSBub3QgYXZhaWxhYmxlIHRocm91Z2ggS0NQIGZvciB0aGF0IGNhcmQgb3IgdGhlIG1vbnRoIGNvdW50IGlzIHdyb25nLqwGS0NQIOyXsOuPmSDrrLjshJzripQg7Lm065OcIO2PrOyduO2KuCDqsIDsgrDqsJLsnYQgMTDqsJwg7Lm065Oc7IKs7JeQIOuMgO2VtOyEnOunjCDslYjrgrTtlanri4jri6QuIE1H7IOI66eI7J2E6riI6rOgLCDsoJzso7zsnYDtloksIOq0keyjvOydgO2WiSwgS0RC7IKw7JeF7J2A7ZaJLCDsiJjtmJEsIOyLoO2YkSwg7Jqw7LK06rWtLCDsvIDsnbTrsYXtgawsIOyghOu2geydgO2WiSwg7Lm07Lm07Jik67GF7YGs7J2YIOqyveyasCA2MH43OeydmCBxdW90YeuKlCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuyKteuLiOuLpC4g7ZW064u5IOy5tOuTnOuKlCBLQ1Drpbwg7Ya17ZW0IO2PrOyduO2KuOulvCDsgqzsmqntlaAg7IiYIOyXhuqxsOuCmCwg6rCc7JuUIOyImOqwgCDsnpjrqrvrkJwg6rKD7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWy0HQo2Y2FyZC1kaXJlY3QtYmFzZS1tb250aHMtb25lWmBjYXJkLmRpcmVjdC5xdW90YWAgYXNrcyBmb3IgMSBtb250aCBvciBmZXdlcmZgY2FyZC5kaXJlY3QucXVvdGFg6rCAIDHqsJzsm5Qg65iQ64qUIOydjOyImCDtlaDrtoAKZXJyb3IBAQIWc2RrLXBheW1lbnQBAggGImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXICAgQAAAAAAADwPwIxBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgoEbHQAAAAAAAAAAAACMAAEBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgIEAAAAAABAVEAEODEGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgIGBjM2NwAEBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgIEAAAAAACATkAENjEGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgQSBgYzNjEGBjM4MQYGMzY1BgYzNjgGBjM3MQYGMDQxBgYzNzQGBjM2NgYGMzcwAgICImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIAAAAB6gJgY2FyZC5kaXJlY3QucXVvdGFgIHt2YWx1ZX0gbWVhbnMgMSBpbnN0YWxsbWVudCBtb250aCAob3IgYSBuZWdhdGl2ZSBvbmUpLCB3aGljaCBkb2VzIG5vdCBleGlzdDogdXNlIDAgZm9yIGx1bXAgc3VtIG9yIDIgbW9udGhzIG9yIG1vcmUsIHBsdXMgdGhlIGNhcmQtcG9pbnQgb2Zmc2V0IGlmIHlvdSB1c2UgcG9pbnRzzANgY2FyZC5kaXJlY3QucXVvdGFgIOqwkiB7dmFsdWV97J2AKOuKlCkgMeqwnOyblCjrmJDripQg7J2M7IiYKSDtlaDrtoDrpbwg65y77ZWY66mwIOydtOufsCDtlaDrtoDripQg7JeG7Iq164uI64ukLiDsnbzsi5zrtojsnYAgMCwg7ZWg67aA64qUIDLqsJzsm5Qg7J207IOB7Jy866GcIOyeheugpe2VmOqzoCDtj6zsnbjtirgg7IKs7JqpIOyLnCDtj6zsnbjtirgg6rCA7IKw6rCS7J2EIOuNlO2VmOyEuOyalAAA5gVUaGUgS0NQIHBhZ2U6IGx1bXAgc3VtIGlzIDAsIGFuZCB0aGUgcG9pbnQgb2Zmc2V0ICgrODAgSHl1bmRhaSwgKzYwIHRoZSBvdGhlciBuaW5lIGxpc3RlZCBjYXJkcykgaXMgYWRkZWQgdG8gdGhlIG1vbnRoIGNvdW50LiBJbnN0YWxsbWVudHMgc3RhcnQgYXQgMiBtb250aHMgKHRoZSB2MSBBUEkgZG9jdW1lbnRzIGBjYXJkX3F1b3RhYCBhcyAwIG9yIDIgYW5kIG1vcmUpLCBzbyBxdW90YSAxLCBIeXVuZGFpIDgxLCBvciA2MSBvbiBhICs2MCBjYXJkIGFza3MgZm9yIGEgMS1tb250aCBpbnN0YWxsbWVudCwgYW5kIGEgbmVnYXRpdmUgcXVvdGEgaXMgbWVhbmluZ2xlc3M7IEtDUCBhbnN3ZXJzIHdpdGggYW4gaW5zdGFsbG1lbnQgZXJyb3IgKENDMTYpLugGS0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IOydvOyLnOu2iOydgCAw7J2066mwLCDtj6zsnbjtirgg6rCA7IKw6rCSKO2YhOuMgOy5tOuTnCArODAsIOuqqeuhneydmCDrgpjrqLjsp4AgOeqwnCDsubTrk5zsgqwgKzYwKeydgCDqsJzsm5Qg7IiY7JeQIOuNlO2VqeuLiOuLpC4g7ZWg67aA64qUIDLqsJzsm5TrtoDthLDsnbTrr4DroZwodjEgQVBJ64qUIGBjYXJkX3F1b3RhYOulvCAwIOuYkOuKlCAyIOydtOyDgeycvOuhnCDslYjrgrTtlanri4jri6QpIHF1b3RhIDEsIO2YhOuMgOy5tOuTnCA4MSwgKzYwIOy5tOuTnOydmCA2MeydgCAx6rCc7JuUIO2VoOu2gOulvCDsmpTssq3tlZjripQg6rKD7J206rOgLCDsnYzsiJggcXVvdGHripQg7J2Y66+46rCAIOyXhuyKteuLiOuLpC4gS0NQ64qUIO2VoOu2gCDsmKTrpZgoQ0MxNinroZwg7J2R64u17ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWz4HQo+Y2FyZC1kaXJlY3QtaW5zdGFsbG1lbnQtbWluaW11bVBEaXJlY3QtY2FsbCBpbnN0YWxsbWVudCBiZWxvdyA1MCwwMDAgS1JXbDXrp4zsm5Ag66+466eMIOqysOygnOyXkCDsubTrk5zsgqwg64uk7J2066CJ7Yq4IO2VoOu2gA53YXJuaW5nAQECFnNkay1wYXltZW50AQAIBgxhbW91bnQAAgAMYW1vdW50DAIKBGx0AAAAAAAAauhACjUwMDAwBAAEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCBgRcUwQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAICBgZLUlcCBAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAAAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBghjYXJkAgYGImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIECgZndGUAAAAAAAAAAEACMgoEbHQAAAAAAAAATkAENjAABAYgY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACAgYGMzY3BiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgoGZ3RlAAAAAAAAgFRABDgyAAQGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgQSBgYzNjEGBjM4MQYGMzY1BgYzNjgGBjM3MQYGMDQxBgYzNzQGBjM2NgYGMzcwBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAE9ABDYyCgRsdAAAAAAAAABUQAQ4MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAbgCYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IGFza3MgZm9yIGFuIGluc3RhbGxtZW50IGJ1dCBgYW1vdW50YCBpcyBiZWxvdyA1MCwwMDAgS1JXOiBLQ1AgYWxsb3dzIGluc3RhbGxtZW50cyBmcm9tIDUwLDAwMCBLUlcgKHNvbWUgaXNzdWVycyBmcm9tIDEwLDAwMCBLUlcpggNgYW1vdW50YOqwgCA166eM7JuQIOuvuOunjOyduOuNsCBgY2FyZC5kaXJlY3QucXVvdGFgIOqwkiB7dmFsdWV9KOycvCnroZwg7ZWg67aA66W8IOyalOyyre2WiOyKteuLiOuLpC4g7ZWg67aAIOqysOygnOuKlCA166eM7JuQIOydtOyDgeu2gO2EsCDqsIDriqXtlanri4jri6QgKOydvOu2gCDsubTrk5zsgqzripQgMeunjOybkCDsnbTsg4EpAADwBlRoZSBLQ1AgcGFnZTogaW5zdGFsbG1lbnRzIG5lZWQgNTAsMDAwIEtSVyBvciBtb3JlIChzb21lIGlzc3VlcnMgMTAsMDAwIEtSVykuIEEgZGlyZWN0IGNhbGwgZml4ZXMgdGhlIG1vbnRoIGNvdW50LCBzbyB1bmxpa2UgdGhlIHdpbmRvdyBsaXN0IHRoZSBidXllciBjYW5ub3QgZmFsbCBiYWNrIHRvIGx1bXAgc3VtOiB0aGUgcGF5bWVudCBpcyBsaWtlbHkgdG8gZmFpbCAoS0NQIENDMzQvQ0M0NykuIFRoZSBiYXNlIG1vbnRocyBhcmUgdGhlIHF1b3RhIG1pbnVzIHRoZSBjYXJkLXBvaW50IG9mZnNldCAoODAgZm9yIEh5dW5kYWkgMzY3LCA2MCBmb3IgdGhlIG5pbmUgKzYwIGNhcmRzKTsgYmFzZSAwIGlzIGx1bXAgc3VtIGFuZCBpcyBub3QgZmxhZ2dlZC4gQSB3YXJuaW5nIGJlY2F1c2Ugc29tZSBpc3N1ZXJzIGFsbG93IGluc3RhbGxtZW50cyBmcm9tIDEwLDAwMCBLUlcumAlLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg7ZWg67aA64qUIDUwLDAwMOybkCDsnbTsg4HrtoDthLAg6rCA64ql7ZWp64uI64ukKOydvOu2gCDsubTrk5zsgqzripQgMTAsMDAw7JuQIOydtOyDgSkuIOuLpOydtOugie2KuCDtmLjstpzsnYAg6rCc7JuUIOyImOulvCDqs6DsoJXtlZjrr4DroZwg6rKw7KCc7LC9IOuqqeuhneqzvCDri6zrpqwg6rWs66ek7J6Q6rCAIOydvOyLnOu2iOuhnCDrsJTqv4Ag7IiYIOyXhuyWtCwg6rKw7KCc6rCAIOyLpO2MqO2VoCDqsIDriqXshLHsnbQg64aS7Iq164uI64ukKEtDUCBDQzM0L0NDNDcpLiDquLDrs7gg6rCc7JuUIOyImOuKlCBxdW90YeyXkOyEnCDsubTrk5wg7Y+s7J247Yq4IOqwgOyCsOqwkijtmITrjIDsubTrk5wgMzY37J2AIDgwLCArNjAg7Lm065OcIDnqsJzsgqzripQgNjAp7J2EIOu6gCDqsJLsnbTrqbAsIOq4sOuzuCDqsJzsm5Qg7IiYIDDsnYAg7J287Iuc67aI7J2066+A66GcIOuztOqzoO2VmOyngCDslYrsirXri4jri6QuIOydvOu2gCDsubTrk5zsgqzripQgMTAsMDAw7JuQIOydtOyDgeu2gO2EsCDtlaDrtoDrpbwg7ZeI7Jqp7ZWY66+A66GcIOqyveqzoOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARJLQ1AtUS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s0h4KMGNvbXBhbnktd2l0aC1jYXJkLWRpcmVjdD5gY2FyZC5kaXJlY3RgIHdpdGhvdXQgYGNvbXBhbnlgUmBjYXJkLmRpcmVjdGAg7IKs7JqpIOyLnCBgY29tcGFueWAg64iE6529Dndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAQGFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuAgABAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAIAAg5jb21wYW55AAIADmNvbXBhbnksAAAAAbICYGNvbXBhbnlgIGlzIG1pc3Npbmc6IHdpdGggYGNhcmQuZGlyZWN0YCB0aGUgY2FyZCBjb21wYW55J3MgbW9kdWxlIHNob3dzICJpYW1wb3J0IiBpbnN0ZWFkIG9mIHlvdXIgc2hvcCBuYW1lLCBhbmQgc2V2ZXJhbCBpc3N1ZXJzIHJlcXVpcmUgYSBtZXJjaGFudCBuYW1ljgNgY29tcGFueWDqsIAg7JeG7Iq164uI64ukLiBgY2FyZC5kaXJlY3RgIOyCrOyaqSDsi5wg7J20IOqwkuydhCDshKTsoJXtlZjsp4Ag7JWK7Jy866m0IOy5tOuTnOyCrCDrqqjrk4gg7LC97JeQIOyDge2YuOuqhSDrjIDsi6AgaWFtcG9ydOuhnCDtkZzquLDrkJjrqbAg7J2867aAIOy5tOuTnOyCrOuKlCDsg4HtmLjrqoXsnbQg7ZWE7IiY7J6F64uI64ukAADYBFRoZSBLQ1AgcGFnZSdzIGRpcmVjdC1jYWxsIGV4YW1wbGU6ICLtlbTri7kg7YyM652866+47YSw66W8IOyEpOygle2VmOyngCDslYrsnLzrqbQg7Lm065Oc7IKsIOuqqOuTiCDssL3sl5AgaWFtcG9ydCDroZwg7ZGc6riwIi4gUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2UgYWRkcyB0aGF0IEtDUCByZXF1aXJlcyB0aGUgbWVyY2hhbnQgbmFtZSBmb3IgZGlyZWN0IGNhbGxzIHRvIFNoaW5oYW4sIFdvb3JpLCBIeXVuZGFpLCBTYW1zdW5nLCBOSCwgSGFuYSwgTG90dGUgYW5kIENpdGkgb24gUEMsIGFuZCBhbHdheXMgb24gbW9iaWxlLrgGS0NQIOyXsOuPmSDrrLjshJzsnZgg64uk7J2066CJ7Yq4IO2YuOy2nCDsmIjsoJzsl5DripQgIu2VtOuLuSDtjIzrnbzrr7jthLDrpbwg7ISk7KCV7ZWY7KeAIOyViuycvOuptCDsubTrk5zsgqwg66qo65OIIOywveyXkCBpYW1wb3J0IOuhnCDtkZzquLAi65286rOgIOuQmOyWtCDsnojsirXri4jri6QuIO2PrO2KuOybkOydmCBLQ1AoVjIpIOyXsOuPmSDrrLjshJzripQg7Jes6riw7JeQIOuNlO2VtCwgS0NQ6rCAIFBD7JeQ7ISc64qUIOyLoO2VnMK37Jqw66aswrftmITrjIDCt+yCvOyEscK364aN7ZiRwrftlZjrgpjCt+uhr+uNsMK37JSo7Yuw7Lm065OcIOuLpOydtOugie2KuCDtmLjstpwg7IucLCDrqqjrsJTsnbzsl5DshJzripQg7ZWt7IOBIOyDge2YuOuqheydhCDsmpTqtaztlZzri6Tqs6Ag7JWI64K07ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwNAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWy8HwosY2FyZC1kaXJlY3QtYW5kLWRldGFpbFBgY2FyZC5kaXJlY3RgIGFuZCBgY2FyZC5kZXRhaWxgIHRvZ2V0aGVyWGBjYXJkLmRpcmVjdGDsmYAgYGNhcmQuZGV0YWlsYCDrj5nsi5wg7IKs7JqpDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIGBBZjYXJkLmRpcmVjdAAEAAhjYXJkIAAMZGlyZWN0bhZjYXJkLmRldGFpbAAEAAhjYXJkIAAMZGV0YWlsZgAAAAH4AWBjYXJkLmRldGFpbGAgaXMgc2VudCB0b2dldGhlciB3aXRoIGBjYXJkLmRpcmVjdGA6IHRoZSBLQ1AgcGFnZSBkZWZpbmVzIGBjYXJkYCBhcyBvbmUgb2YgdGhlIHR3bzsga2VlcCBvbmx5IHRoZSBvbmUgeW91IG5lZWTcAmBjYXJkLmRpcmVjdGDsmYAgYGNhcmQuZGV0YWlsYOydhCDtlajqu5gg7J6F66Cl7ZaI7Iq164uI64ukLiBLQ1Ag66y47ISc7JeQ7IScIGBjYXJkYOuKlCDrkZgg7KSRIO2VmOuCmOunjCDsgqzsmqntlZjripQob25lb2YpIOqwneyytOydtOuvgOuhnCDtlYTsmpTtlZwg7ZWY64KY66eMIOuCqOq4sOyEuOyalAAA3gJUaGUgS0NQIHBhZ2UgdHlwZXMgYGNhcmRgIGFzICJvbmVvZiBvYmplY3QiOiBgZGlyZWN0YCBvcGVucyBvbmUgaXNzdWVyJ3MgbW9kdWxlLCBgZGV0YWlsYCBmaWx0ZXJzIHRoZSBsaXN0IG9mIHRoZSBpbnRlZ3JhdGVkIHdpbmRvdy4gV2l0aCBib3RoLCB3aGljaCBvbmUgd2lucyBpcyB1bmRvY3VtZW50ZWQuoARLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgY2FyZGDsnZgg7YOA7J6F7J2EICJvbmVvZiBvYmplY3Qi66GcIOygleydmO2VqeuLiOuLpC4gYGRpcmVjdGDripQg7ZWcIOy5tOuTnOyCrOydmCDrqqjrk4jsnYQg7Je06rOgLCBgZGV0YWlsYOydgCDthrXtlanqsrDsoJzssL3snZgg7Lm065Oc7IKsIOuqqeuhneydhCDqsbDrpoXri4jri6QuIOuRmCDri6Qg67O064K066m0IOyWtOuKkCDsqr3snbQg7KCB7Jqp65CY64qU7KeAIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwNQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyEIAo0Y2FyZC1kaXJlY3Qtbm90LWtjcC1saXN0ZWRYQ2FyZCBjb21wYW55IG5vdCBsaXN0ZWQgZm9yIEtDUCBkaXJlY3QgY2FsbHNkS0NQIOuLpOydtOugie2KuCDtmLjstpwg66qp66Gd7JeQIOyXhuuKlCDsubTrk5zsgqwIaW5mbwEBAhZzZGstcGF5bWVudAACCCBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEBgYGMzcyBgYwODkGBjA5MAAAAAGAA2NhcmQgY29tcGFueSBjb2RlIHt2YWx1ZX0gaXMgb25lIG9mIEplb25idWsgKDM3MiksIEsgQmFuayAoMDg5KSBhbmQgS2FrYW8gQmFuayAoMDkwKSwgd2hpY2ggYXJlIG5vdCBpbiBLQ1AncyBsaXN0IG9mIGRpcmVjdC1jYWxsYWJsZSBpc3N1ZXJzOiB0ZXN0IHRoZSBkaXJlY3QgY2FsbCwgb3IgdXNlIGBjYXJkLmRldGFpbGAgaW5zdGVhZOYD7Lm065Oc7IKsIOy9lOuTnCB7dmFsdWV97J2AKOuKlCkgS0NQIOuLpOydtOugie2KuCDtmLjstpwg6rCA64qlIOy5tOuTnOyCrCDrqqnroZ3sl5Ag7JeG64qUIOyghOu2gSgzNzIpwrfsvIDsnbTrsYXtgawoMDg5KcK37Lm07Lm07Jik67GF7YGsKDA5MCkg7KSRIO2VmOuCmOyeheuLiOuLpC4g64uk7J2066CJ7Yq4IO2YuOy2nOydhCDthYzsiqTtirjtlbQg67O06rGw64KYIGBjYXJkLmRldGFpbGDsnYQg7IKs7Jqp7ZWY7IS47JqUAACwBlBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIGxpc3RzIHRoZSBpc3N1ZXJzIEtDUCBjYW4gb3BlbiBkaXJlY3RseSAoU2hpbmhhbiwgSHl1bmRhaSwgU2Ftc3VuZywgTkgsIEhhbmEsIExvdHRlLCBDaXRpLCBXb29yaSwgQkMsIEtCLCBQb3N0IE9mZmljZSwgR3dhbmdqdSwgTUcgU2FlbWF1bCwgU3VoeXVwLCBKZWp1LCBTaGluaHl1cCwgc2F2aW5ncyBiYW5rcywgS0RCKTsgSmVvbmJ1ayAoMzcyKSwgSyBCYW5rICgwODkpIGFuZCBLYWthbyBCYW5rICgwOTApIGFyZSBpbiBQb3J0T25lJ3MgY29kZSB0YWJsZSBidXQgbm90IGluIHRoYXQgbGlzdC4gVGhlIFNESyByZWZlcmVuY2UgYWxzbyBzYXlzIGRpcmVjdC1jYWxsIHN1cHBvcnQgZGlmZmVycyBwZXIgUEcuIEEgUEcgZmFjdCBmcm9tIHRoZSBWMiBwYWdlLCBzbyBpbmZvLqAJ7Y+s7Yq47JuQ7J2YIEtDUChWMikg7Jew64+ZIOusuOyEnOuKlCBLQ1DqsIAg64uk7J2066CJ7Yq4IO2YuOy2nO2VoCDsiJgg7J6I64qUIOy5tOuTnOyCrCjsi6DtlZwsIO2YhOuMgCwg7IK87ISxLCDrho3tmJEsIO2VmOuCmCwg66Gv642wLCDslKjti7AsIOyasOumrCwg67mE7JSoLCDqta3rr7wsIOyasOyytOq1rSwg6rSR7KO8LCBNR+yDiOuniOydhOq4iOqzoCwg7IiY7ZiRLCDsoJzso7wsIOyLoO2YkSwg7KCA7LaV7J2A7ZaJLCBLRELsgrDsl4XsnYDtlokp66W8IOuCmOyXtO2VqeuLiOuLpC4g7KCE67aBKDM3MiksIOy8gOydtOuxhe2BrCgwODkpLCDsubTsubTsmKTrsYXtgawoMDkwKeuKlCDtj6ztirjsm5Ag7Lm065Oc7IKsIOy9lOuTnO2RnOyXkOuKlCDsnojsp4Drp4wg7J20IOuqqeuhneyXkOuKlCDsl4bsirXri4jri6QuIFNESyDtjIzrnbzrr7jthLAg66y47ISc64+EIOuLpOydtOugie2KuCDtmLjstpwg7KeA7JuQIOyXrOu2gOqwgCBQR+yCrOuniOuLpCDri6TrpbTri6Tqs6Ag7JWI64K07ZWp64uI64ukLiBWMiDrrLjshJzsl5DshJwg6rCA7KC47JioIFBH7IKsIOygleuztOydtOuvgOuhnCDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARhLQ1AtQ0FSRC0wMDYAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1suCAKLGNhcmQtY29kZS1zYXZpbmdzLWJhbms4U2F2aW5ncy1iYW5rIGNhcmQgY29kZSBgMDUwYEbsoIDstpXsnYDtlokg7Lm065Oc7IKsIOy9lOuTnCBgMDUwYA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAECCBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEAgYGMDUwAAAACDBjYXJkLmRldGFpbFsqXS5jYXJkX2NvZGUACAAIY2FyZCAADGRldGFpbGYEABJjYXJkX2NvZGV0AgQCBgYwNTAAAAABzgJge2ZpZWxkfWAgIjA1MCIgKHNhdmluZ3MgYmFua3MpIGlzIG5vdCBpbiBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlOiBLQ1AgbGlzdHMgc2F2aW5ncy1iYW5rIGNhcmRzIGFzIGRpcmVjdC1jYWxsYWJsZSwgYnV0IGNoZWNrIHdpdGggUG9ydE9uZSB0aGF0IHRoaXMgY29kZSByZWFjaGVzIEtDUNYDYHtmaWVsZH1gIOqwkiAiMDUwIijsoIDstpXsnYDtlokp7J2AIO2PrO2KuOybkCDsubTrk5zsgqwg7L2U65Oc7ZGc7JeQIOyXhuyKteuLiOuLpC4gS0NQ64qUIOyggOy2leydgO2WiSDsubTrk5zrpbwg64uk7J2066CJ7Yq4IO2YuOy2nCDqsIDriqUg7Lm065Oc7IKs66GcIOyViOuCtO2VmOyngOunjCDsnbQg7L2U65Oc6rCAIEtDUOuhnCDsoITri6zrkJjripTsp4Ag7Y+s7Yq47JuQ7JeQIO2ZleyduO2VmOyEuOyalAAAhgVUaGUgS0NQIHBhZ2UgcG9pbnRzIGNhcmQgY29kZXMgdG8gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZSwgd2hpY2ggaGFzIG5vIHNhdmluZ3MtYmFuayBlbnRyeTsgS0NQJ3Mgb3duIGRvY3VtZW50YXRpb24gbGlzdHMgc2F2aW5ncy1iYW5rIGNhcmRzIGFtb25nIHRoZSBjYXJkcyBhIG1lcmNoYW50IGNhbiBjYWxsIGRpcmVjdGx5LCBhbmQgdGhpcmQtcGFydHkgdHlwaW5ncyB1c2UgYDA1MGAgZm9yIHRoZW0uIFdoZXRoZXIgUG9ydE9uZSB2MSBwYXNzZXMgdGhlIGNvZGUgb24gaXMgbm90IGRvY3VtZW50ZWQsIHNvIGl0IGlzIGEgd2FybmluZywgbm90IGFuIGVycm9yLooHS0NQIOyXsOuPmSDrrLjshJzripQg7Lm065Oc7IKsIOy9lOuTnOuhnCDtj6ztirjsm5Ag7Lm065Oc7IKsIOy9lOuTnO2RnOulvCDslYjrgrTtlZjsp4Drp4wsIOydtCDsvZTrk5ztkZzsl5DripQg7KCA7LaV7J2A7ZaJIO2VreuqqeydtCDsl4bsirXri4jri6QuIEtDUCDsnpDssrQg66y47ISc64qUIOqzoOqwneyCrOqwgCDri6TsnbTroIntirgg7Zi47Lac7ZWgIOyImCDsnojripQg7Lm065Oc7JeQIOyggOy2leydgO2WiSDsubTrk5zrpbwg7Y+s7ZWo7ZWY66mwLCDshJzrk5ztjIzti7Ag7YOA7J6FIOygleydmOuKlCDsoIDstpXsnYDtlonsl5AgYDA1MGDsnYQg7IKs7Jqp7ZWp64uI64ukLiDtj6ztirjsm5AgdjHsnbQg7J20IOy9lOuTnOulvCDsoITri6ztlZjripTsp4DripQg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsnLzrr4DroZwg7Jik66WY6rCAIOyVhOuLjCDqsr3qs6DsnoXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vY2FyZC1jb2RlP3Y9djEBGEtDUC1DQVJELTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWz4IAogY2FyZC1kZXRhaWwtY29kZWJgY2FyZC5kZXRhaWxbXS5jYXJkX2NvZGVgIG5vdCBhIGNhcmQgY29tcGFueSBjb2RlYmBjYXJkLmRldGFpbFtdLmNhcmRfY29kZWAg7Lm065Oc7IKsIOy9lOuTnCDsmKTrpZgKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIIMGNhcmQuZGV0YWlsWypdLmNhcmRfY29kZQAIAAhjYXJkIAAMZGV0YWlsZgQAEmNhcmRfY29kZXQCAiwGAioGBjM2MQYGMzgxBgYzNjcGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYwNDUGBjM3MwYGMzY0BgYzNjYGBjAwMgYGMzY5BgYwNDgGBjM3MAYGMDcxBgYwODkGBjM3MgYGMDkwBgYwNTAAAAABkgJge2ZpZWxkfWAge3ZhbHVlfSBpcyBub3QgYSBjYXJkIGNvbXBhbnkgY29kZTogdXNlICIqIiAoYWxsIGNhcmRzKSBvciBhIGNvZGUgc3RyaW5nIGZyb20gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZSwgd2l0aCBpdHMgbGVhZGluZyB6ZXJvc/oCYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7Lm065Oc7IKsIOy9lOuTnOqwgCDslYTri5nri4jri6QuICIqIijsoITssrQg7Lm065Oc7IKsKSDrmJDripQg7Y+s7Yq47JuQIOy5tOuTnOyCrCDsvZTrk5ztkZzsnZgg7L2U65Oc66W8IOyVnuyekOumrCAw7J2EIO2PrO2VqO2VnCDrrLjsnpDsl7TroZwg7J6F66Cl7ZWY7IS47JqUAACGBFRoZSBLQ1AgcGFnZSBwb2ludHMgYGNhcmQuZGV0YWlsW10uY2FyZF9jb2RlYCB0byBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlLCBhbmQgaXRzIGV4YW1wbGUgdXNlcyBgKmAgZm9yIGV2ZXJ5IGNhcmQgY29tcGFueS4gQW55IG90aGVyIHZhbHVlIChhIGNhcmQgbmFtZSwgYSBudW1iZXIgdGhhdCBsb3N0IGl0cyBsZWFkaW5nIHplcm8pIG1hdGNoZXMgbm8gaXNzdWVyLCBzbyB0aGUgaW50ZW5kZWQgY2FyZCBpcyBub3QgZW5hYmxlZCBvciBkaXNhYmxlZC7kBUtDUCDsl7Drj5kg66y47ISc64qUIGBjYXJkLmRldGFpbFtdLmNhcmRfY29kZWDsl5Ag7Y+s7Yq47JuQIOy5tOuTnOyCrCDsvZTrk5ztkZzrpbwg7IKs7Jqp7ZWY64+E66GdIOyViOuCtO2VmOupsCwg7JiI7KCc7JeQ7ISc64qUIOuqqOuToCDsubTrk5zsgqzrpbwg65y77ZWY64qUIGAqYOulvCDsgqzsmqntlanri4jri6QuIOq3uCDrsJbsnZgg6rCSKOy5tOuTnOyCrCDsnbTrpoQsIOyVnuyekOumrCAw7J20IOyCrOudvOynhCDsiKvsnpAp7J2AIOyWtOuWpCDsubTrk5zsgqzsmYDrj4Qg7J287LmY7ZWY7KeAIOyViuyVhCwg7J2Y64+E7ZWcIOy5tOuTnOyCrOqwgCDtmZzshLHtmZTrkJjqsbDrgpgg67mE7Zmc7ISx7ZmU65CY7KeAIOyViuyKteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9jYXJkLWNvZGU/dj12MQEYS0NQLUNBUkQtMDA3AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLghCjZjYXJkLWRldGFpbC1ub3RoaW5nLWVuYWJsZWRIYGNhcmQuZGV0YWlsYCBsZWF2ZXMgbm8gY2FyZCBlbmFibGVkaGBjYXJkLmRldGFpbGDroZwg66qo65OgIOy5tOuTnOyCrOqwgCDruYTtmZzshLHtmZTrkKgOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAQGFmNhcmQuZGV0YWlsAAQACGNhcmQgAAxkZXRhaWxmAhQABAYSY2FyZF9jb2RlAAIAEmNhcmRfY29kZXQCAgYCKgYOZW5hYmxlZAACAA5lbmFibGVkaAICAgAGFmNhcmQuZGV0YWlsAAQACGNhcmQgAAxkZXRhaWxmAhgABAQGEmNhcmRfY29kZQACABJjYXJkX2NvZGV0AgIGAioEBg5lbmFibGVkAAIADmVuYWJsZWRoAgICAAICAhZjYXJkLmRldGFpbAAEAAhjYXJkIAAMZGV0YWlsZgAAAAHcAWBjYXJkLmRldGFpbGAgZGlzYWJsZXMgZXZlcnkgY2FyZCAoIioiIHdpdGggZW5hYmxlZDogZmFsc2UpIGFuZCBlbmFibGVzIG5vbmU6IHRoZSBidXllciBjYW5ub3QgY2hvb3NlIGFueSBjYXJk4AJgY2FyZC5kZXRhaWxg7JeQ7IScIOuqqOuToCDsubTrk5zsgqzrpbwg67mE7Zmc7ISx7ZmUKCIqIiwgZW5hYmxlZDogZmFsc2Up7ZWY6rOgIO2ZnOyEse2ZlO2VnCDsubTrk5zsgqzqsIAg7JeG7Iq164uI64ukLiDqtazrp6TsnpDqsIAg7ISg7YOd7ZWgIOyImCDsnojripQg7Lm065Oc6rCAIOyXhuyKteuLiOuLpAAAvAJUaGUgS0NQIHBhZ2UncyBleGFtcGxlIGRpc2FibGVzIGAqYCBhbmQgdGhlbiBlbmFibGVzIHRoZSB3YW50ZWQgY2FyZCAoYDM2NmApLiBEaXNhYmxpbmcgYCpgIHdpdGhvdXQgZW5hYmxpbmcgYW55IGNvZGUgbGVhdmVzIGFuIGVtcHR5IGNhcmQgbGlzdCBpbiB0aGUgd2luZG93LsYDS0NQIOyXsOuPmSDrrLjshJzsnZgg7JiI7KCc64qUIGAqYOulvCDruYTtmZzshLHtmZTtlZwg65KkIOybkO2VmOuKlCDsubTrk5zsgqwoYDM2NmAp66W8IO2ZnOyEse2ZlO2VqeuLiOuLpC4gYCpg66W8IOu5hO2ZnOyEse2ZlO2VmOqzoCDslrTrlqQg7L2U65Oc64+EIO2ZnOyEse2ZlO2VmOyngCDslYrsnLzrqbQg6rKw7KCc7LC97J2YIOy5tOuTnOyCrCDrqqnroZ3snbQg67mE6rKMIOuQqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDgAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8CEKTmNhcmQtbWVyY2hhbnQtaW50ZXJlc3QtZnJlZS11bnN1cHBvcnRlZIIBTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyBhcmUgbm90IHN1cHBvcnRlZCBieSBLQ1Be7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aA64qUIEtDUCDrr7jsp4Dsm5AOd2FybmluZwEBAhZzZGstcGF5bWVudAAEAgIwY2FyZC5kZXRhaWxbKl0ubWF4X21vbnRoAAgACGNhcmQgAAxkZXRhaWxmBAASbWF4X21vbnRodgAAAAgudXNlRnJlZUludGVyZXN0RnJvbU1hbGwAAgAudXNlRnJlZUludGVyZXN0RnJvbU1hbGxkAhwEBgIuAAACAgIBAAAAAdoBYHtmaWVsZH1gIHNldHMgbWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cywgd2hpY2ggUG9ydE9uZSBkb2VzIG5vdCBzdXBwb3J0IG9uIEtDUDogaXQgaXMgaWdub3JlZOgBYHtmaWVsZH1g7J2AKOuKlCkg7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyEpOygleydtOupsCBLQ1Dsl5DshJzripQg7KeA7JuQ65CY7KeAIOyViuycvOuvgOuhnCDrrLTsi5zrkKnri4jri6QAAJQDVGhlIFNESyByZWZlcmVuY2UgbGlzdHMgdGhlIFBHcyB0aGF0IHN1cHBvcnQgYHVzZUZyZWVJbnRlcmVzdEZyb21NYWxsYCB3aXRoIGBjYXJkLmRldGFpbFtdLm1heF9tb250aGA6IFRvc3MgUGF5bWVudHMgKG5ldyksIEtTTkVULCBOSUNFIChuZXcpLCBXZWxjb21lLCBLU05FVCBkaXJlY3QgYW5kIEtHIEluaWNpczsgS0NQIGlzIG5vdCBhbW9uZyB0aGVtLroEU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYGNhcmQuZGV0YWlsW10ubWF4X21vbnRoYOyZgCDtlajqu5ggYHVzZUZyZWVJbnRlcmVzdEZyb21NYWxsYOydhCDsp4Dsm5DtlZjripQgUEfsgqzroZwg7Yag7Iqk7Y6Y7J2066i87LigKOyLoOuqqOuTiCksIEtTTkVULCDrgpjsnbTsiqTtjpjsnbTrqLzsuKAo7Iug66qo65OIKSwg7Juw7Lu07Y6Y7J2066i87LigLCBLU05FVCDsp4Hsl7Drj5ksIEtH7J2064uI7Iuc7Iqk66W8IOuCmOyXtO2VmOupsCwgS0NQ64qUIOyXrOq4sOyXkCDsl4bsirXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGEtDUC1DQVJELTAwOQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWy4IgouY2FyZC1kaXJlY3QtYmlsbGluZy1rZXlKYGNhcmQuZGlyZWN0YCBvbiBhIGJpbGxpbmcta2V5IHdpbmRvd1LruYzrp4HtgqQg67Cc6riJIOyLnCBgY2FyZC5kaXJlY3RgIOyCrOyaqQhpbmZvAQECHnNkay1iaWxsaW5nLWtleQACAgIWY2FyZC5kaXJlY3QABAAIY2FyZCAADGRpcmVjdG4AAAAB+gFgY2FyZC5kaXJlY3RgIGlzIG5vdCBzdXBwb3J0ZWQgYnkgS0NQIHdoZW4gaXNzdWluZyBhIGJpbGxpbmcga2V5OiB0aGUgd2luZG93IHdpbGwgbm90IG9wZW4gdGhlIGNhcmQgY29tcGFueSdzIG1vZHVsZSBkaXJlY3RseYICS0NQ64qUIOu5jOunge2CpCDrsJzquIkg7IucIOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47Lac7J2EIOyngOybkO2VmOyngCDslYrsnLzrr4DroZwgYGNhcmQuZGlyZWN0YOuKlCDsoIHsmqnrkJjsp4Ag7JWK7Iq164uI64ukAADaAlBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIHN0YXRlcyB0aGF0IGRpcmVjdCBjYXJkLWNvbXBhbnkgY2FsbHMgYXJlIG5vdCBhdmFpbGFibGUgZm9yIGJpbGxpbmcga2V5IGlzc3VhbmNlLiBBIFBHIGZhY3QgZnJvbSB0aGUgVjIgcGFnZSAocGFyYW1ldGVyIG5hbWVzIGRpZmZlciBpbiB2MSksIHNvIGluZm8u7gPtj6ztirjsm5DsnZggS0NQKFYyKSDsl7Drj5kg66y47ISc64qUIOu5jOunge2CpCDrsJzquIkg7IucIOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47Lac7J2EIOyCrOyaqe2VoCDsiJgg7JeG64uk6rOgIOyViOuCtO2VqeuLiOuLpC4gVjIg66y47ISc7JeQ7IScIOqwgOyguOyYqCBQR+yCrCDsoJXrs7TsnbTrr4DroZwodjHqs7wg7YyM652866+47YSwIOydtOumhOydtCDri6TrpoXri4jri6QpIOygleuztCDsiJjspIDsnoXri4jri6QuhAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjIva2NwLXYyP3Y9djIBGEtDUC1DQVJELTAxMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWz4Igo6YXBwLWNhcmQtd2l0aC1ub24tY2FyZC1tZXRob2RQYGFwcENhcmRgIHdpdGggYSBub24tY2FyZCBwYXltZW50IG1ldGhvZFbsubTrk5wg7Jm4IOqysOygnOyImOuLqOyXkCBgYXBwQ2FyZGAg7IKs7JqpCGluZm8BAQIWc2RrLXBheW1lbnQBAAYGDmFwcENhcmQAAgAOYXBwQ2FyZCICAgIBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAggCBAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBghjYXJkAgICDmFwcENhcmQAAgAOYXBwQ2FyZCIAAAABlAFgYXBwQ2FyZDogdHJ1ZWAgb25seSBhZmZlY3RzIGNhcmQgcGF5bWVudHMsIGJ1dCBgcGF5X21ldGhvZGAgaXMgbm90IGBjYXJkYLoBYGFwcENhcmQ6IHRydWVg64qUIOy5tOuTnCDqsrDsoJzsl5Drp4wg7KCB7Jqp65CY64qU642wIGBwYXlfbWV0aG9kYOqwgCBgY2FyZGDqsIAg7JWE64uZ64uI64ukAACkA1RoZSBLQ1AgcGFnZTogYGFwcENhcmQ6IHRydWVgIGVuYWJsZXMgb25seSB0aGUgY2FyZCBpc3N1ZXJzJyBhcHAtY2FyZCBwYXltZW50LCBpLmUuIGl0IHNoYXBlcyB0aGUgY2FyZCB3aW5kb3cuIFdpdGggYW5vdGhlciBtZXRob2QgaXQgaGFzIG5vIGRvY3VtZW50ZWQgZWZmZWN0OyB1c3VhbGx5IGEgbGVmdG92ZXIgZnJvbSBhIHNoYXJlZCBwYXJhbWV0ZXIgb2JqZWN0LugES0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IGBhcHBDYXJkOiB0cnVlYOuKlCDsubTrk5zsgqwg7JWx7Lm065OcIOqysOygnOunjCDtmZzshLHtmZTtlanri4jri6QuIOymiSDsubTrk5wg6rKw7KCc7LC97J2YIOq1rOyEseydhCDsoJXtlZjripQg6rCS7J6F64uI64ukLiDri6Trpbgg6rKw7KCc7IiY64uo7JeQ7ISc64qUIOusuOyEnO2ZlOuQnCDtmqjqs7zqsIAg7JeG7Jy866mwLCDrjIDqsJwg7Jes65+sIOyalOyyreydtCDqs7XsnKDtlZjripQg7YyM652866+47YSwIOqwneyytOyXkCDrgqjslYQg7J6I642YIOqwkuyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWysIwo8ZXNjcm93LXByb2R1Y3RzLXdpdGhvdXQtZXNjcm93SGBrY3BQcm9kdWN0c2Agd2l0aG91dCBgZXNjcm93OiB0cnVlYFRgZXNjcm93OiB0cnVlYCDsl4bsnbQgYGtjcFByb2R1Y3RzYCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAEABAYWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAgABBAYMZXNjcm93AAIADGVzY3JvdyQCAgIBAgICFmtjcFByb2R1Y3RzAAIAFmtjcFByb2R1Y3RzJgAAAAHkAWBrY3BQcm9kdWN0c2AgaXMgb25seSB1c2VkIGZvciBlc2Nyb3cgcGF5bWVudHMsIGJ1dCBgZXNjcm93YCBpcyBub3QgdHJ1ZTogc2V0IGBlc2Nyb3c6IHRydWVgIG9yIGRyb3AgYGtjcFByb2R1Y3RzYL4CYGtjcFByb2R1Y3RzYOuKlCDsl5DsiqTtgazroZwg6rKw7KCc7JeQ66eMIOyCrOyaqeuQmOuKlOuNsCBgZXNjcm93YOqwgCB0cnVl6rCAIOyVhOuLmeuLiOuLpC4gYGVzY3JvdzogdHJ1ZWDrpbwg7ISk7KCV7ZWY6rGw64KYIGBrY3BQcm9kdWN0c2Drpbwg7IKt7KCc7ZWY7IS47JqUAADyA1RoZSBLQ1AgcGFnZTogZm9yIGFuIGVzY3JvdyBwYXltZW50IGBlc2Nyb3dgIG11c3QgYmUgdHJ1ZSwgYW5kIHdoZW4gYW4gZXNjcm93IG9yZGVyIGJ1bmRsZXMgY2FydCBpdGVtcyB0aGVpciBkZXRhaWxzIGdvIGluIGBrY3BQcm9kdWN0c2AuIFdpdGhvdXQgZXNjcm93IHRoZSBjYXJ0IGRldGFpbHMgYXJlIG5vdCB1c2VkOyBtb3N0IG9mdGVuIHRoZSBgZXNjcm93YCBmbGFnIHdhcyBmb3Jnb3R0ZW4gKG9yIHNlbnQgYXMgYSBzdHJpbmcpLtgFS0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IOyXkOyKpO2BrOuhnCDqsrDsoJzsl5DripQgYGVzY3Jvd2DqsIAgdHJ1ZeyXrOyVvCDtlZjrqbAsIOyXkOyKpO2BrOuhnCDso7zrrLjsnbQg7J6l67CU6rWs64uIIOyDge2SiOydhCDrrLbripQg6rK97JqwIOqwgSDsg4Htkogg7KCV67O066W8IGBrY3BQcm9kdWN0c2Dsl5Ag64Sj7Iq164uI64ukLiDsl5DsiqTtgazroZzqsIAg7JWE64uI66m0IOyepeuwlOq1rOuLiCDsg4Htkogg7KCV67O064qUIOyCrOyaqeuQmOyngCDslYrsirXri4jri6QuIOuMgOqwnCBgZXNjcm93YCDtlIzrnpjqt7jrpbwg67mg65yo66C46rGw64KYIOusuOyekOyXtOuhnCDrs7Trgrgg6rK97Jqw7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1FU0MtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOwjCi5lc2Nyb3ctd2l0aG91dC1wcm9kdWN0c0hFc2Nyb3cgcGF5bWVudCB3aXRob3V0IGBrY3BQcm9kdWN0c2BY7JeQ7Iqk7YGs66GcIOqysOygnCDsi5wgYGtjcFByb2R1Y3RzYCDsl4bsnYwIaW5mbwEBAhZzZGstcGF5bWVudAEGDGVzY3JvdwACAAxlc2Nyb3ckAgICAQQAAhZrY3BQcm9kdWN0cwACABZrY3BQcm9kdWN0cyYAAAAIFmtjcFByb2R1Y3RzAAIAFmtjcFByb2R1Y3RzJgIQAQIAAcoBYGtjcFByb2R1Y3RzYCBpcyBlbXB0eTogS0NQIGVzY3JvdyBuZWVkcyBhdCBsZWFzdCBvbmUgY2FydCBpdGVtIChvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudCmuAmBrY3BQcm9kdWN0c2DqsIAg67mE7Ja0IOyeiOyKteuLiOuLpC4gS0NQIOyXkOyKpO2BrOuhnCDqsrDsoJzsl5DripQg7IOB7ZKIIOygleuztChvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudCnqsIAg7ZWY64KYIOydtOyDgSDtlYTsmpTtlanri4jri6QAAAGIAmBrY3BQcm9kdWN0c2AgaXMgbm90IHNldDogd2hlbiBhbiBlc2Nyb3cgb3JkZXIgYnVuZGxlcyBzZXZlcmFsIGNhcnQgaXRlbXMsIEtDUCBuZWVkcyBlYWNoIGl0ZW0gKG9yZGVyTnVtYmVyLCBuYW1lLCBxdWFudGl0eSwgYW1vdW50KeICYGtjcFByb2R1Y3RzYOqwgCDsl4bsirXri4jri6QuIOyepeuwlOq1rOuLiCDsg4HtkojsnYQg66y27Ja07IScIOyXkOyKpO2BrOuhnCDqsrDsoJztlZjripQg6rK97JqwIOqwgSDsg4Htkogg7KCV67O0KG9yZGVyTnVtYmVyLCBuYW1lLCBxdWFudGl0eSwgYW1vdW50KeulvCDsoITri6ztlbTslbwg7ZWp64uI64ukAACGA1RoZSBLQ1AgcGFnZSByZXF1aXJlcyBga2NwUHJvZHVjdHNgIG9ubHkgd2hlbiBhbiBlc2Nyb3cgcGF5bWVudCBidW5kbGVzIGNhcnQgaXRlbXMsIHdoaWNoIHRoZSBwYXlsb2FkIGNhbm5vdCB0ZWxsOyBQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBzYXlzIEtDUCBlc2Nyb3cgbmVlZHMgYXQgbGVhc3Qgb25lIHByb2R1Y3QuIEFkdmljZSBvbmx5Lo4FS0NQIOyXsOuPmSDrrLjshJzripQg7JeQ7Iqk7YGs66GcIOqysOygnOqwgCDsnqXrsJTqtazri4gg7IOB7ZKI7J2EIOustuuKlCDqsr3smrDsl5Drp4wgYGtjcFByb2R1Y3RzYOulvCDtlYTsiJjroZwg7JqU6rWs7ZWY64qU642wLCDsnbTripQg7Y6Y7J2066Gc65Oc66eM7Jy866GcIOyVjCDsiJgg7JeG7Iq164uI64ukLiDtj6ztirjsm5DsnZggS0NQKFYyKSDsl7Drj5kg66y47ISc64qUIEtDUCDsl5DsiqTtgazroZzsl5Ag7IOB7ZKI7J20IO2VmOuCmCDsnbTsg4Eg7ZWE7JqU7ZWY64uk6rOgIOyViOuCtO2VqeuLiOuLpC4g6raM6rOgIOyCrO2VreydvCDrv5DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUVTQy0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sriQKNGVzY3Jvdy1wcm9kdWN0cy13cm9uZy1uYW1lQkVzY3JvdyBpdGVtcyB1bmRlciBhIG5vbi1LQ1AgbmFtZWpLQ1DqsIAg7JWE64uMIOyXkOyKpO2BrOuhnCDsg4Htkogg7YyM652866+47YSwIOyCrOyaqQ53YXJuaW5nAQECFnNkay1wYXltZW50AAICBBBwcm9kdWN0cwACABBwcm9kdWN0c3gcZXNjcm93UHJvZHVjdHMAAgAcZXNjcm93UHJvZHVjdHN6AAAAAaQCYHtmaWVsZH1gIGlzIG5vdCByZWFkIGJ5IEtDUCAoYHByb2R1Y3RzYCBpcyBmb3IgVG9zcyBQYXltZW50cyBlc2Nyb3cpOiBzZW5kIHRoZSBpdGVtcyBhcyBga2NwUHJvZHVjdHNgIHdpdGggb3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5IGFuZCBhbW91bnSaA2B7ZmllbGR9YOydgCjripQpIEtDUOyXkOyEnCDsgqzsmqnrkJjsp4Ag7JWK7Iq164uI64ukIChgcHJvZHVjdHNg64qUIO2GoOyKpO2OmOydtOuovOy4oCDsl5DsiqTtgazroZwg7KCE7JqpKS4g7IOB7ZKIIOygleuztOuKlCBvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudOulvCDqsIDsp4QgYGtjcFByb2R1Y3RzYOuhnCDsoITri6ztlZjshLjsmpQAAMYDVGhlIFNESyByZWZlcmVuY2Ugc2F5cyBgcHJvZHVjdHNgIGlzIG9ubHkgdmFsaWQgZm9yIFRvc3MgUGF5bWVudHMgKG5ldyBtb2R1bGUpIGVzY3JvdzsgdGhpcmQtcGFydHkgdHlwaW5ncyBjYWxsIGl0IGBlc2Nyb3dQcm9kdWN0c2AuIEZvciBLQ1AgdGhlIHBhZ2UgZG9jdW1lbnRzIGBrY3BQcm9kdWN0c2AsIHNvIGl0ZW1zIHNlbnQgdW5kZXIgdGhlIG90aGVyIG5hbWVzIG5ldmVyIHJlYWNoIEtDUC6uBVNESyDtjIzrnbzrr7jthLAg66y47ISc7JeQIOuUsOultOuptCBgcHJvZHVjdHNg64qUIO2GoOyKpO2OmOydtOuovOy4oCjsi6Drqqjrk4gpIOyXkOyKpO2BrOuhnOyXkOyEnOunjCDsnKDtmqjtlZjrqbAsIOyEnOuTnO2MjO2LsCDtg4DsnoUg7KCV7J2Y64qUIOydtOulvCBgZXNjcm93UHJvZHVjdHNg65286rOgIOu2gOumheuLiOuLpC4gS0NQ7JeQIOuMgO2VtOyEnOuKlCBLQ1Ag7Jew64+ZIOusuOyEnOqwgCBga2NwUHJvZHVjdHNg66W8IOyViOuCtO2VmOuvgOuhnCwg64uk66W4IOydtOumhOycvOuhnCDrs7Trgrgg7IOB7ZKIIOygleuztOuKlCBLQ1Dsl5Ag7KCE64us65CY7KeAIOyViuyKteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQEWS0NQLUVTQy0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s9iQKOGJ5cGFzcy1jb3Vwb24tYXBwbHkteW4tdmFsdWVGYGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW5gIG5vdCBZIG9yIE5GYGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW5gIOqwkiDsmKTrpZgKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggsYnlwYXNzLmNvdXBvbl9hcHBseV95bgAEAAxieXBhc3NOAB5jb3Vwb25fYXBwbHlfeW58AgIEBgJZBgJOAAAAAcgBYGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW5gIG11c3QgYmUgIlkiIChzaG93IHRoZSBkaXNjb3VudC1jb3Vwb24gYXJlYSkgb3IgIk4iIChoaWRlIGl0KSwgZm91bmQge3ZhbHVlfeoBYGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW5g7J2AICJZIijtlaDsnbjsv6Dtj7Ag7JiB7JetIO2ZnOyEsSkg65iQ64qUICJOIijruYTtmZzshLEp7J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACGAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgZXhhY3RseSB0d28gdmFsdWVzLCBgWWAgKO2ZnOyEsSkgYW5kIGBOYCAo67mE7Zmc7ISxKSwgYXMgc3RyaW5nczsgYm9vbGVhbnMgb3IgbG93ZXIgY2FzZSBhcmUgbm90IGRvY3VtZW50ZWQuwAJLQ1Ag7Jew64+ZIOusuOyEnOuKlCDrrLjsnpDsl7Qg6rCSIOuRkCDqsIDsp4AsIGBZYCjtmZzshLEp7JmAIGBOYCjruYTtmZzshLEp66eMIOyViOuCtO2VqeuLiOuLpC4gYm9vbGVhbuydtOuCmCDshozrrLjsnpDripQg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyyJQo6YnlwYXNzLWNvdXBvbi1uZWVkcy1hZ3JlZW1lbnRURGlzY291bnQtY291cG9uIGFyZWEgbmVlZHMgYSBLQ1AgYWdyZWVtZW50UO2VoOyduOy/oO2PsCDsmIHsl63snYAgS0NQIO2YkeydmCDtlYTsmpQIaW5mbwEBAhZzZGstcGF5bWVudAEGLGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW4ABAAMYnlwYXNzTgAeY291cG9uX2FwcGx5X3lufAIEBAYCWQYCTgICAixieXBhc3MuY291cG9uX2FwcGx5X3luAAQADGJ5cGFzc04AHmNvdXBvbl9hcHBseV95bnwAAAAB2AFgYnlwYXNzLmNvdXBvbl9hcHBseV95bmAgb25seSB3b3JrcyBhZnRlciBhbiBhZ3JlZW1lbnQgd2l0aCBLQ1A6IGNoZWNrIHRoYXQgaXQgaXMgZW5hYmxlZCBmb3IgeW91ciBzaXRlIGNvZGWSAmBieXBhc3MuY291cG9uX2FwcGx5X3luYOydgCBLQ1DsmYAg7ZiR7J2YIO2bhCDsgqzsmqkg6rCA64ql7ZWcIOq4sOuKpeyeheuLiOuLpC4g7IKs7J207Yq47L2U65Oc7JeQIOyggeyaqeuQmOyWtCDsnojripTsp4Ag7ZmV7J247ZWY7IS47JqUAAD6AVRoZSBLQ1AgcGFnZTogIu2VtOuLuSDquLDriqXsnYAgS0NQ7JmAIO2YkeydmCDtm4Qg7IKs7JqpIOqwgOuKpe2VqeuLiOuLpCIuIFdpdGhvdXQgdGhlIGFncmVlbWVudCB0aGUgcGFyYW1ldGVyIGhhcyBubyBlZmZlY3Qu6AJLQ1Ag7Jew64+ZIOusuOyEnOyXkOuKlCAi7ZW064u5IOq4sOuKpeydgCBLQ1DsmYAg7ZiR7J2YIO2bhCDsgqzsmqkg6rCA64ql7ZWp64uI64ukIuudvOqzoCDrkJjslrQg7J6I7Iq164uI64ukLiDtmJHsnZjtlZjsp4Ag7JWK7JWY64uk66m0IOydtCDtjIzrnbzrr7jthLDripQg7Zqo6rO86rCAIOyXhuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOolCjBieXBhc3Mtc2tpbi1pbmR4LW51bWVyaWM+YGJ5cGFzcy5za2luX2luZHhgIG5vdCBhIG51bWJlckxgYnlwYXNzLnNraW5faW5keGDqsIAg7Iir7J6Q6rCAIOyVhOuLmAplcnJvcgEBAhZzZGstcGF5bWVudAACCCBieXBhc3Muc2tpbl9pbmR4AAQADGJ5cGFzc04AEnNraW5faW5keH4CHAIEBgIuAAACCAQGAi4AAAIGCl5cZCskAAAAAZABYGJ5cGFzcy5za2luX2luZHhgIG11c3QgYmUgYSBza2luIG51bWJlciBmcm9tICIxIiB0byAiMTEiLCBmb3VuZCB7dmFsdWV9uAFgYnlwYXNzLnNraW5faW5keGDripQgIjEi67aA7YSwICIxMSLquYzsp4DsnZgg7Iqk7YKoIOuyiO2YuOyXrOyVvCDtlZjripTrjbAge3ZhbHVlfeyeheuLiOuLpAAAogJUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBza2luX2luZHhgIGFzIGEgc2tpbiBudW1iZXIgMS0xMSAoUG9ydE9uZSdzIEtDUCBWMiBwYWdlOiBhbiBpbnRlZ2VyIDEtMTIpOyBhbnl0aGluZyB0aGF0IGlzIG5vdCBhIG51bWJlciBzZWxlY3RzIG5vIHNraW4upANLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgc2tpbl9pbmR4YOulvCAxfjEx7J2YIOyKpO2CqCDrsojtmLjroZwg7JWI64K07ZWp64uI64ukKO2PrO2KuOybkOydmCBLQ1AgVjIg7Jew64+ZIOusuOyEnOyXkOyEnOuKlCAxfjEy7J2YIOygleyImCkuIOyIq+yekOqwgCDslYTri4wg6rCS7Jy866Gc64qUIOyWtOuWpCDsiqTtgqjrj4Qg7ISg7YOd65CY7KeAIOyViuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJ4mCixieXBhc3Mtc2tpbi1pbmR4LXJhbmdlPmBieXBhc3Muc2tpbl9pbmR4YCBvdXRzaWRlIDEtMTFKYGJ5cGFzcy5za2luX2luZHhg6rCAIDF+MTEg67KU7JyEIOuwlg53YXJuaW5nAQECFnNkay1wYXltZW50AQIEBiBieXBhc3Muc2tpbl9pbmR4AAQADGJ5cGFzc04AEnNraW5faW5keH4CCAQGIGJ5cGFzcy5za2luX2luZHgABAAMYnlwYXNzTgASc2tpbl9pbmR4fgIGCl5cZCskAgggYnlwYXNzLnNraW5faW5keAAEAAxieXBhc3NOABJza2luX2luZHh+AhwCBAYCLgAAAgYiXjAqKFsxLTldfDFbMDFdKSQGAi4AAAYIBAoGZ3RlAAAAAAAAAPA/AjEKBmx0ZQAAAAAAAAAmQAQxMQAAAAGqAWBieXBhc3Muc2tpbl9pbmR4YCB7dmFsdWV9IGlzIG91dHNpZGUgdGhlIHNraW5zIDEtMTEgZG9jdW1lbnRlZCBmb3IgdGhlIEtDUCB2MSB3aW5kb3fCAWBieXBhc3Muc2tpbl9pbmR4YCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDrrLjshJzsnZgg7Iqk7YKoIOuyiO2YuCAxfjExIOuylOychOulvCDrspfslrTrgqnri4jri6QAAKYCVGhlIHYxIEtDUCBwYWdlIGFsbG93cyBza2lucyAxLTExOyBQb3J0T25lJ3MgS0NQIFYyIHBhZ2Ugc2F5cyAxLTEyLiBUaGUgc291cmNlcyBkaXNhZ3JlZSBvbiAxMiwgc28gdmFsdWVzIG91dHNpZGUgMS0xMSBhcmUgYSB3YXJuaW5nLCBub3QgYW4gZXJyb3IutgN2MSBLQ1Ag7Jew64+ZIOusuOyEnOuKlCDsiqTtgqggMX4xMeydhCDtl4jsmqntlZjsp4Drp4wsIO2PrO2KuOybkOydmCBLQ1AgVjIg7Jew64+ZIOusuOyEnOuKlCAxfjEy65286rOgIOyViOuCtO2VqeuLiOuLpC4gMTLsl5Ag64yA7ZW0IOy2nOyymOuBvOumrCDshJzroZwg64uk66W066+A66GcIDF+MTEg67CW7J2YIOqwkuydgCDsmKTrpZjqsIAg7JWE64uMIOqyveqzoOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNomCihieXBhc3Mtc2l0ZS1sb2dvLXVybExgYnlwYXNzLnNpdGVfbG9nb2Agbm90IGFuIGFic29sdXRlIFVSTFRgYnlwYXNzLnNpdGVfbG9nb2DqsIAg7KCI64yAIFVSTOydtCDslYTri5gOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBBiBieXBhc3Muc2l0ZV9sb2dvAAQADGJ5cGFzc04AEnNpdGVfbG9nb4ABAggCAgggYnlwYXNzLnNpdGVfbG9nbwAEAAxieXBhc3NOABJzaXRlX2xvZ2+AAQIUBnVybAAAAAHUAmBieXBhc3Muc2l0ZV9sb2dvYCB7dmFsdWV9IG11c3QgYmUgYW4gYWJzb2x1dGUgaHR0cChzKSBVUkwgb2YgdGhlIGxvZ28gaW1hZ2U6IHRoZSBLQ1Agd2luZG93IGlzIHNlcnZlZCBmcm9tIEtDUCdzIGRvbWFpbiwgc28gYSByZWxhdGl2ZSBwYXRoIGRvZXMgbm90IHBvaW50IHRvIHlvdXIgc2VydmVyyANgYnlwYXNzLnNpdGVfbG9nb2Ag6rCSIHt2YWx1ZX3snYAo64qUKSDroZzqs6Ag7J2066+47KeA7J2YIOygiOuMgCBVUkwoaHR0cC9odHRwcynsnbTslrTslbwg7ZWp64uI64ukLiBLQ1Ag6rKw7KCc7LC97J2AIEtDUCDrj4TrqZTsnbjsl5DshJwg7Je066as66+A66GcIOyDgeuMgCDqsr3roZzroZzripQg6rOg6rCd7IKsIOyEnOuyhOydmCDsnbTrr7jsp4Drpbwg7LC+7J2EIOyImCDsl4bsirXri4jri6QAALgDVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgc2l0ZV9sb2dvYCBhcyB0aGUgbG9nbyBzaG93biBhdCB0aGUgdG9wIGxlZnQgb2YgdGhlIFBDIHdpbmRvdzsgdGhlIHdpbmRvdyBpcyBzZXJ2ZWQgYnkgS0NQLCBzbyBhIHJlbGF0aXZlIHBhdGggb3IgYSBiYXJlIGZpbGUgbmFtZSBjYW5ub3QgYmUgcmVzb2x2ZWQuIFRoZSBsZWdhY3kgbWFudWFsIGFkZHM6IEdJRi9KUEcgdW5kZXIgMTUweDUwLswES0NQIOyXsOuPmSDrrLjshJzripQgYHNpdGVfbG9nb2DrpbwgUEMg6rKw7KCc7LC9IOyZvOyqvSDsnITsl5Ag7ZGc7Iuc65CY64qUIOuhnOqzoOuhnCDslYjrgrTtlanri4jri6QuIOqysOygnOywveydgCBLQ1DqsIAg7KCc6rO17ZWY66+A66GcIOyDgeuMgCDqsr3roZzrgpgg7YyM7J28IOydtOumhOunjOycvOuhnOuKlCDsnbTrr7jsp4Drpbwg7LC+7J2EIOyImCDsl4bsirXri4jri6QuIOq1rCDrp6TribTslrzsnYAgMTUweDUwIOydtO2VmOydmCBHSUYvSlBH652864qUIOyhsOqxtOydhCDrjafrtpnsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWygJwo2YnlwYXNzLWNvbXBsZXgtcG50LXluLXZhbHVlRGBieXBhc3MuY29tcGxleF9wbnRfeW5gIG5vdCBZIG9yIE5EYGJ5cGFzcy5jb21wbGV4X3BudF95bmAg6rCSIOyYpOulmAplcnJvcgEBAhZzZGstcGF5bWVudAACCCpieXBhc3MuY29tcGxleF9wbnRfeW4ABAAMYnlwYXNzTgAcY29tcGxleF9wbnRfeW6CAQICBAYCWQYCTgAAAAG4AWBieXBhc3MuY29tcGxleF9wbnRfeW5gIG11c3QgYmUgIlkiIChwb2ludHMgd2l0aCBhIGNhcmQpIG9yICJOIiAocG9pbnRzIG9ubHkpLCBmb3VuZCB7dmFsdWV9jgJgYnlwYXNzLmNvbXBsZXhfcG50X3luYOydgCAiWSIo7Y+s7J247Yq47JmAIOy5tOuTnCDrs7XtlanqsrDsoJwpIOuYkOuKlCAiTiIo7Y+s7J247Yq4IOuLqOuPheqysOygnCnsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAJQBVGhlIEtDUCBwYWdlIGRvY3VtZW50cyB0d28gdmFsdWVzIGZvciB0aGUgQmVuZXBpYSBwb2ludCBtb2RlLCBgWWAgYW5kIGBOYC7kAUtDUCDsl7Drj5kg66y47ISc64qUIOuyoOuEpO2UvOyVhCDtj6zsnbjtirgg6rKw7KCcIOuwqeyLneyXkCDrjIDtlbQg65GQIOqwgOyngCDqsJIsIGBZYOyZgCBgTmDsnYQg7JWI64K07ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s3icKOGJ5cGFzcy1iYXRjaC1iaXJ0aC1kYXktdmFsdWVQYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5gIG90aGVyIHRoYW4gWVxgYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bmAg6rCS7J20IFnqsIAg7JWE64uYDndhcm5pbmcBAQIec2RrLWJpbGxpbmcta2V5AAIIMmJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW4ABAAMYnlwYXNzTgAkYmF0Y2hfYmlydGhfZGF5X3luhAECBgYCWQAAAAGYAmBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBoYXMgb25lIGRvY3VtZW50ZWQgdmFsdWUsICJZIiAoYWx3YXlzIHNob3cgdGhlIGJpcnRoLWRhdGUgYm94KSwgZm91bmQge3ZhbHVlfTogdG8ga2VlcCB0aGUgZGVmYXVsdCwgbGVhdmUgaXQgb3V0+AJgYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bmDsnZgg6rCS7J2AICJZIijsg53rhYTsm5Tsnbwg7J6F66Cl67CV7IqkIO2VreyDgSDtkZzsi5wp66eMIOusuOyEnO2ZlOuQmOyWtCDsnojripTrjbAge3ZhbHVlfeyeheuLiOuLpC4g6riw67O4IOuPmeyekeydhCDsm5DtlZjrqbQg7YyM652866+47YSw66W8IOyDneuete2VmOyEuOyalAAA9AJUaGUgS0NQIHBhZ2UncyBiaWxsaW5nIHNlY3Rpb24gZG9jdW1lbnRzIG9ubHkgYFlgICgi7IOd64WE7JuU7J28IOyeheugpeuwleyKpCDtla3sg4Eg7ZGc7IucIik7IHRoZSBkZWZhdWx0IGJlaGF2aW91ciBpcyBvYnRhaW5lZCBieSBvbWl0dGluZyB0aGUgcGFyYW1ldGVyLiBPdGhlciB2YWx1ZXMgYXJlIHVuZG9jdW1lbnRlZC7SA0tDUCDsl7Drj5kg66y47ISc7J2YIOu5jOunge2CpCDrsJzquIkg7ZWt66qp7J2AIGBZYCgi7IOd64WE7JuU7J28IOyeheugpeuwleyKpCDtla3sg4Eg7ZGc7IucIinrp4wg7JWI64K07ZWY66mwLCDquLDrs7gg64+Z7J6R7J2EIOybkO2VmOuptCDtjIzrnbzrr7jthLDrpbwg7IOd65617ZWY66m0IOuQqeuLiOuLpC4g6re4IOuwluydmCDqsJLsnYAg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwNQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyOKApMYnlwYXNzLWJhdGNoLWJpcnRoLWRheS1vdXRzaWRlLWJpbGxpbmdQYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5gIG9uIGEgcGF5bWVudGTsnbzrsJjqsrDsoJzsl5AgYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5gIOyCrOyaqQ53YXJuaW5nAQECFnNkay1wYXltZW50AAICAjJieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luAAQADGJ5cGFzc04AJGJhdGNoX2JpcnRoX2RheV95boQBAAAAAeYBYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5gIG9ubHkgYXBwbGllcyB0byB0aGUgYmlsbGluZy1rZXkgd2luZG93ICh3aXRoIGBjdXN0b21lcl91aWRgKTsgdGhpcyByZXF1ZXN0IGlzIGEgcGF5bWVudIgCYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5g7J2AIOu5jOunge2CpCDrsJzquIkoYGN1c3RvbWVyX3VpZGAg7J6F66ClKSDsi5zsl5Drp4wg7KCB7Jqp65CY64qU642wIOydtCDsmpTssq3snYAg7J2867CY6rKw7KCc7J6F64uI64ukAACIA1RoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYGJhdGNoX2JpcnRoX2RheV95bmAgaW4gdGhlIGJpbGxpbmcta2V5IHNlY3Rpb24gb25seS4gT24gYSBwYXltZW50IGl0IGlzIGlnbm9yZWQ7IG9mdGVuIGBjdXN0b21lcl91aWRgIHdhcyBmb3Jnb3R0ZW4sIHR1cm5pbmcgYW4gaW50ZW5kZWQgYmlsbGluZy1rZXkgcmVxdWVzdCBpbnRvIGEgcGF5bWVudC74A0tDUCDsl7Drj5kg66y47ISc64qUIGBiYXRjaF9iaXJ0aF9kYXlfeW5g7J2EIOu5jOunge2CpCDrsJzquIkg7ZWt66qp7JeQ7ISc66eMIOyViOuCtO2VqeuLiOuLpC4g7J2867CY6rKw7KCc7JeQ7ISc64qUIOustOyLnOuQmOupsCwg64yA6rCcIGBjdXN0b21lcl91aWRg66W8IOu5oOucqOugpCDruYzrp4HtgqQg67Cc6riJ7Jy866GcIOydmOuPhO2VnCDsmpTssq3snbQg7J2867CY6rKw7KCcIOyalOyyreydtCDrkJwg6rK97Jqw7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sxigKKmJ5cGFzcy1hcHAtZmxhZy12YWx1ZT5gYnlwYXNzLmFwcF9mbGFnYCBub3QgWSwgTiBvciBTOGBieXBhc3MuYXBwX2ZsYWdgIOqwkiDsmKTrpZgKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggeYnlwYXNzLmFwcF9mbGFnAAQADGJ5cGFzc04AEGFwcF9mbGFnhgECAgYGAlkGAk4GAlMAAAABygFgYnlwYXNzLmFwcF9mbGFnYCBtdXN0IGJlICJZIiAoS0IgUGF5IGFwcCBjYXJkKSwgIk4iIChJU1ApIG9yICJTIiAob2ZmZXIgYm90aCwgbW9iaWxlKSwgZm91bmQge3ZhbHVlfYACYGJ5cGFzcy5hcHBfZmxhZ2DripQgIlkiKEtCIFBheSDslbHsubTrk5wpLCAiTiIoSVNQKSwgIlMiKOuRmCDri6Qg64W47LacLCDrqqjrsJTsnbwpIOykkSDtlZjrgpjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAKoBVGhlIEtDUCBwYWdlIGRvY3VtZW50cyB0aHJlZSB2YWx1ZXMgZm9yIHRoZSBLQiBLb29rbWluIGRpcmVjdCBjYWxsOiBgWWAsIGBOYCBhbmQgYFNgLtYBS0NQIOyXsOuPmSDrrLjshJzripQgS0Lqta3rr7zsubTrk5wg64uk7J2066CJ7Yq4IO2YuOy2nOyXkCBgWWAsIGBOYCwgYFNgIOyEuCDqsIDsp4Ag6rCS7J2EIOyViOuCtO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMTAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s/CgKQmJ5cGFzcy1hcHAtZmxhZy13aXRob3V0LWtiLWRpcmVjdFRgYnlwYXNzLmFwcF9mbGFnYCB3aXRob3V0IGEgS0IgZGlyZWN0IGNhbGyEAUtC6rWt66+87Lm065OcIOuLpOydtOugie2KuCDtmLjstpwg7JeG7J20IGBieXBhc3MuYXBwX2ZsYWdgIOyCrOyaqQ53YXJuaW5nAQECFnNkay1wYXltZW50AQQGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgIGBjM4MQICAh5ieXBhc3MuYXBwX2ZsYWcABAAMYnlwYXNzTgAQYXBwX2ZsYWeGAQAAAAGAAmBieXBhc3MuYXBwX2ZsYWdgIG9ubHkgYXBwbGllcyB0byBhIGRpcmVjdCBjYWxsIHRvIEtCIEtvb2ttaW4gQ2FyZCAoYGNhcmQuZGlyZWN0LmNvZGU6ICIzODEiYCksIHdoaWNoIHRoaXMgcmVxdWVzdCBkb2VzIG5vdCBtYWtltgJgYnlwYXNzLmFwcF9mbGFnYOuKlCBLQuq1reuvvOy5tOuTnCDri6TsnbTroIntirgg7Zi47LacKGBjYXJkLmRpcmVjdC5jb2RlOiAiMzgxImApIOyLnOyXkOunjCDsoIHsmqnrkJjripTrjbAg7J20IOyalOyyreyXkOuKlCDtlbTri7kg7Zi47Lac7J20IOyXhuyKteuLiOuLpAAA2AFUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBhcHBfZmxhZ2AgZm9yIHRoZSBLQiBLb29rbWluIGRpcmVjdCBjYWxsIG9ubHk7IHdpdGggYW55IG90aGVyIGNhbGwgaXQgaGFzIG5vIGVmZmVjdC6qAktDUCDsl7Drj5kg66y47ISc64qUIGBhcHBfZmxhZ2DrpbwgS0Lqta3rr7zsubTrk5wg64uk7J2066CJ7Yq4IO2YuOy2nOyXkCDrjIDtlbTshJzrp4wg7JWI64K07ZWp64uI64ukLiDri6Trpbgg7Zi47Lac7JeQ7ISc64qUIO2aqOqzvOqwgCDsl4bsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDEwAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKwpCihyZWRpcmVjdC11cmwtbWlzc2luZzBgbV9yZWRpcmVjdF91cmxgIG1pc3NpbmcuYG1fcmVkaXJlY3RfdXJsYCDriITrnb0Od2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAgQGFGFwcF9zY2hlbWUAAgAUYXBwX3NjaGVtZRwCAAAGFGFwcF9zY2hlbWUAAgAUYXBwX3NjaGVtZRwCBgpeXHMqJAIAAhxtX3JlZGlyZWN0X3VybAACABxtX3JlZGlyZWN0X3VybBoAAAABggJgbV9yZWRpcmVjdF91cmxgIGlzIG1pc3Npbmc6IG9uIG1vYmlsZSB0aGUgS0NQIHdpbmRvdyByZWRpcmVjdHMgaW5zdGVhZCBvZiBjYWxsaW5nIHRoZSBjYWxsYmFjaywgc28gdGhlIHJlc3VsdCBpcyBsb3N0IHdpdGhvdXQgaXT8AmBtX3JlZGlyZWN0X3VybGDsnbQg7JeG7Iq164uI64ukLiDrqqjrsJTsnbzsl5DshJzripQg6rKw7KCcIOqysOqzvOqwgCBjYWxsYmFja+ydtCDslYTri4wgbV9yZWRpcmVjdF91cmzroZwg66as65SU66CJ7IWY65CY66+A66GcIOydtCDqsJLsnbQg7JeG7Jy866m0IOqysOygnCDqsrDqs7zrpbwg67Cb7J2EIOyImCDsl4bsirXri4jri6QBngFgYXBwX3NjaGVtZWAgaXMgZW1wdHksIHNvIHRoZSBjYWxsIGlzIGNoZWNrZWQgYXMgb25lIGZyb20gYSBicm93c2VyLCBub3QgYW4gYXBwvAFgYXBwX3NjaGVtZWDsnbQg67mE7Ja0IOyeiOyWtCDslbHsnbQg7JWE64uMIOu4jOudvOyasOyggOyXkOyEnOydmCDtmLjstpzroZwg6rKA7IKs7ZaI7Iq164uI64ukAPoEVGhlIEtDUCBwYWdlOiBvbiBQQyB0aGUgcmVzdWx0IGdvZXMgdG8gdGhlIGNhbGxiYWNrLCBvbiBtb2JpbGUgaXQgaXMgcmVkaXJlY3RlZCB0byBgbV9yZWRpcmVjdF91cmxgOyB0aGUgU0RLIHJlZmVyZW5jZSBhZGRzIHRoYXQgaW4gcmVkaXJlY3QgZW52aXJvbm1lbnRzIHRoZSByZXN1bHQgaXMgbm90IHJlY2VpdmVkIHdpdGhvdXQgaXQuIEEgUEMtb25seSBpbnRlZ3JhdGlvbiBtYXkgb21pdCBpdCwgaGVuY2UgYSB3YXJuaW5nLiBBIGNhbGwgd2l0aCBgYXBwX3NjaGVtZWAgKGZyb20gYW4gYXBwKSBpcyByZWRpcmVjdC11cmwtbWlzc2luZy1pbi1hcHAncy6GB0tDUCDsl7Drj5kg66y47ISc7JeQIOuUsOultOuptCBQQ+yXkOyEnOuKlCDqsrDsoJwg6rKw6rO86rCAIGNhbGxiYWNr7Jy866GcIOyghOuLrOuQmOqzoCwg66qo67CU7J287JeQ7ISc64qUIGBtX3JlZGlyZWN0X3VybGDroZwg66as65SU66CJ7IWY65Cp64uI64ukLiBTREsg7YyM652866+47YSwIOusuOyEnOuKlCDrpqzrlJTroInshZgg7ZmY6rK97JeQ7IScIOydtCDqsJLsnbQg7JeG7Jy866m0IOqysOygnCDqsrDqs7zrpbwg67Cb7J2EIOyImCDsl4bri6Tqs6Ag642n67aZ7J6F64uI64ukLiBQQyDsoITsmqkg7Jew64+Z7J20652866m0IOyDneuete2VoCDsiJgg7J6I7Jy866+A66GcIOqyveqzoOyeheuLiOuLpC4gYGFwcF9zY2hlbWVg7J20IOyeiOuKlCDtmLjstpwo7JWx7JeQ7ISc7J2YIO2YuOy2nCnsnYAgcmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBw7J20IOyymOumrO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtVVJMLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzoKQo2cmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBwRGBtX3JlZGlyZWN0X3VybGAgbWlzc2luZyBpbiBhbiBhcHBK7JWxIOqysOygnOyXkCBgbV9yZWRpcmVjdF91cmxgIOuIhOudvQhpbmZvAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEGFGFwcF9zY2hlbWUAAgAUYXBwX3NjaGVtZRwCBgRcUwIAAhxtX3JlZGlyZWN0X3VybAACABxtX3JlZGlyZWN0X3VybBoAAAAB/AJgbV9yZWRpcmVjdF91cmxgIGlzIG1pc3Npbmc6IFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgc2V0IGl0IHRoZW1zZWx2ZXMsIGJ1dCBhIFdlYlZpZXcgcGFnZSBvZiB5b3VyIG93biB0aGF0IGNhbGxzIGBJTVAucmVxdWVzdF9wYXlgIG5lZWRzIGl0LCBvciB0aGUgbW9iaWxlIHJlc3VsdCBpcyBsb3N0iARgbV9yZWRpcmVjdF91cmxg7J20IOyXhuyKteuLiOuLpC4g7Y+s7Yq47JuQIFJlYWN0IE5hdGl2ZcK3Rmx1dHRlciDrqqjrk4jsnYAg7J20IOqwkuydhCDsp4HsoJEg7ISk7KCV7ZWY7KeA66eMLCDslbHsnZggV2ViVmlld+yXkOyEnCDsp4HsoJEgYElNUC5yZXF1ZXN0X3BheWDrpbwg7Zi47Lac7ZWY64qUIO2OmOydtOyngOudvOuptCDsnbQg6rCS7J20IOyeiOyWtOyVvCDrqqjrsJTsnbwg6rKw7KCcIOqysOqzvOulvCDrsJvsnYQg7IiYIOyeiOyKteuLiOuLpAAA0AdgYXBwX3NjaGVtZWAgbWFya3MgYSBjYWxsIG1hZGUgZnJvbSBhbiBhcHAuIFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgbW9kdWxlIG1hcmtzIGBtX3JlZGlyZWN0X3VybGAgZGVwcmVjYXRlZCBzaW5jZSB2MS4wLjMgKGl0cyBSRUFETUUncyBleGFtcGxlcyBzYXkgc28gYW5kIHNlbmQgbm9uZSkgYW5kLCBsaWtlIHRoZSBGbHV0dGVyIG1vZHVsZSwgc2V0cyBpdHMgb3duIHJlZGlyZWN0IGFkZHJlc3M7IHJlYWwgYXBwcyBjb3B5IHRob3NlIGV4YW1wbGVzLiBBbiBhcHAgdGhhdCBsb2FkcyBpdHMgb3duIHBhZ2UgaW4gYSBXZWJWaWV3LCB0aG91Z2gsIGlzIGEgbW9iaWxlIGJyb3dzZXIgdG8gdGhlIEtDUCB3aW5kb3csIGFuZCBsb3NlcyB0aGUgcmVzdWx0IHdpdGhvdXQgYG1fcmVkaXJlY3RfdXJsYCAocmVkaXJlY3QtdXJsLW1pc3NpbmcpLiBXaGljaCBvZiB0aGUgdHdvIGEgcGF5bG9hZCBpcyBjYW5ub3QgYmUgdG9sZCBmcm9tIGl0LCBoZW5jZSBhbiBpbmZvLpYLYGFwcF9zY2hlbWVg7J2AIOyVseyXkOyEnCDtlZwg7Zi47Lac7J6E7J2EIOuCmO2DgOuDheuLiOuLpC4g7Y+s7Yq47JuQIFJlYWN0IE5hdGl2ZSDrqqjrk4jsnYAgdjEuMC4z67aA7YSwIGBtX3JlZGlyZWN0X3VybGDsnYQg7KeA7JuQIOykkeuLqCDsmIjsoJXsnLzroZwg7ZGc7Iuc7ZWY66mwKFJFQURNReydmCDsmIjsoJzsl5Drj4Qg6re466CH6rKMIOygge2YgCDsnojqs6Ag7JiI7KCc64qUIOydtCDqsJLsnYQg67O064K07KeAIOyViuyKteuLiOuLpCksIEZsdXR0ZXIg66qo65OI6rO8IOuniOywrOqwgOyngOuhnCDsnpDssrQg66as65SU66CJ7IWYIOyjvOyGjOulvCDshKTsoJXtlanri4jri6QuIOyLpOygnCDslbHsnYAg7J20IOyYiOygnOulvCDrs7Xsgqztlanri4jri6QuIO2VmOyngOunjCBXZWJWaWV37JeQ7IScIOyekOyytCDtjpjsnbTsp4Drpbwg67aI65+s7Jik64qUIOyVseydgCBLQ1Ag6rKw7KCc7LC9IOyeheyepeyXkOyEnOuKlCDrqqjrsJTsnbwg67iM65287Jqw7KCA7J2066+A66GcLCBgbV9yZWRpcmVjdF91cmxg7J20IOyXhuycvOuptCDqsrDsoJwg6rKw6rO866W8IOuwm+yngCDrqrvtlanri4jri6QocmVkaXJlY3QtdXJsLW1pc3NpbmcpLiDtjpjsnbTroZzrk5zqsIAg65GYIOykkSDslrTripAg6rK97Jqw7J247KeA64qUIO2OmOydtOuhnOuTnOunjOycvOuhnCDslYwg7IiYIOyXhuycvOuvgOuhnCDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1VUkwtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLoqCjJhcHAtc2NoZW1lLW1pc3NpbmctaW4tYXBwPGBhcHBfc2NoZW1lYCBtaXNzaW5nIGluIGFuIGFwcELslbEg6rKw7KCc7JeQIGBhcHBfc2NoZW1lYCDriITrnb0Od2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBBhxtX3JlZGlyZWN0X3VybAACABxtX3JlZGlyZWN0X3VybBoCBnpeXHMqaHR0cHM/Oi8vZGV0ZWN0Y2hhbmdpbmd3ZWJ2aWV3L2lhbXBvcnQvKGl8cm58Znxjb3IpLz9ccyokAgACFGFwcF9zY2hlbWUAAgAUYXBwX3NjaGVtZRwAAAABiANgYXBwX3NjaGVtZWAgaXMgbWlzc2luZywgdGhvdWdoIGBtX3JlZGlyZWN0X3VybGAgaXMgdGhlIGFkZHJlc3MgUG9ydE9uZSdzIGFwcCBTREtzIHNldDogd2l0aG91dCB5b3VyIGFwcCdzIFVSTCBzY2hlbWUsIGNhcmQgYW5kIGJhbmsgYXBwcyAoSVNQLCBhcHAgY2FyZHMpIGNhbm5vdCByZXR1cm4gdGhlIGJ1eWVyIHRvIHRoZSBhcHAgb24gaU9T1gNgbV9yZWRpcmVjdF91cmxg7J2AIO2PrO2KuOybkCDslbEgU0RL6rCAIOyEpOygle2VmOuKlCDso7zshozsnbjrjbAgYGFwcF9zY2hlbWVg7J20IOyXhuyKteuLiOuLpC4g7JWx7J2YIFVSTCBzY2hlbWXsnbQg7JeG7Jy866m0IGlPU+yXkOyEnCDsubTrk5zsgqzCt+ydgO2WiSDslbEoSVNQLCDslbHsubTrk5wpIOyduOymnSDtm4Qg6rWs66ek7J6Q6rCAIOyVseycvOuhnCDrj4zslYTsmKTsp4Ag66q77ZWp64uI64ukAADaCFRoZSBTREsgcmVmZXJlbmNlIGxpc3RzIGBhcHBfc2NoZW1lYCBhcyB0aGUgVVJMIHNjaGVtZSBjYXJkIGFuZCBiYW5rIGFwcHMgcmV0dXJuIHRvIGFmdGVyIGF1dGhlbnRpY2F0aW9uLCBuZWVkZWQgaW4gYXBwIFdlYlZpZXdzIChLQ1A6IG1vYmlsZSBvbmx5KSwgYW5kIFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgbW9kdWxlIHJlZnVzZXMgYSBjYWxsIHdpdGhvdXQgaXQuIEEgYnJvd3NlciBwYXlsb2FkIGNhbm5vdCBiZSB0b2xkIGZyb20gYW4gYXBwJ3MsIGJ1dCB0aGlzIG9uZSBjYW46IGBodHRwOi8vZGV0ZWN0Y2hhbmdpbmd3ZWJ2aWV3L2lhbXBvcnQvaWAgKGFuZCBgL3JuYCwgYC9mYCwgYC9jb3JgKSBpcyB0aGUgcmVkaXJlY3QgYWRkcmVzcyBQb3J0T25lJ3MgaU9TLCBSZWFjdCBOYXRpdmUsIEZsdXR0ZXIgYW5kIENvcmRvdmEgU0RLcyBzZXQsIHNlZW4gaW4gcmVhbCBhcHAgY29kZSB0aGF0IGxlZnQgYGFwcF9zY2hlbWVgIG91dC4gVGhlIEFuZHJvaWQgU0RLJ3MgYWRkcmVzcyAoYC9hYCkgaXMgbm90IGNoZWNrZWQ6IEFuZHJvaWQgcmV0dXJucyB0aHJvdWdoIGludGVudHMu+gtTREsg7YyM652866+47YSwIOusuOyEnOuKlCBgYXBwX3NjaGVtZWDsnYQg7Lm065Oc7IKswrfsnYDtlokg7JWx7J20IOyduOymnSDtm4Qg64+M7JWE7JisIFVSTCBzY2hlbWXsnLzroZwg7JWI64K07ZWY66mwIOyVsSBXZWJWaWV37JeQ7IScIO2VhOyalO2VmOuLpOqzoCDtlZjqs6AoS0NQOiDrqqjrsJTsnbwg7KCE7JqpKSwg7Y+s7Yq47JuQIFJlYWN0IE5hdGl2ZSDrqqjrk4jsnYAg7J20IOqwkuydtCDsl4bsnLzrqbQg7Zi47Lac7J2EIOqxsOu2gO2VqeuLiOuLpC4g67O07Ya17J2AIOu4jOudvOyasOyggOydmCDtjpjsnbTroZzrk5zsmYAg7JWx7J2YIO2OmOydtOuhnOuTnOulvCDqtazrs4TtlaAg7IiYIOyXhuyngOunjCwg7J20IO2OmOydtOuhnOuTnOuKlCDqtazrs4TtlaAg7IiYIOyeiOyKteuLiOuLpC4gYGh0dHA6Ly9kZXRlY3RjaGFuZ2luZ3dlYnZpZXcvaWFtcG9ydC9pYCjqt7jrpqzqs6AgYC9ybmAsIGAvZmAsIGAvY29yYCnripQg7Y+s7Yq47JuQIGlPUywgUmVhY3QgTmF0aXZlLCBGbHV0dGVyLCBDb3Jkb3ZhIFNES+qwgCDshKTsoJXtlZjripQg66as65SU66CJ7IWYIOyjvOyGjOuhnCwgYGFwcF9zY2hlbWVg7J2EIOu5oOucqOumsCDsi6TsoJwg7JWxIOy9lOuTnOyXkOyEnCDrsJzqsqzrkJjsl4jsirXri4jri6QuIEFuZHJvaWQgU0RL7J2YIOyjvOyGjChgL2FgKeuKlCDqsoDsgqztlZjsp4Ag7JWK7Iq164uI64ukLiBBbmRyb2lk7JeQ7ISc64qUIOyduO2FkO2KuOuhnCDslbHsl5Ag64+M7JWE7Jik6riwIOuVjOusuOyeheuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sgisKHnVybC1wbGFjZWhvbGRlcjpVUkwgbGVmdCBhcyBhIGRvYyBwbGFjZWhvbGRlcl5VUkzsl5Ag66y47ISc7J2YIOyYiOyLnCDtkZzquLDqsIAg64Ko7JWEIOyeiOydjAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQACAgcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgoIW3t9XQAAAAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECCghbe31dAAAACBpub3RpY2VfdXJsWypdAAQAFG5vdGljZV91cmyIAQQCCghbe31dAAAACBZjb25maXJtX3VybAACABZjb25maXJtX3VybDQCCghbe31dAAAAAdoCYHtmaWVsZH1gIHt2YWx1ZX0gaG9sZHMgYHtgIG9yIGB9YDogYSBwbGFjZWhvbGRlciBjb3BpZWQgZnJvbSB0aGUgZG9jcywgb3IgZGF0YSB0aGF0IG5lZWRzIHBlcmNlbnQtZW5jb2RpbmcgKGAlN0JgLCBgJTdEYCk7IHB1dCB0aGUgYWJzb2x1dGUgVVJMIG9mIHlvdXIgb3duIHBhZ2Ugb3IgZW5kcG9pbnTEA2B7ZmllbGR9YCDqsJIge3ZhbHVlfeyXkCBge2Ag65iQ64qUIGB9YOqwgCDsnojsirXri4jri6QuIOusuOyEnOydmCDsmIjsi5wg7ZGc6riw7J206rGw64KYIO2NvOyEvO2KuCDsnbjsvZTrlKkoYCU3QmAsIGAlN0RgKeydtCDtlYTsmpTtlZwg6rCS7J6F64uI64ukLiDqs6DqsJ3sgqwg7Y6Y7J207KeAIOuYkOuKlCDsl5Trk5ztj6zsnbjtirjsnZgg7KCI64yAIFVSTOydhCDsnoXroKXtlZjshLjsmpQAAOAFT2xkZXIgUG9ydE9uZSBzYW1wbGVzIHdyaXRlIGBtX3JlZGlyZWN0X3VybDogJ3vrqqjrsJTsnbzsl5DshJwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWYIOuQoCBVUkx9J2AsIGFuZCBtZXJjaGFudCBjb2RlIGNvcGllcyBpdCB2ZXJiYXRpbSAoc2VlbiBpbiBwdWJsaWMgcmVwb3NpdG9yaWVzKS4gSXQgaXMgbm90IGEgVVJMLCBzbyB0aGUgbW9iaWxlIHJlc3VsdCAob3IgdGhlIHdlYmhvb2spIGdvZXMgbm93aGVyZS4gQnJhY2VzIG5ldmVyIG9jY3VyIGluIGEgcmVhbCBVUkwgdW5lbmNvZGVkLiBUaGlzIHJlcGxhY2VzIHRoZSBnZW5lcmljIFVSTC1mb3JtYXQgZXJyb3IgYXQgdGhlIHNhbWUgbWVtYmVyIHdpdGggYSBwcmVjaXNlIG9uZS7oB+ydtOyghCDtj6ztirjsm5Ag7JiI7KCc64qUIGBtX3JlZGlyZWN0X3VybDogJ3vrqqjrsJTsnbzsl5DshJwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWYIOuQoCBVUkx9J2DsnbTrnbzqs6Ag7JOw66mwLCDqs6DqsJ3sgqwg7L2U65Oc6rCAIOydtOulvCDqt7jrjIDroZwg67O17IKs7ZWp64uI64ukKOqzteqwnCDsoIDsnqXshozsl5DshJwg67Cc6rKs65CoKS4g7J2064qUIFVSTOydtCDslYTri4jrr4DroZwg66qo67CU7J28IOqysOygnCDqsrDqs7wo65iQ64qUIOybue2bhSnqsIAg7Ja065SU7JeQ64+EIOyghOuLrOuQmOyngCDslYrsirXri4jri6QuIOyLpOygnCBVUkzsl5DripQg7J247L2U65Sp65CY7KeAIOyViuydgCDspJHqtITtmLjqsIAg64KY7Jik7KeAIOyViuyKteuLiOuLpC4g6rCZ7J2AIOuppOuyhOyXkCDrjIDtlZwg7J2867CY7KCB7J24IFVSTCDtmJXsi50g7Jik66WYIOuMgOyLoCDsnbQg6rWs7LK07KCB7J24IOyYpOulmOulvCDrs7Tqs6Dtlanri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNQrCjhyZWRpcmVjdC11cmwtZG9jLXBsYWNlaG9sZGVyUGBtX3JlZGlyZWN0X3VybGAgbGVmdCBhcyB0aGUgZG9jIGV4YW1wbGVeYG1fcmVkaXJlY3RfdXJsYCDsmIjsi5wg6rCS7J2EIOq3uOuMgOuhnCDsgqzsmqkOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgqWASg/aSleaHR0cHM/Oi8vKHRlc3R0ZXN0XC50ZXN0fCh3d3dcLik/eW91cmRvbWFpblwuY29tKSg6WzAtOV0rKT8oWy8/I10uKik/JAAAAAH8AWBtX3JlZGlyZWN0X3VybGAge3ZhbHVlfSBpcyB0aGUgZG9jIGV4YW1wbGU6IG1vYmlsZSBidXllcnMgd291bGQgYmUgc2VudCB0byBhIHBhZ2UgdGhhdCBpcyBub3QgeW91cnM7IHVzZSB5b3VyIG93biByZXN1bHQgcGFnZaIDYG1fcmVkaXJlY3RfdXJsYCDqsJIge3ZhbHVlfeydgCjripQpIOusuOyEnOydmCDsmIjsi5wg6rCS7J6F64uI64ukLiDrqqjrsJTsnbwg6rWs66ek7J6Q6rCAIOqzoOqwneyCrOydmCDtjpjsnbTsp4DqsIAg7JWE64uMIOqzs+ycvOuhnCDsnbTrj5ntlZjrr4DroZwg6rOg6rCd7IKs7J2YIOqysOygnCDqsrDqs7wg7Y6Y7J207KeAIFVSTOydhCDsnoXroKXtlZjshLjsmpQAALgGQm90aCBTREsgZXhhbXBsZXMgb24gdGhlIEtDUCBwYWdlIHNlbmQgYG1fcmVkaXJlY3RfdXJsOiAiaHR0cHM6Ly90ZXN0dGVzdC50ZXN0ImA7IGAudGVzdGAgaXMgYSByZXNlcnZlZCBkb21haW4gdGhhdCBuZXZlciByZXNvbHZlcywgc28gdGhlIG1vYmlsZSByZXN1bHQgcGFnZSBpcyBsb3N0LiBUaGUgbGVnYWN5IGlhbXBvcnQgbWFudWFsJ3Mgc2FtcGxlLCBzdGlsbCBjb3BpZWQgaW50byBtZXJjaGFudCBjb2RlLCBzZW5kcyBgaHR0cHM6Ly93d3cueW91cmRvbWFpbi5jb20vcGF5bWVudHMvY29tcGxldGVgOiBhIHJlYWwgZG9tYWluIHRoYXQgaXMgbm90IHRoZSBtZXJjaGFudCdzLCB3aGljaCB0aGVuIHJlY2VpdmVzIHRoZSBtb2JpbGUgYnV5ZXIgYW5kIHRoZSBwYXltZW50IHJlc3VsdCBpbiBpdHMgcXVlcnkgc3RyaW5nLrQIS0NQIOyXsOuPmSDrrLjshJzsnZggU0RLIOyYiOygnCDrkZAg6rCc64qUIOuqqOuRkCBgbV9yZWRpcmVjdF91cmw6ICJodHRwczovL3Rlc3R0ZXN0LnRlc3QiYOulvCDrs7Trg4Xri4jri6QuIGAudGVzdGDripQg7KO87IaM6rCAIO2VtOyEneuQmOyngCDslYrripQg7JiI7JW9IOuPhOuplOyduOydtOuvgOuhnCDrqqjrsJTsnbwg6rKw7KCcIOqysOqzvCDtjpjsnbTsp4DqsIAg7IKs65287KeR64uI64ukLiDsp4DquIjrj4Qg6rOg6rCd7IKsIOy9lOuTnOyXkCDrs7XsgqzrkJjripQg6rWsIOyVhOyehO2PrO2KuCDrp6TribTslrzsnZgg7JiI7KCc64qUIGBodHRwczovL3d3dy55b3VyZG9tYWluLmNvbS9wYXltZW50cy9jb21wbGV0ZWDrpbwg67O064K064qU642wLCDsnbTripQg6rOg6rCd7IKs7J2YIOqyg+ydtCDslYTri4wg7Iuk7KCcIOuPhOuplOyduOydtOyWtOyEnCDrqqjrsJTsnbwg6rWs66ek7J6Q7JmAIOy/vOumrCDrrLjsnpDsl7Tsl5Ag64u06ri0IOqysOygnCDqsrDqs7zrpbwg6re4IOuPhOuplOyduOydtCDrsJvqsowg65Cp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1NSVNDLTAwNgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyWLAouYXBwLXNjaGVtZS1zYW1wbGUtdmFsdWVGYGFwcF9zY2hlbWVgIGxlZnQgYXMgYSBzYW1wbGUgdmFsdWVWYGFwcF9zY2hlbWVgIOyYiOyLnCDqsJLsnYQg6re464yA66GcIOyCrOyaqQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCBRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgrWASg/aSleXHMqKGV4YW1wbGV8aWFtcG9ydGFwcHxleGFtcGxlZm9ycm58ZXhhbXBsZWZvcm1hbmFnZWRleHBvfGZsdXR0ZXJleGFtcGxlfGlvXC5pb25pY1wuc3RhcnRlcikoOi8vKT9ccyokAAAAAaQDYGFwcF9zY2hlbWVgIHt2YWx1ZX0gaXMgdGhlIHNhbXBsZSB2YWx1ZSBvZiBQb3J0T25lJ3MgYXBwIGV4YW1wbGVzOiBjYXJkIGFuZCBiYW5rIGFwcHMgcmV0dXJuIHRvIHRoaXMgc2NoZW1lIGFmdGVyIGF1dGhlbnRpY2F0aW9uLCBzbyB1c2UgdGhlIFVSTCBzY2hlbWUgcmVnaXN0ZXJlZCBmb3IgeW91ciBhcHAgKEluZm8ucGxpc3QsIEFuZHJvaWRNYW5pZmVzdC54bWwp4ANgYXBwX3NjaGVtZWAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag7JWxIOyYiOygnOydmCDsmIjsi5wg6rCS7J6F64uI64ukLiDsubTrk5zsgqzCt+ydgO2WiSDslbHsnbQg7J247KadIO2bhCDsnbQgVVJMIHNjaGVtZeycvOuhnCDrj4zslYTsmKTrr4DroZwg6rOg6rCd7IKsIOyVseyXkCDrk7HroZ3tlZwgVVJMIHNjaGVtZShJbmZvLnBsaXN0LCBBbmRyb2lkTWFuaWZlc3QueG1sKeydhCDsnoXroKXtlZjshLjsmpQAANwKYGFwcF9zY2hlbWVgIGlzIHRoZSBVUkwgc2NoZW1lIHRoYXQgSVNQLCBhcHAtY2FyZCBhbmQgYmFuayBhcHBzIG9wZW4gdG8gcmV0dXJuIHRoZSBidXllciB0byB0aGUgbWVyY2hhbnQncyBhcHAgYWZ0ZXIgYXV0aGVudGljYXRpb24gKEtDUCBwYWdlIGFuZCBTREsgcmVmZXJlbmNlOiByZXF1aXJlZCBpbiBhcHAgV2ViVmlld3MpLiBUaGUgc2FtcGxlczogYGV4YW1wbGVmb3JybmAgKHRoZSBSZWFjdCBOYXRpdmUgd3JhcHBlcidzIGV4YW1wbGUgYXBwKSwgYGV4YW1wbGVmb3JtYW5hZ2VkZXhwb2AgKGl0cyBFeHBvIGV4YW1wbGUpLCBgZmx1dHRlcmV4YW1wbGVgICh0aGUgRmx1dHRlciB3cmFwcGVyJ3MpLCBgaW8uaW9uaWMuc3RhcnRlcmAgKHRoZSBDYXBhY2l0b3Igd3JhcHBlcidzKSwgYGV4YW1wbGVgICh0aGUgd3JhcHBlcnMnIFJFQURNRXMpIGFuZCBgaWFtcG9ydGFwcGAgKHRoZSBsZWdhY3kgaWFtcG9ydCBtYW51YWwpLiBSZWFsIGFwcHMgY29weSB0aGVtOyBsZWZ0IGFzIGlzLCB0aGUgYnV5ZXIgaXMgc2VudCB0byBhbm90aGVyIGFwcCAob3Igbm9uZSkgYW5kIHRoZSBwYXltZW50IGlzIHN0cmFuZGVkLiBQb3J0T25lIHN0YWZmIGhhdmUgYW5zd2VyZWQgbWVyY2hhbnQgcmVwb3J0cyBvZiB0aGlzIGZhaWx1cmUgd2l0aCAicmVwbGFjZSB0aGUgYXBwX3NjaGVtZSB2YWx1ZSB3aXRoIHlvdXIgb3duIi72DGBhcHBfc2NoZW1lYOydgCBJU1AsIOyVsey5tOuTnCwg7J2A7ZaJIOyVseydtCDsnbjspp0g7ZuEIOq1rOunpOyekOulvCDqs6DqsJ3sgqwg7JWx7Jy866GcIOuPjOugpOuztOuCtOq4sCDsnITtlbQg7Jes64qUIFVSTCBzY2hlbWXsnoXri4jri6QoS0NQIOyXsOuPmSDrrLjshJzsmYAgU0RLIO2MjOudvOuvuO2EsCDrrLjshJw6IOyVsSBXZWJWaWV37JeQ7IScIO2VhOyImCkuIOyYiOyLnCDqsJLsnYAgYGV4YW1wbGVmb3JybmAoUmVhY3QgTmF0aXZlIOuqqOuTiOydmCDsmIjsoJwg7JWxKSwgYGV4YW1wbGVmb3JtYW5hZ2VkZXhwb2Ao6rCZ7J2AIOuqqOuTiOydmCBFeHBvIOyYiOygnCksIGBmbHV0dGVyZXhhbXBsZWAoRmx1dHRlciDrqqjrk4jsnZgg7JiI7KCcKSwgYGlvLmlvbmljLnN0YXJ0ZXJgKENhcGFjaXRvciDrqqjrk4jsnZgg7JiI7KCcKSwgYGV4YW1wbGVgKOqwgSDrqqjrk4jsnZggUkVBRE1FKSwgYGlhbXBvcnRhcHBgKOq1rCDslYTsnoTtj6ztirgg66ek64m07Ja8KeyeheuLiOuLpC4g7Iuk7KCcIOyVseydtCDsnbQg6rCS7J2EIOuzteyCrO2VmOuKlOuNsCwg6re464yA66GcIOuRkOuptCDqtazrp6TsnpDqsIAg64uk66W4IOyVseycvOuhnCDrs7TrgrTsp4DqsbDrgpgg7Ja065akIOyVseycvOuhnOuPhCDrj4zslYTqsIDsp4Ag66q77ZW0IOqysOygnOqwgCDspJHqsITsl5Ag66mI7Lal64uI64ukLiDtj6ztirjsm5Ag64u064u57J6Q64qUIOydtCDrrLjsoJzrpbwg6rKq7J2AIOqzoOqwneyCrCDrrLjsnZjsl5AgImFwcF9zY2hlbWUg6rCS7J2EIOqzoOqwneyCrOydmCDqsJLsnLzroZwg67CU6r646528IuqzoCDri7Xrs4DtlojsirXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOIsCiZub3RpY2UtdXJsLWFic29sdXRlQGBub3RpY2VfdXJsYCBub3QgYW4gYWJzb2x1dGUgVVJMSGBub3RpY2VfdXJsYOydtCDsoIjrjIAgVVJM7J20IOyVhOuLmAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECHAIIBgIuAAACCEAGAi4AAAIGCl5ccyokBgIuAAACEAZ1cmwGAi4AAAIGCFt7fV0AAAAIGm5vdGljZV91cmxbKl0ABAAUbm90aWNlX3VybIgBBAIcAgQGAi4AAAIQBnVybAYCLgAAAgYIW3t9XQAAAAG2AWB7ZmllbGR9YCB7dmFsdWV9IG11c3QgYmUgYW4gYWJzb2x1dGUgaHR0cChzKSBVUkw6IFBvcnRPbmUncyBzZXJ2ZXIgcG9zdHMgdGhlIHdlYmhvb2sgdG8gaXSCAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOygiOuMgCBVUkwoaHR0cC9odHRwcynsnbTslrTslbwg7ZWp64uI64ukLiDtj6ztirjsm5Ag7ISc67KE6rCAIOydtCDso7zshozroZwg7Ju57ZuF7J2EIOuztOuDheuLiOuLpAAAggVgbm90aWNlX3VybGAgKGEgc3RyaW5nIG9yLCBvbiB0aGUgS0NQIHBhZ2UsIGFuIGFycmF5IG9mIHN0cmluZ3MpIHJlcGxhY2VzIHRoZSBjb25zb2xlJ3Mgd2ViaG9vayBVUkwgZm9yIHRoaXMgcGF5bWVudCBhbmQgdGhlIGNvbnNvbGUgVVJMIGlzIHRoZW4gbm90IGNhbGxlZDsgUG9ydE9uZSdzIHNlcnZlciBjYW4gb25seSBwb3N0IHRvIGFuIGFic29sdXRlIGh0dHAocykgVVJMLCBzbyBhIHJlbGF0aXZlIHBhdGggbG9zZXMgZXZlcnkgd2ViaG9vay4gVmFsdWVzIHdpdGggYHsuLi59YCBkb2MgcGxhY2Vob2xkZXJzIGFyZSBsZWZ0IHRvIHVybC1wbGFjZWhvbGRlci64BmBub3RpY2VfdXJsYCjrrLjsnpDsl7QsIOuYkOuKlCBLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg66y47J6Q7Je0IOuwsOyXtCnsnYAg7J20IOqysOygnOyXkCDrjIDtlbQg7L2Y7IaU7J2YIOybue2bhSBVUkzsnYQg64yA7LK07ZWY66mwLCDsnbTrlYwg7L2Y7IaU7J2YIFVSTOydgCDtmLjstpzrkJjsp4Ag7JWK7Iq164uI64ukLiDtj6ztirjsm5Ag7ISc67KE64qUIOygiOuMgCBodHRwKHMpIFVSTOuhnOunjCDsmpTssq3snYQg67O064K8IOyImCDsnojsnLzrr4DroZwsIOyDgeuMgCDqsr3roZzrpbwg7JOw66m0IOuqqOuToCDsm7ntm4XsnbQg7Jyg7Iuk65Cp64uI64ukLiBgey4uLn1gIOusuOyEnCDsmIjsi5wg7ZGc6riw6rCAIOyeiOuKlCDqsJLsnYAgdXJsLXBsYWNlaG9sZGVy6rCAIOyymOumrO2VqeuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi93ZWJob29rL3JlYWRtZS12MT92PXYxARZLQ1AtVVJMLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzCLQo0dXJsLXVucmVhY2hhYmxlLWJ5LXBvcnRvbmVgU2VydmVyLWNhbGxlZCBVUkwgb24gYSBsb2NhbCBvciBwbGFjZWhvbGRlciBob3N0WO2PrO2KuOybkCDshJzrsoTqsIAg7Zi47Lac7ZWgIOyImCDsl4bripQgVVJMDndhcm5pbmcBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQACAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECFhJsb2NhbC11cmwAAAAIGm5vdGljZV91cmxbKl0ABAAUbm90aWNlX3VybIgBBAIWEmxvY2FsLXVybAAAAAgWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AhYSbG9jYWwtdXJsAAAACC5zY2hlZHVsZXNbKl0ubm90aWNlX3VybAAGABJzY2hlZHVsZXMABAAUbm90aWNlX3VybIgBAhYSbG9jYWwtdXJsAAAAAaACYHtmaWVsZH1gIHt2YWx1ZX0gcG9pbnRzIHRvIGEgbG9jYWwsIHByaXZhdGUgb3IgcGxhY2Vob2xkZXIgaG9zdCB0aGF0IFBvcnRPbmUncyBzZXJ2ZXJzIGNhbm5vdCByZWFjaDogdXNlIGEgcHVibGljIFVSTCAoYSB0dW5uZWwgaW4gZGV2ZWxvcG1lbnQpjgNge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag7ISc67KE6rCAIOygkeq3vO2VoCDsiJgg7JeG64qUIOuhnOy7rMK37IKs7ISkwrfsmIjsi5wg7KO87IaM7J6F64uI64ukLiDsmbjrtoDsl5DshJwg7KCR6re8IOqwgOuKpe2VnCBVUkzsnYQg7J6F66Cl7ZWY7IS47JqUICjqsJzrsJwg7KSR7JeQ64qUIO2EsOuEkOungSDso7zshowpAADUBmBub3RpY2VfdXJsYCAod2ViaG9vaykgYW5kIGBjb25maXJtX3VybGAgKGNvbmZpcm0gcHJvY2VzcykgYXJlIGNhbGxlZCBieSBQb3J0T25lJ3Mgc2VydmVycywgbm90IGJ5IHRoZSBidXllcidzIGJyb3dzZXIsIHNvIGBsb2NhbGhvc3RgLCBwcml2YXRlIGFkZHJlc3NlcyBhbmQgcmVzZXJ2ZWQgbmFtZXMgc3VjaCBhcyB0aGUgZG9jcycgYHRlc3R0ZXN0LnRlc3RgIG5ldmVyIHJlY2VpdmUgdGhlbTogd2ViaG9va3MgYXJlIGxvc3QsIGFuZCBhbiB1bnJlYWNoYWJsZSBjb25maXJtX3VybCBtYWtlcyBldmVyeSBwYXltZW50IGZhaWwuIFRoZSBzYW1lIGhvbGRzIGZvciBgbm90aWNlX3VybGAgb2YgdGhlIFJFU1QgY2FsbHMgYW5kIG9mIGVhY2ggc2NoZWR1bGUuIFdhcm5pbmcsIHNpbmNlIGEgdGVzdCBzZXR1cCBtYXkgZG8gdGhpcyBvbiBwdXJwb3NlLqAIYG5vdGljZV91cmxgKOybue2bhSnqs7wgYGNvbmZpcm1fdXJsYChjb25maXJtIHByb2Nlc3Mp7J2AIOq1rOunpOyekOydmCDruIzrnbzsmrDsoIDqsIAg7JWE64uI6528IO2PrO2KuOybkCDshJzrsoTqsIAg7Zi47Lac7ZWY66+A66GcLCBgbG9jYWxob3N0YCwg7IKs7ISkIOyjvOyGjCwg66y47ISc7J2YIGB0ZXN0dGVzdC50ZXN0YCDqsJnsnYAg7JiI7JW965CcIOydtOumhOycvOuhnOuKlCDtmLjstpzsnYQg67Cb7J2EIOyImCDsl4bsirXri4jri6QuIOybue2bheydtCDsnKDsi6TrkJjqs6AsIOygkeq3vO2VoCDsiJgg7JeG64qUIGNvbmZpcm1fdXJs7J2AIOuqqOuToCDqsrDsoJzrpbwg7Iuk7Yyo7ZWY6rKMIOunjOuTreuLiOuLpC4gUkVTVCBBUEkg7JqU7LKt6rO8IOqwgSDsmIjslb0g6rG07J2YIGBub3RpY2VfdXJsYOyXkOuPhCDrp4jssKzqsIDsp4DsnoXri4jri6QuIO2FjOyKpO2KuCDtmZjqsr3sl5DshJzripQg7J2Y64+E7KCB7Jy866GcIOydtOugh+qyjCDtlaAg7IiYIOyeiOycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vd2ViaG9vay9yZWFkbWUtdjE/dj12MQEWS0NQLVVSTC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1smi4KOGNvbmZpcm0tdXJsLW5lZWRzLWFjdGl2YXRpb25SYGNvbmZpcm1fdXJsYCBuZWVkcyBhY3RpdmF0aW9uIGJ5IFBvcnRPbmVWYGNvbmZpcm1fdXJsYOydgCDtj6ztirjsm5Ag7Zmc7ISx7ZmUIO2VhOyalAhpbmZvAQECFnNkay1wYXltZW50AQAEBhZjb25maXJtX3VybAACABZjb25maXJtX3VybDQCEAZ1cmwEBhZjb25maXJtX3VybAACABZjb25maXJtX3VybDQCEBJsb2NhbC11cmwCAgIWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AAAAAbICYGNvbmZpcm1fdXJsYCBvbmx5IHdvcmtzIGFmdGVyIFBvcnRPbmUgdGVjaCBzdXBwb3J0IGVuYWJsZXMgdGhlIGNvbmZpcm0gcHJvY2VzczsgdGhlIGVuZHBvaW50IG11c3QgYW5zd2VyIDIwMCB3aXRoaW4gMTAgc2Vjb25kcyBvciB0aGUgcGF5bWVudCBpcyBhYm9ydGVkpANgY29uZmlybV91cmxg7J2AIO2PrO2KuOybkCDquLDsiKDsp4Dsm5DtjIDsl5Ag7JqU7LKt7ZW0IGNvbmZpcm0gcHJvY2Vzc+ulvCDtmZzshLHtmZTtlZwg7ZuEIOyCrOyaqe2VoCDsiJgg7J6I7Iq164uI64ukLiDsl5Trk5ztj6zsnbjtirjqsIAgMTDstIgg7JWI7JeQIDIwMOycvOuhnCDsnZHri7XtlZjsp4Ag7JWK7Jy866m0IOqysOygnOqwgCDspJHri6jrkKnri4jri6QAAP4DVGhlIFNESyByZWZlcmVuY2U6IHVzaW5nIGBjb25maXJtX3VybGAgbmVlZHMgYSBzZXBhcmF0ZSByZXF1ZXN0IHRvIHN1cHBvcnRAcG9ydG9uZS5pby4gVGhlIGNvbmZpcm0tcHJvY2VzcyBwYWdlOiBQb3J0T25lIHBvc3RzIGltcF91aWQsIG1lcmNoYW50X3VpZCBhbmQgYW1vdW50IGp1c3QgYmVmb3JlIGFwcHJvdmFsLCB3YWl0cyAxMCBzZWNvbmRzLCBhbmQgYW55IG5vbi0yMDAgYW5zd2VyIGFib3J0cyB0aGUgcGF5bWVudC4gQWR2aWNlIG9ubHkuxgVTREsg7YyM652866+47YSwIOusuOyEnOyXkCDrlLDrpbTrqbQgYGNvbmZpcm1fdXJsYOydhCDsgqzsmqntlZjroKTrqbQgc3VwcG9ydEBwb3J0b25lLmlv7JeQIOuzhOuPhOuhnCDsmpTssq3tlbTslbwg7ZWp64uI64ukLiBjb25maXJtIHByb2Nlc3Mg66y47ISc7JeQIOuUsOultOuptCDtj6ztirjsm5DsnYAg7Iq57J24IOyngeyghOyXkCBpbXBfdWlkLCBtZXJjaGFudF91aWQsIGFtb3VudOulvCBQT1NU66GcIOuztOuCuCDrkqQgMTDstIjqsIQg6riw64uk66as66mwLCAyMDDsnbQg7JWE64uMIOydkeuLteydtCDsmKTrqbQg6rKw7KCc66W8IOykkeuLqO2VqeuLiOuLpC4g6raM6rOgIOyCrO2VreydvCDrv5DsnoXri4jri6QukgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vZXh0cmEvY29uZmlybS1wcm9jZXNzL3JlYWRtZS12MT92PXYxARhLQ1AtTUlTQy0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s7i4KIGF1dGgtbW9kZS1rZXktaW46YGF1dGhfbW9kZWAgb3RoZXIgdGhhbiBrZXktaW4sYGF1dGhfbW9kZWAg6rCSIOyYpOulmAplcnJvcgEBAhZzZGstcGF5bWVudAACCBJhdXRoX21vZGUAAgASYXV0aF9tb2RlMgICAgYMa2V5LWluAAAAAYYCYGF1dGhfbW9kZWAge3ZhbHVlfSBpcyBub3Qgc3VwcG9ydGVkIGJ5IEtDUDogdGhlIG9ubHkgdmFsdWUgaXMgImtleS1pbiIgKGtleS1pbiBwYXltZW50IHdpbmRvdyk7IGxlYXZlIGl0IG91dCBmb3IgdGhlIG5vcm1hbCB3aW5kb3fWAmBhdXRoX21vZGVgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQ7JeQ7IScIOyngOybkO2VmOyngCDslYrsirXri4jri6QuIO2CpOyduCDqsrDsoJzssL3snYAgImtleS1pbiLsnLzroZzrp4wg7Zi47Lac7ZWY66mwIOydvOuwmCDqsrDsoJzssL3snYAg7YyM652866+47YSw66W8IOyDneuete2VmOyEuOyalAAAvgFUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBhdXRoX21vZGU6ICJrZXktaW4iYCAo7YKk7J246rKw7KCcIOydtOyaqeyLnCDshKTsoJUpIGFzIHRoZSBvbmx5IHZhbHVlLtwBS0NQIOyXsOuPmSDrrLjshJzripQgYGF1dGhfbW9kZTogImtleS1pbiJgKO2CpOyduOqysOygnCDsnbTsmqnsi5wg7ISk7KCVKSDtlZjrgpjrp4wg6rCS7Jy866GcIOyViOuCtO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtTUlTQy0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1ssC8KMnNkay1wYXJhbXMtaWdub3JlZC1ieS1rY3A4UGFyYW1ldGVyIG9mIGFub3RoZXIgZ2F0ZXdheUDri6TrpbggUEfsgqwg7KCE7JqpIO2MjOudvOuvuO2EsAhpbmZvAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAhwOYml6X251bQACAA5iaXpfbnVtigEMcGVyaW9kAAIADHBlcmlvZIwBGG5pY2VNb2JpbGVWMgACABhuaWNlTW9iaWxlVjKOARZuYXZlclVzZUNmbQACABZuYXZlclVzZUNmbZABHG5hdmVyUG9wdXBNb2RlAAIAHG5hdmVyUG9wdXBNb2RlkgEabmF2ZXJQcm9kdWN0cwACABpuYXZlclByb2R1Y3RzlAEmbmF2ZXJDdWx0dXJlQmVuZWZpdAACACZuYXZlckN1bHR1cmVCZW5lZml0lgEgbmF2ZXJQcm9kdWN0Q29kZQACACBuYXZlclByb2R1Y3RDb2RlmAEebmF2ZXJBY3Rpb25UeXBlAAIAHm5hdmVyQWN0aW9uVHlwZZoBHG5hdmVySW50ZXJmYWNlAAIAHG5hdmVySW50ZXJmYWNlnAEYbmF2ZXJDaGFpbklkAAIAGG5hdmVyQ2hhaW5JZJ4BKG5hdmVyTWVyY2hhbnRVc2VyS2V5AAIAKG5hdmVyTWVyY2hhbnRVc2VyS2V5oAEkbmF2ZXJQdXJjaGFzZXJOYW1lAAIAJG5hdmVyUHVyY2hhc2VyTmFtZaIBLG5hdmVyUHVyY2hhc2VyQmlydGhkYXkAAgAsbmF2ZXJQdXJjaGFzZXJCaXJ0aGRheaQBAAAAAdABYHtmaWVsZH1gIGlzIGEgcGFyYW1ldGVyIG9mIGFub3RoZXIgZ2F0ZXdheSAoRGFuYWwsIE5JQ0UsIEtHIEluaWNpcyBvciBOYXZlciBQYXkgZGlyZWN0KTogS0NQIGlnbm9yZXMgaXTEAmB7ZmllbGR9YOydgCjripQpIOuLpOuluCBQR+yCrCjri6TrgqAsIOuCmOydtOyKpO2OmOydtOuovOy4oCwgS0fsnbTri4jsi5zsiqQsIOuEpOydtOuyhO2OmOydtCDsp4Hsl7Drj5kpIOyghOyaqSDtjIzrnbzrr7jthLDsnbTrr4DroZwgS0NQ7JeQ7ISc64qUIOustOyLnOuQqeuLiOuLpAAAlAlUaGUgU0RLIHJlZmVyZW5jZSBtYXJrcyBgYml6X251bWAgYXMgRGFuYWwgdmlydHVhbCBhY2NvdW50cyBvbmx5OyBQb3J0T25lJ3MgTklDRSBwYWdlIGRvY3VtZW50cyBgbmljZU1vYmlsZVYyYDsgYHBlcmlvZGAgaXMgZm9yIEluaWNpcywgRGFuYWwgYW5kIE5JQ0U7IHRoZSBgbmF2ZXIqYCBwYXJhbWV0ZXJzIGJlbG9uZyB0byBhIE5hdmVyIFBheSBkaXJlY3QgY2hhbm5lbCAoS0NQJ3MgYG5hdmVycGF5YCBtZXRob2QgZ29lcyB0aHJvdWdoIEtDUCkuIEhhcm1sZXNzLCBidXQgYSBzaWduIG9mIGEgcGFyYW1ldGVyIG9iamVjdCBzaGFyZWQgYmV0d2VlbiBnYXRld2F5cy4gQSBiaWxsaW5nLWtleSB3aW5kb3cgaXMgdGhlIHNhbWUgYHJlcXVlc3RfcGF5YCBjYWxsLCBzbyB0aGUgc2FtZSBob2xkcyB0aGVyZSAoUG9ydE9uZSdzIEFuZHJvaWQgYW5kIGlPUyBTREtzIGFuZCBpdHMgQ29yZG92YSBwbHVnaW4gc2VuZCBgbmljZU1vYmlsZVYyOiB0cnVlYCB3aXRoIGV2ZXJ5IHJlcXVlc3QsIHRoZSBGbHV0dGVyIG1vZHVsZSB3aGVuIHRoZSBhcHAgcGFzc2VzIGl0KTogYW4gaW5mbywgbm90IGBmaWVsZC11bmtub3duYCdzIHdhcm5pbmcuwgxTREsg7YyM652866+47YSwIOusuOyEnOuKlCBgYml6X251bWDsnYQg64uk64KgIOqwgOyDgeqzhOyijCDsoITsmqnsnLzroZwg7ZGc7Iuc7ZWY6rOgLCDtj6ztirjsm5DsnZgg64KY7J207Iqk7Y6Y7J2066i87LigIOyXsOuPmSDrrLjshJzripQgYG5pY2VNb2JpbGVWMmDrpbwg7JWI64K07ZWp64uI64ukLiBgcGVyaW9kYOuKlCBLR+ydtOuLiOyLnOyKpCwg64uk64KgLCDrgpjsnbTsiqTtjpjsnbTrqLzsuKDsmqnsnbTrqbAsIGBuYXZlcipgIO2MjOudvOuvuO2EsOuKlCDrhKTsnbTrsoTtjpjsnbQg7KeB7Jew64+ZIOyxhOuEkOyXkCDsho3tlanri4jri6QoS0NQ7J2YIGBuYXZlcnBheWAg6rKw7KCc7IiY64uo7J2AIEtDUOulvCDqsbDsuanri4jri6QpLiDtlbTroa3sp4DripQg7JWK7KeA66eMLCDsl6zrn6wgUEfsgqzqsIAg7YyM652866+47YSwIOqwneyytOulvCDqs7XsnKDtlZjqs6Ag7J6I64uk64qUIOyLoO2YuOyeheuLiOuLpC4g67mM66eB7YKkIOuwnOq4iSDqsrDsoJzssL3rj4Qg6rCZ7J2AIGByZXF1ZXN0X3BheWAg7Zi47Lac7J2066+A66GcIOuniOywrOqwgOyngOyeheuLiOuLpCjtj6ztirjsm5AgQW5kcm9pZMK3aU9TIFNES+yZgCBDb3Jkb3ZhIO2UjOufrOq3uOyduOydgCDrqqjrk6Ag7JqU7LKt7JeQIGBuaWNlTW9iaWxlVjI6IHRydWVg66W8IOuztOuCtOupsCwgRmx1dHRlciDrqqjrk4jsnYAg7JWx7J20IOydtCDqsJLsnYQg64SY6ri4IOuVjCDrs7Trg4Xri4jri6QpLiDrlLDrnbzshJwgYGZpZWxkLXVua25vd25g7J2YIOqyveqzoOqwgCDslYTri4wg7KCV67O0IOyImOykgOyeheuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQEYS0NQLU1JU0MtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOAvCix0ZXN0LXNpdGUtYW1vdW50LXJhbmdlUEFtb3VudCBvdXRzaWRlIHRoZSBLQ1AgdGVzdCBzaXRlJ3MgcmFuZ2VeS0NQIO2FjOyKpO2KuCDsgqzsnbTtirjsvZTrk5wg6riI7JWhIOuylOychCDrsJYIaW5mbwEBAhZzZGstcGF5bWVudAEABAYEcGcAAgAEcGcWAgIGEmtjcC5UMDAwMAYMYW1vdW50AAIADGFtb3VudAwCCAQCCAxhbW91bnQAAgAMYW1vdW50DAIcAgQGAi4AAAQKBmd0ZQAAAAAAAECPQAgxMDAwCgZsdGUAAAAAAACMs0AINTAwNAYCLgAAAgIEAAAAAIBq6EAKNTAwMDQAAAABvAJgYW1vdW50YCB7dmFsdWV9IG9uIHRoZSBwdWJsaWMgS0NQIHRlc3Qgc2l0ZSAoYGtjcC5UMDAwMGApIG1heSBiZSByZWZ1c2VkOiBLQ1AgdGVzdCB0cmFuc2FjdGlvbnMgdGFrZSAxLDAwMC01LDAwNCBLUlcgbHVtcCBzdW0gb3IgNTAsMDA0IEtSVyB3aXRoIGluc3RhbGxtZW50c5ADS0NQIOqzteyaqSDthYzsiqTtirgg7IKs7J207Yq47L2U65OcKGBrY3AuVDAwMDBgKeyXkOyEnCBgYW1vdW50YCDqsJIge3ZhbHVlfeydgCjripQpIOqxsOygiOuQoCDsiJgg7J6I7Iq164uI64ukLiDthYzsiqTtirgg6rGw656Y64qUIOydvOyLnOu2iCAxLDAwMH41LDAwNOybkCDrmJDripQg7ZWg67aAIDUwLDAwNOybkOunjCDqsIDriqXtlanri4jri6QAAMgES0NQJ3MgcmVzdWx0IGNvZGUgODEyOSAoUG9ydE9uZSdzIEtDUCBjb2RlIHdvcmtib29rKSBzYXlzIHRlc3QgdHJhbnNhY3Rpb25zIG11c3QgYmUgMSwwMDAgdG8gNSwwMDQgS1JXIGx1bXAgc3VtIG9yIDUwLDAwNCBLUlcgd2l0aCBpbnN0YWxsbWVudHMuIE9ubHkgdGhlIHB1YmxpYyB0ZXN0IHNpdGUgY29kZSBpcyByZWNvZ25pc2FibGUgaW4gdGhlIHBheWxvYWQsIGFuZCBQb3J0T25lJ3MgcGxheWdyb3VuZCB1c2VzIG90aGVyIGFtb3VudHMgb24gaXRzIG93biB0ZXN0IGNoYW5uZWwsIHNvIGFkdmljZSBvbmx5LvQFS0NQIOqysOqzvCDsvZTrk5wgODEyOSjtj6ztirjsm5DsnZggS0NQIOy9lOuTnCDsm4ztgazrtoEp7JeQIOuUsOultOuptCDthYzsiqTtirgg6rGw656Y64qUIOydvOyLnOu2iCAxLDAwMH41LDAwNOybkCDrmJDripQg7ZWg67aAIDUwLDAwNOybkOydtOyWtOyVvCDtlanri4jri6QuIO2OmOydtOuhnOuTnOyXkOyEnCDslYzslYTrs7wg7IiYIOyeiOuKlCDqsoPsnYAg6rO17JqpIO2FjOyKpO2KuCDsgqzsnbTtirjsvZTrk5zrv5DsnbTrqbAsIO2PrO2KuOybkCDtlIzroIjsnbTqt7jrnbzsmrTrk5zripQg7J6Q7LK0IO2FjOyKpO2KuCDssYTrhJDsl5DshJwg64uk66W4IOq4iOyVoeydhCDsgqzsmqntlZjrr4DroZwg6raM6rOgIOyCrO2VreydvCDrv5DsnoXri4jri6QugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMz92PXYxARhLQ1AtVEVTVC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1stDAKKG1lcmNoYW50LXVpZC1taXNzaW5nMmBtZXJjaGFudF91aWRgIGlzIG1pc3NpbmcqYG1lcmNoYW50X3VpZGAg64iE6529CmVycm9yAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAAIYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoAAAABsAFgbWVyY2hhbnRfdWlkYCBpcyByZXF1aXJlZDogc2VuZCB5b3VyIG93biBvcmRlciBudW1iZXIsIHVuaXF1ZSBmb3IgZXZlcnkgcGF5bWVudCByZXF1ZXN09AFgbWVyY2hhbnRfdWlkYCjqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgp64qUIO2VhOyImOyeheuLiOuLpC4g6rKw7KCcIOyalOyyreuniOuLpCDqs6DsnKDtlZjqsowg7LGE67KI7ZW07JW8IO2VqeuLiOuLpAAAhgRUaGUgS0NQIHBhZ2UgbGlzdHMgYG1lcmNoYW50X3VpZGAgYW1vbmcgdGhlIG1haW4gcGFyYW1ldGVycyBvZiBJTVAucmVxdWVzdF9wYXkgKGFsc28gaW4gaXRzIGJpbGxpbmcta2V5IGV4YW1wbGUpIGFuZCB0aGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgaXQgcmVxdWlyZWQgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluLiBBbiBlbXB0eSBvciBibGFuayBzdHJpbmcgY291bnRzIGFzIG1pc3NpbmculAVLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgbWVyY2hhbnRfdWlkYOulvCBJTVAucmVxdWVzdF9wYXnsnZgg7KO87JqUIO2MjOudvOuvuO2EsOuhnCDshozqsJztlZjqs6Ao67mM66eB7YKkIOuwnOq4iSDsmIjsi5zsl5Drj4Qg7J6I7Iq164uI64ukKSwgdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZeqzvCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu7JeQ7IScIOydtOulvCDtlYTsiJjroZwg7ZGc7Iuc7ZWp64uI64ukLiDruYgg66y47J6Q7Je07J2064KYIOqzteuwseu/kOyduCDrrLjsnpDsl7TsnYAg64iE65297Jy866GcIOu0heuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtSUQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWxWCjxzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLW1pc3NpbmdQQSBzY2hlZHVsZWQgY2hhcmdlIGhhcyBubyBgbWVyY2hhbnRfdWlkYEbsmIjslb0g6rG07J2YIGBtZXJjaGFudF91aWRgIOuIhOudvQplcnJvcgEBAhpyZXN0LXNjaGVkdWxlAAIAAjJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAAAAAZABYHtmaWVsZH1gIGlzIHJlcXVpcmVkOiBldmVyeSBzY2hlZHVsZWQgY2hhcmdlIG5lZWRzIGl0cyBvd24gb3JkZXIgbnVtYmVyyAFge2ZpZWxkfWDsnYAo64qUKSDtlYTsiJjsnoXri4jri6QuIOyYiOyVvSDqsbTrp4jri6Qg6rOg7Jyg7ZWcIOyjvOusuOuyiO2YuOulvCDsoITri6ztlbTslbwg7ZWp64uI64ukAADgAmBtZXJjaGFudF91aWRgIGlzIHJlcXVpcmVkIGluIGV2ZXJ5IGl0ZW0gb2YgYHNjaGVkdWxlc2AgKFNjaGVkdWxlQW5ub3RhdGlvbiBpbiB0aGUgdjEgUkVTVCBzY2hlbWEpOyBQb3J0T25lIHJ1bnMgZWFjaCBpdGVtIGFzIGEgc2VwYXJhdGUgL2FnYWluIHBheW1lbnQgdW5kZXIgdGhhdCBvcmRlciBudW1iZXIuogNgc2NoZWR1bGVzYOydmCDrqqjrk6Ag7ZWt66qp7JeQ7IScIGBtZXJjaGFudF91aWRg64qUIO2VhOyImOyeheuLiOuLpCh2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggU2NoZWR1bGVBbm5vdGF0aW9uKS4g7Y+s7Yq47JuQ7J2AIOqwgSDtla3rqqnsnYQg6re4IOyjvOusuOuyiO2YuOuhnCDrkJwg67OE64+E7J2YIC9hZ2FpbiDqsrDsoJzroZwg7Iuk7ZaJ7ZWp64uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFEtDUC1JRC0wMDEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJ4BCi5tZXJjaGFudC11aWQtbm90LXN0cmluZzxgbWVyY2hhbnRfdWlkYCBpcyBub3QgYSBzdHJpbmdKYG1lcmNoYW50X3VpZGDqsIAg66y47J6Q7Je07J20IOyVhOuLmAplcnJvcgEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAECBhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIAAgAAAAgyc2NoZWR1bGVzWypdLm1lcmNoYW50X3VpZAAGABJzY2hlZHVsZXMABAAYbWVyY2hhbnRfdWlkCgIAAgAAAAGQAWB7ZmllbGR9YCBtdXN0IGJlIGEgc3RyaW5nLCBmb3VuZCB7dmFsdWV9OiBzZW5kIHRoZSBvcmRlciBudW1iZXIgYXMgdGV4dOIBYHtmaWVsZH1g7J2AKOuKlCkg66y47J6Q7Je07J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukLiDso7zrrLjrsojtmLjripQg66y47J6Q7Je066GcIOuztOuCtOyVvCDtlanri4jri6QAAKQDRXZlcnkgUG9ydE9uZSBzb3VyY2UgdHlwZXMgYG1lcmNoYW50X3VpZGAgYXMgYSBzdHJpbmcuIEEgbnVtYmVyIGxvc2VzIGxlYWRpbmcgemVyb3MgYW5kLCBhYm92ZSAyXjUzLCBkaWdpdHMgKEphdmFTY3JpcHQgbnVtYmVycyksIHNvIHRoZSBvcmRlciBudW1iZXIgUG9ydE9uZSBzdG9yZXMgaXMgbm90IHRoZSBvbmUgdGhlIG1lcmNoYW50J3MgZGF0YWJhc2UgaG9sZHMu8ATtj6ztirjsm5DsnZgg7Ja064qQIOyekOujjOyXkOyEnOuCmCBgbWVyY2hhbnRfdWlkYOydmCDtg4DsnoXsnYAg66y47J6Q7Je07J6F64uI64ukLiDsiKvsnpDroZwg67O064K066m0IOyVnuyekOumrOydmCAw7J20IOyCrOudvOyngOqzoCwgMl41M+ydhCDrhJjsnLzrqbQg7J6Q66a/7IiY64+EIOyGkOyLpOuQmOuvgOuhnChKYXZhU2NyaXB07J2YIOyIq+yekCksIO2PrO2KuOybkOyXkCDsoIDsnqXrkJjripQg7KO866y467KI7Zi46rCAIOqzoOqwneyCrCDrjbDsnbTthLDrsqDsnbTsiqTsnZgg7KO866y467KI7Zi47JmAIOuLrOudvOynkeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s1AEKKG1lcmNoYW50LXVpZC1jaGFyc2V0XmBtZXJjaGFudF91aWRgIGhhcyBjaGFyYWN0ZXJzIEtDUCBkb2VzIG5vdCB0YWtlbmBtZXJjaGFudF91aWRg7JeQIEtDUOqwgCDrsJvsp4Ag7JWK64qUIOusuOyekOqwgCDsnojsnYwOd2FybmluZwEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAECBhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIcAgYEBgIuAAACBhxbXkEtWmEtejAtOV8tXQQGAi4AAAIGBFxTBgIuAAACBgxbe308Pl0AAAAIMnNjaGVkdWxlc1sqXS5tZXJjaGFudF91aWQABgASc2NoZWR1bGVzAAQAGG1lcmNoYW50X3VpZAoCHAIGBAYCLgAAAgYcW15BLVphLXowLTlfLV0EBgIuAAACBgRcUwYCLgAAAgYMW3t9PD5dAAAAAfIBYHtmaWVsZH1gIGNvbnRhaW5zIGNoYXJhY3RlcnMgb3RoZXIgdGhhbiBsZXR0ZXJzLCBkaWdpdHMsIGAtYCBhbmQgYF9gOiBLQ1AgdGFrZXMgb3JkZXIgbnVtYmVycyBtYWRlIG9mIGxldHRlcnMgYW5kIGRpZ2l0c4ACYHtmaWVsZH1g7JeQIOyYgeusuCwg7Iir7J6QLCBgLWAsIGBfYCDsmbjsnZgg66y47J6Q6rCAIOyeiOyKteuLiOuLpC4gS0NQ64qUIOyYgeusuOqzvCDsiKvsnpDroZwg65CcIOyjvOusuOuyiO2YuOulvCDrsJvsirXri4jri6QAAK4LUG9ydE9uZSBwYXNzZXMgYG1lcmNoYW50X3VpZGAgdG8gS0NQIGFzIHRoZSBvcmRlciBudW1iZXIuIFBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRykgYWxsb3dzIG9ubHkgbGV0dGVycyBhbmQgZGlnaXRzIGluIGl0OyB0aGUgdjEgS0NQIHBhZ2UncyBvd24gZXhhbXBsZXMgdXNlIGAtYCBhbmQgYF9gIChgb3JkZXJfbm9fMDAwMWAsIGBBMDAwMjEtVEVTVGApLCBzbyB0aG9zZSB0d28gYXJlIGFjY2VwdGVkLiBBbnl0aGluZyBlbHNlIChIYW5ndWwsIHNwYWNlcywgYCNgLCBgL2AsIGAuYCkgaXMgYSB3YXJuaW5nLCBub3QgYW4gZXJyb3IsIGJlY2F1c2UgdGhlIHYxIGRvY3VtZW50YXRpb24gZG9lcyBub3Qgc3RhdGUgdGhlIGxpbWl0LiBCbGFuayB2YWx1ZXMgYXJlIGBtZXJjaGFudC11aWQtbWlzc2luZ2A7IGEgcGxhY2Vob2xkZXIgbGVmdCBhcyB3cml0dGVuIChge01lcmNoYW50IGNyZWF0ZWQgT3JkZXIgSUR9YCkgaXMgYG1lcmNoYW50LXVpZC1kb2Mtc2FtcGxlYC4gQSB2YWx1ZSBvdmVyIDQwIGNoYXJhY3RlcnMgZHJhd3MgYm90aCB0aGlzIHdhcm5pbmcgYW5kIGZpZWxkLWxlbmd0aCdzIGVycm9yIChgYWxvbmdzaWRlYCk6IGB0aW1lLk5vdygpLlN0cmluZygpYCBpbiBhIEdvIGNsaWVudCBpcyB0b28gbG9uZyBhbmQgaGFzIHNwYWNlcywgYDpgLCBgK2AgYW5kIGAuYCwgYW5kIGN1dHRpbmcgaXQgdG8gNDAgY2hhcmFjdGVycyBrZWVwcyB0aGVtLuwN7Y+s7Yq47JuQ7J2AIGBtZXJjaGFudF91aWRg66W8IEtDUOyXkCDso7zrrLjrsojtmLjroZwg7KCE64us7ZWp64uI64ukLiDtj6ztirjsm5AgVjIgS0NQIOyXsOuPmSDrrLjshJwoUEfsgqwg7J6Q7LK07JeQIOq0gO2VnCDsgqzsi6Qp64qUIOyjvOusuOuyiO2YuOyXkCDsmIHrrLjqs7wg7Iir7J6Q66eMIO2XiOyaqe2VmOyngOunjCwgdjEgS0NQIOyXsOuPmSDrrLjshJzsnZgg7JiI7Iuc6rCAIOyngeygkSBgLWDsmYAgYF9g66W8IOyTsOuvgOuhnChgb3JkZXJfbm9fMDAwMWAsIGBBMDAwMjEtVEVTVGApIOydtCDrkZAg66y47J6Q64qUIO2XiOyaqe2VqeuLiOuLpC4g6re4IOuwluydmCDrrLjsnpAo7ZWc6riALCDqs7XrsLEsIGAjYCwgYC9gLCBgLmAp64qUIHYxIOusuOyEnOyXkCDsoJztlZzsnbQg66qF7Iuc65CY7Ja0IOyeiOyngCDslYrsnLzrr4DroZwg7Jik66WY6rCAIOyVhOuLjCDqsr3qs6DroZwg67O06rOg7ZWp64uI64ukLiDruYgg6rCS7J2AIGBtZXJjaGFudC11aWQtbWlzc2luZ2DsnbQsIOq3uOuMgOuhnCDrgqjsnYAg7J6Q66as7ZGc7Iuc7J6QKGB7TWVyY2hhbnQgY3JlYXRlZCBPcmRlciBJRH1gKeuKlCBgbWVyY2hhbnQtdWlkLWRvYy1zYW1wbGVg7J20IOuztOqzoO2VqeuLiOuLpC4gNDDsnpDrpbwg64SY64qUIOqwkuyXkOuKlCDsnbQg6rK96rOg7JmAIGZpZWxkLWxlbmd0aOydmCDsmKTrpZjqsIAg7ZWo6ruYIOuztOqzoOuQqeuLiOuLpChgYWxvbmdzaWRlYCkuIEdvIO2BtOudvOydtOyWuO2KuOydmCBgdGltZS5Ob3coKS5TdHJpbmcoKWDsnYAg64SI66y0IOq4uOqzoCDqs7XrsLEsIGA6YCwgYCtgLCBgLmDsnYQg7Y+s7ZWo7ZWY66mwLCA0MOyekOuhnCDsnpjrnbzrj4Qg7J20IOusuOyekOuTpOydtCDrgqjquLAg65WM66y47J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1JRC0wMDMAAQDg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJgCCi5tZXJjaGFudC11aWQtZG9jLXNhbXBsZZABYG1lcmNoYW50X3VpZGAgaXMgYSBzYW1wbGUgdmFsdWUgZnJvbSB0aGUgZG9jdW1lbnRhdGlvbiBvciBhIHBsYWNlaG9sZGVyhAFgbWVyY2hhbnRfdWlkYOqwgCDrrLjshJzsnZgg7JiI7IucIOqwkuydtOqxsOuCmCDsnpDrpqztkZzsi5zsnpDsnoQOd2FybmluZwEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAICBhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIEEAYab3JkZXJfbm9fMDAwMQYgb3JkZXJfaWRfODIzNzM1MgYkb3JkZXJfbW9udGhseV8wMDAxBhZBMDAwMjEtVEVTVAYkeW91cl9tZXJjaGFudF91aWQxBiR5b3VyX21lcmNoYW50X3VpZDIGJk9SRDIwMTgwMTMxLTAwMDAwMTEGHDU3MDA4ODMzLTMzMDA0AAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAgQQBhpvcmRlcl9ub18wMDAxBiBvcmRlcl9pZF84MjM3MzUyBiRvcmRlcl9tb250aGx5XzAwMDEGFkEwMDAyMS1URVNUBiR5b3VyX21lcmNoYW50X3VpZDEGJHlvdXJfbWVyY2hhbnRfdWlkMgYmT1JEMjAxODAxMzEtMDAwMDAxMQYcNTcwMDg4MzMtMzMwMDQAAAAIGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAhwCBAQGAi4AAAIGHFteQS1aYS16MC05Xy1dBAYCLgAAAgYMW3t9PD5dAZIDYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIGEgcGxhY2Vob2xkZXIgdGhhdCB3YXMgbmV2ZXIgZmlsbGVkIGluOiBldmVyeSByZXF1ZXN0IHNlbmRzIHRoZSBzYW1lIG9yZGVyIG51bWJlciwgd2hpY2ggaXMgcmVmdXNlZCBvbmNlIGl0IGhhcyBiZWVuIHBhaWQgKEYxMDAyKTsgZ2VuZXJhdGUgYSB1bmlxdWUgb3JkZXIgbnVtYmVyIGZvciBldmVyeSBwYXltZW50+gNge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDssYTsm4zsp4Dsp4Ag7JWK7J2AIOyekOumrO2RnOyLnOyekOyeheuLiOuLpC4g66qo65OgIOyalOyyreydtCDqsJnsnYAg7KO866y467KI7Zi466W8IOuztOuCtOqyjCDrkJjslrQg7ZWcIOuyiCDqsrDsoJzrkJwg65Kk7JeQ64qUIOqxsOygiOuQqeuLiOuLpChGMTAwMikuIOqysOygnCDsmpTssq3rp4jri6Qg6rOg7Jyg7ZWcIOyjvOusuOuyiO2YuOulvCDssYTrsojtlbTslbwg7ZWp64uI64ukAAAIMnNjaGVkdWxlc1sqXS5tZXJjaGFudF91aWQABgASc2NoZWR1bGVzAAQAGG1lcmNoYW50X3VpZAoCHAIEBAYCLgAAAgYcW15BLVphLXowLTlfLV0EBgIuAAACBgxbe308Pl0BkgNge2ZpZWxkfWAgaXMge3ZhbHVlfSwgYSBwbGFjZWhvbGRlciB0aGF0IHdhcyBuZXZlciBmaWxsZWQgaW46IGV2ZXJ5IHJlcXVlc3Qgc2VuZHMgdGhlIHNhbWUgb3JkZXIgbnVtYmVyLCB3aGljaCBpcyByZWZ1c2VkIG9uY2UgaXQgaGFzIGJlZW4gcGFpZCAoRjEwMDIpOyBnZW5lcmF0ZSBhIHVuaXF1ZSBvcmRlciBudW1iZXIgZm9yIGV2ZXJ5IHBheW1lbnT6A2B7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOyxhOybjOyngOyngCDslYrsnYAg7J6Q66as7ZGc7Iuc7J6Q7J6F64uI64ukLiDrqqjrk6Ag7JqU7LKt7J20IOqwmeydgCDso7zrrLjrsojtmLjrpbwg67O064K06rKMIOuQmOyWtCDtlZwg67KIIOqysOygnOuQnCDrkqTsl5DripQg6rGw7KCI65Cp64uI64ukKEYxMDAyKS4g6rKw7KCcIOyalOyyreuniOuLpCDqs6DsnKDtlZwg7KO866y467KI7Zi466W8IOyxhOuyiO2VtOyVvCDtlanri4jri6QAAAHmAWB7ZmllbGR9YCBpcyB7dmFsdWV9LCBhIHNhbXBsZSB2YWx1ZSBmcm9tIFBvcnRPbmUncyBkb2N1bWVudGF0aW9uOiBnZW5lcmF0ZSBhIHVuaXF1ZSBvcmRlciBudW1iZXIgZm9yIGV2ZXJ5IHBheW1lbnSWAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIO2PrO2KuOybkCDrrLjshJzsnZgg7JiI7IucIOqwkuyeheuLiOuLpC4g6rKw7KCcIOyalOyyreuniOuLpCDqs6DsnKDtlZwg7KO866y467KI7Zi466W8IOyxhOuyiO2VtOyVvCDtlanri4jri6QAAIAMQSBgbWVyY2hhbnRfdWlkYCB0aGF0IGhhcyBhbHJlYWR5IGJlZW4gcGFpZCBpcyByZWZ1c2VkIGJlZm9yZSB0aGUgd2luZG93IG9wZW5zIChGMTAwMiwgImFscmVhZHkgcGFpZCIpLCBhbmQgYSB2YWx1ZSBjb3BpZWQgZnJvbSB0aGUgZG9jdW1lbnRhdGlvbiBpcyByZXVzZWQgYnkgZXZlcnkgdGVzdCBydW4gYW5kIGV2ZXJ5IGludGVncmF0aW9uIHRoYXQgY29waWVkIGl0LiBUaGUgbGlzdCBob2xkcyB0aGUgdmFsdWVzIG9mIHRoZSBLQ1AgcGFnZSAoYG9yZGVyX25vXzAwMDFgLCBgb3JkZXJfaWRfODIzNzM1MmAsIGBvcmRlcl9tb250aGx5XzAwMDFgLCBgQTAwMDIxLVRFU1RgKSBhbmQgb2YgdGhlIFJFU1QgcmVmZXJlbmNlJ3Mgc2NoZWR1bGUgZXhhbXBsZSAoYHlvdXJfbWVyY2hhbnRfdWlkMWAsIGB5b3VyX21lcmNoYW50X3VpZDJgKSwgYW5kIHRoZSB0d28gb2YgUG9ydE9uZSdzIGdlbmVyaWMgdjEgU0RLIHNhbXBsZXMgdGhhdCBtZXJjaGFudCBjb2RlIGNvcGllcyBtb3N0IChgT1JEMjAxODAxMzEtMDAwMDAxMWAsIGA1NzAwODgzMy0zMzAwNGApLiBBIHBsYWNlaG9sZGVyIGxlZnQgYXMgd3JpdHRlbiAoYHtNZXJjaGFudCBjcmVhdGVkIE9yZGVyIElEfWAgaW4gUG9ydE9uZSdzIEVuZ2xpc2ggZ3VpZGVzLCBgPG1lcmNoYW50X3VpZD5gLCBhIHRlbXBsYXRlJ3MgYCR7b3JkZXJJZH1gIG9yIGB7e2lkfX1gKSBoYXMgdGhlIHNhbWUgZWZmZWN0LiBBIHdhcm5pbmc6IHRoZSBmaXJzdCB1c2Ugb2YgdGhlIHZhbHVlIGluIGFuIGFjY291bnQgd29ya3MuwA3snbTrr7gg6rKw7KCc65CcIGBtZXJjaGFudF91aWRg64qUIOqysOygnOywveydtCDsl7TrpqzquLAg7KCE7JeQIOqxsOygiOuQmOupsChGMTAwMiwgIuydtOuvuCDqsrDsoJzrkJwg7KO866y4IiksIOusuOyEnOyXkOyEnCDrs7XsgqztlZwg6rCS7J2AIOuqqOuToCDthYzsiqTtirgg7Iuk7ZaJ6rO8IOq3uCDqsJLsnYQg67O17IKs7ZWcIOuqqOuToCDsl7Drj5nsl5DshJwg65CY7ZKA7J207ZW0IOyTsOyeheuLiOuLpC4g66qp66Gd7JeQ64qUIEtDUCDsl7Drj5kg66y47ISc7J2YIOqwkihgb3JkZXJfbm9fMDAwMWAsIGBvcmRlcl9pZF84MjM3MzUyYCwgYG9yZGVyX21vbnRobHlfMDAwMWAsIGBBMDAwMjEtVEVTVGApLCBSRVNUIEFQSSDrrLjshJzsnZgg7JiI7JW9IOqysOygnCDsmIjsi5wg6rCSKGB5b3VyX21lcmNoYW50X3VpZDFgLCBgeW91cl9tZXJjaGFudF91aWQyYCksIOq3uOumrOqzoCDtj6ztirjsm5DsnZgg67KU7JqpIHYxIFNESyDsmIjsoJwg7KSRIOqzoOqwneyCrCDsvZTrk5zqsIAg6rCA7J6lIOunjuydtCDrs7XsgqztlZjripQg65GQIOqwkihgT1JEMjAxODAxMzEtMDAwMDAxMWAsIGA1NzAwODgzMy0zMzAwNGAp7J20IOuTpOyWtCDsnojsirXri4jri6QuIOq3uOuMgOuhnCDrgqjsnYAg7J6Q66as7ZGc7Iuc7J6QKO2PrO2KuOybkCDsmIHrrLgg6rCA7J2065Oc7J2YIGB7TWVyY2hhbnQgY3JlYXRlZCBPcmRlciBJRH1gLCBgPG1lcmNoYW50X3VpZD5gLCDthZztlIzrpr/snZggYCR7b3JkZXJJZH1g64KYIGB7e2lkfX1gKeuPhCDqsrDqs7zqsIAg6rCZ7Iq164uI64ukLiDqs4TsoJXsl5DshJwg6re4IOqwkuydhCDsspjsnYwg7JO4IOuVjOuKlCDqsrDsoJzqsIAg65CY66+A66GcIOqyveqzoOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtSUQtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyKAwpAc2NoZWR1bGVzLW1lcmNoYW50LXVpZC1kdXBsaWNhdGVYVHdvIHNjaGVkdWxlZCBjaGFyZ2VzIHNoYXJlIGEgYG1lcmNoYW50X3VpZGBG7JiI7JW9IOqxtOydmCBgbWVyY2hhbnRfdWlkYCDspJHrs7UKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQACCBJzY2hlZHVsZXMAAgASc2NoZWR1bGVzAAIaGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAAAAAfQBYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIHRoZSBvcmRlciBudW1iZXIgb2YgYW4gZWFybGllciBzY2hlZHVsZWQgY2hhcmdlOiBldmVyeSBzY2hlZHVsZWQgY2hhcmdlIG5lZWRzIGl0cyBvd24gYG1lcmNoYW50X3VpZGCoAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOyVnuyEoCDsmIjslb0g6rG07J2YIOyjvOusuOuyiO2YuOyZgCDqsJnsirXri4jri6QuIOyYiOyVvSDqsbTrp4jri6Qg6rOg7Jyg7ZWcIGBtZXJjaGFudF91aWRg66W8IOyghOuLrO2VtOyVvCDtlanri4jri6QAANoDVGhlIFJFU1QgcmVmZXJlbmNlIG9mIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgc2F5cyBlYWNoIHNjaGVkdWxlZCBjaGFyZ2UgbXVzdCBjYXJyeSBpdHMgb3duIGBtZXJjaGFudF91aWRgIGFuZCB0aGF0IG9uZSBvcmRlciBudW1iZXIgY2Fubm90IGJlIHBhaWQgdHdpY2UsIHNvIHRoZSBzZWNvbmQgb2YgdHdvIGl0ZW1zIHdpdGggdGhlIHNhbWUgYG1lcmNoYW50X3VpZGAgY2FuIG5ldmVyIGJlIGNoYXJnZWQupAQvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxl7J2YIFJFU1QgQVBJIOusuOyEnOyXkCDrlLDrpbTrqbQg7JiI7JW9IOqxtOuniOuLpCDqs6DsnKDtlZwgYG1lcmNoYW50X3VpZGDqsIAg7J6I7Ja07JW8IO2VmOqzoCDtlZwg7KO866y467KI7Zi466GcIOuRkCDrsogg6rKw7KCc7ZWgIOyImCDsl4bsnLzrr4DroZwsIGBtZXJjaGFudF91aWRg6rCAIOqwmeydgCDrkZAg7ZWt66qpIOykkSDrkZAg67KI7Ke4IO2VreuqqeydgCDqsrDsvZQg6rKw7KCc65CgIOyImCDsl4bsirXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEUS0NQLUlELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1smAQKOG1lcmNoYW50LXVpZC1pcy1jdXN0b21lci11aWRSYG1lcmNoYW50X3VpZGAgcmVwZWF0cyB0aGUgYGN1c3RvbWVyX3VpZGBUYG1lcmNoYW50X3VpZGDqsIAgYGN1c3RvbWVyX3VpZGDsmYAg6rCZ7J2MDndhcm5pbmcBAQQUcmVzdC1hZ2FpbhpyZXN0LXNjaGVkdWxlAAQIGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAhwEBgIuAAACGhwkLmN1c3RvbWVyX3VpZAECABhjdXN0b21lcl91aWQEAAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAhwEBgIuAAACGhwkLmN1c3RvbWVyX3VpZAECABhjdXN0b21lcl91aWQEAAAAAfwCYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIHRoZSBzYW1lIGFzIGBjdXN0b21lcl91aWRgOiBhIGJpbGxpbmcga2V5IGlzIGNoYXJnZWQgbWFueSB0aW1lcywgYW5kIGVhY2ggY2hhcmdlIG5lZWRzIGEgbmV3IG9yZGVyIG51bWJlciwgc28gZXZlcnkgY2hhcmdlIGFmdGVyIHRoZSBmaXJzdCBmYWlscyBhcyBhbHJlYWR5IHBhaWQgKEYxMDAyKeQDYHtmaWVsZH1gIOqwkiB7dmFsdWV97J20KOqwgCkgYGN1c3RvbWVyX3VpZGDsmYAg6rCZ7Iq164uI64ukLiDruYzrp4HtgqTroZzripQg7Jes65+sIOuyiCDqsrDsoJztlZjrqbAg6rKw7KCc66eI64ukIOyDiCDso7zrrLjrsojtmLjqsIAg7ZWE7JqU7ZWY66+A66GcLCDssqsg6rKw7KCcIOydtO2bhOydmCDqsrDsoJzripQg66qo65GQIOydtOuvuCDqsrDsoJzrkJwg7KO866y4KEYxMDAyKeycvOuhnCDsi6TtjKjtlanri4jri6QAAM4GYGN1c3RvbWVyX3VpZGAgbmFtZXMgdGhlIGJpbGxpbmcga2V5IGFuZCBzdGF5cyB0aGUgc2FtZSBmb3IgZXZlcnkgY2hhcmdlIG9uIHRoZSBjYXJkLCB3aGlsZSBgbWVyY2hhbnRfdWlkYCBtdXN0IGJlIHVuaXF1ZSBwZXIgcGF5bWVudCAodGhlIFJFU1QgcmVmZXJlbmNlIG9mIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gYW5kIC9zY2hlZHVsZTsgYSByZS11c2VkIG9yZGVyIG51bWJlciBpcyByZWZ1c2VkIGFzIGFscmVhZHkgcGFpZCwgRjEwMDIpLiBNZXJjaGFudCBjb2RlIHRoYXQgcGFzc2VzIHRoZSBiaWxsaW5nIGtleSdzIGlkIGFzIHRoZSBvcmRlciBudW1iZXIgd29ya3Mgb25jZSBhbmQgdGhlbiBmYWlscyBvbiBldmVyeSByZW5ld2FsLiBBIHdhcm5pbmcsIG5vdCBhbiBlcnJvcjogdGhlIGZpcnN0IGNoYXJnZSBnb2VzIHRocm91Z2gu8AdgY3VzdG9tZXJfdWlkYOuKlCDruYzrp4HtgqTrpbwg6rCA66as7YKk64qUIOqwkuycvOuhnCDqt7gg7Lm065Oc66GcIOqysOygnO2VoCDrlYzrp4jri6Qg6rCZ7KeA66eMLCBgbWVyY2hhbnRfdWlkYOuKlCDqsrDsoJzrp4jri6Qg6rOg7Jyg7ZW07JW8IO2VqeuLiOuLpCgvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu6rO8IC9zY2hlZHVsZeydmCBSRVNUIEFQSSDrrLjshJwuIOuLpOyLnCDsk7Qg7KO866y467KI7Zi464qUIOydtOuvuCDqsrDsoJzrkJwg7KO866y4KEYxMDAyKeycvOuhnCDqsbDsoIjrkKnri4jri6QpLiDruYzrp4HtgqTsnZgg7Iud67OE7J6Q66W8IOyjvOusuOuyiO2YuOuhnCDrhJjquLDripQg6rOg6rCd7IKsIOy9lOuTnOuKlCDtlZwg67KI7J2AIOuPmeyeke2VmOyngOunjCDsnbTtm4Qg6rCx7IugIOqysOygnOuKlCDrp6Trsogg7Iuk7Yyo7ZWp64uI64ukLiDssqsg6rKw7KCc64qUIOyKueyduOuQmOuvgOuhnCDsmKTrpZjqsIAg7JWE64uMIOqyveqzoOyeheuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxAAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s0gQKKGN1c3RvbWVyLXVpZC1taXNzaW5nMmBjdXN0b21lcl91aWRgIGlzIG1pc3NpbmcqYGN1c3RvbWVyX3VpZGAg64iE6529CmVycm9yAQEGFHJlc3QtYWdhaW4acmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkAAgACGGN1c3RvbWVyX3VpZAACABhjdXN0b21lcl91aWQEAAAAAZQBYGN1c3RvbWVyX3VpZGAgaXMgcmVxdWlyZWQ6IGl0IG5hbWVzIHRoZSBiaWxsaW5nIGtleSB0byBpc3N1ZSBvciB0byBjaGFyZ2XGAWBjdXN0b21lcl91aWRg64qUIO2VhOyImOyeheuLiOuLpC4g67Cc6riJ7ZWY6rGw64KYIOqysOygnO2VoCDruYzrp4HtgqTrpbwg7KeA7KCV7ZWY64qUIOqwkuyeheuLiOuLpAAAjgZgY3VzdG9tZXJfdWlkYCBpcyB3aGF0IG1ha2VzIElNUC5yZXF1ZXN0X3BheSBpc3N1ZSBhIGJpbGxpbmcga2V5IChLQ1AgcGFnZTogIuu5jOunge2CpCDrsJzquIkg7JqU7LKtIOyLnOyXkOuKlCBjdXN0b21lcl91aWQg7YyM652866+47YSw66W8IOyeheugpe2VnCDtm4Qg7Zi47Lac7ZW07JW8IO2VqeuLiOuLpCIpLCBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGl0IG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gYW5kIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUuIE9uIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGl0IGlzIGEgcGF0aCBwYXJhbWV0ZXIgYW5kIGlzIG5vdCBjaGVja2VkIGluIHRoZSBib2R5LiBBbiBlbXB0eSBzdHJpbmcgY291bnRzIGFzIG1pc3NpbmcuogdJTVAucmVxdWVzdF9wYXnqsIAg67mM66eB7YKk66W8IOuwnOq4ie2VmOqyjCDtlZjripQg6rKD7J20IGBjdXN0b21lcl91aWRg7J2066mwKEtDUCDsl7Drj5kg66y47IScOiAi67mM66eB7YKkIOuwnOq4iSDsmpTssq0g7Iuc7JeQ64qUIGN1c3RvbWVyX3VpZCDtjIzrnbzrr7jthLDrpbwg7J6F66Cl7ZWcIO2bhCDtmLjstpztlbTslbwg7ZWp64uI64ukIiksIHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu6rO8IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DshJwg7J2066W8IO2VhOyImOuhnCDsmpTqtaztlanri4jri6QuIC9zdWJzY3JpYmUvY3VzdG9tZXJz7JeQ7ISc64qUIOqyveuhnCDtjIzrnbzrr7jthLDsnbTrr4DroZwg67O466y47JeQ7IScIOqygOyCrO2VmOyngCDslYrsirXri4jri6QuIOu5iCDrrLjsnpDsl7TsnYAg64iE65297Jy866GcIOu0heuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUlELTAwNgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sogUKLmN1c3RvbWVyLXVpZC1kb2Mtc2FtcGxlhgFgY3VzdG9tZXJfdWlkYCBpcyB0aGUgZG9jdW1lbnRhdGlvbidzIHNhbXBsZSB2YWx1ZSBvciBhIHBsYWNlaG9sZGVyhAFgY3VzdG9tZXJfdWlkYOqwgCDrrLjshJzsnZgg7JiI7IucIOqwkuydtOqxsOuCmCDsnpDrpqztkZzsi5zsnpDsnoQOd2FybmluZwEBChRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5AAQIGGN1c3RvbWVyX3VpZAACABhjdXN0b21lcl91aWQEAgQEBi55b3VyLWN1c3RvbWVyLXVuaXF1ZS1pZAYiZ2lsZG9uZ18wMDAxXzEyMzQAAAAIGGN1c3RvbWVyX3VpZAACABhjdXN0b21lcl91aWQEAgoMW3t9PD5dAa4CYGN1c3RvbWVyX3VpZGAgaXMge3ZhbHVlfSwgYSBwbGFjZWhvbGRlciB0aGF0IHdhcyBuZXZlciBmaWxsZWQgaW46IGV2ZXJ5IGN1c3RvbWVyIHdvdWxkIHNoYXJlIG9uZSBiaWxsaW5nIGtleTsgdXNlIHlvdXIgb3duIGlkIGZvciBlYWNoIGN1c3RvbWVyJ3MgY2FyZJgDYGN1c3RvbWVyX3VpZGAg6rCSIHt2YWx1ZX3snYAo64qUKSDssYTsm4zsp4Dsp4Ag7JWK7J2AIOyekOumrO2RnOyLnOyekOyeheuLiOuLpC4g66qo65OgIOqzoOqwneydtCDruYzrp4HtgqQg7ZWY64KY66W8IO2VqOq7mCDsk7Dqsowg65CY66+A66GcIOqzoOqwneydmCDsubTrk5zrp4jri6Qg6rOg7Jyg7ZWcIOqwkuydhCDsp4DsoJXtlbTslbwg7ZWp64uI64ukAAAB4AFgY3VzdG9tZXJfdWlkYCBpcyB7dmFsdWV9LCBhIHNhbXBsZSB2YWx1ZSBmcm9tIFBvcnRPbmUncyBkb2N1bWVudGF0aW9uOiB1c2UgeW91ciBvd24gaWQgZm9yIGVhY2ggY3VzdG9tZXIncyBjYXJklAJgY3VzdG9tZXJfdWlkYCDqsJIge3ZhbHVlfeydgCjripQpIO2PrO2KuOybkCDrrLjshJzsnZgg7JiI7IucIOqwkuyeheuLiOuLpC4g6rOg6rCd7J2YIOy5tOuTnOuniOuLpCDqs6DsnKDtlZwg6rCS7J2EIOyngOygle2VtOyVvCDtlanri4jri6QAAN4JYGN1c3RvbWVyX3VpZGAgbWFwcyBvbmUgdG8gb25lIHRvIGEgYmlsbGluZyBrZXkuIFdoZW4gZXZlcnkgY3VzdG9tZXIgc2hhcmVzIHRoZSBzYW1wbGUgdmFsdWUsIGVhY2ggbmV3IGNhcmQgcmUtbWFwcyBpdCAodGhlIHByZXZpb3VzIGtleSBzdGF5cyBhY3RpdmUgYXQgS0NQKSBhbmQgbGF0ZXIgY2hhcmdlcyBoaXQgd2hpY2hldmVyIGNhcmQgd2FzIHJlZ2lzdGVyZWQgbGFzdC4gQSB3YXJuaW5nLCBiZWNhdXNlIGEgdGVzdCBhY2NvdW50IG1heSB1c2UgaXQgb24gcHVycG9zZS4gVGhlIGxpc3QgaG9sZHMgdGhlIEtDUCBwYWdlJ3MgdmFsdWUgKGB5b3VyLWN1c3RvbWVyLXVuaXF1ZS1pZGApIGFuZCB0aGF0IG9mIFBvcnRPbmUncyBnZW5lcmljIGJpbGxpbmcta2V5IGd1aWRlIChgZ2lsZG9uZ18wMDAxXzEyMzRgKSwgd2hpY2ggbWVyY2hhbnQgY29kZSBjb3BpZXMgaW50byBzY2hlZHVsZSBib2RpZXMuIEEgcGxhY2Vob2xkZXIgbGVmdCBhcyB3cml0dGVuIChge+qzoOqwnSDslYTsnbTrlJR9YCBmcm9tIGEgY2xpZW50IGxpYnJhcnkncyBSRUFETUUsIGA8Y3VzdG9tZXJfdWlkPmAsIGEgdGVtcGxhdGUncyBgJHtjdXN0b21lclVpZH1gIG9yIGB7e3VpZH19YCkgaGFzIHRoZSBzYW1lIGVmZmVjdC7kDGBjdXN0b21lcl91aWRg64qUIOu5jOunge2CpOyZgCDsnbzrjIDsnbzroZwg64yA7J2R7ZWp64uI64ukLiDrqqjrk6Ag6rOg6rCd7J20IOyYiOyLnCDqsJLsnYQg7ZWo6ruYIOyTsOuptCDsg4gg7Lm065Oc6rCAIOuTseuhneuQoCDrlYzrp4jri6Qg6re4IOqwkuydtCDsg4gg7Lm065Oc66GcIOuLpOyLnCDrp6TtlZHrkJjqs6Ao7J207KCEIOu5jOunge2CpOuKlCBLQ1Dsl5DshJwg6rOE7IaNIOycoO2aqO2VqeuLiOuLpCksIOydtO2bhCDqsrDsoJzripQg64iE6rWs7J2YIOqysOygnOuToCDrp4jsp4Drp4nsnLzroZwg65Ox66Gd65CcIOy5tOuTnOuhnCDssq3qtazrkKnri4jri6QuIO2FjOyKpO2KuCDqs4TsoJXsl5DshJzripQg7J2867aA65+sIOyTuCDsiJjrj4Qg7J6I7Jy866+A66GcIOqyveqzoOyeheuLiOuLpC4g66qp66Gd7JeQ64qUIEtDUCDsl7Drj5kg66y47ISc7J2YIOqwkihgeW91ci1jdXN0b21lci11bmlxdWUtaWRgKeqzvCwg6rOg6rCd7IKsIOy9lOuTnOqwgCDsmIjslb0g6rKw7KCcIOyalOyyrSDrs7jrrLjsl5Ag67O17IKs7ZW0IOuEo+uKlCDtj6ztirjsm5Ag67KU7JqpIOu5jOunge2CpCDqsIDsnbTrk5zsnZgg6rCSKGBnaWxkb25nXzAwMDFfMTIzNGAp7J20IOuTpOyWtCDsnojsirXri4jri6QuIOq3uOuMgOuhnCDrgqjsnYAg7J6Q66as7ZGc7Iuc7J6QKO2BtOudvOydtOyWuO2KuCDrnbzsnbTruIzrn6zrpqwgUkVBRE1F7J2YIGB76rOg6rCdIOyVhOydtOuUlH1gLCBgPGN1c3RvbWVyX3VpZD5gLCDthZztlIzrpr/snZggYCR7Y3VzdG9tZXJVaWR9YOuCmCBge3t1aWR9fWAp64+EIOqysOqzvOqwgCDqsJnsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUlELTAwOAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s6gUKKGN1c3RvbWVyLXVpZC1pbi1ib2R5ZGBjdXN0b21lcl91aWRgIGluIHRoZSBib2R5IG9mIC9zdWJzY3JpYmUvY3VzdG9tZXJzaC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyalOyyrSDrs7jrrLjsnZggYGN1c3RvbWVyX3VpZGAIaW5mbwEBAiByZXN0LWJpbGxpbmcta2V5AAIIGGN1c3RvbWVyX3VpZAACABhjdXN0b21lcl91aWQEAhwEAAQGAi4AAAIIAgYCLgAAAgwAAaABAAAAAYACYGN1c3RvbWVyX3VpZGAgYmVsb25ncyBpbiB0aGUgVVJMIHBhdGggb2YgdGhpcyBjYWxsICgvc3Vic2NyaWJlL2N1c3RvbWVycy8gZm9sbG93ZWQgYnkgdGhlIGlkKTsgdGhlIGNvcHkgaW4gdGhlIGJvZHkgaXMgbm90IHVzZWSqAmBjdXN0b21lcl91aWRg64qUIOyalOyyrSDrs7jrrLjsnbQg7JWE64uI6528IFVSTCDqsr3roZwoL3N1YnNjcmliZS9jdXN0b21lcnMvIOuSpCnsl5Ag64Sj64qUIOqwkuyeheuLiOuLpC4g67O466y47J2YIOqwkuydgCDsgqzsmqnrkJjsp4Ag7JWK7Iq164uI64ukAADsBFRoZSB2MSBSRVNUIHNjaGVtYSBkZWZpbmVzIGBjdXN0b21lcl91aWRgIG9mIFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0gYXMgYSBwYXRoIHBhcmFtZXRlciBvbmx5OyB0aGUgYmlsbGluZyBrZXkgaXMgc2F2ZWQgdW5kZXIgdGhlIHBhdGggdmFsdWUuIGtjcGxpbnQgYWNjZXB0cyB0aGUgYm9keSBjb3B5ICh0aGUgZGljdGlvbmFyeSBrbm93cyBpdCkgYW5kIHNheXMgd2hlcmUgaXQgYmVsb25ncy4gV2hldGhlciBpdCBkaWZmZXJzIGZyb20gdGhlIHBhdGggY2Fubm90IGJlIHRvbGQgZnJvbSB0aGUgYm9keSBhbG9uZS6MBnYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCBQT1NUIC9zdWJzY3JpYmUvY3VzdG9tZXJzL3tjdXN0b21lcl91aWR97J2YIGBjdXN0b21lcl91aWRg66W8IOqyveuhnCDtjIzrnbzrr7jthLDroZzrp4wg7KCV7J2Y7ZWY66mwLCDruYzrp4HtgqTripQg6rK966Gc7J2YIOqwkuycvOuhnCDsoIDsnqXrkKnri4jri6QuIGtjcGxpbnTripQg67O466y47JeQIO2VqOq7mCDrhKPsnYAg6rCS7J2EIO2XiOyaqe2VmOqzoCjtlYTrk5wg7IKs7KCE7JeQIOyeiOyKteuLiOuLpCkg7J20IOqwkuydtCDrk6TslrTqsIgg7J6Q66as66W8IOyVjOugpCDspI3ri4jri6QuIOuzuOusuOunjOycvOuhnOuKlCDsnbQg6rCS7J20IOqyveuhnOydmCDqsJLqs7wg64uk66W47KeAIOyVjCDsiJgg7JeG7Iq164uI64ukLnJodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9iaWxsaW5na2V5P3Y9djEBFEtDUC1JRC0wMDkAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbM4GCkxjdXN0b21lci11aWQtb25ldGltZS1zYXZlcy1iaWxsaW5nLWtleWovb25ldGltZSB3aXRoIGBjdXN0b21lcl91aWRgIGFsc28gc2F2ZXMgYSBiaWxsaW5nIGtleXZgY3VzdG9tZXJfdWlkYOqwgCDsnojripQgL29uZXRpbWXsnYAg67mM66eB7YKk64+EIOyggOyepe2VqAhpbmZvAQECGHJlc3Qtb25ldGltZQACCBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIcBAAEBgIuAAACBgRcUwYCLgAAAgwAAaABAAAAAbgCd2l0aCBgY3VzdG9tZXJfdWlkYCwgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFsc28gc2F2ZXMgdGhpcyBjYXJkIGFzIHRoZSBiaWxsaW5nIGtleSB7dmFsdWV9OyByZXVzaW5nIGFuIGV4aXN0aW5nIGBjdXN0b21lcl91aWRgIHJlLW1hcHMgaXQgdG8gdGhpcyBjYXJkqgNgY3VzdG9tZXJfdWlkYOulvCDsp4DsoJXtlZjrqbQgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIOqysOygnOyZgCDtlajqu5gg7J20IOy5tOuTnOqwgCB7dmFsdWV9IOu5jOunge2CpOuhnCDsoIDsnqXrkKnri4jri6QuIOydtOuvuCDsgqzsmqntlZwgYGN1c3RvbWVyX3VpZGDrpbwg64uk7IucIOyTsOuptCDsnbQg7Lm065Oc66GcIOuLpOyLnCDrp6TtlZHrkKnri4jri6QAAKAEVGhlIEtDUCBwYWdlOiBjYWxsaW5nIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSB3aXRoIGBjdXN0b21lcl91aWRgIGlzc3VlcyBhIGJpbGxpbmcga2V5IGFuZCBwYXlzIGF0IG9uY2U7IHdpdGhvdXQgaXQsIHRoZSBjYXJkIGlzIHVzZWQgb25jZSBhbmQgbm90IHN0b3JlZC4gUmUtdXNpbmcgYSBgY3VzdG9tZXJfdWlkYCByZS1tYXBzIGl0IHRvIHRoZSBuZXdlc3QgY2FyZCAoUG9ydE9uZSdzIG5vbi1hdXRoZW50aWNhdGVkIHBheW1lbnQgZ3VpZGUpLiBBZHZpY2Ugb25seS6WBktDUCDsl7Drj5kg66y47ISc7JeQIOuUsOultOuptCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWXsnYQgYGN1c3RvbWVyX3VpZGDsmYAg7ZWo6ruYIO2YuOy2nO2VmOuptCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWY66m07IScIOuwlOuhnCDqsrDsoJztlZjqs6AsIGBjdXN0b21lcl91aWRg6rCAIOyXhuycvOuptCDsubTrk5zrpbwg7ZWcIOuyiOunjCDsk7Dqs6Ag7KCA7J6l7ZWY7KeAIOyViuyKteuLiOuLpC4g7J2066+4IOyTtCBgY3VzdG9tZXJfdWlkYOulvCDri6Tsi5wg7JOw66m0IOqwgOyepSDstZzqt7wg7Lm065Oc66GcIOuLpOyLnCDrp6TtlZHrkKnri4jri6Qo7Y+s7Yq47JuQIOu5hOyduOymnSDqsrDsoJwg6rCA7J2065OcKS4g7LC46rOg7JqpIOyViOuCtOydvCDrv5DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJQHChxhbW91bnQtbWlzc2luZyZgYW1vdW50YCBpcyBtaXNzaW5nHmBhbW91bnRgIOuIhOudvQplcnJvcgEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgACDGFtb3VudAACAAxhbW91bnQMAAAAAWxgYW1vdW50YCBpcyByZXF1aXJlZDogc2VuZCB0aGUgYW1vdW50IGFzIGEgSlNPTiBudW1iZXLGAWBhbW91bnRgKOqysOygnOq4iOyVoSnsnYAg7ZWE7IiY7J6F64uI64ukLiDrlLDsmLTtkZwg7JeG64qUIEpTT04g7Iir7J6QKOyYiDogMTAwMDAp66GcIOuztOuCtOyEuOyalAAA5ANUaGUgS0NQIHBhZ2UgbGlzdHMgYGFtb3VudGAgYW1vbmcgdGhlIG1haW4gcGFyYW1ldGVycyBvZiBhIHBheW1lbnQgYW5kIG9mIGEgYmlsbGluZy1rZXkgcmVxdWVzdCAod2hlcmUgaXQgaXMgdGhlIGFtb3VudCBzaG93biBpbiB0aGUgd2luZG93LCAwIGFsbG93ZWQpOyB0aGUgdjEgUkVTVCBzY2hlbWEgcmVxdWlyZXMgaXQgb24gL29uZXRpbWUgYW5kIC9hZ2Fpbi4gQW4gZW1wdHkgc3RyaW5nIGNvdW50cyBhcyBtaXNzaW5nLpgFS0NQIOyXsOuPmSDrrLjshJzripQgYGFtb3VudGDrpbwg6rKw7KCcIOyalOyyreqzvCDruYzrp4HtgqQg67Cc6riJIOyalOyyreydmCDso7zsmpQg7YyM652866+47YSw66GcIOyGjOqwnO2VmOqzoCjruYzrp4HtgqQg67Cc6riJIOyalOyyreyXkOyEnOuKlCDqsrDsoJzssL3sl5Ag7ZGc7Iuc65CY64qUIOq4iOyVoeydtOupsCAw64+EIO2XiOyaqeuQqeuLiOuLpCksIHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZeqzvCAvYWdhaW7sl5DshJwg7J2066W8IO2VhOyImOuhnCDsmpTqtaztlanri4jri6QuIOu5iCDrrLjsnpDsl7TsnYAg64iE65297Jy866GcIOu0heuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s2AcKMHNjaGVkdWxlcy1hbW91bnQtbWlzc2luZ0RBIHNjaGVkdWxlZCBjaGFyZ2UgaGFzIG5vIGBhbW91bnRgOuyYiOyVvSDqsbTsnZggYGFtb3VudGAg64iE6529CmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAgACJnNjaGVkdWxlc1sqXS5hbW91bnQABgASc2NoZWR1bGVzAAQADGFtb3VudAwAAAABmAFge2ZpZWxkfWAgaXMgcmVxdWlyZWQ6IHRoZSBhbW91bnQgb2YgdGhpcyBzY2hlZHVsZWQgY2hhcmdlLCBhcyBhIEpTT04gbnVtYmVy1gFge2ZpZWxkfWAo7JiI7JW9IOqysOygnOq4iOyVoSnsnYAg7ZWE7IiY7J6F64uI64ukLiDrlLDsmLTtkZwg7JeG64qUIEpTT04g7Iir7J6QKOyYiDogMTAwMDAp66GcIOuztOuCtOyEuOyalAAAugFgYW1vdW50YCBpcyByZXF1aXJlZCBpbiBldmVyeSBpdGVtIG9mIGBzY2hlZHVsZXNgIChTY2hlZHVsZUFubm90YXRpb24gaW4gdGhlIHYxIFJFU1Qgc2NoZW1hKS7YAWBzY2hlZHVsZXNg7J2YIOuqqOuToCDtla3rqqnsl5DshJwgYGFtb3VudGDripQg7ZWE7IiY7J6F64uI64ukKHYxIFJFU1QgQVBJIOyKpO2CpOuniOydmCBTY2hlZHVsZUFubm90YXRpb24pLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1BTVQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWycCAouYW1vdW50LWZvcm1hdHRlZC1zdHJpbmc8YGFtb3VudGAgaXMgYSBmb3JtYXR0ZWQgc3RyaW5nWGBhbW91bnRg6rCAIOyEnOyLneydtCDrk6TslrTqsIQg66y47J6Q7Je07J6ECmVycm9yAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAQIDGFtb3VudAACAAxhbW91bnQMAhwEBgIuAAACBhBbXjAtOVxzXQAAAAgmc2NoZWR1bGVzWypdLmFtb3VudAAGABJzY2hlZHVsZXMABAAMYW1vdW50DAIcBAYCLgAAAgYQW14wLTlcc10AAAABygJge2ZpZWxkfWAgbXVzdCBiZSBhIEpTT04gbnVtYmVyIHdpdGhvdXQgcXVvdGVzIHN1Y2ggYXMgMTAwMDAsIG5vdCB0aGUgc3RyaW5nIHt2YWx1ZX06IGRyb3Agc2VwYXJhdG9ycyBhbmQgY3VycmVuY3kgc2lnbnMsIGFuZCBzZW5kIEtSVyBhcyB3aG9sZSB3b24sIHdpdGhvdXQgZGVjaW1hbHO8A2B7ZmllbGR9YOydgCjripQpIDEwMDAw7LKY65+8IOuUsOyYtO2RnCDsl4bripQgSlNPTiDsiKvsnpDroZwg67O064K07JW8IO2VmOupsCDrrLjsnpDsl7Qge3ZhbHVlfeydgCjripQpIOyTuCDsiJgg7JeG7Iq164uI64ukLiDsibztkZzsmYAg7Ya17ZmUIOq4sO2YuOulvCDrubzqs6AsIOybkO2ZlOuKlCDshozsiJjsoJAg7JeG7J20IOybkCDri6jsnIQg7KCV7IiY66GcIOuztOuCtOyEuOyalAAAxgRUaGUgS0NQIHBhZ2UgdHlwZXMgYGFtb3VudGAgYXMgYW4gaW50ZWdlciBhbmQgdGhlIFJFU1Qgc2NoZW1hIGFzIGEgbnVtYmVyLiBBIGRpc3BsYXkgc3RyaW5nIHN1Y2ggYXMgIjEwLDAwMCIsICLigqk2NCw5MDAiIG9yICI5LDkwMOybkCIgY2Fubm90IGJlIHJlYWQgYXMgYW4gYW1vdW50IChLQ1AgcmVzdWx0IGNvZGVzIDkwMDksIDgxMDU6IGFtb3VudCBtdXN0IGJlIGRpZ2l0cykuIEEgcGxhaW4gZGlnaXQgc3RyaW5nIHN1Y2ggYXMgIjEwMDAiIGlzIHRoZSBkaWN0aW9uYXJ5J3MgZmllbGQtdHlwZSBlcnJvci7QBUtDUCDsl7Drj5kg66y47ISc64qUIGBhbW91bnRg7J2YIO2DgOyeheydhCDsoJXsiJjroZwsIFJFU1QgQVBJIOyKpO2CpOuniOuKlCDsiKvsnpDroZwg7KCV7J2Y7ZWp64uI64ukLiAiMTAsMDAwIiwgIuKCqTY0LDkwMCIsICI5LDkwMOybkCIg6rCZ7J2AIO2RnOyLnOyaqSDrrLjsnpDsl7TsnYAg6riI7JWh7Jy866GcIOydveydhCDsiJgg7JeG7Iq164uI64ukKEtDUCDqsrDqs7wg7L2U65OcIDkwMDksIDgxMDU6IOq4iOyVoeydgCDsiKvsnpDsl6zslbwg7ZWoKS4gIjEwMDAi7LKY65+8IOyIq+yekOuhnOunjCDrkJwg66y47J6Q7Je07J2AIO2VhOuTnCDsgqzsoITsnZggZmllbGQtdHlwZSDsmKTrpZjroZwg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1BTVQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzKCAoaYW1vdW50LW9iamVjdEBgYW1vdW50YCBpcyBhbiBvYmplY3QgKFYyIHNoYXBlKUJgYW1vdW50YOqwgCDqsJ3ssrTsnoQgKFYyIO2YleyLnSkKZXJyb3IBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgMYW1vdW50AAIADGFtb3VudAwCHAQGAi4AAAIIIAAAAAgmc2NoZWR1bGVzWypdLmFtb3VudAAGABJzY2hlZHVsZXMABAAMYW1vdW50DAIcBAYCLgAAAgggAAAAAZQCYHtmaWVsZH1gIG11c3QgYmUgYSBKU09OIG51bWJlciwgZm91bmQgdGhlIG9iamVjdCB7dmFsdWV9OiB0aGUgdjEgQVBJIGFjY2VwdHMgbm8gb2JqZWN0IGhlcmUgKGFuIG9iamVjdCB3aXRoIGB0b3RhbGAgaXMgdGhlIFYyIEFQSSdzIGZvcm0p4gJge2ZpZWxkfWDsnYAo64qUKSBKU09OIOyIq+yekOyXrOyVvCDtlZjripTrjbAg6rCd7LK0IHt2YWx1ZX3snoXri4jri6QuIHYxIEFQSeuKlCDsnbQg7J6Q66as7JeQIOqwneyytOulvCDrsJvsp4Ag7JWK7Iq164uI64ukIChgdG90YWxg7J2EIOuLtOydgCDqsJ3ssrTripQgVjIgQVBJIO2YleyLneyeheuLiOuLpCkAALwEVGhlIHYxIFJFU1Qgc2NoZW1hIGFuZCB0aGUgS0NQIHBhZ2UgdHlwZSBgYW1vdW50YCBhcyBhIG51bWJlci4gUG9ydE9uZSdzIG93biB2MSBub24tYXV0aGVudGljYXRlZCBwYXltZW50IGd1aWRlIHNob3dzIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gd2l0aCBgYW1vdW50YCBhcyBhbiBvYmplY3QgaG9sZGluZyBgdG90YWxgLCB3aGljaCBpcyB0aGUgVjIgQVBJJ3Mgc2hhcGU7IGNvcGllZCBpbnRvIGEgdjEgY2FsbCBpdCBpcyByZWplY3RlZC4gVGhlIHNjaGVtYSB3aW5zIG92ZXIgdGhlIGd1aWRlLsAFdjEgUkVTVCBBUEkg7Iqk7YKk66eI7JmAIEtDUCDsl7Drj5kg66y47ISc64qUIGBhbW91bnRg7J2YIO2DgOyeheydhCDsiKvsnpDroZwg7KCV7J2Y7ZWp64uI64ukLiDtj6ztirjsm5DsnZggdjEg67mE7J247KadIOqysOygnCDqsIDsnbTrk5zsl5DripQgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbuydmCBgYW1vdW50YOqwgCBgdG90YWxg7J2EIOuLtOydgCDqsJ3ssrTroZwg64KY7Jik64qU642wLCDsnbTripQgVjIgQVBJ7J2YIO2YleyLneydtOyWtOyEnCB2MSDtmLjstpzsl5Ag6re464yA66GcIOyYruq4sOuptCDqsbDsoIjrkKnri4jri6QuIOqwgOydtOuTnOuztOuLpCDsiqTtgqTrp4jrpbwg65Sw66aF64uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARZLQ1AtQU1ULTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1smgkKJGFtb3VudC1ub3QtaW50ZWdlci5gYW1vdW50YCBoYXMgYSBmcmFjdGlvbjhgYW1vdW50YOqwgCDsoJXsiJjqsIAg7JWE64uYCmVycm9yAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBAgMYW1vdW50AAIADGFtb3VudAwCHAIEBAYCLgAAAggIBgIuAAACEBh3aG9sZS1udW1iZXIAAAAIGHNjaGVkdWxlc1sqXQAEABJzY2hlZHVsZXMABAIcAgYGDGFtb3VudAACAAxhbW91bnQMAhAYd2hvbGUtbnVtYmVyBAYMYW1vdW50AAIADGFtb3VudAwCCAgABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAAABDGFtb3VudAACAAxhbW91bnQMAaICYHtmaWVsZH1gIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgb2Ygd29uLCBmb3VuZCB7dmFsdWV9OiByb3VuZCBpdCBiZWZvcmUgc2VuZGluZyAoZmxvYXRpbmctcG9pbnQgYXJpdGhtZXRpYyBsZWF2ZXMgdmFsdWVzIGxpa2UgMjc4MDYuOTk5OTk5OTk5OTk2KdoCYHtmaWVsZH1g7J2AKOuKlCkg7JuQIOuLqOychCDsoJXsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QuIOu2gOuPmeyGjOyImOygkCDqs4TsgrDsnLzroZwg7IOd6ri0IOqwkijsmIg6IDI3ODA2Ljk5OTk5OTk5OTk5NinsnYAg67CY7Jis66a87ZW07IScIOuztOuCtOyVvCDtlanri4jri6QBfHRoZSBjdXJyZW5jeSBpcyBLUlcgKG9yIG5vdCBzZXQpLCB3aGljaCBoYXMgbm8gZnJhY3Rpb25hbCB1bml0ogHthrXtmZTqsIAgS1JXKOuYkOuKlCDrr7jsp4DsoJUp7J2066mwLCDsm5DtmZTsl5DripQg7IaM7IiYIOuLqOychOqwgCDsl4bsirXri4jri6QAyAhUaGUgS0NQIHBhZ2UgdHlwZXMgYGFtb3VudGAgYXMgYW4gaW50ZWdlciBhbmQgdGhlIHdvbiBoYXMgbm8gbWlub3IgdW5pdDsgS0NQIHJlZnVzZXMgYW1vdW50cyB0aGF0IGFyZSBub3QgcGxhaW4gZGlnaXRzIChyZXN1bHQgY29kZXMgODEwNSwgODE1Ni04MTU4KS4gUHJpY2VzIGNvbXB1dGVkIHdpdGggZGlzY291bnRzIG9yIHBlcmNlbnRhZ2VzIGluIGZsb2F0aW5nIHBvaW50IG9mdGVuIGNvbWUgb3V0IGFzIDI3ODA2Ljk5OTk5OTk5OTk5Ni4gUGF5bG9hZHMgaW4gYW5vdGhlciBjdXJyZW5jeSAoVVNEKSBhcmUgbm90IGNoZWNrZWQgaGVyZTogY2VudHMgYXJlIGxlZ2l0aW1hdGUgdGhlcmUuIFRoZSB2YWx1ZSBpcyBjaGVja2VkLCBub3QgaG93IGl0IGlzIHdyaXR0ZW46IGA5OTAwLjBgICh3aGF0IFB5dGhvbidzIGBmbG9hdGAgYW5kIG1hbnkgSlNPTiBlbmNvZGVycyB3cml0ZSkgaXMgOTkwMCB3b24sIHRoZSBTREsgcmVjZWl2ZXMgaXQgYXMgdGhlIG51bWJlciA5OTAwLCBhbmQgdGhlIFJFU1QgcmVmZXJlbmNlIHR5cGVzIGBhbW91bnRgIGFzIGEgbnVtYmVyLrALS0NQIOyXsOuPmSDrrLjshJzripQgYGFtb3VudGDsnZgg7YOA7J6F7J2EIOygleyImOuhnCDsoJXsnZjtlZjrqbAg7JuQ7ZmU7JeQ64qUIOybkCDrr7jrp4wg64uo7JyE6rCAIOyXhuyKteuLiOuLpC4gS0NQ64qUIOyIq+yekOuhnOunjCDsnbTro6jslrTsp4Dsp4Ag7JWK7J2AIOq4iOyVoeydhCDqsbDsoIjtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA4MTA1LCA4MTU2fjgxNTgpLiDtlaDsnbjsnbTrgpgg67mE7Jyo7J2EIOu2gOuPmeyGjOyImOygkOycvOuhnCDqs4TsgrDtlZwg6rCA6rKp7J2AIO2dlO2eiCAyNzgwNi45OTk5OTk5OTk5OTYg6rCZ7J2AIOqwkuydtCDrkKnri4jri6QuIOuLpOuluCDthrXtmZQoVVNEKeydmCDtjpjsnbTroZzrk5zripQg7Jes6riw7IScIOqygOyCrO2VmOyngCDslYrsirXri4jri6QuIOq3uCDthrXtmZTsl5DshJzripQg7IS87Yq4IOuLqOychOqwgCDsoJXsg4HsnbTquLAg65WM66y47J6F64uI64ukLiDtkZzquLAg67Cp7Iud7J20IOyVhOuLiOudvCDqsJLsnYQg6rKA7IKs7ZWp64uI64ukLiBgOTkwMC4wYChQeXRob27snZggYGZsb2F0YOyZgCDsl6zrn6wgSlNPTiDsnbjsvZTrjZTqsIAg7J2066CH6rKMIOyUgeuLiOuLpCnsnYAgOTkwMOybkOydtOqzoCwgU0RL64qUIOydtOulvCDsiKvsnpAgOTkwMOycvOuhnCDrsJvsnLzrqbAsIFJFU1QgQVBJIOusuOyEnOuKlCBgYW1vdW50YOydmCDtg4DsnoXsnYQg7Iir7J6Q66GcIOygleydmO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s4gkKFmFtb3VudC16ZXJvGmBhbW91bnRgIGlzIDAgYGFtb3VudGDqsIAgMOyehAplcnJvcgEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AAQIDGFtb3VudAACAAxhbW91bnQMAgQCBAAAAAAAAAAAAjAAAAAIJnNjaGVkdWxlc1sqXS5hbW91bnQABgASc2NoZWR1bGVzAAQADGFtb3VudAwCBAIEAAAAAAAAAAACMAAAAAHYAWB7ZmllbGR9YCBpcyAwOiBhIHBheW1lbnQgbXVzdCBjaGFyZ2UgbW9yZSB0aGFuIDAgKG9ubHkgYSBiaWxsaW5nLWtleSByZXF1ZXN0IHRocm91Z2ggdGhlIHdpbmRvdyBtYXkgc2hvdyAwKawCYHtmaWVsZH1g7J20KOqwgCkgMOyeheuLiOuLpC4g6rKw7KCc6riI7JWh7J2AIDDrs7Tri6Qg7Luk7JW8IO2VqeuLiOuLpCAoMOybkOydgCDqsrDsoJzssL0g67mM66eB7YKkIOuwnOq4iSDsmpTssq3sl5DshJzrp4wg7IKs7Jqp7ZWgIOyImCDsnojsirXri4jri6QpAACwA0EgcGF5bWVudCBvZiAwIHdvbiBpcyBub3QgYSBwYXltZW50OiB0aGUgS0NQIHBhZ2UgdXNlcyAwIG9ubHkgaW4gdGhlIGJpbGxpbmcta2V5IGV4YW1wbGUsIHdoZXJlIHRoZSBhbW91bnQgaXMgbWVyZWx5IHNob3duIGFuZCBub3RoaW5nIGlzIGFwcHJvdmVkLiBOZWdhdGl2ZSBhbW91bnRzIGFyZSB0aGUgZGljdGlvbmFyeSdzIGZpZWxkLXJhbmdlIGVycm9yIChtaW5pbXVtIDApLpoEMOybkCDqsrDsoJzripQg6rKw7KCc6rCAIOyVhOuLmeuLiOuLpC4gS0NQIOyXsOuPmSDrrLjshJzripQg67mM66eB7YKkIOuwnOq4iSDsmIjsi5zsl5DshJzrp4wgMOydhCDsk7DripTrjbAsIOydtOuVjCDquIjslaHsnYAg7ZGc7Iuc66eMIOuQoCDrv5Ag7JWE66y06rKD64+EIOyKueyduOuQmOyngCDslYrsirXri4jri6QuIOydjOyImCDquIjslaHsnYAg7ZWE65OcIOyCrOyghOydmCBmaWVsZC1yYW5nZSDsmKTrpZgo7LWc7Iaf6rCSIDAp66GcIOuztOqzoO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s4goKMmFtb3VudC1iZWxvdy1jYXJkLW1pbmltdW04Q2FyZCBwYXltZW50IGJlbG93IDEsMDAwIHdvbljsi6DsmqnsubTrk5wg6rKw7KCc6riI7JWh7J20IDEsMDAw7JuQIOuvuOunjA53YXJuaW5nAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUWc2RrLXBheW1lbnQBAAQCBAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAAAYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBghjYXJkBAAEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCBgRcUwQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAICBgZLUlcECAxhbW91bnQAAgAMYW1vdW50DAIcAgYABAQGAi4AAAIICAQGAi4AAAIGIl5bMS05XVswLTldezAsMn0kBgIuAAACCgZsdGUAAAAAAAAAAAACMAYCLgAAAgoGZ3RlAAAAAAAAQI9ACDEwMDAAAAAIGHNjaGVkdWxlc1sqXQAEABJzY2hlZHVsZXMABAIcAggGDGFtb3VudAACAAxhbW91bnQMAgoGZ3RlAAAAAAAAQI9ACDEwMDAABAQGDGFtb3VudAACAAxhbW91bnQMAggIBAYMYW1vdW50AAIADGFtb3VudAwCBiJeWzEtOV1bMC05XXswLDJ9JAYMYW1vdW50AAIADGFtb3VudAwCCgZsdGUAAAAAAAAAAAACMAAEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCBgRcUwQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAICBgZLUlcAAAEMYW1vdW50AAIADGFtb3VudAwBhgFge2ZpZWxkfWAgaXMge3ZhbHVlfSwgYmVsb3cgS0NQJ3MgbWluaW11bSBjYXJkIHBheW1lbnQgb2YgMSwwMDAgd29uvgFge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag7Iug7Jqp7Lm065OcIOy1nOyGjCDqsrDsoJzquIjslaEoMSwwMDDsm5Ap67O064ukIOyekeyKteuLiOuLpAE6dGhpcyBpcyBhIGNhcmQgcGF5bWVudCBpbiBLUldG7JuQ7ZmUIOyLoOyaqey5tOuTnCDqsrDsoJzsnoXri4jri6QA5AVLQ1AncyByZXN1bHQgY29kZSA5MDEwIHJlZnVzZXMgY2FyZCBwYXltZW50cyBiZWxvdyAxLDAwMCB3b24uIEEgd2FybmluZyByYXRoZXIgdGhhbiBhbiBlcnJvcjogUG9ydE9uZSdzIHBsYXlncm91bmQgY2hhcmdlcyAxMDAgd29uIG9uIEtDUCdzIHB1YmxpYyB0ZXN0IGNoYW5uZWwuIDAgaXMgYGFtb3VudC16ZXJvYCBhbmQgbmVnYXRpdmUgYW1vdW50cyBhcmUgYSBmaWVsZC1yYW5nZSBlcnJvci4gQW4gYW1vdW50IHNlbnQgYXMgYSBzdHJpbmcgb2YgZGlnaXRzIChgIjEwMCJgLCBhcyBQb3J0T25lJ3MgQW5kcm9pZCBhbmQgaU9TIFNES3Mgc2VuZCBpdCkgaXMgaGVsZCB0byB0aGUgbWluaW11bSB0b28sIGJlc2lkZSBmaWVsZC10eXBlJ3MgZXJyb3IuqAdLQ1DripQgMSwwMDDsm5Ag66+466eM7J2YIOyLoOyaqey5tOuTnCDqsrDsoJzrpbwg6rKw6rO8IOy9lOuTnCA5MDEw7Jy866GcIOqxsOygiO2VqeuLiOuLpC4g64uk66eMIO2PrO2KuOybkCDtlIzroIjsnbTqt7jrnbzsmrTrk5zqsIAgS0NQIOqzteyaqSDthYzsiqTtirgg7LGE64SQ7JeQ7IScIDEwMOybkOydhCDqsrDsoJztlZjrr4DroZwg7Jik66WY6rCAIOyVhOuLjCDqsr3qs6DsnoXri4jri6QuIDDsnYAgYGFtb3VudC16ZXJvYOqwgCwg7J2M7IiYIOq4iOyVoeydgCBmaWVsZC1yYW5nZSDsmKTrpZjqsIAg67O06rOg7ZWp64uI64ukLiDsiKvsnpAg66y47J6Q7Je066GcIOuztOuCuCDquIjslaEo7Y+s7Yq47JuQIEFuZHJvaWTCt2lPUyBTREvqsIAg67O064K064qUIGAiMTAwImAg6rCZ7J2AIOqwkinrj4QgZmllbGQtdHlwZSDsmKTrpZjsmYAg7ZWo6ruYIOy1nOyGjCDquIjslaEg6rKA7IKs66W8IOuwm+yKteuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0zP3Y9djEBFktDUC1BTVQtMDA0AAEA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyoCwoqdGF4LWZyZWUtb3V0LW9mLXJhbmdlUGB0YXhfZnJlZWAgaXMgbmVnYXRpdmUgb3IgYWJvdmUgYGFtb3VudGBgYHRheF9mcmVlYOqwgCDsnYzsiJjsnbTqsbDrgpggYGFtb3VudGDrs7Tri6Qg7YG8CmVycm9yAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUWc2RrLXBheW1lbnQACAgQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIMAAAAAAAAAAAAAjABemB7ZmllbGR9YCBpcyB7dmFsdWV9OiB0aGUgdGF4LWZyZWUgcG9ydGlvbiBjYW5ub3QgYmUgbmVnYXRpdmWcAWB7ZmllbGR9YOydtCjqsIApIHt2YWx1ZX3snoXri4jri6QuIOuptOyEuOq4iOyVoeydgCDsnYzsiJjsnbwg7IiYIOyXhuyKteuLiOuLpAAACBB0YXhfZnJlZQACABB0YXhfZnJlZaYBAhwCBgQGAi4AAAIICAQGECQuYW1vdW50AQIADGFtb3VudAwCCAgGAi4AAAIKBmx0ZQIQJC5hbW91bnQBAgAMYW1vdW50DAAAAAgqc2NoZWR1bGVzWypdLnRheF9mcmVlAAYAEnNjaGVkdWxlcwAEABB0YXhfZnJlZaYBAgwAAAAAAAAAAAACMAF6YHtmaWVsZH1gIGlzIHt2YWx1ZX06IHRoZSB0YXgtZnJlZSBwb3J0aW9uIGNhbm5vdCBiZSBuZWdhdGl2ZZwBYHtmaWVsZH1g7J20KOqwgCkge3ZhbHVlfeyeheuLiOuLpC4g66m07IS46riI7JWh7J2AIOydjOyImOydvCDsiJgg7JeG7Iq164uI64ukAAAIGHNjaGVkdWxlc1sqXQAEABJzY2hlZHVsZXMABAIcAgYEBhB0YXhfZnJlZQACABB0YXhfZnJlZaYBAggIBAYMYW1vdW50AAIADGFtb3VudAwCCAgGEHRheF9mcmVlAAIAEHRheF9mcmVlpgECCgZsdGUCDGFtb3VudAACAAxhbW91bnQMAcYBYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIG1vcmUgdGhhbiB0aGUgc2NoZWR1bGUncyBgYW1vdW50YDogdGhlIHRheC1mcmVlIHBvcnRpb24gaXMgcGFydCBvZiB0aGUgYW1vdW50iAJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snbQo6rCAKSDtlbTri7kg7JiI7JW9IOqxtOydmCBgYW1vdW50YOuztOuLpCDtgb3ri4jri6QuIOuptOyEuOq4iOyVoeydgCDqsrDsoJzquIjslaEg7KSRIOydvOu2gOyXrOyVvCDtlanri4jri6QAARB0YXhfZnJlZQACABB0YXhfZnJlZaYBAbIBYHRheF9mcmVlYCAoe3ZhbHVlfSkgaXMgZ3JlYXRlciB0aGFuIGBhbW91bnRgOiB0aGUgdGF4LWZyZWUgcG9ydGlvbiBpcyBwYXJ0IG9mIHRoZSBhbW91bnTQAWB0YXhfZnJlZWAoe3ZhbHVlfSnqsIAgYGFtb3VudGDrs7Tri6Qg7YG964uI64ukLiDrqbTshLjquIjslaHsnYAg6rKw7KCc6riI7JWhIOykkSDsnbzrtoDsl6zslbwg7ZWp64uI64ukAADSA2B0YXhfZnJlZWAgaXMgInRoZSB0YXgtZXhlbXB0IHBhcnQgb2YgYGFtb3VudGAiIChTREsgcmVmZXJlbmNlIGFuZCB2MSBSRVNUIHNjaGVtYSk6IHRoZSBWQVQgaXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExLCBzbyBhIG5lZ2F0aXZlIHZhbHVlIG9yIG9uZSBhYm92ZSBgYW1vdW50YCBtYWtlcyBubyBzZW5zZSBhbmQgS0NQIHJlZnVzZXMgdGhlIG1pc21hdGNoIChyZXN1bHQgY29kZXMgODU2NCwgODA3NCkuwgRgdGF4X2ZyZWVg64qUICJgYW1vdW50YCDspJEg66m07IS46riI7JWhIuyeheuLiOuLpChTREsg7YyM652866+47YSwIOusuOyEnOyZgCB2MSBSRVNUIEFQSSDsiqTtgqTrp4gpLiDrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx7J2066+A66GcIOydjOyImOuCmCBgYW1vdW50YOuztOuLpCDtgbAg6rCS7J2AIOydmOuvuOqwgCDsl4bsnLzrqbAsIEtDUOuKlCDsnbTroIfqsowg66ee7KeAIOyViuuKlCDquIjslaHsnYQg6rGw7KCI7ZWp64uI64ukKOqysOqzvCDsvZTrk5wgODU2NCwgODA3NCkuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFktDUC1UQVgtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWywDAo2dGF4LWZyZWUtbmVlZHMta2NwLWNvbnRyYWN0XGB0YXhfZnJlZWAgbmVlZHMgYSBLQ1AgbWl4ZWQtdGF4YXRpb24gY29udHJhY3RkYHRheF9mcmVlYOuKlCBLQ1Ag67O17ZWp6rO87IS4IOqzhOyVveydtCDtlYTsmpTtlagIaW5mbwEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AAQIEHRheF9mcmVlAAIAEHRheF9mcmVlpgECHAQABAYCLgAAAgoEZ3QAAAAAAAAAAAACMAYCLgAAAgoGbHRlAhAkLmFtb3VudAECAAxhbW91bnQMAAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAQABAYQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIKBGd0AAAAAAAAAAAAAjACBAQGDGFtb3VudAACAAxhbW91bnQMAggIBhB0YXhfZnJlZQACABB0YXhfZnJlZaYBAgoGbHRlAgxhbW91bnQAAgAMYW1vdW50DAAAARB0YXhfZnJlZQACABB0YXhfZnJlZaYBAbwCYHtmaWVsZH1gIHNldHMgYSB0YXgtZnJlZSBwb3J0aW9uOiBLQ1AgYXBwbGllcyBpdCBvbmx5IG9uIGEgc2l0ZSBjb2RlIGNvbnRyYWN0ZWQgZm9yIG1peGVkIHRheGF0aW9uOyBvdGhlcndpc2UgdGhlIHNldHRsZWQgYW1vdW50cyBjYW4gZGlmZmVyIGZyb20gdGhlIHJlcXVlc3SQA2B7ZmllbGR9YCjsnLwp66GcIOuptOyEuOq4iOyVoeydhCDsp4DsoJXtlojsirXri4jri6QuIEtDUOyZgCDrs7Xtlanqs7zshLgg6rOE7JW97J20IOuQnCDsgqzsnbTtirjsvZTrk5zsl5DshJzrp4wg7KCB7Jqp65CY66mwLCDqt7jroIfsp4Ag7JWK7Jy866m0IOygleyCsCDquIjslaHsnbQg7JqU7LKt6rO8IOuLrOudvOyniCDsiJgg7J6I7Iq164uI64ukAACUBFNldHRpbmcgdGhlIHRheC1mcmVlIGFtb3VudCBvciB0aGUgVkFUIGRpcmVjdGx5IG5lZWRzIGEgc2VwYXJhdGUgY29udHJhY3Qgd2l0aCBLQ1AgKFBvcnRPbmUncyBWMiBLQ1AgcGFnZSwgYSBmYWN0IGFib3V0IHRoZSBQRzsgS0NQIHJlc3VsdCBjb2RlIDgwMTEgIm1peGVkLXRheCBhbW91bnQgc2V0dXAiKS4gMCwgdGhlIGRvY3VtZW50ZWQgZGVmYXVsdCwgZHJhd3Mgbm90aGluZzsgb3V0LW9mLXJhbmdlIHZhbHVlcyBhcmUgYHRheC1mcmVlLW91dC1vZi1yYW5nZWAunAXrqbTshLjquIjslaHsnbTrgpgg67aA6rCA7IS466W8IOyngeygkSDsp4DsoJXtlZjroKTrqbQgS0NQ7JmAIOuzhOuPhCDqs4Tslb3snbQg7ZWE7JqU7ZWp64uI64ukKO2PrO2KuOybkCBWMiBLQ1Ag7Jew64+ZIOusuOyEnCwgUEfsgqwg7J6Q7LK07JeQIOq0gO2VnCDsgqzsi6QuIEtDUCDqsrDqs7wg7L2U65OcIDgwMTEgIuuzte2VqeqzvOyEuCDquIjslaEg7ISk7KCVIikuIOusuOyEnOyDgSDquLDrs7jqsJLsnbggMOydgCDrs7Tqs6DtlZjsp4Ag7JWK7Jy866mwLCDrspTsnITrpbwg67KX7Ja064KcIOqwkuydgCBgdGF4LWZyZWUtb3V0LW9mLXJhbmdlYOqwgCDrs7Tqs6Dtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLVRBWC0wMDIAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbK4NCjB2YXQtYW1vdW50LW5vdC1zdXBwb3J0ZWRIYHZhdF9hbW91bnRgIGlzIG5vdCBzdXBwb3J0ZWQgYnkgS0NQWmB2YXRfYW1vdW50YOuKlCBLQ1Dsl5DshJwg7KeA7JuQ7ZWY7KeAIOyViuydjA53YXJuaW5nAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAICBBR2YXRfYW1vdW50AAIAFHZhdF9hbW91bnSoAS5zY2hlZHVsZXNbKl0udmF0X2Ftb3VudAAGABJzY2hlZHVsZXMABAAUdmF0X2Ftb3VudKgBAAAAAagCYHtmaWVsZH1gIGlzIG5vdCBzdXBwb3J0ZWQgYnkgTkhOIEtDUCAob25seSBOSUNFLCBLRyBJbmljaXMsIFdlbGNvbWUgYW5kIHRoZSBuZXcgVG9zcyBQYXkgdGFrZSBpdCk6IHRoZSBWQVQgaXMgY29tcHV0ZWQgZnJvbSBgYW1vdW50YCBhbmQgYHRheF9mcmVlYLADYHtmaWVsZH1g7J2AKOuKlCkgTkhOIEtDUOyXkOyEnCDsp4Dsm5DtlZjsp4Ag7JWK64qUIO2MjOudvOuvuO2EsOyeheuLiOuLpCAo64KY7J207Iqk7Y6Y7J2066i87LigLCBLR+ydtOuLiOyLnOyKpCwg7Juw7Lu07Y6Y7J2066i87LigLCAo7IugKSDthqDsiqTtjpjsnbQg7KCE7JqpKS4g67aA6rCA7IS464qUIGBhbW91bnRg7JmAIGB0YXhfZnJlZWDroZwg6rOE7IKw65Cp64uI64ukAADIAlRoZSBTREsgcmVmZXJlbmNlIGFuZCB0aGUgdjEgUkVTVCBzY2hlbWEgbGlzdCB0aGUgZ2F0ZXdheXMgdGhhdCBob25vdXIgYHZhdF9hbW91bnRgOyBLQ1AgaXMgbm90IGFtb25nIHRoZW0sIHNvIGEgVkFUIHRoZSBtZXJjaGFudCByZWxpZXMgb24gaXMgc2lsZW50bHkgbm90IGFwcGxpZWQuwANTREsg7YyM652866+47YSwIOusuOyEnOyZgCB2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgYHZhdF9hbW91bnRg66W8IOuwmOyYge2VmOuKlCBQR+yCrOulvCDrgpjsl7TtlZjripTrjbAgS0NQ64qUIOq3uCDrqqnroZ3sl5Ag7JeG7Jy866+A66GcLCDqs6DqsJ3sgqzqsIAg6riw64yA7ZWcIOu2gOqwgOyEuOqwgCDslYTrrLQg7JWM66a8IOyXhuydtCDsoIHsmqnrkJjsp4Ag7JWK7Iq164uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARZLQ1AtVEFYLTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sig4KHHZhdC1kZXByZWNhdGVkJmB2YXRgIGlzIGRlcHJlY2F0ZWRUYHZhdGDripQg7KeA7JuQIOykkeuLqCDsmIjsoJUg7YyM652866+47YSwDndhcm5pbmcBAQYUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUWc2RrLXBheW1lbnQAAgICBnZhdAACAAZ2YXSqAQAAAAHeAWB2YXRgIGlzIGRlcHJlY2F0ZWQ6IHNlbmQgdGhlIHRheC1mcmVlIHBvcnRpb24gaW4gYHRheF9mcmVlYCBpbnN0ZWFkICh0aGUgVkFUIGlzIHRoZW4gKGFtb3VudCAtIHRheF9mcmVlKSAvIDExKboCYHZhdGDripQg7KeA7JuQIOykkeuLqCDsmIjsoJUg7YyM652866+47YSw7J6F64uI64ukLiDrqbTshLjquIjslaHsnYQgYHRheF9mcmVlYOuhnCDsoITri6ztlZjshLjsmpQgKOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukKQAAzAJUaGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgYHZhdGAgZGVwcmVjYXRlZCAoInVzZSB0aGUgdGF4X2ZyZWUgcGFyYW1ldGVyIikgb24gL29uZXRpbWUgYW5kIC9hZ2FpbiwgYW5kIHRoZSAyMDE4IFNESyBwYXJhbWV0ZXIgdGFibGUgYWxyZWFkeSByZXBsYWNlZCBpdCB3aXRoIGB0YXhfZnJlZWAuzgN2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL29uZXRpbWXqs7wgL2FnYWlu7J2YIGB2YXRg66W8IOyngOybkCDspJHri6gg7JiI7KCVKGRlcHJlY2F0ZWQp7Jy866GcIO2RnOyLnO2VmOupsCgidGF4X2ZyZWUg7YyM652866+47YSw66W8IOyCrOyaqe2VmOyEuOyalCIpLCAyMDE464WEIFNESyDtjIzrnbzrr7jthLAg7ZGc7JeQ7IScIOydtOuvuCBgdGF4X2ZyZWVg66GcIOuMgOyytOuQmOyXiOyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLVRBWC0wMDQAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMgOCixjdXJyZW5jeS1ub3Qtc3VwcG9ydGVkOkN1cnJlbmN5IG5vdCBzdXBwb3J0ZWQgYnkgS0NQQktDUOqwgCDsp4Dsm5DtlZjsp4Ag7JWK64qUIO2Gte2ZlA53YXJuaW5nAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUWc2RrLXBheW1lbnQABAgQY3VycmVuY3kAAgAQY3VycmVuY3lsAhwCBgQGAi4AAAIIAgYCLgAAAgQEBgZLUlcGBlVTRAYCLgAAAgYqKD9pKV5ccyooa3J3fHVzZClccyokAAAACCpzY2hlZHVsZXNbKl0uY3VycmVuY3kABgASc2NoZWR1bGVzAAQAEGN1cnJlbmN5bAIcAgYEBgIuAAACCAIGAi4AAAIEBAYGS1JXBgZVU0QGAi4AAAIGKig/aSleXHMqKGtyd3x1c2QpXHMqJAAAAAFsYHtmaWVsZH1gIGlzIHt2YWx1ZX06IE5ITiBLQ1Agc2V0dGxlcyBvbmx5IEtSVyBhbmQgVVNEmAFge2ZpZWxkfWDsnbQo6rCAKSB7dmFsdWV97J6F64uI64ukLiBOSE4gS0NQ64qUIEtSV+yZgCBVU0Trp4wg7KeA7JuQ7ZWp64uI64ukAADqA1RoZSB2MSBLQ1AgcGFnZSBkb2VzIG5vdCBsaXN0IGN1cnJlbmNpZXM7IFBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRykgc2F5cyBLQ1Agc3VwcG9ydHMgS1JXIGFuZCBVU0Qgb25seSwgYW5kIEtDUCBhbnN3ZXJzIG90aGVyIGNvZGVzIHdpdGggInVuc3VwcG9ydGVkIGN1cnJlbmN5IiAocmVzdWx0IGNvZGVzIDkwMTQsIDgxNzYpLiBBIHdhcm5pbmcgYmVjYXVzZSB0aGUgdjEgcGFnZSBpcyBzaWxlbnQujAV2MSBLQ1Ag7Jew64+ZIOusuOyEnOyXkOuKlCDthrXtmZQg66qp66Gd7J20IOyXhuyngOunjCwg7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScKFBH7IKsIOyekOyytOyXkCDqtIDtlZwg7IKs7IukKeyXkCDrlLDrpbTrqbQgS0NQ64qUIEtSV+yZgCBVU0Trp4wg7KeA7JuQ7ZWY66mwLCBLQ1DripQg64uk66W4IO2Gte2ZlCDsvZTrk5zsl5AgIuyngOybkO2VmOyngCDslYrripQg7Ya17ZmUIuuhnCDsnZHri7Xtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA5MDE0LCA4MTc2KS4gdjEg66y47ISc7JeQ64qUIOyWuOq4ieydtCDsl4bsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1shg8KLGN1cnJlbmN5LWNvZGUtc3BlbGxpbmc+Q3VycmVuY3kgY29kZSBub3QgaW4gdXBwZXIgY2FzZVLthrXtmZQg7L2U65OcIOuMgOyGjOusuOyekMK36rO167CxIOyYpOulmA53YXJuaW5nAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUWc2RrLXBheW1lbnQABAgQY3VycmVuY3kAAgAQY3VycmVuY3lsAhwCBAYCLgAAAgQEBgZLUlcGBlVTRAQGAi4AAAIGKig/aSleXHMqKGtyd3x1c2QpXHMqJAABAAAYBgggS1JXBgggVVNEBggga3J3BgggdXNkBghLUlcgBgZLcncGCFVTRCAGBlVzZAYIa3J3IAYGa3J3Bgh1c2QgBgZ1c2QYBgZLUlcGBlVTRAYGS1JXBgZVU0QGBktSVwYGS1JXBgZVU0QGBlVTRAYGS1JXBgZLUlcGBlVTRAYGVVNEAVh3cml0ZSB0aGUgY29kZSBpbiB1cHBlciBjYXNlLCB3aXRob3V0IHNwYWNlc1zsvZTrk5zrpbwg6rO167CxIOyXhuydtCDrjIDrrLjsnpDroZwg7JOw7IS47JqUAQAIKnNjaGVkdWxlc1sqXS5jdXJyZW5jeQAGABJzY2hlZHVsZXMABAAQY3VycmVuY3lsAhwCBAYCLgAAAgQEBgZLUlcGBlVTRAQGAi4AAAIGKig/aSleXHMqKGtyd3x1c2QpXHMqJAABAAAYBgggS1JXBgggVVNEBggga3J3BgggdXNkBghLUlcgBgZLcncGCFVTRCAGBlVzZAYIa3J3IAYGa3J3Bgh1c2QgBgZ1c2QYBgZLUlcGBlVTRAYGS1JXBgZVU0QGBktSVwYGS1JXBgZVU0QGBlVTRAYGS1JXBgZLUlcGBlVTRAYGVVNEAVh3cml0ZSB0aGUgY29kZSBpbiB1cHBlciBjYXNlLCB3aXRob3V0IHNwYWNlc1zsvZTrk5zrpbwg6rO167CxIOyXhuydtCDrjIDrrLjsnpDroZwg7JOw7IS47JqUAQABugJge2ZpZWxkfWAgaXMge3ZhbHVlfTogUG9ydE9uZSBkb2N1bWVudHMgdGhlIGN1cnJlbmN5IGNvZGVzIGluIHVwcGVyIGNhc2Ugd2l0aG91dCBzcGFjZXMgKGBLUldgLCBgVVNEYCksIGFuZCBLQ1AgcmVqZWN0cyBhIGN1cnJlbmN5IGNvZGUgaXQgZG9lcyBub3QgcmVjb2duaXNl5gJge2ZpZWxkfWAg6rCS7J20IHt2YWx1ZX3snoXri4jri6QuIO2PrO2KuOybkCDrrLjshJzsnZgg7Ya17ZmUIOy9lOuTnOuKlCDqs7XrsLEg7JeG64qUIOuMgOusuOyekChgS1JXYCwgYFVTRGAp7J2066mwLCBLQ1DripQg7J247Iud7ZWY7KeAIOuqu+2VmOuKlCDthrXtmZQg7L2U65Oc66W8IOqxsOygiO2VqeuLiOuLpAAAjgdQb3J0T25lIGRvY3VtZW50cyBgY3VycmVuY3lgIGFzIGBLUldgLCBgVVNEYCwgLi4uIChJU08gNDIxNyBjb2RlcywgdXBwZXIgY2FzZSksIGFuZCBLQ1AgYW5zd2VycyBhIGN1cnJlbmN5IGl0IGRvZXMgbm90IGtub3cgd2l0aCAidW5zdXBwb3J0ZWQgY3VycmVuY3kiIChyZXN1bHQgY29kZXMgOTAxNCwgODE3NikuIEEgbG93ZXItY2FzZSBvciBwYWRkZWQgYGtyd2AgaXMgdGhlIHJpZ2h0IGN1cnJlbmN5IHNwZWx0IHdyb25nbHksIHNvIGl0IGdldHMgdGhpcyB3YXJuaW5nIGFuZCBhIHNhZmUgZml4IGluc3RlYWQgb2YgY3VycmVuY3ktbm90LXN1cHBvcnRlZCdzICJvbmx5IEtSVyBhbmQgVVNEIi4gVGhlIEtSVy1vbmx5IGNoZWNrcyAoYSB3aG9sZSBudW1iZXIgb2Ygd29uLCB0aGUgY2FyZCBtaW5pbXVtKSBzdGlsbCB0cmVhdCBpdCBhcyBhbm90aGVyIGN1cnJlbmN5IHVudGlsIGl0IGlzIGZpeGVkLvYI7Y+s7Yq47JuQIOusuOyEnOuKlCBgY3VycmVuY3lgIOqwkuydhCBgS1JXYCwgYFVTRGAsIC4uLiAo64yA66y47J6QIElTTyA0MjE3IOy9lOuTnCnroZwg7JWI64K07ZWY66mwLCBLQ1DripQg7JWM7KeAIOuqu+2VmOuKlCDthrXtmZTsl5AgIuyngOybkO2VmOyngCDslYrripQg7Ya17ZmUIuuhnCDsnZHri7Xtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA5MDE0LCA4MTc2KS4g7IaM66y47J6Q7J206rGw64KYIOyVnuuSpOyXkCDqs7XrsLHsnbQg67aZ7J2AIGBrcndg64qUIO2Gte2ZlOuKlCDrp57sp4Drp4wg7ZGc6riw6rCAIO2LgOumsCDqsoPsnbTrr4DroZwsIGN1cnJlbmN5LW5vdC1zdXBwb3J0ZWTsnZggIktSV+yZgCBVU0Trp4wg7KeA7JuQIiDrjIDsi6Ag7J20IOqyveqzoOyZgCDslYjsoITtlZwg7IiY7KCV7JWI7J2EIOygnOyLnO2VqeuLiOuLpC4g7JuQ7ZmUIOyghOyaqSDqsoDsgqwo7JuQIOuLqOychCDsoJXsiJgsIOy5tOuTnCDstZzshowg6rKw7KCc6riI7JWhKeuKlCDtkZzquLDrpbwg6rOg7LmY6riwIOyghOq5jOyngCDsnbQg6rCS7J2EIOuLpOuluCDthrXtmZTroZwg7Leo6riJ7ZWp64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s1g8KKmN1cnJlbmN5LXVzZC1ub24tY2FyZFJVU0Qgd2l0aCBhIHBheW1lbnQgbWV0aG9kIG90aGVyIHRoYW4gY2FyZGLsi6DsmqnsubTrk5zqsIAg7JWE64uMIOqysOygnOyImOuLqOydmCBVU0Qg6rKw7KCcDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAYGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAICBgZVU0QGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAEEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCGNhcmQCCBBjdXJyZW5jeQACABBjdXJyZW5jeWwCBAIGBlVTRAAAAAGwAWBjdXJyZW5jeWAgVVNEIGlzIGFjY2VwdGVkIGJ5IEtDUCBmb3IgY2FyZCBwYXltZW50cyBvbmx5LCBhbmQgYHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGDYAUtDUOuKlCDsi6DsmqnsubTrk5wg6rKw7KCc7JeQ7ISc66eMIGBjdXJyZW5jeWAgVVNE66W8IOyngOybkO2VmOuKlOuNsCBgcGF5X21ldGhvZGDqsIAgYGNhcmRg6rCAIOyVhOuLmeuLiOuLpAE0YHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGBMYHBheV9tZXRob2Rg6rCAIGBjYXJkYOqwgCDslYTri5nri4jri6QA/AFQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpOiBLQ1AgdGFrZXMgVVNEIGZvciBjYXJkIHBheW1lbnRzIG9ubHkuIFRoZSB2MSBLQ1AgcGFnZSBpcyBzaWxlbnQsIGhlbmNlIGEgd2FybmluZy6MA+2PrO2KuOybkCBWMiBLQ1Ag7Jew64+ZIOusuOyEnChQR+yCrCDsnpDssrTsl5Ag6rSA7ZWcIOyCrOyLpCnsl5Ag65Sw66W066m0IEtDUOuKlCDsi6DsmqnsubTrk5wg6rKw7KCc7JeQ7ISc66eMIFVTROulvCDrsJvsirXri4jri6QuIHYxIEtDUCDsl7Drj5kg66y47ISc7JeQ64qUIOyWuOq4ieydtCDsl4bsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sthAKJGJ1eWVyLWVtYWlsLWZvcm1hdD5FLW1haWwgYWRkcmVzcyBpcyBub3QgcGxhdXNpYmxlXOydtOuplOydvCDso7zshowg7ZiV7Iud7J20IOyYrOuwlOultOyngCDslYrsnYwOd2FybmluZwEBDBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAYIFmJ1eWVyX2VtYWlsAAIAFmJ1eWVyX2VtYWlsVgIcAggGAi4AAAIQCmVtYWlsBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIMAYIBAAAAAAgwc2NoZWR1bGVzWypdLmJ1eWVyX2VtYWlsAAYAEnNjaGVkdWxlcwAEABZidXllcl9lbWFpbFYCHAIIBgIuAAACEAplbWFpbAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAGCAQAAAAAIHGN1c3RvbWVyX2VtYWlsAAIAHGN1c3RvbWVyX2VtYWlsFAIcAggEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBkgMABgIuAAACEAplbWFpbAAAAAG+AWB7ZmllbGR9YCBpcyBub3QgYSBwbGF1c2libGUgZS1tYWlsIGFkZHJlc3M6IHt2YWx1ZX07IEtDUCBtYXkgcmVmdXNlIGEgbWFsZm9ybWVkIGUtbWFpbCBhZGRyZXNztAJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsmKzrsJTrpbgg7J2066mU7J28IOyjvOyGjCDtmJXsi53snbQg7JWE64uZ64uI64ukLiBLQ1DripQg7ZiV7Iud7J20IOyemOuqu+uQnCDsnbTrqZTsnbwg7KO87IaM66W8IOqxsOygiO2VoCDsiJgg7J6I7Iq164uI64ukAACoBEtDUCB2YWxpZGF0ZXMgdGhlIGJ1eWVyIGUtbWFpbCAocmVzdWx0IGNvZGVzIDg1MDkgImJ1eWVyIGUtbWFpbCBmb3JtYXQiLCA5MDEyKS4gVGhlIGNoZWNrIGlzIGEgcGxhdXNpYmlsaXR5IHRlc3QgKGxvY2FsQGRvbWFpbi50bGQpLCBzbyBpdCBpcyBhIHdhcm5pbmcuIEVtcHR5IHN0cmluZ3MgYXJlIG5vdCByZXBvcnRlZCAodGhlIG1lbWJlciBpcyBvcHRpb25hbCk7IHZhbHVlcyBvdmVyIHRoZSBSRVNUIGxlbmd0aCBsaW1pdCBhcmUgYWxyZWFkeSBmaWVsZC1sZW5ndGggZXJyb3JzLrAFS0NQ64qUIOq1rOunpOyekCDsnbTrqZTsnbwg7KO87IaM66W8IOqygOymne2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDg1MDkgIuq1rOunpOyekCDsnbTrqZTsnbwg7ZiV7IudIiwgOTAxMikuIOydtCDqsoDsgqzripQg6re465+065Ov7ZWcIO2YleyLnShsb2NhbEBkb21haW4udGxkKeyduOyngOunjCDrs7Trr4DroZwg6rK96rOg7J6F64uI64ukLiDruYgg66y47J6Q7Je07J2AIOuztOqzoO2VmOyngCDslYrsnLzrqbAo7ISg7YOdIOuppOuyhOyeheuLiOuLpCksIFJFU1Qg6ri47J20IO2VnOuPhOulvCDrhJjripQg6rCS7J2AIOydtOuvuCBmaWVsZC1sZW5ndGgg7Jik66WY66GcIOuztOqzoOuQqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0zP3Y9djEBFktDUC1CVVktMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz8EAogYnV5ZXItdGVsLWZvcm1hdDpQaG9uZSBudW1iZXIgaXMgbm90IHBsYXVzaWJsZVTsoITtmZTrsojtmLgg7ZiV7Iud7J20IOyYrOuwlOultOyngCDslYrsnYwOd2FybmluZwEBDBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAYIEmJ1eWVyX3RlbAACABJidXllcl90ZWxSAhwCCAYCLgAAAgZKXlxzKlsrKF0/KFswLTldWyAoKS4tXSopezcsfVswLTldXHMqJAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAEiAAAAAAgsc2NoZWR1bGVzWypdLmJ1eWVyX3RlbAAGABJzY2hlZHVsZXMABAASYnV5ZXJfdGVsUgIcAggGAi4AAAIGSl5ccypbKyhdPyhbMC05XVsgKCkuLV0qKXs3LH1bMC05XVxzKiQEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBIgAAAAAIGGN1c3RvbWVyX3RlbAACABhjdXN0b21lcl90ZWwSAhwCCAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAEqAAYCLgAAAgZKXlxzKlsrKF0/KFswLTldWyAoKS4tXSopezcsfVswLTldXHMqJAAAAAGwAWB7ZmllbGR9YCBpcyBub3QgYSBwbGF1c2libGUgcGhvbmUgbnVtYmVyOiB7dmFsdWV9OyBLQ1AgcmVmdXNlcyBhIG1hbGZvcm1lZCBwaG9uZSBudW1iZXKOAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOyYrOuwlOuluCDsoITtmZTrsojtmLgg7ZiV7Iud7J20IOyVhOuLmeuLiOuLpC4gS0NQ64qUIO2YleyLneydtCDsnpjrqrvrkJwg7KCE7ZmU67KI7Zi466W8IOqxsOygiO2VqeuLiOuLpAAAlApLQ1AgdmFsaWRhdGVzIHRoZSBidXllcidzIHBob25lIG51bWJlciAocmVzdWx0IGNvZGVzIDg1MDcgYW5kIDg1MDgsICJidXllciBwaG9uZSBmb3JtYXQiKS4gTWVyY2hhbnQgY29kZSBzZW5kcyBwbGFjZWhvbGRlcnMgdGhhdCB3ZXJlIG5ldmVyIGZpbGxlZCBpbiAoYDAxMC0jIyMjLSMjIyNgLCBg6rWs66ek7J6Q7Jew65297LKYYCkgb3IgYSBsYWJlbCBpbnN0ZWFkIG9mIHRoZSBudW1iZXIuIFRoZSBjaGVjayBpcyBhIHBsYXVzaWJpbGl0eSB0ZXN0OiBlaWdodCBvciBtb3JlIGRpZ2l0cywgc2VwYXJhdGVkIGJ5IG5vdGhpbmcgb3IgYnkgc3BhY2VzLCBoeXBoZW5zLCBkb3RzIG9yIHBhcmVudGhlc2VzLCB3aXRoIGFuIG9wdGlvbmFsIGxlYWRpbmcgYCtgIChgMDEwMTIzNDU2NzhgLCBgMDEwLTEyMzQtNTY3OGAsIGAwMik1NTUtMTIzNGAsIGAxNTg4LTEyMzRgLCBgKzgyIDEwLTEyMzQtNTY3OGApLCBzbyBpdCBpcyBhIHdhcm5pbmcuIEVtcHR5IHN0cmluZ3MgYXJlIG5vdCByZXBvcnRlZCAodGhlIG1lbWJlciBpcyBvcHRpb25hbDsgYHNkay1idXllci10ZWwtbWlzc2luZ2AgY292ZXJzIGEgYmxhbmsgb25lIG9uIHRoZSBTREspOyB2YWx1ZXMgb3ZlciB0aGUgbGVuZ3RoIGxpbWl0cyBhcmUgYWxyZWFkeSBmaWVsZC1sZW5ndGggZXJyb3JzLv4LS0NQ64qUIOq1rOunpOyekCDsoITtmZTrsojtmLjrpbwg6rKA7Kad7ZWp64uI64ukKOqysOqzvCDsvZTrk5wgODUwNywgODUwOCAi6rWs66ek7J6QIOyghO2ZlOuyiO2YuCDtmJXsi50iKS4g6rOg6rCd7IKsIOy9lOuTnOuKlCDssYTsm4zsp4Dsp4Ag7JWK7J2AIOyekOumrO2RnOyLnOyekChgMDEwLSMjIyMtIyMjI2AsIGDqtazrp6TsnpDsl7Drnb3ssphgKeuCmCDrsojtmLgg64yA7IugIO2VreuqqSDsnbTrpoTsnYQg67O064K06rOkIO2VqeuLiOuLpC4g7J20IOqygOyCrOuKlCDqt7jrn7Trk6/tlZwg7ZiV7Iud7J247KeA66eMIOu0heuLiOuLpC4gOOyekOumrCDsnbTsg4HsnZgg7Iir7J6Q66W8IOq1rOu2hCDrrLjsnpAg7JeG7J20LCDrmJDripQg6rO167CxLCDtlZjsnbTtlIgsIOygkCwg6rSE7Zi466GcIOq1rOu2hO2VtCDsk7Dqs6Ag7JWe7JeQIGArYOulvCDrtpnsnbwg7IiYIOyeiOyKteuLiOuLpChgMDEwMTIzNDU2NzhgLCBgMDEwLTEyMzQtNTY3OGAsIGAwMik1NTUtMTIzNGAsIGAxNTg4LTEyMzRgLCBgKzgyIDEwLTEyMzQtNTY3OGApLiDqt7jrnpjshJwg6rK96rOg7J6F64uI64ukLiDruYgg66y47J6Q7Je07J2AIOuztOqzoO2VmOyngCDslYrsnLzrqbAo7ISg7YOdIOuppOuyhOydtOqzoCwgU0RL7JeQ7IScIOu5iCDqsJLsnYAgYHNkay1idXllci10ZWwtbWlzc2luZ2DsnbQg64uk66O564uI64ukKSwg6ri47J20IO2VnOuPhOulvCDrhJjripQg6rCS7J2AIOydtOuvuCBmaWVsZC1sZW5ndGgg7Jik66WY66GcIOuztOqzoOuQqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0zP3Y9djEAAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzkEQombmFtZS10b28tbWFueS1ieXRlc0BgbmFtZWAgb3ZlciBLQ1AncyAxMDAtYnl0ZSBsaW1pdFxgbmFtZWDsnbQgS0NQ7J2YIDEwMOuwlOydtO2KuCDtlZzrj4Trpbwg64SY7J2MCGluZm8BAQYUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQAECAhuYW1lAAIACG5hbWVcAhwCBgQGAi4AAAIIAgYCLgAAAgwBUgAGAi4AAAIOAAHIAQAAAAgic2NoZWR1bGVzWypdLm5hbWUABgASc2NoZWR1bGVzAAQACG5hbWVcAhwCBgQGAi4AAAIIAgYCLgAAAgwBUgAGAi4AAAIOAAHIAQAAAAHkAWB7ZmllbGR9YCBpcyBsb25nZXIgdGhhbiAxMDAgYnl0ZXMgaW4gVVRGLTg6IGlmIEtDUCByZWNlaXZlcyBpdCBpbiBVVEYtOCwgaXRzIDEwMC1ieXRlIG9yZGVyLW5hbWUgbGltaXQgbWF5IGN1dCBpdLYCYHtmaWVsZH1g7J20KOqwgCkgVVRGLTgg6riw7KSAIDEwMOuwlOydtO2KuOulvCDrhJjsirXri4jri6QuIEtDUOqwgCBVVEYtOOuhnCDrsJvripQg6rK97JqwIOyjvOusuOuqhSDtlZzrj4QoMTAw67CU7J207Yq4KeyXkCDqsbjroKQg7J6Y66a0IOyImCDsnojsirXri4jri6QAAIgGUG9ydE9uZSBsaW1pdHMgYG5hbWVgIHRvIDQwIGNoYXJhY3RlcnMgKHYxIFJFU1Qgc2NoZW1hLCBmaWVsZC1sZW5ndGgpOyBLQ1AgbGltaXRzIHRoZSBwcm9kdWN0IG5hbWUgdG8gMTAwIGJ5dGVzIChQb3J0T25lJ3MgVjIgS0NQIHBhZ2UsIGEgZmFjdCBhYm91dCB0aGUgUEcpLiBBIEhhbmd1bCBzeWxsYWJsZSBpcyAzIGJ5dGVzIGluIFVURi04LCBzbyAzNCB0byA0MCBIYW5ndWwgcGFzcyBQb3J0T25lJ3MgbGltaXQgYnV0IG5vdCBLQ1Ancy4gSW5mbywgbm90IHdhcm5pbmc6IHRoZSBlbmNvZGluZyBLQ1AgY291bnRzIGluIGlzIG5vdCBkb2N1bWVudGVkLCBhbmQgaW4gRVVDLUtSLCBLQ1AncyB0cmFkaXRpb25hbCBlbmNvZGluZywgNDAgSGFuZ3VsIGFyZSBvbmx5IDgwIGJ5dGVzLoAJ7Y+s7Yq47JuQ7J2AIGBuYW1lYOydhCA0MOyekOuhnCDsoJztlZztlZjqs6AodjEgUkVTVCBBUEkg7Iqk7YKk66eILCBmaWVsZC1sZW5ndGgpLCBLQ1DripQg7IOB7ZKI66qF7J2EIDEwMOuwlOydtO2KuOuhnCDsoJztlZztlanri4jri6Qo7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScLCBQR+yCrCDsnpDssrTsl5Ag6rSA7ZWcIOyCrOyLpCkuIO2VnOq4gCDtlZwg7J2M7KCI7J2AIFVURi047JeQ7IScIDPrsJTsnbTtirjsnbTrr4DroZwg7ZWc6riAIDM0fjQw7J6Q64qUIO2PrO2KuOybkOydmCDtlZzrj4TripQg7Ya16rO87ZWY7KeA66eMIEtDUOydmCDtlZzrj4TripQg64SY7Iq164uI64ukLiDqsr3qs6DqsIAg7JWE64uMIOygleuztCDsiJjspIDsnoXri4jri6QuIEtDUOqwgCDslrTrlqQg7J247L2U65Sp7Jy866GcIOuwlOydtO2KuOulvCDshLjripTsp4Ag66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsnLzrqbAsIEtDUOqwgCDsoITthrXsoIHsnLzroZwg7I2oIOyYqCBFVUMtS1Lsl5DshJzripQg7ZWc6riAIDQw7J6Q6rCAIDgw67CU7J207Yq47JeQIOu2iOqzvO2VmOq4sCDrlYzrrLjsnoXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBGEtDUC1OQU1FLTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s3BIKGG5hbWUtbWlzc2luZzZgbmFtZWAgaXMgbWlzc2luZyBvbiAvYWdhaW48L2FnYWluIOyalOyyreyXkCBgbmFtZWAg64iE6529CGluZm8BAQIUcmVzdC1hZ2FpbgACAAIIbmFtZQACAAhuYW1lXAAAAAGyAWBuYW1lYCBpcyBtaXNzaW5nOiB0aGUgdjEgQVBJIHNjaGVtYSByZXF1aXJlcyB0aGUgb3JkZXIgbmFtZSBvbiAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu4AFgbmFtZWAo7KO866y466qFKeydtCDsl4bsirXri4jri6QuIHYxIEFQSSDsiqTtgqTrp4jsl5DshJwgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbuydmCBgbmFtZWDsnYAg7ZWE7IiY7J6F64uI64ukAACqBlRoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBgbmFtZWAgcmVxdWlyZWQgb24gL2FnYWluIChzaW5jZSBhdCBsZWFzdCAyMDIzKS4gVGhlIEtDUCBwYWdlJ3Mgb3duIC9hZ2FpbiBleGFtcGxlIGFuZCBQb3J0T25lJ3MgUHl0aG9uIGNsaWVudCBvbWl0IGl0LCBhbmQgd2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIGl0IGlzIG5vdCBrbm93bi4gU2V2ZXJpdHkgaW5mbywgbm90IHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSAodGhlIGhpZ2hlc3QgYXV0aG9yaXR5KSBzZW5kcyAvYWdhaW4gd2l0aG91dCBgbmFtZWAsIHNvIGEgcGF5bG9hZCB0aGF0IGNvcGllcyBpdCBtdXN0IG5vdCBkcmF3IGEgd2FybmluZzsgdGhlIHNjaGVtYSdzIHJlcXVpcmVtZW50IGlzIHJlYWwgYnV0IGl0cyBlbmZvcmNlbWVudCBpcyB1bmtub3duLtgIdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9hZ2FpbuydmCBgbmFtZWDsnYQg7ZWE7IiY66GcIO2RnOyLnO2VqeuLiOuLpCjsoIHslrTrj4QgMjAyM+uFhOu2gO2EsCkuIEtDUCDsl7Drj5kg66y47ISc7J2YIC9hZ2FpbiDsmIjsi5zsmYAg7Y+s7Yq47JuQIFB5dGhvbiDtgbTrnbzsnbTslrjtirjripQgYG5hbWVg7J2EIOyDneuete2VmOupsCwg7ISc67KE6rCAIOydtOulvCDqsJXsoJztlZjripTsp4DripQg7JWM66Ck7KC4IOyeiOyngCDslYrsirXri4jri6QuIOqyveqzoOqwgCDslYTri4jrnbwg7KCV67O0IOyImOykgOyeheuLiOuLpC4g6rCA7J6lIOyasOyEoO2VmOuKlCDstpzsspjsnbggS0NQIOyXsOuPmSDrrLjshJzqsIAgYG5hbWVgIOyXhuydtCAvYWdhaW7snYQg67O064K066+A66GcIOydtOulvCDrlLDrnbwg7ZWcIO2OmOydtOuhnOuTnOyXkCDqsr3qs6DqsIAg64KY7JmA7ISc64qUIOyViCDrkKnri4jri6QuIOyKpO2CpOuniOydmCDtlYTsiJgg7KGw6rG07J2AIOyLpOygnOuhnCDsnojsp4Drp4wg6rCV7KCc65CY64qU7KeA64qUIOyVjCDsiJgg7JeG7Iq164uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARhLQ1AtTkFNRS0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbLATCixzY2hlZHVsZXMtbmFtZS1taXNzaW5nQEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYG5hbWVgNuyYiOyVvSDqsbTsnZggYG5hbWVgIOuIhOudvQhpbmZvAQECGnJlc3Qtc2NoZWR1bGUAAgACInNjaGVkdWxlc1sqXS5uYW1lAAYAEnNjaGVkdWxlcwAEAAhuYW1lXAAAAAGwAWB7ZmllbGR9YCBpcyBtaXNzaW5nOiB0aGUgdjEgQVBJIHNjaGVtYSByZXF1aXJlcyBhbiBvcmRlciBuYW1lIGluIGV2ZXJ5IHNjaGVkdWxlZCBjaGFyZ2XOAWB7ZmllbGR9YCjso7zrrLjrqoUp7J20IOyXhuyKteuLiOuLpC4gdjEgQVBJIOyKpO2CpOuniOyXkOyEnCDsmIjslb0g6rG066eI64ukIGBuYW1lYOydgCDtlYTsiJjsnoXri4jri6QAAMwEU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSBsaXN0cyBgbmFtZWAgYXMgcmVxdWlyZWQgKGFkZGVkIGJldHdlZW4gMjAyNC0wMyBhbmQgMjAyNS0wMSk7IFBvcnRPbmUncyBvbGRlciBleGFtcGxlcyBvbWl0IGl0IGFuZCBlbmZvcmNlbWVudCBpcyBub3Qga25vd24uIFNldmVyaXR5IGluZm8sIG5vdCB3YXJuaW5nOiBQb3J0T25lJ3Mgb3duIHNjaGVkdWxlIGV4YW1wbGVzIG9taXQgYG5hbWVgLCBhbmQgZW5mb3JjZW1lbnQgb2YgdGhlIHNjaGVtYSdzIHJlcXVpcmVtZW50IGlzIHVua25vd24u1gZ2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggU2NoZWR1bGVBbm5vdGF0aW9u7J2AIGBuYW1lYOydhCDtlYTsiJjroZwg7ZGc7Iuc7ZWp64uI64ukKDIwMjQtMDPqs7wgMjAyNS0wMSDsgqzsnbTsl5Ag7LaU6rCA65CoKS4g7Y+s7Yq47JuQ7J2YIOydtOyghCDsmIjsi5zrk6TsnYAg7J2066W8IOyDneuete2VmOupsCwg7Iuk7KCc66GcIOqwleygnOuQmOuKlOyngOuKlCDslYzroKTsoLgg7J6I7KeAIOyViuyKteuLiOuLpC4g6rK96rOg6rCAIOyVhOuLiOudvCDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLiDtj6ztirjsm5Ag7J6Q7LK07J2YIOyYiOyVvSDqsrDsoJwg7JiI7Iuc6rCAIGBuYW1lYOydhCDsg53rnrXtlZjqs6AsIOyKpO2CpOuniOydmCDtlYTsiJgg7KGw6rG07J20IOqwleygnOuQmOuKlOyngCDslYwg7IiYIOyXhuq4sCDrlYzrrLjsnoXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEYS0NQLU5BTUUtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzsEwowbmFtZS1taXNzaW5nLXNkay1wYXltZW50QGBuYW1lYCBpcyBtaXNzaW5nIGZyb20gYSBwYXltZW50POqysOygnCDsmpTssq3sl5AgYG5hbWVgIOuIhOudvQhpbmZvAQECFnNkay1wYXltZW50AAIAAghuYW1lAAIACG5hbWVcAAAAAZgBYG5hbWVgIGlzIG5vdCBzZXQ6IEtDUCBzaG93cyB0aGUgb3JkZXIgbmFtZSB0byB0aGUgYnV5ZXIgYXMgdGhlIHByb2R1Y3QgbmFtZcABYG5hbWVgKOyjvOusuOuqhSnsnbQg7JeG7Iq164uI64ukLiDso7zrrLjrqoXsnYAgS0NQIOqysOygnOywveyXkCDsg4HtkojrqoXsnLzroZwg7ZGc7Iuc65Cp64uI64ukAACmA1RoZSBLQ1AgcGFnZSBsaXN0cyBgbmFtZWAgd2l0aG91dCBhIHF1ZXN0aW9uIG1hcmsgKGEgbWFpbiBwYXJhbWV0ZXIpIGFuZCBldmVyeSBLQ1AgZXhhbXBsZSBzZW5kcyBpdDsgS0NQJ3MgcmVzdWx0IGNvZGUgOTAwNyBpcyAicHJvZHVjdCBuYW1lIG1pc3NpbmciLiBUaGUgU0RLIHJlZmVyZW5jZSBtYXJrcyBpdCBvcHRpb25hbCwgc28gdGhpcyBpcyBhZHZpY2Ugb25seS60BEtDUCDsl7Drj5kg66y47ISc64qUIGBuYW1lYOydhCDrrLzsnYztkZwg7JeG7J20KOyjvOyalCDtjIzrnbzrr7jthLDroZwpIOyGjOqwnO2VmOqzoCDrqqjrk6AgS0NQIOyYiOyLnOqwgCDsnbTrpbwg67O064K066mwLCBLQ1Ag6rKw6rO8IOy9lOuTnCA5MDA37J2AICLsg4HtkojrqoUg64iE6529IuyeheuLiOuLpC4gU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQg7J2066W8IOyEoO2DnSDtla3rqqnsnLzroZwg7ZGc7Iuc7ZWY66+A66GcIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1OQU1FLTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1spBQKSGNhcmQtcXVvdGEtYmVsb3ctaW5zdGFsbG1lbnQtbWluaW11bTpJbnN0YWxsbWVudHMgYmVsb3cgNTAsMDAwIHdvbjg166eM7JuQIOuvuOunjCDtlaDrtoAg7JqU7LKtDndhcm5pbmcBAQYUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQEEAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwQIFGNhcmRfcXVvdGEAAgAUY2FyZF9xdW90YWoCHAIGBAAEBgIuAAACCAQGAi4AAAIKBmd0ZQAAAAAAAAAAQAIyBAYQJC5hbW91bnQBAgAMYW1vdW50DAIICAYQJC5hbW91bnQBAgAMYW1vdW50DAIKBmd0ZQAAAAAAAGroQAo1MDAwMAAAAAgYc2NoZWR1bGVzWypdAAQAEnNjaGVkdWxlcwAEAhwCCAQABAYUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIQGHdob2xlLW51bWJlcgYUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIKBmd0ZQAAAAAAAAAAQAIyBgxhbW91bnQAAgAMYW1vdW50DAIKBmd0ZQAAAAAAAGroQAo1MDAwMAQGDGFtb3VudAACAAxhbW91bnQMAggIAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwGoAmB7ZmllbGR9YCBhc2tzIGZvciB7dmFsdWV9IG1vbnRobHkgaW5zdGFsbG1lbnRzLCBidXQgdGhlIHNjaGVkdWxlJ3MgYGFtb3VudGAgaXMgYmVsb3cgNTAsMDAwIHdvbiwgdGhlIGluc3RhbGxtZW50IG1pbmltdW0gKHNvbWUgaXNzdWVyczogMTAsMDAwIHdvbiniAmB7ZmllbGR9YOuhnCB7dmFsdWV96rCc7JuUIO2VoOu2gOulvCDsmpTssq3tlojsp4Drp4wg7ZW064u5IOyYiOyVvSDqsbTsnZggYGFtb3VudGDqsIAg7ZWg67aAIOqysOygnCDstZzshowg6riI7JWh7J24IDXrp4zsm5Ag66+466eM7J6F64uI64ukICjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOBKQABFGNhcmRfcXVvdGEAAgAUY2FyZF9xdW90YWoBigJgY2FyZF9xdW90YWAgYXNrcyBmb3Ige3ZhbHVlfSBtb250aGx5IGluc3RhbGxtZW50cywgYnV0IGluc3RhbGxtZW50cyBuZWVkIGFuIGFtb3VudCBvZiBhdCBsZWFzdCA1MCwwMDAgd29uIChzb21lIGlzc3VlcnM6IDEwLDAwMCB3b24pxAJgY2FyZF9xdW90YWDroZwge3ZhbHVlfeqwnOyblCDtlaDrtoDrpbwg7JqU7LKt7ZaI7KeA66eMIO2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4Eg6rKw7KCcIOyLnCDsnbTsmqntlaAg7IiYIOyeiOyKteuLiOuLpCAo7J2867aAIOy5tOuTnOyCrOuKlCAx66eM7JuQIOydtOyDgSkBKHRoZSBhbW91bnQgaXMgaW4gS1JXLOybkO2ZlCDqsrDsoJzsnoXri4jri6QAvgNUaGUgS0NQIHBhZ2U6IGluc3RhbGxtZW50cyBhcmUgYXZhaWxhYmxlIGZyb20gNTAsMDAwIHdvbiAoc29tZSBpc3N1ZXJzIGZyb20gMTAsMDAwIHdvbik7IHRoZSB2MSBSRVNUIHNjaGVtYSBzYXlzIHRoZSBzYW1lIG9mIGBjYXJkX3F1b3RhYCAoIuqysOygnOq4iOyVoSA1MCwwMDDsm5Ag7J207IOBIO2VnOyglSIpLiBBIHdhcm5pbmcgYmVjYXVzZSBvZiB0aGUgaXNzdWVyIGV4Y2VwdGlvbnMu6ARLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg7ZWg67aA64qUIDUwLDAwMOybkCDsnbTsg4HrtoDthLAg7J207Jqp7ZWgIOyImCDsnojsirXri4jri6Qo7J2867aAIOy5tOuTnOyCrOuKlCAxMCwwMDDsm5Ag7J207IOBKS4gdjEgUkVTVCBBUEkg7Iqk7YKk66eI64+EIGBjYXJkX3F1b3RhYOyXkCDrjIDtlbQg6rCZ7J2AIOuCtOyaqeydhCDsoIHqs6Ag7J6I7Iq164uI64ukKCLqsrDsoJzquIjslaEgNTAsMDAw7JuQIOydtOyDgSDtlZzsoJUiKS4g7Lm065Oc7IKs67OEIOyYiOyZuOqwgCDsnojsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBEktDUC1RLTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s3BQKJGNhcmQtcXVvdGEtaW52YWxpZEZgY2FyZF9xdW90YWAgaXMgbm90IDAgb3IgMiBhbmQgbW9yZVZgY2FyZF9xdW90YWDqsIAgMCDrmJDripQgMiDsnbTsg4HsnbQg7JWE64uYCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIcAgQEBgIuAAACCAgABgYCLgAAAhAYd2hvbGUtbnVtYmVyBgIuAAACCgZndGUAAAAAAAAAAAACMAQGAi4AAAICBAAAAAAAAPA/AjEAAAAILnNjaGVkdWxlc1sqXS5jYXJkX3F1b3RhAAYAEnNjaGVkdWxlcwAEABRjYXJkX3F1b3RhagIcAgQEBgIuAAACCAgABgYCLgAAAhAYd2hvbGUtbnVtYmVyBgIuAAACCgZndGUAAAAAAAAAAAACMAQGAi4AAAICBAAAAAAAAPA/AjEAAAABlAFge2ZpZWxkfWAgbXVzdCBiZSAwIChsdW1wIHN1bSkgb3IgYSBudW1iZXIgb2YgbW9udGhzIGZyb20gMiwgZm91bmQge3ZhbHVlfcQBYHtmaWVsZH1g7J2AKOuKlCkgMCjsnbzsi5zrtogpIOuYkOuKlCAyIOydtOyDgeydmCDtlaDrtoDqsJzsm5TsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAOgFVGhlIHYxIFJFU1Qgc2NoZW1hOiBgY2FyZF9xdW90YWAgaXMgYW4gaW50ZWdlciwgMCBmb3IgYSBsdW1wIHN1bSAodGhlIGRlZmF1bHQpLCBvdGhlcndpc2UgMiBvciBtb3JlIG1vbnRocyAoIjIg7J207IOB7J2YIGludGVnZXIg7ZWg67aA6rCc7JuU7IiYIikuIFRoZXJlIGlzIG5vIDEtbW9udGggaW5zdGFsbG1lbnQ7IEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBpbnN0YWxsbWVudCBwZXJpb2RzIChyZXN1bHQgY29kZXMgODEwNiwgQ0MxNikuIEEgd2hvbGUgbnVtYmVyIHdyaXR0ZW4gd2l0aCBhIGZyYWN0aW9uIChgMy4wYCkgaXMgdGhlIHNhbWUgaW50ZWdlciBhbmQgaXMgYWNjZXB0ZWQsIGF0IHRoZSB0b3AgbGV2ZWwgYW5kIGluIGBzY2hlZHVsZXNbXWAusAZ2MSBSRVNUIEFQSSDsiqTtgqTrp4jsl5Ag65Sw66W066m0IGBjYXJkX3F1b3RhYOuKlCDsoJXsiJjroZwsIOydvOyLnOu2iOydgCAwKOq4sOuzuOqwkinsnbTqs6Ag6re4IOuwluyXkOuKlCAy6rCc7JuUIOydtOyDgeyeheuLiOuLpCgiMiDsnbTsg4HsnZggaW50ZWdlciDtlaDrtoDqsJzsm5TsiJgiKS4gMeqwnOyblCDtlaDrtoDripQg7JeG7Jy866mwLCBLQ1DripQg7J6Y66q765CcIO2VoOu2gCDqsJzsm5Qg7IiY66W8IOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMDYsIENDMTYpLiDshozsiJjsoJDsnYQg67aZ7JesIOyTtCDsoJXsiJgoYDMuMGAp64qUIOqwmeydgCDsoJXsiJjsnbTrr4DroZwg7LWc7IOB7JyE7JeQ7ISc64+EIGBzY2hlZHVsZXNbXWAg7JWI7JeQ7ISc64+EIO2XiOyaqe2VqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQESS0NQLVEtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzWFQoscmVzdC1ieXBhc3Mtbm90LXN0cmluZzRSRVNUIGBieXBhc3NgIGlzIGFuIG9iamVjdEJSRVNUIEFQSeydmCBgYnlwYXNzYOqwgCDqsJ3ssrTsnoQOd2FybmluZwEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAQIDGJ5cGFzcwACAAxieXBhc3NOAhwEBgIuAAACCCAAAAAIJnNjaGVkdWxlc1sqXS5ieXBhc3MABgASc2NoZWR1bGVzAAQADGJ5cGFzc04CHAQGAi4AAAIIIAAAAAHoAWB7ZmllbGR9YCBtdXN0IGJlIGEgSlNPTiBzdHJpbmcgb24gdGhlIFJFU1QgQVBJIChgSlNPTi5zdHJpbmdpZnlgIHRoZSBvYmplY3QpOiBQb3J0T25lIHBhc3NlcyBpdCB0byB0aGUgUEcgdW5jaGFuZ2VkgANSRVNUIEFQSeydmCBge2ZpZWxkfWDsnYAo64qUKSBKU09OIOusuOyekOyXtOydtOyWtOyVvCDtlanri4jri6QgKOqwneyytOuKlCBgSlNPTi5zdHJpbmdpZnlg66GcIOuzgO2ZmO2VtOyEnCDrs7TrgrTslbwg7ZWp64uI64ukKS4g7Y+s7Yq47JuQ7J2AIOydtCDqsJLsnYQg6rCA6rO1IOyXhuydtCBQR+yCrOuhnCDsoITri6ztlanri4jri6QAAOQDT24gL29uZXRpbWUsIC9hZ2FpbiBhbmQgaW4gc2NoZWR1bGVzLCB0aGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGJ5cGFzc2AgYXMgYSBzdHJpbmc6ICJKU09OIHN0cmluZyDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwLCDqsIDqs7Ug7JeG7J20IOq3uOuMgOuhnCBQR+yCrOuhnCDsoITri6wiLiBVbmxpa2UgSU1QLnJlcXVlc3RfcGF5LCBhbiBvYmplY3QgaXMgbm90IHNlcmlhbGlzZWQgZm9yIHRoZSBtZXJjaGFudC6mBHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZSwgL2FnYWlu6rO8IOyYiOyVvSDqsbTsnZggYGJ5cGFzc2Drpbwg66y47J6Q7Je066GcIOygleydmO2VqeuLiOuLpCgiSlNPTiBzdHJpbmcg7ZiV7Iud7J2YIFBH7IKs67OEIO2MjOudvOuvuO2EsCwg6rCA6rO1IOyXhuydtCDqt7jrjIDroZwgUEfsgqzroZwg7KCE64usIikuIElNUC5yZXF1ZXN0X3BheeyZgCDri6zrpqwg6rOg6rCd7IKsIOuMgOyLoCDqsJ3ssrTrpbwg7KeB66Cs7ZmU7ZW0IOyjvOyngCDslYrsirXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFEtDUC1CUC0wMDcAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMAWCjhyZXN0LW5vdGljZS11cmwtbm90LWFic29sdXRlUFJFU1QgYG5vdGljZV91cmxgIGlzIG5vdCBhbiBhYnNvbHV0ZSBVUkxgUkVTVCBBUEnsnZggYG5vdGljZV91cmxg7J20IOygiOuMgCBVUkzsnbQg7JWE64uYCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECHAIGBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIQBnVybAAAAAguc2NoZWR1bGVzWypdLm5vdGljZV91cmwABgASc2NoZWR1bGVzAAQAFG5vdGljZV91cmyIAQIcAgYEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAhAGdXJsAAAAAaYBYHtmaWVsZH1gIG11c3QgYmUgYW4gYWJzb2x1dGUgaHR0cChzKSBVUkwsIGZvdW5kIHt2YWx1ZX06IFBvcnRPbmUncyBzZXJ2ZXJzIGNhbGwgaXSqAmB7ZmllbGR9YOydgCjripQpIGh0dHAocynroZwg7Iuc7J6R7ZWY64qUIOygiOuMgCBVUkzsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QuIO2PrO2KuOybkCDshJzrsoTqsIAg7J20IOyjvOyGjOuhnCDsm7ntm4XsnYQg7Zi47Lac7ZWp64uI64ukAACYA2Bub3RpY2VfdXJsYCByZXBsYWNlcyB0aGUgY29uc29sZSdzIHdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgYW5kIGlzIGNhbGxlZCBieSBQb3J0T25lJ3Mgc2VydmVycywgc28gYSByZWxhdGl2ZSBwYXRoIG9yIGEgaG9zdCB3aXRob3V0IGEgc2NoZW1lIGNhbiBuZXZlciBiZSByZWFjaGVkIGFuZCB0aGUgcmVzdWx0IG5vdGlmaWNhdGlvbiBpcyBsb3N0LuQDYG5vdGljZV91cmxg7J2AIOydtCDqsrDsoJzsl5Ag7ZWc7ZW0IOy9mOyGlOydmCDsm7ntm4UgVVJM7J2EIOuMgOyLoO2VmOupsCDtj6ztirjsm5Ag7ISc67KE6rCAIO2YuOy2nO2VmOuKlCDso7zshozsnbTrr4DroZwsIOyDgeuMgCDqsr3roZzrgpgg7Iqk7YK07J20IOyXhuuKlCDtmLjsiqTtirjroZzripQg6rKw7L2UIOuPhOuLrO2VoCDsiJgg7JeG6rOgIOqysOygnCDqsrDqs7wg7JWM66a87J20IOycoOyLpOuQqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLVVSTC0wMDIAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbIYXCipyZXN0LW5vdGljZS11cmwtYXJyYXk6UkVTVCBgbm90aWNlX3VybGAgaXMgYW4gYXJyYXlKUkVTVCBBUEnsnZggYG5vdGljZV91cmxg7J20IOuwsOyXtOyehAplcnJvcgEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAQIFG5vdGljZV91cmwAAgAUbm90aWNlX3VybIgBAhwEBgIuAAACCEAAAAAILnNjaGVkdWxlc1sqXS5ub3RpY2VfdXJsAAYAEnNjaGVkdWxlcwAEABRub3RpY2VfdXJsiAECHAQGAi4AAAIIQAAAAAHIAWB7ZmllbGR9YCB0YWtlcyBvbmUgVVJMIHN0cmluZyBvbiB0aGUgUkVTVCBBUEk7IGFuIGFycmF5IG9mIFVSTHMgaXMgYWNjZXB0ZWQgb25seSBieSBJTVAucmVxdWVzdF9wYXmGAlJFU1QgQVBJ7J2YIGB7ZmllbGR9YOyXkOuKlCBVUkwg66y47J6Q7Je0IO2VmOuCmOunjCDrhKPsnYQg7IiYIOyeiOyKteuLiOuLpC4gVVJMIOuwsOyXtOydgCBJTVAucmVxdWVzdF9wYXnsl5DshJzrp4wg7KeA7JuQ65Cp64uI64ukAADgAlRoZSBLQ1AgcGFnZSBhbGxvd3MgYG5vdGljZV91cmxgIGFzIGEgc3RyaW5nIG9yIGFuIGFycmF5IG9mIHN0cmluZ3MgaW4gSU1QLnJlcXVlc3RfcGF5LCBidXQgdGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGl0IGFzIGEgc2luZ2xlIHN0cmluZyBvbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMurANLQ1Ag7Jew64+ZIOusuOyEnOuKlCBJTVAucmVxdWVzdF9wYXnsnZggYG5vdGljZV91cmxg7JeQIOusuOyekOyXtOydtOuCmCDrrLjsnpDsl7Qg67Cw7Je07J2EIO2XiOyaqe2VmOyngOunjCwgdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1lLCAvYWdhaW7qs7wg7JiI7JW9IOqxtOyXkOyEnCDsnbTrpbwg66y47J6Q7Je0IO2VmOuCmOuhnCDsoJXsnZjtlanri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFktDUC1VUkwtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMFwosY3VzdG9tLWRhdGEtbm90LXN0cmluZ0RSRVNUIGBjdXN0b21fZGF0YWAgaXMgbm90IGEgc3RyaW5nYFJFU1QgQVBJ7J2YIGBjdXN0b21fZGF0YWDqsIAg66y47J6Q7Je07J20IOyVhOuLmAhpbmZvAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgWY3VzdG9tX2RhdGEAAgAWY3VzdG9tX2RhdGGsAQIAAgAAAAgwc2NoZWR1bGVzWypdLmN1c3RvbV9kYXRhAAYAEnNjaGVkdWxlcwAEABZjdXN0b21fZGF0YawBAgACAAAAAYYCYHtmaWVsZH1gIGlzIGEgc3RyaW5nIHBhcmFtZXRlciBvbiB0aGUgUkVTVCBBUEk6IHNlbmQgYEpTT04uc3RyaW5naWZ5YCBvZiB0aGUgb2JqZWN0IHRvIGNvbnRyb2wgZXhhY3RseSB3aGF0IGlzIHN0b3JlZCBhbmQgcmV0dXJuZWTcAlJFU1QgQVBJ7J2YIGB7ZmllbGR9YOydgCjripQpIOusuOyekOyXtCDtjIzrnbzrr7jthLDsnoXri4jri6QuIOyggOyepeuQmOqzoCDsobDtmozrkKAg6rCS7J2EIOygle2Zle2eiCDsp4DsoJXtlZjroKTrqbQg6rCd7LK066W8IGBKU09OLnN0cmluZ2lmeWDroZwg67OA7ZmY7ZW07IScIOuztOuCtOyEuOyalAAAnANUaGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGN1c3RvbV9kYXRhYCBhcyBhIHN0cmluZyBvbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMuIE90aGVyIFBvcnRPbmUgb3BlcmF0aW9ucyBzYXkgYW4gb2JqZWN0IGlzIHN0b3JlZCBhcyBpdHMgSlNPTiB0ZXh0LCBzbyBhbiBvYmplY3QgbW9zdCBsaWtlbHkgd29ya3M7IGhlbmNlIGFkdmljZSBvbmx5LrgEdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1lLCAvYWdhaW7qs7wg7JiI7JW9IOqxtOydmCBgY3VzdG9tX2RhdGFg66W8IOusuOyekOyXtOuhnCDsoJXsnZjtlanri4jri6QuIO2PrO2KuOybkOydmCDri6TrpbggQVBJIOyEpOuqheyXkCDrlLDrpbTrqbQg6rCd7LK064qUIEpTT04g7YWN7Iqk7Yq466GcIOyggOyepeuQmOuvgOuhnCDqsJ3ssrTrj4Qg64+Z7J6R7ZWgIOqwgOuKpeyEseydtCDrhpLsirXri4jri6QuIOq3uOuemOyEnCDssLjqs6Dsmqkg7JWI64K07J28IOu/kOyeheuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA1AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyKGAomcHJvbW90aW9uLWlkLXByZWZpeGBgcHJvbW90aW9uX2lkYCBkb2VzIG5vdCBzdGFydCB3aXRoIHByb21vdGlvbi1pZC1sYHByb21vdGlvbl9pZGDqsIAgcHJvbW90aW9uLWlkLeuhnCDsi5zsnpHtlZjsp4Ag7JWK7J2MCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgYcHJvbW90aW9uX2lkAAIAGHByb21vdGlvbl9pZK4BAhwCBgQGAi4AAAIIAgYCLgAAAgYKXlxzKiQGAi4AAAIGHF5wcm9tb3Rpb24taWQtAAAACDJzY2hlZHVsZXNbKl0ucHJvbW90aW9uX2lkAAYAEnNjaGVkdWxlcwAEABhwcm9tb3Rpb25faWSuAQIcAgYEBgIuAAACCAIGAi4AAAIGCl5ccyokBgIuAAACBhxecHJvbW90aW9uLWlkLQAAAAGqAWB7ZmllbGR9YCBtdXN0IGJlIGEgUG9ydE9uZSBwcm9tb3Rpb24gaWQgc3RhcnRpbmcgd2l0aCBgcHJvbW90aW9uLWlkLWAsIGZvdW5kIHt2YWx1ZX3mAWB7ZmllbGR9YOydgCjripQpIGBwcm9tb3Rpb24taWQtYOuhnCDsi5zsnpHtlZjripQg7Y+s7Yq47JuQIO2UhOuhnOuqqOyFmCDslYTsnbTrlJTsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAOQCVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcHJvbW90aW9uX2lkYCBhcyB0aGUgaWQgb2YgYSBQb3J0T25lIHByb21vdGlvbiwgd2hpY2ggc3RhcnRzIHdpdGggYHByb21vdGlvbi1pZC1gOyBhbnkgb3RoZXIgdmFsdWUgKGEgY291cG9uIGNvZGUgb2YgdGhlIHNob3ApIG1hdGNoZXMgbm8gcHJvbW90aW9uLvwDdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIGBwcm9tb3Rpb25faWRg66W8IO2PrO2KuOybkCDtlITroZzrqqjshZjsnZgg7JWE7J2065SU66GcIOyEpOuqhe2VmOupsCwg7J20IOyVhOydtOuUlOuKlCBgcHJvbW90aW9uLWlkLWDroZwg7Iuc7J6R7ZWp64uI64ukLiDqt7gg67CW7J2YIOqwkijsh7ztlZHrqrAg7J6Q7LK07J2YIOy/oO2PsCDsvZTrk5wp7J2AIOyWtOuWpCDtlITroZzrqqjshZjqs7zrj4Qg7J287LmY7ZWY7KeAIOyViuyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA3AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMGAoscmVzdC1maWVsZC1ub3QtZm9yLWtjcDZSRVNUIG1lbWJlciBub3QgdXNlZCBieSBLQ1BeS0NQ7JeQ7IScIOyCrOyaqe2VmOyngCDslYrripQgUkVTVCDtjIzrnbzrr7jthLAIaW5mbwEBCBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAgIcMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQAAgAyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudLABHHVzZV9jYXJkX3BvaW50AAIAHHVzZV9jYXJkX3BvaW50sgEYcHJvZHVjdF90eXBlAAIAGHByb2R1Y3RfdHlwZbQBImNhc2hfcmVjZWlwdF90eXBlAAIAImNhc2hfcmVjZWlwdF90eXBltgEGY3ZjAAIABmN2Y7gBJnNlY3VyZV8zZF9jaGFyZ2VfaWQAAgAmc2VjdXJlXzNkX2NoYXJnZV9pZLoBHnNlY3VyZV8zZF90b2tlbgACAB5zZWN1cmVfM2RfdG9rZW68ARZjdXN0b21lcl9pZAACABZjdXN0b21lcl9pZL4BImV4dHJhLm5hdmVyVXNlQ2ZtAAQACmV4dHJhwAEAFm5hdmVyVXNlQ2ZtkAFMc2NoZWR1bGVzWypdLmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQABgASc2NoZWR1bGVzAAQAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnSwATZzY2hlZHVsZXNbKl0udXNlX2NhcmRfcG9pbnQABgASc2NoZWR1bGVzAAQAHHVzZV9jYXJkX3BvaW50sgEyc2NoZWR1bGVzWypdLnByb2R1Y3RfdHlwZQAGABJzY2hlZHVsZXMABAAYcHJvZHVjdF90eXBltAE8c2NoZWR1bGVzWypdLmNhc2hfcmVjZWlwdF90eXBlAAYAEnNjaGVkdWxlcwAEACJjYXNoX3JlY2VpcHRfdHlwZbYBPHNjaGVkdWxlc1sqXS5leHRyYS5uYXZlclVzZUNmbQAIABJzY2hlZHVsZXMABAAKZXh0cmHAAQAWbmF2ZXJVc2VDZm2QAQAAAAHMAWB7bmFtZX1gIGlzIG5vdCB1c2VkIGJ5IE5ITiBLQ1AgKFBvcnRPbmUgYXBwbGllcyBpdCBmb3Igb3RoZXIgZ2F0ZXdheXMgb25seSksIHNvIGl0IGhhcyBubyBlZmZlY3QgaGVyZZQCYHtuYW1lfWDsnYAo64qUKSBOSE4gS0NQ7JeQ7IScIOyCrOyaqe2VmOyngCDslYrripQg7YyM652866+47YSw7J6F64uI64ukICjri6TrpbggUEfsgqwg7KCE7JqpKS4gS0NQIOqysOygnOyXkOuKlCDsoIHsmqnrkJjsp4Ag7JWK7Iq164uI64ukAACmBVRoZSB2MSBSRVNUIHNjaGVtYSBuYW1lcyB0aGUgZ2F0ZXdheXMgb2YgZWFjaCBvZiB0aGVzZSBtZW1iZXJzOiBgaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudGAgKE5JQ0UsIEtTTkVUKSwgYHVzZV9jYXJkX3BvaW50YCAoTklDRSwgS1NORVQsIFNtYXJ0cm8pLCBgcHJvZHVjdF90eXBlYCAoS1NORVQsIFBheVBhbCksIGBjYXNoX3JlY2VpcHRfdHlwZWAgKFRvc3MgUGF5KSwgYGN2Y2AgYW5kIGBzZWN1cmVfM2RfKmAgKFBheW1lbnR3YWxsKSwgYGN1c3RvbWVyX2lkYCAoVG9zcyBQYXltZW50cyksIGBleHRyYS5uYXZlclVzZUNmbWAgKE5hdmVyIFBheSkuIEtDUCBpcyBuZXZlciBhbW9uZyB0aGVtLuwFdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIOuLpOydjCDrqaTrsoTrp4jri6Qg7KCB7Jqp65CY64qUIFBH7IKs66W8IOuwne2eiOqzoCDsnojsirXri4jri6QuIGBpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50YChOSUNFLCBLU05FVCksIGB1c2VfY2FyZF9wb2ludGAoTklDRSwgS1NORVQsIFNtYXJ0cm8pLCBgcHJvZHVjdF90eXBlYChLU05FVCwgUGF5UGFsKSwgYGNhc2hfcmVjZWlwdF90eXBlYChUb3NzIFBheSksIGBjdmNg7JmAIGBzZWN1cmVfM2RfKmAoUGF5bWVudHdhbGwpLCBgY3VzdG9tZXJfaWRgKFRvc3MgUGF5bWVudHMpLCBgZXh0cmEubmF2ZXJVc2VDZm1gKE5hdmVyIFBheSkuIOyWtOuKkCDrqaTrsoTsl5Drj4QgS0NQ64qUIOyXhuyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyUGQomcmVzdC1wZy1rY3AtYmlsbGluZ3Jga2NwX2JpbGxpbmdgIGNoYW5uZWwgb24gL29uZXRpbWUgb3IgL3N1YnNjcmliZS9jdXN0b21lcnOWAeyImOq4sCDqsrDsoJzCt0FQSSDruYzrp4HtgqQg67Cc6riJIFJFU1QgQVBJ7JeQIGBrY3BfYmlsbGluZ2Ag7LGE64SQIOyCrOyaqQplcnJvcgEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACCARwZwACAARwZxYCHAQGAi4AAAIGJF5rY3BfYmlsbGluZyhcLnwkKQAAAAGkA2BwZ2AgaXMge3ZhbHVlfSwgYSBLQ1Agd2luZG93LWJpbGxpbmcgY2hhbm5lbCwgd2hpY2ggL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBkbyBub3Qgc3VwcG9ydDogdXNlIGBrY3BgLCBvciBga2NwLmAgZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZSBvZiB0aGUgS0NQIEFQSSBjaGFubmVsIChlLmcuIGBrY3AuQU8wOUNgKawDYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDqsrDsoJzssL0g67mM66eBIOyxhOuEkOyeheuLiOuLpC4gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz64qUIGBrY3BgIOuYkOuKlCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCkg7ZiV7Iud7J2YIEtDUCBBUEkg7LGE64SQ66eMIOyngOybkO2VqeuLiOuLpAAA6gNUaGUgdjEgUkVTVCBzY2hlbWEgbGlzdHMgYGtjcGAsIG5vdCBga2NwX2JpbGxpbmdgLCBhbW9uZyB0aGUgZ2F0ZXdheXMgb2YgL29uZXRpbWUgYW5kIG9mIC9zdWJzY3JpYmUvY3VzdG9tZXJzLCBhbmQgUG9ydE9uZSdzIGJpbGxpbmcta2V5IHJ1bGVzIHNheSBga2NwX2JpbGxpbmdgIGlzc3VlcyBiaWxsaW5nIGtleXMgdGhyb3VnaCB0aGUgd2luZG93IG9ubHkgd2hpbGUgYGtjcGAgaXNzdWVzIHRoZW0gdGhyb3VnaCB0aGUgQVBJLqAEdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz7J2YIFBH7IKsIOuqqeuhneyXkCBga2NwX2JpbGxpbmdg7J20IOyVhOuLjCBga2NwYOulvCDsmKzroKQg65GQ7JeI6rOgLCDtj6ztirjsm5DsnZgg67mM66eB7YKkIOuwnOq4iSDqt5zsuZnsl5Ag65Sw66W066m0IGBrY3BfYmlsbGluZ2DsnYAg6rKw7KCc7LC97Jy866Gc66eMIOu5jOunge2CpOulvCDrsJzquIntlZjqs6AgYGtjcGDripQgQVBJ66GcIOuwnOq4ie2VqeuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz6GQoccmVzdC1wZy1mb3JtYXSWAWBwZ2Agbm90IG9mIHRoZSBmb3JtIGBrY3AuYCArIHNpdGUgY29kZSBvbiAvb25ldGltZSBvciAvc3Vic2NyaWJlL2N1c3RvbWVyc4QB7IiY6riwIOqysOygnMK3QVBJIOu5jOunge2CpCDrsJzquIkgUkVTVCBBUEnsnZggYHBnYCDtmJXsi50g7Jik66WYCmVycm9yAQEEIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lAQAEBgRwZwACAARwZxYECAIGBFxTBAYEcGcAAgAEcGcWAgYkXmtjcF9iaWxsaW5nKFwufCQpAggEcGcAAgAEcGcWAggsXmtjcChcLltBLVphLXowLTldKyk/JAAAAAHwA2BwZ2Age3ZhbHVlfSBpcyBub3QgYSBLQ1AgY2hhbm5lbCBjb2RlOiB3cml0ZSBga2NwYCwgb3IgYGtjcC5gIGZvbGxvd2VkIGJ5IHRoZSBzaXRlIGNvZGUgb2YgdGhlIEtDUCBBUEkgY2hhbm5lbCAoZS5nLiBga2NwLkFPMDlDYCksIHdpdGggYGtjcGAgaW4gbG93ZXIgY2FzZSBhbmQgbm8gc3BhY2VzOyByZXBsYWNlIGFueSBgey4uLn1gIHBsYWNlaG9sZGVyIGNvcGllZCBmcm9tIHRoZSBkb2NzIHdpdGggdGhlIHJlYWwgc2l0ZSBjb2RlkARgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Jis67CU66W4IEtDUCDssYTrhJAg7L2U65Oc6rCAIOyVhOuLmeuLiOuLpC4gYGtjcGAg65iQ64qUIGBrY3Au7IKs7J207Yq47L2U65OcYCjsmIg6IGBrY3AuQU8wOUNgKSDtmJXsi53snLzroZwsIGBrY3Bg64qUIOyGjOusuOyekOuhnCDqs7XrsLEg7JeG7J20IOyeheugpe2VmOyEuOyalCAo66y47ISc7J2YIGB7Li4ufWAg7JiI7IucIO2RnOq4sOuKlCDsi6TsoJwg7IKs7J207Yq47L2U65Oc66GcIOuwlOq+uOyEuOyalCkAAIAGVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcGdgIG9uIC9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBhcyBge3Byb3ZpZGVyfWAgb3IgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAsIGFuZCB0aGUgS0NQIHByb3ZpZGVyIG9mIHRoZXNlIEFQSSBjYWxscyBpcyBga2NwYC4gQSB2YWx1ZSB0aGF0IG5hbWVzIG5vIHByb3ZpZGVyIChga2NwIGAsIGBrY3BwYCwgYEtDUGApIG1hdGNoZXMgbm8gY2hhbm5lbCwgYW5kIFBvcnRPbmUgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgb25lLCB3aGljaCBtYXkgbm90IGJlIHRoZSBLQ1AgQVBJIGNoYW5uZWwuIEEgdmFsdWUgbmFtaW5nIGFub3RoZXIgcHJvdmlkZXIgaXMgbm90LWtjcC1nYXRld2F5J3MuzAd2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL29uZXRpbWXqs7wgL3N1YnNjcmliZS9jdXN0b21lcnPsnZggYHBnYOulvCBge3Byb3ZpZGVyfWAg65iQ64qUIGB7cHJvdmlkZXJ9LntzdG9yZSBpZH1gIO2YleyLneycvOuhnCDshKTrqoXtlZjrqbAsIOydtCBBUEkg7Zi47Lac7JeQ7IScIEtDUOydmCBwcm92aWRlciDqsJLsnYAgYGtjcGDsnoXri4jri6QuIOyWtOuWpCBQR+yCrOuPhCDqsIDrpqztgqTsp4Ag7JWK64qUIOqwkihga2NwIGAsIGBrY3BwYCwgYEtDUGAp7J2AIOyWtOuKkCDssYTrhJDqs7zrj4Qg66ee7KeAIOyViuyVhCDtj6ztirjsm5DsnbQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDsnYQg7JOw6rKMIOuQmOuKlOuNsCwg6re4IOyxhOuEkOydgCBLQ1AgQVBJIOyxhOuEkOydtCDslYTri5Ag7IiYIOyeiOyKteuLiOuLpC4g64uk66W4IFBH7IKs66W8IOqwgOumrO2CpOuKlCDqsJLsnYAgbm90LWtjcC1nYXRld2F56rCAIOuztOqzoO2VqeuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA1AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy8GgowcmVzdC1jaGFubmVsLWtleS1taXNzaW5nWmBjaGFubmVsX2tleWAgbWlzc2luZyBvbiAvc3Vic2NyaWJlL2N1c3RvbWVyc2Yvc3Vic2NyaWJlL2N1c3RvbWVycyDsmpTssq3sl5AgYGNoYW5uZWxfa2V5YCDriITrnb0IaW5mbwEBAiByZXN0LWJpbGxpbmcta2V5AAIEBBZjaGFubmVsX2tleQACABZjaGFubmVsX2tlecIBIGNoYW5uZWxfZ3JvdXBfaWQAAgAgY2hhbm5lbF9ncm91cF9pZMQBAAAAAZYCYGNoYW5uZWxfa2V5YCBpcyBtaXNzaW5nOiBQb3J0T25lJ3MgQVBJIHJlZmVyZW5jZSByZXF1aXJlcyBpdCBvbiAvc3Vic2NyaWJlL2N1c3RvbWVycyB0byBzZWxlY3QgdGhlIEtDUCBjaGFubmVsIHRoYXQgaXNzdWVzIHRoZSBiaWxsaW5nIGtledYCYGNoYW5uZWxfa2V5YOqwgCDsl4bsirXri4jri6QuIO2PrO2KuOybkCBBUEkg66y47ISc7JeQ7ISc64qUIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyalOyyreyXkCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWgIEtDUCDssYTrhJDsnZggYGNoYW5uZWxfa2V5YOulvCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukAAC0B1RoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBgY2hhbm5lbF9rZXlgIHJlcXVpcmVkIG9uIFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0gc2luY2UgMjAyNi0wNS0yMDsgdGhlIEtDUCBwYWdlJ3MgZXhhbXBsZSBwcmVkYXRlcyB0aGF0IGFuZCBvbWl0cyBpdC4gV2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIGl0IGlzIG5vdCBrbm93bi4gQSBzbWFydC1yb3V0aW5nIGBjaGFubmVsX2dyb3VwX2lkYCBhbHNvIHNlbGVjdHMgdGhlIGNoYW5uZWxzIGFuZCBpcyBhY2NlcHRlZCBpbnN0ZWFkLiBTZXZlcml0eSBpbmZvLCBub3Qgd2FybmluZzogdGhlIEtDUCBwYWdlJ3MgYmlsbGluZy1rZXkgZXhhbXBsZSAodGhlIGhpZ2hlc3QgYXV0aG9yaXR5KSBvbWl0cyBgY2hhbm5lbF9rZXlgLCBhbmQgd2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIHRoZSBzY2hlbWEncyBuZXdlciByZXF1aXJlbWVudCBpcyB1bmtub3duLtoJdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIDIwMjYtMDUtMjDrtoDthLAgUE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfeydmCBgY2hhbm5lbF9rZXlg66W8IO2VhOyImOuhnCDtkZzsi5ztlZjsp4Drp4wsIOq3uOuztOuLpCDslZ7shJwg7J6R7ISx65CcIEtDUCDsl7Drj5kg66y47ISc7J2YIOyYiOyLnOyXkOuKlCDsnbQg6rCS7J20IOyXhuyKteuLiOuLpC4g7ISc67KE6rCAIOydtOulvCDqsJXsoJztlZjripTsp4DripQg7JWM66Ck7KC4IOyeiOyngCDslYrsirXri4jri6QuIOyKpOuniO2KuCDrnbzsmrDtjIXsnZggYGNoYW5uZWxfZ3JvdXBfaWRg64+EIOyxhOuEkOydhCDsp4DsoJXtlZjrr4DroZwg64yA7IugIOyTuCDsiJgg7J6I7Iq164uI64ukLiDqsr3qs6DqsIAg7JWE64uI6528IOygleuztCDsiJjspIDsnoXri4jri6QuIOqwgOyepSDsmrDshKDtlZjripQg7Lac7LKY7J24IEtDUCDsl7Drj5kg66y47ISc7J2YIOu5jOunge2CpCDrsJzquIkg7JiI7Iuc7JeQIGBjaGFubmVsX2tleWDqsIAg7JeG6rOgLCDshJzrsoTqsIAg7Iqk7YKk66eI7J2YIOyDiCDtlYTsiJgg7KGw6rG07J2EIOqwleygnO2VmOuKlOyngCDslYwg7IiYIOyXhuq4sCDrlYzrrLjsnoXri4jri6Qucmh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL2JpbGxpbmdrZXk/dj12MQEUS0NQLUNILTAwOQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1slBsKMHJlc3QtY2hhbm5lbC1rZXktb25ldGltZVhgY2hhbm5lbF9rZXlgIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZWYvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUg7JqU7LKt7J2YIGBjaGFubmVsX2tleWAIaW5mbwEBAhhyZXN0LW9uZXRpbWUAAgICFmNoYW5uZWxfa2V5AAIAFmNoYW5uZWxfa2V5wgEAAAAB2gJgY2hhbm5lbF9rZXlgIGlzIG5vdCBhIGRvY3VtZW50ZWQgcGFyYW1ldGVyIG9mIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZTogc2VsZWN0IHRoZSBLQ1AgY2hhbm5lbCB3aXRoIGBwZ2AgKGBrY3BgLCBvciBga2NwLmAgZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZSkgb3IgYGNoYW5uZWxHcm91cElkYOoCYGNoYW5uZWxfa2V5YOuKlCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWXsl5Ag7KCV7J2Y65CcIO2MjOudvOuvuO2EsOqwgCDslYTri5nri4jri6QuIGBwZ2AoYGtjcGAg65iQ64qUIGBrY3Au7IKs7J207Yq47L2U65OcYCnrgpggYGNoYW5uZWxHcm91cElkYOuhnCBLQ1Ag7LGE64SQ7J2EIOyngOygle2VmOyEuOyalAAAjANUaGUgdjEgUkVTVCBzY2hlbWEgZGVmaW5lcyBgcGdgIGFuZCBgY2hhbm5lbEdyb3VwSWRgIG9uIC9vbmV0aW1lIGJ1dCBub3QgYGNoYW5uZWxfa2V5YCAodW5saWtlIC9hZ2FpbiwgL3NjaGVkdWxlIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycykuIElmIHRoZSBzZXJ2ZXIgaWdub3JlcyBpdCwgdGhlIGRlZmF1bHQgQVBJIGNoYW5uZWwgaXMgdXNlZC76A3YxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZeyXkCBgcGdg7JmAIGBjaGFubmVsR3JvdXBJZGDripQg7KCV7J2Y7ZWY7KeA66eMIGBjaGFubmVsX2tleWDripQg7KCV7J2Y7ZWY7KeAIOyViuyKteuLiOuLpCgvYWdhaW4sIC9zY2hlZHVsZSwgL3N1YnNjcmliZS9jdXN0b21lcnPsmYAg64uk66aF64uI64ukKS4g7ISc67KE6rCAIOydtCDqsJLsnYQg66y07Iuc7ZWY66m0IOq4sOuzuCBBUEkg7LGE64SQ7J20IOyCrOyaqeuQqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNILTAxMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s3BsKJmNhcmQtbnVtYmVyLW1pc3NpbmcwYGNhcmRfbnVtYmVyYCBpcyBtaXNzaW5nKGBjYXJkX251bWJlcmAg64iE6529CmVycm9yAQEEIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lAAIAAhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggAAAABggFgY2FyZF9udW1iZXJgIGlzIHJlcXVpcmVkOiB0aGUgY2FyZCBudW1iZXIgYXMgZGRkZC1kZGRkLWRkZGQtZGRkZJYBYGNhcmRfbnVtYmVyYCjsubTrk5zrsojtmLgp64qUIO2VhOyImOyeheuLiOuLpCAoZGRkZC1kZGRkLWRkZGQtZGRkZCDtmJXsi50pAADOAlRoZSB2MSBSRVNUIHNjaGVtYSByZXF1aXJlcyBgY2FyZF9udW1iZXJgIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSBhbmQgL3N1YnNjcmliZS9jdXN0b21lcnM6IGEga2V5LWluIHBheW1lbnQgYW5kIGFuIEFQSSBiaWxsaW5nIGtleSBhcmUgbWFkZSBmcm9tIHRoZSBjYXJkIGRhdGEuwgN2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz7JeQ7IScIGBjYXJkX251bWJlcmDrpbwg7ZWE7IiY66GcIOyalOq1rO2VqeuLiOuLpC4g7IiY6riwIOqysOygnCjtgqTsnbgp7JmAIEFQSSDruYzrp4HtgqQg67Cc6riJ7J2AIOy5tOuTnCDsoJXrs7TroZwg7J2066Oo7Ja07KeA6riwIOuVjOusuOyeheuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1slBwKJGNhcmQtbnVtYmVyLWxlbmd0aFZgY2FyZF9udW1iZXJgIGRvZXMgbm90IGhhdmUgMTQgdG8gMTYgZGlnaXRzTGBjYXJkX251bWJlcmDqsIAgMTR+MTbsnpDrpqzqsIAg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACBi5eWyAtXSooXGRbIC1dKil7MTQsMTZ9JAAAAAHcAWBjYXJkX251bWJlcmAgbXVzdCBob2xkIDE0IHRvIDE2IGRpZ2l0cyAoaHlwaGVucyBhbmQgc3BhY2VzIGFzaWRlKTogUG9ydE9uZSBjdXRzIG51bWJlcnMgbG9uZ2VyIHRoYW4gMTYgZGlnaXRzpAJgY2FyZF9udW1iZXJg64qUIO2VmOydtO2UiOqzvCDqs7XrsLHsnYQg7KCc7Jm47ZWY6rOgIDE0fjE27J6Q66asIOyIq+yekOyXrOyVvCDtlanri4jri6QuIDE27J6Q66as66W8IOuEmOuKlCDrsojtmLjripQg7Y+s7Yq47JuQ7JeQ7IScIOyemOumveuLiOuLpAAAkARDYXJkIG51bWJlcnMgb2YgZG9tZXN0aWMgY2FyZHMgaGF2ZSAxNiBkaWdpdHMsIEFNRVggMTUgYW5kIERpbmVycyAxNC4gUG9ydE9uZSBzaWxlbnRseSB0cnVuY2F0ZXMgbnVtYmVycyBsb25nZXIgdGhhbiAxNiBkaWdpdHMgKGlhbXBvcnQtbWFudWFsIGlzc3VlIDIzKSwgYW5kIEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBjYXJkIG51bWJlcnMgKHJlc3VsdCBjb2RlcyA4MTA3LCBDQzE0KS4gTGV0dGVycyBvciBvdGhlciBzeW1ib2xzIGZhaWwgdGhlIGNoZWNrIHRvby7GBeq1reuCtCDsubTrk5zsnZgg7Lm065Oc67KI7Zi464qUIDE27J6Q66asLCBBTUVY64qUIDE17J6Q66asLCBEaW5lcnPripQgMTTsnpDrpqzsnoXri4jri6QuIO2PrO2KuOybkOydgCAxNuyekOumrOulvCDrhJjripQg67KI7Zi466W8IOyVhOustCDslYzrprwg7JeG7J20IOyemOudvCDrgrTrqbAoaWFtcG9ydC1tYW51YWwg7J207IqIIDIzKSwgS0NQ64qUIO2YleyLneydtCDsnpjrqrvrkJwg7Lm065Oc67KI7Zi466W8IOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMDcsIENDMTQpLiDrrLjsnpDrgpgg6re4IOuwluydmCDquLDtmLjqsIAg65Ok7Ja0IOyeiOyWtOuPhCDsnbQg6rKA7IKs7JeQIOqxuOumveuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s0BwKJGNhcmQtbnVtYmVyLWxheW91dHIxNi1kaWdpdCBgY2FyZF9udW1iZXJgIG5vdCB3cml0dGVuIGFzIGRkZGQtZGRkZC1kZGRkLWRkZGR8MTbsnpDrpqwgYGNhcmRfbnVtYmVyYOqwgCBkZGRkLWRkZGQtZGRkZC1kZGRkIO2YleyLneydtCDslYTri5gOd2FybmluZwEBBiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAIIFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAIcAgYEBgIuAAACCAIEBgIuAAACBiheWyAtXSooXGRbIC1dKil7MTZ9JAYCLgAAAgYyXlxkezR9LVxkezR9LVxkezR9LVxkezR9JAAAAAHSAWBjYXJkX251bWJlcmAgc2hvdWxkIGJlIHdyaXR0ZW4gYXMgZGRkZC1kZGRkLWRkZGQtZGRkZCwgdGhlIGxheW91dCBQb3J0T25lIGRvY3VtZW50cyBmb3IgMTYtZGlnaXQgbnVtYmVyc+QBMTbsnpDrpqwgYGNhcmRfbnVtYmVyYOuKlCDtj6ztirjsm5Ag66y47ISc7J2YIO2YleyLneyduCBkZGRkLWRkZGQtZGRkZC1kZGRk66GcIOyeheugpe2VmOuKlCDqsoPsnYQg6raM7J6l7ZWp64uI64ukAADUBFRoZSB2MSBSRVNUIHNjaGVtYSBkZXNjcmliZXMgYGNhcmRfbnVtYmVyYCBhcyAi7Lm065Oc67KI7Zi4KGRkZGQtZGRkZC1kZGRkLWRkZGQpIOq4sOyerCDslpHsi53snYQg7Jyg7J2Y7ZWY7IS47JqUIiBvbiAvb25ldGltZSwgL3NjaGVkdWxlIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycy4gT3RoZXIgbGF5b3V0cyBhcmUgbm90IGRvY3VtZW50ZWQsIHNvIGEgd2FybmluZy4gMTQtIGFuZCAxNS1kaWdpdCBudW1iZXJzIChEaW5lcnMsIEFNRVgpIGhhdmUgbm8gZG9jdW1lbnRlZCBsYXlvdXQgYW5kIGFyZSBub3QgY2hlY2tlZC7WBXYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZSwgL3NjaGVkdWxlLCAvc3Vic2NyaWJlL2N1c3RvbWVyc+ydmCBgY2FyZF9udW1iZXJg66W8ICLsubTrk5zrsojtmLgoZGRkZC1kZGRkLWRkZGQtZGRkZCkg6riw7J6sIOyWkeyLneydhCDsnKDsnZjtlZjshLjsmpQi65286rOgIOyEpOuqhe2VqeuLiOuLpC4g64uk66W4IO2YleyLneydgCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QuIDE07J6Q66as7JmAIDE17J6Q66asIOuyiO2YuChEaW5lcnMsIEFNRVgp64qUIOusuOyEnOyXkCDsoJXtlbTsp4Qg7ZiV7Iud7J20IOyXhuycvOuvgOuhnCDqsoDsgqztlZjsp4Ag7JWK7Iq164uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWycHQogY2FyZC1udW1iZXItbHVobkRgY2FyZF9udW1iZXJgIGZhaWxzIHRoZSBMdWhuIGNoZWNrZmBjYXJkX251bWJlcmDqsIAgTHVobiDqsoDsgqzrpbwg7Ya16rO87ZWY7KeAIOuqu+2VqA53YXJuaW5nAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGLl5bIC1dKihcZFsgLV0qKXsxNCwxNn0kAAQGAi4AAAIQCGx1aG4GAi4AAAIGClsxLTldAAAAAagCYGNhcmRfbnVtYmVyYCBpcyBub3QgYSB2YWxpZCBjYXJkIG51bWJlcjogaXQgZmFpbHMgdGhlIEx1aG4gY2hlY2sgb3IgaXMgYWxsIHplcm9zLCBsaWtlIHRoZSBwbGFjZWhvbGRlcnMgMTIzNC0xMjM0LTEyMzQtMTIzNCBhbmQgMDAwMC0wMDAwLTAwMDAtMDAwMOwCYGNhcmRfbnVtYmVyYOqwgCDsnKDtmqjtlZwg7Lm065Oc67KI7Zi46rCAIOyVhOuLmeuLiOuLpC4gMTIzNC0xMjM0LTEyMzQtMTIzNOuCmCAwMDAwLTAwMDAtMDAwMC0wMDAwIOqwmeydgCDsmIjsi5wg6rCS7LKY65+8IEx1aG4g6rKA7IKs66W8IO2GteqzvO2VmOyngCDrqrvtlZjqsbDrgpgg66qo65GQIDDsnoXri4jri6QAANAGRXZlcnkgaXNzdWVkIGNhcmQgbnVtYmVyIHBhc3NlcyB0aGUgTHVobiBjaGVjayBkaWdpdDsgb25lIHRoYXQgZmFpbHMgaXMgYSB0eXBvIG9yIGEgcGxhY2Vob2xkZXIsIHN1Y2ggYXMgdGhlIEtDUCBwYWdlJ3MgYDEyMzQtMTIzNC0xMjM0LTEyMzRgLCBhbmQgaXMgcmVmdXNlZCBhcyBhbiBpbnZhbGlkIGNhcmQgKEtDUCByZXN1bHQgY29kZXMgODEwOCwgQ0MxNCkuIEEgbnVtYmVyIG9mIHplcm9zIHBhc3NlcyB0aGUgY2hlY2sgZGlnaXQgYnV0IGlzIG5vIGNhcmQgKGNsaWVudCBleGFtcGxlcyBzZW5kIGAwMDAwLTAwMDAtMDAwMC0wMDAwYCkuIEEgd2FybmluZyBiZWNhdXNlIHRlc3QgZW52aXJvbm1lbnRzIG1heSB1c2UgbWFkZS11cCBudW1iZXJzLiBOdW1iZXJzIG9mIHRoZSB3cm9uZyBsZW5ndGggYXJlIGBjYXJkLW51bWJlci1sZW5ndGhgLoQJ67Cc6riJ65CcIOy5tOuTnOuyiO2YuOuKlCDrqqjrkZAgTHVobiDqsoDsgqwg7Iir7J6Q66W8IO2GteqzvO2VqeuLiOuLpC4g7Ya16rO87ZWY7KeAIOuqu+2VmOuKlCDrsojtmLjripQg7Jik7YOA7J206rGw64KYIEtDUCDsl7Drj5kg66y47ISc7J2YIGAxMjM0LTEyMzQtMTIzNC0xMjM0YCDqsJnsnYAg7J6Q66as7ZGc7Iuc7J6Q7J2066mwLCDsnKDtmqjtlZjsp4Ag7JWK7J2AIOy5tOuTnOuhnCDqsbDsoIjrkKnri4jri6QoS0NQIOqysOqzvCDsvZTrk5wgODEwOCwgQ0MxNCkuIDDsnLzroZzrp4wg65CcIOuyiO2YuOuKlCDqsoDsgqwg7Iir7J6Q64qUIO2GteqzvO2VmOyngOunjCDsubTrk5zrsojtmLjqsIAg7JWE64uZ64uI64ukKO2BtOudvOydtOyWuO2KuCDsmIjsoJzqsIAgYDAwMDAtMDAwMC0wMDAwLTAwMDBg7J2EIOuztOuDheuLiOuLpCkuIO2FjOyKpO2KuCDtmZjqsr3sl5DshJzripQg7KeA7Ja064K4IOuyiO2YuOulvCDsk7gg7IiYIOyeiOycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QuIOq4uOydtOqwgCDsnpjrqrvrkJwg67KI7Zi464qUIGBjYXJkLW51bWJlci1sZW5ndGhg6rCAIOuztOqzoO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0QtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzmHQocZXhwaXJ5LW1pc3NpbmcmYGV4cGlyeWAgaXMgbWlzc2luZx5gZXhwaXJ5YCDriITrnb0KZXJyb3IBAQQgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUAAgACDGV4cGlyeQACAAxleHBpcnnGAQAAAAFgYGV4cGlyeWAgaXMgcmVxdWlyZWQ6IHRoZSBjYXJkIGV4cGlyeSBhcyBZWVlZLU1NggFgZXhwaXJ5YCjsubTrk5wg7Jyg7Zqo6riw6rCEKeydgCDtlYTsiJjsnoXri4jri6QgKFlZWVktTU0g7ZiV7IudKQAAugFUaGUgdjEgUkVTVCBzY2hlbWEgcmVxdWlyZXMgYGV4cGlyeWAgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycy7yAXYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWXqs7wgL3N1YnNjcmliZS9jdXN0b21lcnPsl5DshJwgYGV4cGlyeWDrpbwg7ZWE7IiY66GcIOyalOq1rO2VqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1suh4KGmV4cGlyeS1mb3JtYXQuYGV4cGlyeWAgaXMgbm90IFlZWVktTU1IYGV4cGlyeWDqsIAgWVlZWS1NTSDtmJXsi53snbQg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggMZXhwaXJ5AAIADGV4cGlyecYBAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACEBZjYXJkLWV4cGlyeQAAAAG0AWBleHBpcnlgIG11c3QgYmUgWVlZWS1NTSB3aXRoIGEgbW9udGggZnJvbSAwMSB0byAxMiwgc3VjaCBhcyAyMDMwLTEyIChub3QgTU0vWVkgb3IgWVlZWU1NKfwBYGV4cGlyeWDripQgMjAzMC0xMuyymOufvCBZWVlZLU1NIO2YleyLnSjsm5TsnYAgMDF+MTIp7J207Ja07JW8IO2VqeuLiOuLpCAoTU0vWVksIFlZWVlNTSDtmJXsi53snYAg7IKs7Jqp7ZWgIOyImCDsl4bsirXri4jri6QpAACWA1RoZSB2MSBSRVNUIHNjaGVtYTogIuy5tOuTnCDsnKDtmqjquLDqsIQoWVlZWS1NTSkg6riw7J6sIOyWkeyLneydhCDsnKDsnZjtlZjshLjsmpQiLiBUaGUgY2FyZCdzIG93biBNTS9ZWSBsYXlvdXQgYW5kIGNvbXBhY3QgWVlZWU1NIGFyZSBjb21tb24gbWlzdGFrZXM7IEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBleHBpcmllcyAocmVzdWx0IGNvZGUgODEwOSkuogR2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZgg7ISk66qF7J2AICLsubTrk5wg7Jyg7Zqo6riw6rCEKFlZWVktTU0pIOq4sOyerCDslpHsi53snYQg7Jyg7J2Y7ZWY7IS47JqUIuyeheuLiOuLpC4g7Lm065Oc7JeQIOygge2ejCBNTS9ZWSDtmJXsi53qs7wg6rWs67aEIOusuOyekCDsl4bripQgWVlZWU1N7J2AIO2dlO2VnCDsi6TsiJjsnbTrqbAsIEtDUOuKlCDtmJXsi53snbQg7J6Y66q765CcIOycoO2aqOq4sOqwhOydhCDqsbDsoIjtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA4MTA5KS56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s7h4KFmV4cGlyeS1wYXN0IENhcmQgaGFzIGV4cGlyZWQ67Lm065OcIOycoO2aqOq4sOqwhOydtCDsp4DrgqgKZXJyb3IBAQYgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQEGDGV4cGlyeQACAAxleHBpcnnGAQIIAgIIDGV4cGlyeQACAAxleHBpcnnGAQIYAAAAAYgBYGV4cGlyeWAgaXMgaW4gdGhlIHBhc3Q6IHRoZSBjYXJkIGhhcyBleHBpcmVkIGFuZCBLQ1Agd2lsbCByZWZ1c2UgaXTKAWBleHBpcnlg6rCAIOydtOuvuCDsp4Drgpwg64Kg7Kec7J6F64uI64ukLiDsnKDtmqjquLDqsITsnbQg7KeA64KcIOy5tOuTnOuKlCBLQ1Dsl5DshJwg6rGw7KCI65Cp64uI64ukAYoBYSBjYXJkIGlzIHZhbGlkIHRocm91Z2ggdGhlIGxhc3QgZGF5IG9mIGl0cyBleHBpcnkgbW9udGggKEtvcmVhIHRpbWUptgHsubTrk5zripQg7Jyg7Zqo6riw6rCEIOyblOydmCDrp4jsp4Drp4kg64KgKO2VnOq1rSDsi5zqsIQp6rmM7KeAIOyCrOyaqe2VoCDsiJgg7J6I7Iq164uI64ukAIIEQW4gZXhwaXJlZCBjYXJkIGlzIHJlZnVzZWQgKEtDUCByZXN1bHQgY29kZXMgQ0M1NCwgQ0M1NSkuIFRoZSBLQ1AgcGFnZSdzIC9vbmV0aW1lIGV4YW1wbGVzIHNlbmQgYGV4cGlyeTogIjIwMTktMDEiYCBhbmQgaXRzIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGV4YW1wbGUgYDIwMjUtMTJgLCBib3RoIHBhc3Q7IGNvcGllZCBhcyB0aGV5IGFyZSwgdGhleSBmYWlsLiBUaGUgbW9udGggY291bnRzIHVudGlsIGl0cyBsYXN0IG1vbWVudCwgS29yZWEgdGltZS72BeycoO2aqOq4sOqwhOydtCDsp4Drgpwg7Lm065Oc64qUIOqxsOygiOuQqeuLiOuLpChLQ1Ag6rKw6rO8IOy9lOuTnCBDQzU0LCBDQzU1KS4gS0NQIOyXsOuPmSDrrLjshJzsnZggL29uZXRpbWUg7JiI7Iuc64qUIGBleHBpcnk6ICIyMDE5LTAxImDsnYQsIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyYiOyLnOuKlCBgMjAyNS0xMmDrpbwg67O064K064qU642wIOuRmCDri6Qg7KeA64KcIOuCoOynnOydtOuvgOuhnCDqt7jrjIDroZwg67O17IKs7ZWY66m0IOyLpO2MqO2VqeuLiOuLpC4g7Jyg7Zqo6riw6rCE7J2YIOuLrOydgCDtlZzqta0g7Iuc6rCE7Jy866GcIOq3uCDri6zsnZgg66eI7KeA66eJIOyInOqwhOq5jOyngCDsnKDtmqjtlZwg6rKD7Jy866GcIOu0heuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0QtMDA2AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy0HwoYYmlydGgtZm9ybWF0VGBiaXJ0aGAgaXMgbm90IFlZTU1ERCBvciBhIGJ1c2luZXNzIG51bWJlcoQBYGJpcnRoYOqwgCDsg53rhYTsm5TsnbwgNuyekOumrOuCmCDsgqzsl4XsnpDrk7HroZ3rsojtmLjqsIAg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggKYmlydGgAAgAKYmlydGjIAQIcAggEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAhAMeXltbWRkBgIuAAACBhBeXGR7MTB9JAAAAAHuAWBiaXJ0aGAgbXVzdCBiZSBhIGRhdGUgb2YgYmlydGggYXMgNiBkaWdpdHMgWVlNTUREIChhIHJlYWwgZGF0ZSkgb3IsIGZvciBhIGNvcnBvcmF0ZSBjYXJkLCB0aGUgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyhgJgYmlydGhg64qUIOyDneuFhOyblOydvCA27J6Q66asKFlZTU1ERCwg7Iuk7KCcIOuCoOynnCkg65iQ64qUIOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4IDEw7J6Q66as7Jes7JW8IO2VqeuLiOuLpAAAmgNUaGUgdjEgUkVTVCBzY2hlbWE6ICLsg53rhYTsm5Tsnbw27J6Q66asKFlZTU1ERCkgKOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4MTDsnpDrpqwpIi4gQW4gOC1kaWdpdCBZWVlZTU1ERCwgc2VwYXJhdG9ycyBvciBhbiBpbXBvc3NpYmxlIGRhdGUgYXJlIHJlZnVzZWQgYnkgS0NQIChyZXN1bHQgY29kZXMgODExMCwgQ0M2NikuiAR2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZgg7ISk66qF7J2AICLsg53rhYTsm5Tsnbw27J6Q66asKFlZTU1ERCkgKOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4MTDsnpDrpqwpIuyeheuLiOuLpC4gOOyekOumrCBZWVlZTU1ERCwg6rWs67aEIOusuOyekOqwgCDrk6TslrTqsIQg6rCSLCDsobTsnqztlaAg7IiYIOyXhuuKlCDrgqDsp5zripQgS0NQ6rCAIOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMTAsIENDNjYpLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDA3AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyAIAoaYmlydGgtbWlzc2luZyRgYmlydGhgIGlzIG1pc3NpbmccYGJpcnRoYCDriITrnb0Od2FybmluZwEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACAAIKYmlydGgAAgAKYmlydGjIAQAAAAH4AWBiaXJ0aGAgaXMgbWlzc2luZzogS0NQIGNoZWNrcyB0aGUgY2FyZCBob2xkZXIncyBkYXRlIG9mIGJpcnRoIChvciBidXNpbmVzcyBudW1iZXIpIGZvciBrZXktaW4gcGF5bWVudHMgYW5kIEFQSSBiaWxsaW5nIGtleXPyAmBiaXJ0aGAo7IOd64WE7JuU7J28IDbsnpDrpqwg65iQ64qUIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCnqsIAg7JeG7Iq164uI64ukLiBLQ1DripQg7IiY6riwIOqysOygnOyZgCBBUEkg67mM66eB7YKkIOuwnOq4iSDsi5wg7Lm065OcIOyGjOycoOyekOydmCDsg53rhYTsm5TsnbzsnYQg7ZmV7J247ZWp64uI64ukAADSA0V2ZXJ5IEtDUCBleGFtcGxlIG9mIC9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBzZW5kcyBgYmlydGhgLCBhbmQgUG9ydE9uZSdzIFYyIEtDUCBwYWdlIChhIGZhY3QgYWJvdXQgdGhlIFBHKSBzYXlzIGl0IGlzIHJlcXVpcmVkIGZvciBLQ1AgQVBJIGJpbGxpbmcga2V5cy4gVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGl0ICJ2YXJpZXMgYnkgUEcgb3IgY29udHJhY3QiLCBzbyBhIHdhcm5pbmcu6AQvb25ldGltZeqzvCAvc3Vic2NyaWJlL2N1c3RvbWVyc+ydmCDrqqjrk6AgS0NQIOyYiOyLnOqwgCBgYmlydGhg66W8IOuztOuCtOupsCwg7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScKFBH7IKsIOyekOyytOyXkCDqtIDtlZwg7IKs7IukKeuKlCBLQ1AgQVBJIOu5jOunge2CpCDrsJzquInsl5Ag7J20IOqwkuydtCDtlYTsiJjrnbzqs6Ag67Cd7Z6Z64uI64ukLiB2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgIlBH7IKs64KYIOqzhOyVveyXkCDrlLDrnbwg64uk66aEIuycvOuhnCDtkZzsi5ztlZjrr4DroZwg6rK96rOg7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DRC0wMDgAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMogCiJwd2QtMmRpZ2l0LWZvcm1hdDhgcHdkXzJkaWdpdGAgaXMgbm90IDIgZGlnaXRzUGBwd2RfMmRpZ2l0YOydtCDsiKvsnpAgMuyekOumrOqwgCDslYTri5gKZXJyb3IBAQYgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQACCBRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACBg5eXGR7Mn0kAAAAAZwBYHB3ZF8yZGlnaXRgIG11c3QgYmUgdGhlIGZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3JkLCBleGFjdGx5IDIgZGlnaXRzjAFgcHdkXzJkaWdpdGDsnYAg7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCDsiKvsnpDsl6zslbwg7ZWp64uI64ukAADaAlRoZSB2MSBSRVNUIHNjaGVtYTogIuy5tOuTnOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCIuIFRoZSB3aG9sZSA0LWRpZ2l0IHBhc3N3b3JkLCBvciBhIHNpbmdsZSBkaWdpdCwgaXMgcmVmdXNlZCAoS0NQIHJlc3VsdCBjb2RlcyA4MTExLCBDQzYzKSBhbmQgbXVzdCBuZXZlciBiZSBzZW50IGluIGZ1bGwu1AN2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZgg7ISk66qF7J2AICLsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwi7J6F64uI64ukLiA07J6Q66asIOu5hOuwgOuyiO2YuCDsoITssrTrgpgg7ZWcIOyekOumrOunjCDrs7TrgrTrqbQg6rGw7KCI65CY66mwKEtDUCDqsrDqs7wg7L2U65OcIDgxMTEsIENDNjMpLCDruYTrsIDrsojtmLgg7KCE7LK064qUIOygiOuMgCDrs7TrgrTshJzripQg7JWIIOuQqeuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0QtMDA5AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyEIQokcHdkLTJkaWdpdC1taXNzaW5nWGBwd2RfMmRpZ2l0YCBtaXNzaW5nIG9uIC9zdWJzY3JpYmUvY3VzdG9tZXJzZC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyalOyyreyXkCBgcHdkXzJkaWdpdGAg64iE6529Dndhcm5pbmcBAQIgcmVzdC1iaWxsaW5nLWtleQACAAIUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgAAAAHiAWBwd2RfMmRpZ2l0YCBpcyBtaXNzaW5nOiBLQ1AgbmVlZHMgdGhlIGZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3JkIHRvIGlzc3VlIGEgYmlsbGluZyBrZXkgdGhyb3VnaCB0aGUgQVBJoAJgcHdkXzJkaWdpdGAo7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCnqsIAg7JeG7Iq164uI64ukLiBLQ1AgQVBJIOu5jOunge2CpCDrsJzquInsl5DripQg7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrOqwgCDtlYTsmpTtlanri4jri6QAAMYDVGhlIEtDUCBwYWdlJ3MgL3N1YnNjcmliZS9jdXN0b21lcnMgZXhhbXBsZSBzZW5kcyBgcHdkXzJkaWdpdGAsIGFuZCBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpIHNheXMgaXQgaXMgcmVxdWlyZWQgZm9yIEtDUCBBUEkgYmlsbGluZyBrZXlzLiBUaGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgaXQgInZhcmllcyBieSBQRyBvciBjb250cmFjdCIsIHNvIGEgd2FybmluZy7oBEtDUCDsl7Drj5kg66y47ISc7J2YIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyYiOyLnOuKlCBgcHdkXzJkaWdpdGDsnYQg67O064K066mwLCDtj6ztirjsm5AgVjIgS0NQIOyXsOuPmSDrrLjshJwoUEfsgqwg7J6Q7LK07JeQIOq0gO2VnCDsgqzsi6Qp64qUIEtDUCBBUEkg67mM66eB7YKkIOuwnOq4ieyXkCDsnbQg6rCS7J20IO2VhOyImOudvOqzoCDrsJ3tnpnri4jri6QuIHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAiUEfsgqzrgpgg6rOE7JW97JeQIOuUsOudvCDri6TrpoQi7Jy866GcIO2RnOyLnO2VmOuvgOuhnCDqsr3qs6DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNELTAxMAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1syCEKNHB3ZC0yZGlnaXQtbWlzc2luZy1vbmV0aW1lQmBwd2RfMmRpZ2l0YCBub3Qgc2VudCBvbiAvb25ldGltZUwvb25ldGltZSDsmpTssq3sl5AgYHB3ZF8yZGlnaXRgIOyXhuydjAhpbmZvAQECGHJlc3Qtb25ldGltZQACAAIUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgAAAAHEAmBwd2RfMmRpZ2l0YCBpcyBub3Qgc2VudDogZGVwZW5kaW5nIG9uIHRoZSBLQ1AgY29udHJhY3QsIGtleS1pbiBwYXltZW50cyAoYW5kIGJpbGxpbmcga2V5cyBzYXZlZCB3aXRoIGBjdXN0b21lcl91aWRgKSBuZWVkIHRoZSBmaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZOwCYHB3ZF8yZGlnaXRg7J20IOyXhuyKteuLiOuLpC4gS0NQIOqzhOyVveyXkCDrlLDrnbwg7IiY6riwIOqysOygnCjrsI8gYGN1c3RvbWVyX3VpZGDroZwg7ZWo6ruYIOyggOyepe2VmOuKlCDruYzrp4HtgqQp7JeQIOy5tOuTnCDruYTrsIDrsojtmLgg7JWeIDLsnpDrpqzqsIAg7ZWE7JqU7ZWgIOyImCDsnojsirXri4jri6QAAOgDVGhlIEtDUCBwYWdlJ3MgL29uZXRpbWUgZXhhbXBsZXMgb21pdCBgcHdkXzJkaWdpdGAsIHdoaWxlIHRoZSBsZWdhY3kgS0NQIEFQSSBndWlkZSBhbmQgUG9ydE9uZSdzIFB5dGhvbiBjbGllbnQgc2VuZCBpdCBhbmQgUG9ydE9uZSdzIFYyIEtDUCBwYWdlIHJlcXVpcmVzIGl0IGZvciBBUEkgYmlsbGluZyBrZXlzLiBBZHZpY2Ugb25seSwgYmVjYXVzZSB0aGUgS0NQIHBhZ2UncyBvd24gZXhhbXBsZSB3b3JrcyB3aXRob3V0IGl0LrQFS0NQIOyXsOuPmSDrrLjshJzsnZggL29uZXRpbWUg7JiI7Iuc7JeQ64qUIGBwd2RfMmRpZ2l0YOydtCDsl4bsp4Drp4wsIOq1rCBLQ1AgQVBJIOqwgOydtOuTnOyZgCDtj6ztirjsm5AgUHl0aG9uIO2BtOudvOydtOyWuO2KuOuKlCDsnbQg6rCS7J2EIOuztOuCtOupsCDtj6ztirjsm5AgVjIgS0NQIOyXsOuPmSDrrLjshJzripQgQVBJIOu5jOunge2CpCDrsJzquInsl5Ag7J20IOqwkuydhCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukLiBLQ1Ag7Jew64+ZIOusuOyEnOydmCDsmIjsi5zqsIAg7J20IOqwkiDsl4bsnbTrj4Qg64+Z7J6R7ZWY66+A66GcIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DRC0wMTAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbP4hCj5zY2hlZHVsZS1jYXJkLWZpZWxkcy1pbmNvbXBsZXRlQkluY29tcGxldGUgY2FyZCBkYXRhIG9uIC9zY2hlZHVsZWIvc2NoZWR1bGUg7JqU7LKt7J2YIOy5tOuTnCDsoJXrs7TqsIAg67aI7JmE7KCE7ZWoCmVycm9yAQECGnJlc3Qtc2NoZWR1bGUBAggCBAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgYEXFMABAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgABBAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAggCAgQGDGV4cGlyeQACAAxleHBpcnnGAQIGBFxTAAQGDGV4cGlyeQACAAxleHBpcnnGAQIAAQQGDGV4cGlyeQACAAxleHBpcnnGAQIIAgIEBgpiaXJ0aAACAApiaXJ0aMgBAgYEXFMABAYKYmlydGgAAgAKYmlydGjIAQIAAQQGCmJpcnRoAAIACmJpcnRoyAECCAICBAYUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgIGBFxTAAQGFHB3ZF8yZGlnaXQAAgAUcHdkXzJkaWdpdA4CAAEEBhRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAggCAgAGFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAxleHBpcnkAAgAMZXhwaXJ5xgEKYmlydGgAAgAKYmlydGjIAQAAAAGoAmB7ZmllbGR9YCBpcyBtaXNzaW5nOiB3aXRoIGNhcmQgZGF0YSwgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZSBmaXJzdCBpc3N1ZXMgYSBiaWxsaW5nIGtleSBhbmQgbmVlZHMgYGNhcmRfbnVtYmVyYCwgYGV4cGlyeWAgYW5kIGBiaXJ0aGAgdG9nZXRoZXKAA2B7ZmllbGR9YOydtCjqsIApIOyXhuyKteuLiOuLpC4g7Lm065OcIOygleuztOulvCDrs7TrgrTrqbQgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydgCDruYzrp4HtgqTrpbwg66i87KCAIOuwnOq4ie2VmOuvgOuhnCBgY2FyZF9udW1iZXJgLCBgZXhwaXJ5YCwgYGJpcnRoYOulvCDrqqjrkZAg7J6F66Cl7ZW07JW8IO2VqeuLiOuLpAGYAXRoZSBib2R5IGNhcnJpZXMgY2FyZCBkYXRhLCBzbyBhIG5ldyBiaWxsaW5nIGtleSBpcyBpc3N1ZWQgYmVmb3JlIHNjaGVkdWxpbmeeAey5tOuTnCDsoJXrs7TqsIAg7J6I7Jy866+A66GcIOyYiOyVvSDsoITsl5Ag67mM66eB7YKk66W8IOyDiOuhnCDrsJzquIntlanri4jri6QA8ANUaGUgUkVTVCByZWZlcmVuY2Ugb2YgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZTogd2l0aCBhIGBjdXN0b21lcl91aWRgIHRoYXQgaGFzIG5vIGJpbGxpbmcga2V5IHlldCwgYSBrZXkgaXMgaXNzdWVkIGZpcnN0IGFuZCB0aGUgY2FyZCBkYXRhIGlzIG1hbmRhdG9yeTsgd2l0aCBhbiBleGlzdGluZyBrZXkgaXQgaXMgb3B0aW9uYWwuIEEgYm9keSB3aXRoIG9ubHkgcGFydCBvZiB0aGUgY2FyZCBkYXRhIGNhbiBkbyBuZWl0aGVyLroFL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydmCBSRVNUIEFQSSDrrLjshJzsl5Ag65Sw66W066m0LCDslYTsp4Eg67mM66eB7YKk6rCAIOyXhuuKlCBgY3VzdG9tZXJfdWlkYOuhnCDsmpTssq3tlZjrqbQg67mM66eB7YKk66W8IOuovOyggCDrsJzquIntlZjrr4DroZwg7Lm065OcIOygleuztOqwgCDtlYTsiJjsnbTqs6AsIOydtOuvuCDruYzrp4HtgqTqsIAg7J6I7Jy866m0IOy5tOuTnCDsoJXrs7TripQg7ISg7YOd7J6F64uI64ukLiDsubTrk5wg7KCV67O066W8IOydvOu2gOunjCDri7TsnYAg7JqU7LKtIOuzuOusuOydgCDslrTripAg7Kq97Jy866Gc64+EIOyymOumrOuQoCDsiJgg7JeG7Iq164uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFEtDUC1DRC0wMTEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbLQiChpzY2hlZHVsZS1mbGF0WEEgc2NoZWR1bGUgd3JpdHRlbiBmbGF0LCB3aXRob3V0IGBzY2hlZHVsZXNgYmBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5Ag7JO0IOyYiOyVvSDqsrDsoJwKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQEABAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAAGFnNjaGVkdWxlX2F0AAIAFnNjaGVkdWxlX2F0AgIAAQICAhZzY2hlZHVsZV9hdAACABZzY2hlZHVsZV9hdAIAAAABrANgc2NoZWR1bGVfYXRgIGlzIGF0IHRoZSB0b3AgbGV2ZWw6IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgdGFrZXMgYGN1c3RvbWVyX3VpZGAgYW5kIGBzY2hlZHVsZXNgLCBhbiBhcnJheSBvZiBjaGFyZ2VzIGVhY2ggd2l0aCBpdHMgb3duIGBtZXJjaGFudF91aWRgLCBgc2NoZWR1bGVfYXRgIGFuZCBgYW1vdW50YDsgbmVzdCB0aGUgY2hhcmdlIGluIGBzY2hlZHVsZXNg+gNgc2NoZWR1bGVfYXRg7J20IOy1nOyDgeychOyXkCDsnojsirXri4jri6QuIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DripQgYGN1c3RvbWVyX3VpZGDsmYAsIOyYiOyVvSDqsbTrp4jri6QgYG1lcmNoYW50X3VpZGAsIGBzY2hlZHVsZV9hdGAsIGBhbW91bnRg66W8IOqwgOynhCDrsLDsl7QgYHNjaGVkdWxlc2Drpbwg67O064K07JW8IO2VqeuLiOuLpC4g7JiI7JW9IOqxtOydhCBgc2NoZWR1bGVzYCDslYjsl5Ag64Sj7Jy87IS47JqUAACuBVRoZSB2MSBSRVNUIHNjaGVtYSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIGhhcyBgc2NoZWR1bGVfYXRgIG9ubHkgaW5zaWRlIHRoZSBpdGVtcyBvZiBgc2NoZWR1bGVzYC4gQSBib2R5IHdpdGggYSB0b3AtbGV2ZWwgYHNjaGVkdWxlX2F0YCBhbmQgbm8gYHNjaGVkdWxlc2AgKHRoZSAvYWdhaW4gYm9keSB3aXRoIGEgdGltZSBhZGRlZCkgaXMgcmVmdXNlZCBmb3IgdGhlIG1pc3NpbmcgYHNjaGVkdWxlc2A7IHRoZSBmaXggaXMgdG8gbmVzdCB0aGUgY2hhcmdlLiBUaGUgcnVsZSBzdG9wcyBmdXJ0aGVyIGNoZWNrczogZXZlcnkgb3RoZXIgZmluZGluZyB3b3VsZCBvbmx5IHJlcGVhdCBpdC6eBy9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsnZggdjEgUkVTVCBBUEkg7Iqk7YKk66eI7JeQ7IScIGBzY2hlZHVsZV9hdGDsnYAgYHNjaGVkdWxlc2DsnZgg7ZWt66qpIOyViOyXkOunjCDsnojsirXri4jri6QuIGBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5AgYHNjaGVkdWxlX2F0YOydtCDsnojripQg7JqU7LKtIOuzuOusuCgvYWdhaW4g7JqU7LKtIOuzuOusuOyXkCDsi5zqsIHrp4wg642U7ZWcIOqygynsnYAgYHNjaGVkdWxlc2DqsIAg7JeG7Ja0IOqxsOygiOuQmOuvgOuhnCwg7JiI7JW9IOqxtOydhCBgc2NoZWR1bGVzYCDslYjsl5Ag64Sj7Ja07JW8IO2VqeuLiOuLpC4g7J20IOq3nOy5meydgCDsnbTtm4TsnZgg6rKA7IKs66W8IOupiOy2peuLiOuLpC4g64uk66W4IOynhOuLqOydgCDrqqjrkZAg6rCZ7J2AIOusuOygnOulvCDrkJjtkoDsnbTtlaAg67+Q7J206riwIOuVjOusuOyeheuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMgEAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1siCMKKHNjaGVkdWxlcy1hZ2Fpbi1ib2R5Oi9hZ2FpbiBib2R5IHNlbnQgdG8gL3NjaGVkdWxlVi9zY2hlZHVsZeyXkCAvYWdhaW4g7JqU7LKtIOuzuOusuOydhCDrs7Trg4QKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQEABAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAACBAYYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCAAEGDGFtb3VudAACAAxhbW91bnQMAgABAgACEnNjaGVkdWxlcwACABJzY2hlZHVsZXMAAAAAAeQDdGhpcyBpcyB0aGUgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiBib2R5IChgY3VzdG9tZXJfdWlkYCwgYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgKSwgbm90IGEgc2NoZWR1bGU6IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgdGFrZXMgYGN1c3RvbWVyX3VpZGAgYW5kIGBzY2hlZHVsZXNgLCBhbiBhcnJheSBvZiBjaGFyZ2VzIGVhY2ggd2l0aCBgbWVyY2hhbnRfdWlkYCwgYHNjaGVkdWxlX2F0YCBhbmQgYGFtb3VudGDABC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4g7JqU7LKtIOuzuOusuChgY3VzdG9tZXJfdWlkYCwgYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgKeydtOupsCDsmIjslb0g6rKw7KCcIOuzuOusuOydtCDslYTri5nri4jri6QuIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DripQgYGN1c3RvbWVyX3VpZGDsmYAsIOyYiOyVvSDqsbTrp4jri6QgYG1lcmNoYW50X3VpZGAsIGBzY2hlZHVsZV9hdGAsIGBhbW91bnRg66W8IOqwgOynhCDrsLDsl7QgYHNjaGVkdWxlc2Drpbwg67O064K07JW8IO2VqeuLiOuLpAGMAXRoZSBib2R5IGhhcyBhIHRvcC1sZXZlbCBgbWVyY2hhbnRfdWlkYCBvciBgYW1vdW50YCBhbmQgbm8gYHNjaGVkdWxlc2CUAWBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5AgYG1lcmNoYW50X3VpZGDrgpggYGFtb3VudGDqsIAg7J6I7Iq164uI64ukAPAGVGhlIEtDUCBwYWdlJ3MgIkFQSSDruYzrp4HtgqQg7JiI7JW9L+uwmOuztSDqsrDsoJwg7JqU7LKt7ZWY6riwIiBleGFtcGxlIChpbiBlYXJsaWVyIHZlcnNpb25zIG9mIHRoZSBwYWdlIGFuZCBzdGlsbCBpbiB0aGUgY3VycmVudCBvbmUpIHBvc3RzIGB7Y3VzdG9tZXJfdWlkLCBtZXJjaGFudF91aWQsIGFtb3VudH1gIHRvIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gaW5zdGVhZCBvZiBzaG93aW5nIGEgc2NoZWR1bGUuIFNlbnQgdG8gL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZSwgdGhhdCBib2R5IGhhcyBubyBgc2NoZWR1bGVzYCBhbmQgaXMgcmVmdXNlZC4gVGhlIHJ1bGUgc3RvcHMgZnVydGhlciBjaGVja3M6IHRoZSBib2R5IGJlbG9uZ3MgdG8gYW5vdGhlciBlbmRwb2ludCwgYW5kIGV2ZXJ5IG90aGVyIGZpbmRpbmcgd291bGQgb25seSByZXBlYXQgdGhhdC6wCEtDUCDsl7Drj5kg66y47ISc7J2YICJBUEkg67mM66eB7YKkIOyYiOyVvS/rsJjrs7Ug6rKw7KCcIOyalOyyre2VmOq4sCIg7JiI7IucKOydtOyghCDtjJDsnZgg66y47ISc7JeQ64+ELCDtmITsnqwg66y47ISc7JeQ64+EIOyeiOyKteuLiOuLpCnripQg7JiI7JW9IOqysOygnOulvCDrs7Tsl6wg7KO864qUIOuMgOyLoCBge2N1c3RvbWVyX3VpZCwgbWVyY2hhbnRfdWlkLCBhbW91bnR9YOulvCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu7Jy866GcIOuztOuDheuLiOuLpC4g7J20IOuzuOusuOydhCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxl66GcIOuztOuCtOuptCBgc2NoZWR1bGVzYOqwgCDsl4bslrQg6rGw7KCI65Cp64uI64ukLiDsnbQg6rec7LmZ7J2AIOydtO2bhOydmCDqsoDsgqzrpbwg66mI7Lal64uI64ukLiDrs7jrrLjsnbQg64uk66W4IOyXlOuTnO2PrOyduO2KuOydmCDqsoPsnbTrqbAsIOuLpOuluCDsp4Tri6jsnYAg66qo65GQIOq3uCDsgqzsi6TsnYQg65CY7ZKA7J207ZWgIOu/kOydtOq4sCDrlYzrrLjsnoXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDIBAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMwjCiZzY2hlZHVsZS1hdC1taXNzaW5nTkEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYHNjaGVkdWxlX2F0YETsmIjslb0g6rG07J2YIGBzY2hlZHVsZV9hdGAg64iE6529CmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAgACMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAAAAAYABYHtmaWVsZH1gIGlzIHJlcXVpcmVkOiB3aGVuIHRvIGNoYXJnZSwgYXMgYSBVbml4IHRpbWUgaW4gc2Vjb25kc84BYHtmaWVsZH1gKOqysOygnCDsmIjslb0g7Iuc6rCBKeydgCDtlYTsiJjsnoXri4jri6QuIOy0iCDri6jsnIQgVU5JWCB0aW1lc3RhbXDroZwg7J6F66Cl7ZW07JW8IO2VqeuLiOuLpAAAxAFgc2NoZWR1bGVfYXRgIGlzIHJlcXVpcmVkIGluIGV2ZXJ5IGl0ZW0gb2YgYHNjaGVkdWxlc2AgKFNjaGVkdWxlQW5ub3RhdGlvbiBpbiB0aGUgdjEgUkVTVCBzY2hlbWEpLuIBYHNjaGVkdWxlc2DsnZgg66qo65OgIO2VreuqqeyXkOyEnCBgc2NoZWR1bGVfYXRg7J2AIO2VhOyImOyeheuLiOuLpCh2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggU2NoZWR1bGVBbm5vdGF0aW9uKS6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sniQKOHNjaGVkdWxlLWF0LW5vdC11bml4LXNlY29uZHNCYHNjaGVkdWxlX2F0YCBpcyBub3QgVW5peCBzZWNvbmRzaGBzY2hlZHVsZV9hdGDsnbQg7LSIIOuLqOychCBVTklYIHRpbWVzdGFtcOqwgCDslYTri5gKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQAGCDBzY2hlZHVsZXNbKl0uc2NoZWR1bGVfYXQABgASc2NoZWR1bGVzAAQAFnNjaGVkdWxlX2F0AgIcBAAEBgIuAAACCAQGAi4AAAIKBmd0ZQAAAADodkg3QhgxMDAwMDAwMDAwMDABvgFge2ZpZWxkfWAgaXMge3ZhbHVlfSwgYSB0aW1lIGluIG1pbGxpc2Vjb25kczogYHNjaGVkdWxlX2F0YCB0YWtlcyBVbml4IHNlY29uZHMgKGRpdmlkZSBieSAxMDAwKZoCYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg67CA66as7LSIIOuLqOychOyeheuLiOuLpC4gYHNjaGVkdWxlX2F0YOydgCDstIgg64uo7JyEIFVOSVggdGltZXN0YW1w7Jes7JW8IO2VqeuLiOuLpCAoMTAwMOycvOuhnCDrgpjriITshLjsmpQpAAAIMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAhwEAAQGAi4AAAIICAQGAi4AAAIQGHdob2xlLW51bWJlcgGKAWB7ZmllbGR9YCBpcyB7dmFsdWV9OiBgc2NoZWR1bGVfYXRgIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kc9ABYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7KCV7IiY6rCAIOyVhOuLmeuLiOuLpC4gYHNjaGVkdWxlX2F0YOydgCDstIgg64uo7JyEIOygleyImOyXrOyVvCDtlanri4jri6QAAAgwc2NoZWR1bGVzWypdLnNjaGVkdWxlX2F0AAYAEnNjaGVkdWxlcwAEABZzY2hlZHVsZV9hdAICHAIGBgIuAAACEBh1bml4LXNlY29uZHMABAYCLgAAAggEBgIuAAACCgZndGUAAAAA6HZIN0IYMTAwMDAwMDAwMDAwAAQGAi4AAAIICAQGAi4AAAIQGHdob2xlLW51bWJlcgAAAAG8AWB7ZmllbGR9YCBtdXN0IGJlIGEgVW5peCB0aW1lIGluIHNlY29uZHMgYXMgYSBKU09OIGludGVnZXIgKHN1Y2ggYXMgMTg5MzQyMzYwMCksIGZvdW5kIHt2YWx1ZX3IAWB7ZmllbGR9YOydgCjripQpIDE4OTM0MjM2MDDsspjrn7wg7LSIIOuLqOychCBVTklYIHRpbWVzdGFtcCDsoJXsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAI4EVGhlIHYxIFJFU1Qgc2NoZW1hOiBgc2NoZWR1bGVfYXRgIGlzIGFuIGludGVnZXIsICLqsrDsoJzsmpTssq0g7JiI7JW97Iuc6rCBKOy0iCkgKFVOSVggdGltZXN0YW1wIGluIHNlY29uZHMpIi4gSmF2YVNjcmlwdCdzIERhdGUubm93KCkgZ2l2ZXMgbWlsbGlzZWNvbmRzLCB3aGljaCByZWFkIGFzIHNlY29uZHMgbGFuZCB0ZW5zIG9mIHRob3VzYW5kcyBvZiB5ZWFycyBhaGVhZDsgYSBmcmFjdGlvbiBvciBhIGRhdGUgc3RyaW5nIGlzIG5vdCBhIFVuaXggdGltZS6sBXYxIFJFU1QgQVBJIOyKpO2CpOuniOyXkOyEnCBgc2NoZWR1bGVfYXRg7J2AIOygleyImOydtOupsCDshKTrqoXsnYAgIuqysOygnOyalOyyrSDsmIjslb3si5zqsIEo7LSIKSAoVU5JWCB0aW1lc3RhbXAgaW4gc2Vjb25kcyki7J6F64uI64ukLiBKYXZhU2NyaXB07J2YIERhdGUubm93KCnripQg67CA66as7LSIIOqwkuydhCDrj4zroKTso7zripTrjbAsIOydtOulvCDstIjroZwg7J297Jy866m0IOyImOunjCDrhYQg65Kk6rCAIOuQqeuLiOuLpC4g7IaM7IiY7KCQIOydtO2VmOqwgCDsnojripQg6rCS7J2064KYIOuCoOynnCDrrLjsnpDsl7TsnYAgVU5JWCB0aW1lc3RhbXDqsIAg7JWE64uZ64uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1TQ0gtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzQJAogc2NoZWR1bGUtYXQtcGFzdDhgc2NoZWR1bGVfYXRgIGlzIGluIHRoZSBwYXN0UGBzY2hlZHVsZV9hdGDsnbQg7J2066+4IOyngOuCnCDsi5zqsIHsnoQOd2FybmluZwEBAhpyZXN0LXNjaGVkdWxlAAIIMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAhgAAAAB/AFge2ZpZWxkfWAgaXMgaW4gdGhlIHBhc3Q6IFBvcnRPbmUgZG9jdW1lbnRzIG5vIGJlaGF2aW91ciBmb3IgYSBwYXN0IGBzY2hlZHVsZV9hdGAsIHNvIHRoZSBjaGFyZ2UgbWF5IHJ1biBhdCBvbmNlIG9yIGJlIHJlZnVzZWTkAmB7ZmllbGR9YOydtCjqsIApIOydtOuvuCDsp4Drgpwg7Iuc6rCB7J6F64uI64ukLiDsp4Drgpwg7Iuc6rCB7Jy866GcIOyYiOyVve2VnCDqsr3smrDsnZgg64+Z7J6R7J2AIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7JWEIOymieyLnCDqsrDsoJzrkJjqsbDrgpgg6rGw7KCI65CgIOyImCDsnojsirXri4jri6QAAOYDQSBzY2hlZHVsZSBpcyBtZWFudCBmb3IgYSBmdXR1cmUgdGltZTsgdGhlIFJFU1QgcmVmZXJlbmNlIGRvY3VtZW50cyBubyBiZWhhdmlvdXIgZm9yIGEgcGFzdCBgc2NoZWR1bGVfYXRgLCB3aGljaCB1c3VhbGx5IGNvbWVzIGZyb20gYSB3cm9uZyBjbG9jaywgYSByZXVzZWQgZml4dHVyZSBvciBzZWNvbmRzIGFuZCBtaWxsaXNlY29uZHMgbWl4ZWQgdXAuIEEgd2FybmluZyBiZWNhdXNlIHRoZSBvdXRjb21lIGlzIHVua25vd24uiAXsmIjslb3snYAg66+4656YIOyLnOqwgeyXkCDqsrDsoJztlZjroKTripQg6rKD7J6F64uI64ukLiBSRVNUIEFQSSDrrLjshJzsl5DripQg7KeA64KcIGBzY2hlZHVsZV9hdGDsl5Ag64yA7ZWcIOuPmeyekeydtCDrgpjsmYAg7J6I7KeAIOyViuycvOupsCwg7KeA64KcIOyLnOqwgeydgCDrjIDqsJwg7J6Y66q765CcIOyLnOqzhCwg7J6s7IKs7Jqp7ZWcIO2FjOyKpO2KuCDrjbDsnbTthLAoZml4dHVyZSksIOy0iOyZgCDrsIDrpqzstIjsnZgg7Zi864+Z7JeQ7IScIOyDneq5geuLiOuLpC4g6rKw6rO866W8IOyVjCDsiJgg7JeG7Jy866+A66GcIOqyveqzoOyeheuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sxiUKNHNjaGVkdWxlcy1jdXJyZW5jeS1taXNzaW5nSEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYGN1cnJlbmN5YD7smIjslb0g6rG07J2YIGBjdXJyZW5jeWAg7JeG7J2MCGluZm8BAQIacmVzdC1zY2hlZHVsZQACAAIqc2NoZWR1bGVzWypdLmN1cnJlbmN5AAYAEnNjaGVkdWxlcwAEABBjdXJyZW5jeWwAAAAB/gFge2ZpZWxkfWAgaXMgbm90IHNldDogdGhlIHYxIEFQSSBzY2hlbWEgbGlzdHMgYGN1cnJlbmN5YCBhcyByZXF1aXJlZCBpbiBzY2hlZHVsZXMgKEtSVyB3aGVuIG9taXR0ZWQpOyBzZW5kIGBLUldgIHRvIGJlIGV4cGxpY2l0iANge2ZpZWxkfWDsnbQo6rCAKSDsl4bsirXri4jri6QuIHYxIEFQSSDsiqTtgqTrp4jsl5DshJwg7JiI7JW9IOqxtOydmCBgY3VycmVuY3lg64qUIO2VhOyImOuhnCDtkZzsi5zrkJjslrQg7J6I7Iq164uI64ukICjsg53rnrXtlZjrqbQgS1JXKS4gYEtSV2Drpbwg66qF7Iuc7KCB7Jy866GcIOuztOuCtOuKlCDqsoPsnYQg6raM7J6l7ZWp64uI64ukAAC4AlNjaGVkdWxlQW5ub3RhdGlvbiBsaXN0cyBgY3VycmVuY3lgIGFzIHJlcXVpcmVkIChhZGRlZCBiZXR3ZWVuIDIwMjMtMDggYW5kIDIwMjQtMDMpIHdpdGggdGhlIGRlZmF1bHQgS1JXLCB3aGlsZSBQb3J0T25lJ3Mgb3duIGV4YW1wbGVzIG9taXQgaXQuIEFkdmljZSBvbmx5LqwDU2NoZWR1bGVBbm5vdGF0aW9u7J2AIGBjdXJyZW5jeWDrpbwg6riw67O46rCSIEtSV+yZgCDtlajqu5gg7ZWE7IiY66GcIO2RnOyLnO2VmOyngOunjCgyMDIzLTA46rO8IDIwMjQtMDMg7IKs7J207JeQIOy2lOqwgOuQqCksIO2PrO2KuOybkCDsnpDssrTsnZgg7JiI7Iuc64qUIOydtOulvCDsg53rnrXtlanri4jri6QuIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1TQ0gtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz+JQouY2hlY2tpbmctYW1vdW50LWludmFsaWRoYGNoZWNraW5nX2Ftb3VudGAgaXMgbm90IGEgd2hvbGUgbnVtYmVyIG9mIDAgb3IgbW9yZWJgY2hlY2tpbmdfYW1vdW50YOqwgCAwIOydtOyDgeydmCDsoJXsiJjqsIAg7JWE64uYCmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAggeY2hlY2tpbmdfYW1vdW50AAIAHmNoZWNraW5nX2Ftb3VudMoBAhwCBAQGAi4AAAIICAAEBgIuAAACEBh3aG9sZS1udW1iZXIGAi4AAAIKBmd0ZQAAAAAAAAAAAAIwAAAAAbwBYGNoZWNraW5nX2Ftb3VudGAgbXVzdCBiZSBhIHdob2xlIG51bWJlciBvZiB3b24sIDAgb3IgbW9yZSAoMCA9IG5vIHRlc3QgY2hhcmdlKSwgZm91bmQge3ZhbHVlffQBYGNoZWNraW5nX2Ftb3VudGDripQgMCDsnbTsg4HsnZgg7KCV7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukICgw7J2066m0IO2FjOyKpO2KuCDsirnsnbjsnYQg7ZWY7KeAIOyViuyKteuLiOuLpCkAAJACVGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGBjaGVja2luZ19hbW91bnRgIGFzIGFuIGludGVnZXI6IGFuIGFtb3VudCBhcHByb3ZlZCBhbmQgY2FuY2VsbGVkIHJpZ2h0IGF3YXkgdG8gY2hlY2sgdGhlIGNhcmQsIDAgZm9yIG5vIGNoZWNrLvoCdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIGBjaGVja2luZ19hbW91bnRg7J2YIO2DgOyeheydhCDsoJXsiJjroZwg7KCV7J2Y7ZWp64uI64ukLiDsubTrk5wg7ZmV7J247J2EIOychO2VtCDsirnsnbjtlZwg65KkIOuwlOuhnCDst6jshoztlZjripQg6riI7JWh7J2066mwLCAw7J2066m0IO2ZleyduO2VmOyngCDslYrsirXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDUAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbK4mCkRjaGVja2luZy1hbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtVGBjaGVja2luZ19hbW91bnRgIGJlbG93IEtDUCdzIGNhcmQgbWluaW11bXRgY2hlY2tpbmdfYW1vdW50YOqwgCBLQ1Ag7Lm065OcIOy1nOyGjCDqsrDsoJzquIjslaEg66+466eMDndhcm5pbmcBAQIacmVzdC1zY2hlZHVsZQEEAgQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBhJzY2hlZHVsZXMAAgASc2NoZWR1bGVzAAIUAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwIIHmNoZWNraW5nX2Ftb3VudAACAB5jaGVja2luZ19hbW91bnTKAQIcAgYEBgIuAAACCAgGAi4AAAIKBmx0ZQAAAAAAAAAAAAIwBgIuAAACCgZndGUAAAAAAABAj0AIMTAwMAAAAAHiAmBjaGVja2luZ19hbW91bnRgIGlzIHt2YWx1ZX0gd29uOiB0aGUgdGVzdCBjaGFyZ2UgaXMgYSBjYXJkIGFwcHJvdmFsLCBhbmQgS0NQJ3MgbWluaW11bSBjYXJkIHBheW1lbnQgaXMgMSwwMDAgd29uLCBzbyB0aGUgY2FyZCBjaGVjayBmYWlscyAodXNlIDAgZm9yIG5vIGNoZWNrLCBvciAxLDAwMCBvciBtb3JlKd4DYGNoZWNraW5nX2Ftb3VudGDqsIAge3ZhbHVlfeybkOyeheuLiOuLpC4g7YWM7Iqk7Yq4IOyKueyduOuPhCDsubTrk5wg6rKw7KCc7J2066mwIEtDUCDsi6DsmqnsubTrk5wg6rKw7KCc7J2YIOy1nOyGjCDquIjslaHsnYAgMSwwMDDsm5DsnbTrr4DroZwg7Lm065OcIO2ZleyduOydtCDsi6TtjKjtlanri4jri6QgKO2ZleyduO2VmOyngCDslYrsnLzroKTrqbQgMCwg7ZmV7J247ZWY66Ck66m0IDEsMDAw7JuQIOydtOyDgSkBTHRoZSB0ZXN0IGNoYXJnZSBpcyBhIEtSVyBjYXJkIGFwcHJvdmFsYu2FjOyKpO2KuCDsirnsnbjsnYAg7JuQ7ZmUIOy5tOuTnCDqsrDsoJzsnoXri4jri6QAygVgY2hlY2tpbmdfYW1vdW50YCBhcHByb3ZlcyBhIGNoYXJnZSBvZiB0aGF0IGFtb3VudCBvbiB0aGUgbmV3IGNhcmQgYW5kIGNhbmNlbHMgaXQgYXQgb25jZSAodjEgUkVTVCBzY2hlbWEpLiBPbiBLQ1AgdGhhdCBhcHByb3ZhbCBpcyBhIGNhcmQgcGF5bWVudCwgYW5kIEtDUCdzIHJlc3VsdCBjb2RlIDkwMTAgcmVmdXNlcyBjYXJkIHBheW1lbnRzIGJlbG93IDEsMDAwIHdvbi4gUG9ydE9uZSdzIFBIUCBjbGllbnQgZXhhbXBsZSBzZW5kcyAxMDAsIHdoaWNoIG1lcmNoYW50cyBjb3B5LiBBIHdhcm5pbmcsIGFzIGBhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtYCBpcy4gMCAobm8gdGVzdCBjaGFyZ2UpIGlzIG5vdCByZXBvcnRlZC66B2BjaGVja2luZ19hbW91bnRg64qUIOyDiCDsubTrk5zsl5Ag6re4IOq4iOyVoeydhCDsirnsnbjtlZwg65KkIOuwlOuhnCDst6jshoztlanri4jri6QodjEgUkVTVCBBUEkg7Iqk7YKk66eIKS4gS0NQ7JeQ7IScIOydtCDsirnsnbjsnYAg7Iug7Jqp7Lm065OcIOqysOygnOydtOupsCwgS0NQ64qUIDEsMDAw7JuQIOuvuOunjOydmCDsi6DsmqnsubTrk5wg6rKw7KCc66W8IOqysOqzvCDsvZTrk5wgOTAxMOycvOuhnCDqsbDsoIjtlanri4jri6QuIO2PrO2KuOybkCBQSFAg7YG065287J207Ja47Yq4IOyYiOygnOuKlCAxMDDsnYQg67O064K06rOgLCDqs6DqsJ3sgqzripQg7J2066W8IOq3uOuMgOuhnCDrs7Xsgqztlanri4jri6QuIGBhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtYOqzvCDrp4jssKzqsIDsp4DroZwg6rK96rOg7J6F64uI64ukLiAwKO2FjOyKpO2KuCDsirnsnbgg7JeG7J2MKeydgCDrs7Tqs6DtlZjsp4Ag7JWK7Iq164uI64ukLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnLTM/dj12MQEWS0NQLUFNVC0wMDQAAQDg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbPQmCiJzY2hlZHVsZXMtaW1wLXVpZD5gaW1wX3VpZGAgaW4gYSBzY2hlZHVsZWQgY2hhcmdlLuyYiOyVvSDqsbTsnZggYGltcF91aWRgDndhcm5pbmcBAQIacmVzdC1zY2hlZHVsZQACAgIoc2NoZWR1bGVzWypdLmltcF91aWQABgASc2NoZWR1bGVzAAQADmltcF91aWTMAQAAAAGeAmBpbXBfdWlkYCBpcyBub3QgYSBwYXJhbWV0ZXIgb2YgYSBzY2hlZHVsZWQgY2hhcmdlOiBQb3J0T25lIGFzc2lnbnMgaXQgd2hlbiB0aGUgY2hhcmdlIHJ1bnM7IGlkZW50aWZ5IGVhY2ggc2NoZWR1bGVkIGNoYXJnZSB3aXRoIGBtZXJjaGFudF91aWRg0AJgaW1wX3VpZGDripQg7JiI7JW9IOqxtOydmCDtjIzrnbzrr7jthLDqsIAg7JWE64uZ64uI64ukLiBgaW1wX3VpZGDripQg6rKw7KCc6rCAIOyLpO2WieuQoCDrlYwg7Y+s7Yq47JuQ7J20IOu2gOyXrO2VmOupsCwg7JiI7JW9IOqxtOydgCBgbWVyY2hhbnRfdWlkYOuhnCDqtazrtoTtlanri4jri6QAAIYDU2NoZWR1bGVBbm5vdGF0aW9uIGhhcyBubyBgaW1wX3VpZGA6IGl0IGFwcGVhcnMgb25seSBpbiByZXNwb25zZXMgKHNjaGVkdWxlIGxvb2t1cHMpLiBTZW50IGluIGEgcmVxdWVzdCBpdCBpcyBpZ25vcmVkLCBhbmQgYW4gaXRlbSB0aGF0IHJlbGllcyBvbiBpdCBmb3IgaWRlbnRpdHkgdXN1YWxseSBsYWNrcyBpdHMgYG1lcmNoYW50X3VpZGAu5ANTY2hlZHVsZUFubm90YXRpb27sl5DripQgYGltcF91aWRg6rCAIOyXhuyKteuLiOuLpC4gYGltcF91aWRg64qUIOydkeuLtSjsmIjslb0g7KGw7ZqMKeyXkOunjCDrgpjsmLXri4jri6QuIOyalOyyreyXkCDrhKPsnLzrqbQg66y07Iuc65CY66mwLCBgaW1wX3VpZGDroZwg7JiI7JW9IOqxtOydhCDqtazrtoTtlZjroKTripQg7ZWt66qp7JeQ64qUIOuMgOqwnCBgbWVyY2hhbnRfdWlkYOqwgCDruaDsoLgg7J6I7Iq164uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEAAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMJwoB8AhlcnJvciAgID0gUG9ydE9uZSBvciBLQ1Agd2lsbCByZWplY3QgdGhlIHJlcXVlc3QsIG9yIHNpbGVudGx5IGRvIHRoZSB3cm9uZyB0aGluZyB3aXRoIGl0Lgp3YXJuaW5nID0gdmVyeSBsaWtlbHkgYSBidWcsIGRlcHJlY2F0ZWQsIG9yIG5vdCBkb2N1bWVudGVkIGZvciBLQ1AuCmluZm8gICAgPSBhZHZpY2U6IHRoZSByZXF1ZXN0IHdvcmtzLCBidXQgc29tZXRoaW5nIGlzIHdvcnRoIGtub3dpbmcuCkEgcGF5bG9hZCB0aGF0IGZvbGxvd3MgUG9ydE9uZSdzIGRvY3VtZW50YXRpb24gZHJhd3Mgbm8gZXJyb3IgYW5kIG5vIHdhcm5pbmcgZnJvbSBhIHJ1bGUgdGhhdCB0aGUKZG9jdW1lbnRhdGlvbiBkb2VzIG5vdCBzdXBwb3J0LiBXaGVyZSBzb3VyY2VzIGRpc2FncmVlLCB0aGUgcnVsZSdzIHJhdGlvbmFsZSBzYXlzIHdoaWNoIG9uZSB3aW5zCihvcmRlcjogdGhlIGN1cnJlbnQgS0NQIHBhZ2UsIHRoZSB2MSBPcGVuQVBJIHNjaGVtYSwgdGhlIFNESyBwYXJhbWV0ZXIgcmVmZXJlbmNlLCBvdGhlciBQb3J0T25lCnBhZ2VzLCBQb3J0T25lJ3MgU0RLIHdyYXBwZXJzLCB0aGUgbGVnYWN5IG1hbnVhbCkuCgZrY3Aca2NwLXNkay1maWVsZHMaa2NwLXNkay1ydWxlcx5rY3AtcmVzdC1maWVsZHMca2NwLXJlc3QtcnVsZXMQFHJlc3QtYnV5ZXIScmVzdC1jYXJkJnJlc3QtY2hhcmdlLW9wdGlvbnMUcmVzdC1vcmRlciJzZGstYmlsbGluZy1leHRyYRBzZGstY2FyZBRzZGstY29tbW9uInNkay1wYXltZW50LWV4dHJhChRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlChRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAKFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YwoWY2FyZF9udW1iZXICAUJDYXJkIG51bWJlciAoZGRkZC1kZGRkLWRkZGQtZGRkZClE7Lm065Oc67KI7Zi4IChkZGRkLWRkZGQtZGRkZC1kZGRkKQAAAAAAAAAAAAAAAQAAAAEGcGFuAAxleHBpcnkCASpDYXJkIGV4cGlyeSAoWVlZWS1NTSk67Lm065OcIOycoO2aqOq4sOqwhCAoWVlZWS1NTSkAAAAAAAAAAAAAAAEAAAABCGZ1bGwACmJpcnRoAgGOAURhdGUgb2YgYmlydGggWVlNTURELCBvciBhIDEwLWRpZ2l0IGJ1c2luZXNzIG51bWJlciBmb3IgY29ycG9yYXRlIGNhcmRzmAHsg53rhYTsm5TsnbwgNuyekOumrCAo67KV7J247Lm065Oc7J2YIOqyveyasCDsgqzsl4XsnpDrk7HroZ3rsojtmLggMTDsnpDrpqwpAAAAAAAAAAAAAAABAAAAAQhmdWxsABRwd2RfMmRpZ2l0AgFGRmlyc3QgMiBkaWdpdHMgb2YgdGhlIGNhcmQgcGFzc3dvcmQ87Lm065Oc67mE67CA67KI7Zi4IOyVniAy7J6Q66asAAAAAAAAAAAAAAABAAAAAQhmdWxsAAZjdmMCAVJDYXJkIHZlcmlmaWNhdGlvbiBjb2RlIChQYXltZW50d2FsbCBvbmx5KVjsubTrk5wg7J247Kad67KI7Zi4ICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAYEHRheF9mcmVlFHZhdF9hbW91bnQQY3VycmVuY3kUY2FyZF9xdW90YRZjdXN0b21fZGF0YRRub3RpY2VfdXJsFGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50HHVzZV9jYXJkX3BvaW50GHByb2R1Y3RfdHlwZRgQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQk66m07IS46rO16riJ6rCA7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKUDrtoDqsIDshLgg6riI7JWhIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAAFGNhcmRfcXVvdGEEAUJJbnN0YWxsbWVudCBtb250aHMgKDAgPSBsdW1wIHN1bSlM7Lm065OcIO2VoOu2gOqwnOyblOyImCAoMCA9IOydvOyLnOu2iCkAAAAAAAAAAAAAAAEAAAAAABZjdXN0b21fZGF0Yf4BAWZDdXN0b20gZGF0YSBzdG9yZWQgd2l0aCB0aGUgcGF5bWVudCAoYSBKU09OIHN0cmluZyl+6rKw7KCc7KCV67O07JmAIO2VqOq7mCDsoIDsnqXtlaAg7LaU6rCAIOygleuztCAoSlNPTiDrrLjsnpDsl7QpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybAIBXFdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgKGFuIGFic29sdXRlIFVSTCl26rKw7KCcIOqysOqzvOulvCDthrXsp4DrsJvsnYQgTm90aWZpY2F0aW9uIFVSTChXZWJob29rIFVSTCkAAAAAAAAAAAAAAAEAAAAAABRicm93c2VyX2lwAgEgQnV5ZXIgYnJvd3NlciBJUDLqtazrp6TsnpAg67iM65287Jqw7KCAIElQAAAAAAAAAAAAAAABAAAAAAAMYnlwYXNzIgFOUEctc3BlY2lmaWMgcGFyYW1ldGVycyBhcyBhIEpTT04gc3RyaW5nXEpTT04g66y47J6Q7Je0IO2YleyLneydmCBQR+yCrOuzhCDtjIzrnbzrr7jthLAAAAAAAAAAAAAAAAEAAAAAABhwcm9tb3Rpb25faWQCAT5Qcm9tb3Rpb24gaWQgKHByb21vdGlvbi1pZC3igKYpYO2UhOuhnOuqqOyFmCDslYTsnbTrlJQgKHByb21vdGlvbi1pZC3roZwg7Iuc7J6RKQAAAAAAAAAAAAAAAQAAAAAAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKXDqs6DqsJ3sgqwg67aA64u0IOustOydtOyekCDtlaDrtoAg7Jes67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAHHVzZV9jYXJkX3BvaW50EAE8UGF5IHdpdGggY2FyZCBwb2ludHMgKG5vdCBLQ1ApYuy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABhwcm9kdWN0X3R5cGUCAUxSZWFsIG9yIGRpZ2l0YWwgZ29vZHMgKEtTTkVULCBub3QgS0NQKWTso7zrrLgg7IOB7ZKIIOq1rOu2hCAoS1NORVQg7KCE7JqpLCBLQ1Ag66+47KeA7JuQKQEEBghyZWFsBg5kaWdpdGFsAAAAAAAAAAAAAAEAAAAAAAYYbWVyY2hhbnRfdWlkDGFtb3VudAhuYW1lBhhtZXJjaGFudF91aWQCAVJNZXJjaGFudCBvcmRlciBudW1iZXIgKHVuaXF1ZSBwZXIgY2hhcmdlKTzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEAAAAAAAxhbW91bnQIASxBbW91bnQgdG8gY2hhcmdlIChLUlcpGOqysOygnOq4iOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAIbmFtZQIBFE9yZGVyIG5hbWUS7KO866y466qFAAAAAQABUAAAAAAAAAABAAAAAAAMDGFtb3VudBhjdXN0b21lcl91aWQMZXNjcm93EHRheF9mcmVlFHZhdF9hbW91bnQMYnlwYXNzDAxhbW91bnQIAVBBbW91bnQgc2hvd24gaW4gdGhlIHdpbmRvdyAobm90IGNoYXJnZWQpZuqysOygnOywveyXkCDtkZzsi5zrkKAg6riI7JWhICjsirnsnbjrkJjsp4Ag7JWK7J2MKQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAYY3VzdG9tZXJfdWlkAgFKQmlsbGluZyBrZXkgaWQgY2hvc2VuIGJ5IHRoZSBtZXJjaGFudEztj6ztirjsm5Ag67mM66eB7YKkICjqs6DqsJ3sgqwg7KCV7J2YKQAAAAEAAaABAAAAAAAAAAEBAAAAAAxlc2Nyb3cQAVZFc2Nyb3cgcGF5bWVudCAobm8gZWZmZWN0IG9uIGEgYmlsbGluZyBrZXkpggHsl5DsiqTtgazroZwg6rKw7KCcIOyXrOu2gCAo67mM66eB7YKkIOuwnOq4ieyXkOuKlCDtmqjqs7wg7JeG7J2MKQAAAAAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAFaVGF4LWZyZWUgcG9ydGlvbiAobm8gZWZmZWN0IG9uIGEgYmlsbGluZyBrZXkpZuuptOyEuOq4iOyVoSAo67mM66eB7YKkIOuwnOq4ieyXkOuKlCDtmqjqs7wg7JeG7J2MKQAAAAAAAAAAAAAAAQAAAAAAFHZhdF9hbW91bnSIAQFCVkFUIGFtb3VudCAobm90IHN1cHBvcnRlZCBieSBLQ1ApMuu2gOqwgOyEuCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAxieXBhc3MgAS5LQ1Atc3BlY2lmaWMgcGFyYW1ldGVycy5LQ1Ag7KCE7JqpIO2MjOudvOuvuO2EsAAAAAAAAAAAAAQSc2l0ZV9sb2dvJGJhdGNoX2JpcnRoX2RheV95bgQSc2l0ZV9sb2dvAgEaTG9nbyBVUkwgKFBDKTLqsrDsoJzssL0g66Gc6rOgIFVSTCAoUEMpAAAAAAAAAAAAAAABAAAAAAAkYmF0Y2hfYmlydGhfZGF5X3luAgFEQWx3YXlzIHNob3cgdGhlIGJpcnRoLWRhdGUgYm94IChZKVbsg53rhYTsm5Tsnbwg7J6F66Cl67CV7IqkIO2VreyDgSDtkZzsi5wgKFkpAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACCGNhcmQCCGNhcmQgARhDYXJkIG9wdGlvbnM27Lm065OcIOqysOygnCDshLjrtoAg7ISk7KCVAAAAAAAAAAAABAxkaXJlY3QMZGV0YWlsBAxkaXJlY3QgATBDYXJkIGNvbXBhbnkgZGlyZWN0IGNhbGxI7Lm065Oc7IKsIOuLpOydtOugie2KuCDtmLjstpwg7KCV67O0AAAAAAAAAAAABAhjb2RlCnF1b3RhBAhjb2RlAgEiQ2FyZCBjb21wYW55IGNvZGUg7Lm065Oc7IKsIOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAACnF1b3RhBAFcRml4ZWQgaW5zdGFsbG1lbnQgbW9udGhzICgrIGNhcmQtcG9pbnQgb2Zmc2V0KXzqs6DsoJUg7ZWg67aA6rCc7JuU7IiYICjsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsi5wg6rCA7IKwKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGRldGFpbEABRENhcmQgY29tcGFuaWVzIHNob3duIGluIHRoZSB3aW5kb3c07Lm065Oc7IKsIOugjOuNlOungSDsoJXrs7QAAAAAAAAAAAEQZGV0YWlsW10gAAAAAAAAAAAAAAYSY2FyZF9jb2RlDmVuYWJsZWQSbWF4X21vbnRoBhJjYXJkX2NvZGUCASxDYXJkIGNvbXBhbnkgY29kZSBvciAqMuy5tOuTnOyCrCDsvZTrk5wg65iQ64qUICoAAAAAAAAAAAAAAAEAAAAAAA5lbmFibGVkEAEYU2hvd24gb3Igbm90IOugjOuNlOungSDsl6zrtoAAAAAAAAAAAAAAAAEAAAAAABJtYXhfbW9udGgEAVhNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgbW9udGhzIChub3QgS0NQKXDsg4HsoJAg67aA64u0IOustOydtOyekCDstZzrjIAg6rCc7JuU7IiYIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAoFGNoYW5uZWxLZXkEcGcUcGF5X21ldGhvZBhtZXJjaGFudF91aWQIbmFtZRBjdXJyZW5jeRRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlHG1fcmVkaXJlY3RfdXJsFGFwcF9zY2hlbWUUbm90aWNlX3VybBZjb25maXJtX3VybBZjdXN0b21fZGF0YRBsYW5ndWFnZQ5jb21wYW55DmRpZ2l0YWwKcG9wdXAoFGNoYW5uZWxLZXkCARZDaGFubmVsIGtleRLssYTrhJDtgqQAAAAAAAAAAAAAAAEAAAAAAARwZwIBKFBHIGNvZGUgKGRlcHJlY2F0ZWQpUlBH7IKsIOq1rOu2hOy9lOuTnCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGoAnVwZ3JhZGUgdG8gdGhlIGxhdGVzdCBKYXZhU2NyaXB0IFNESyBhbmQgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxLZXlgIChQb3J0T25lIGNvbnNvbGU6IEludGVncmF0aW9uID4gSW50ZWdyYXRpb24gaW5mbyA+IENoYW5uZWwgbWFuYWdlbWVudCnkAkpTIFNES+ulvCDstZzsi6Ag67KE7KCE7Jy866GcIOyXheq3uOugiOydtOuTnO2VnCDtm4QgYGNoYW5uZWxLZXlgIO2MjOudvOuvuO2EsOuhnCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUICjtj6ztirjsm5Ag7L2Y7IaUIFvqsrDsoJwg7Jew64+ZXSA+IFvsl7Drj5kg7KCV67O0XSA+IFvssYTrhJAg6rSA66asXSkBFGNoYW5uZWxLZXkAABRwYXlfbWV0aG9kAgEmUGF5bWVudCBtZXRob2QgY29kZTLqsrDsoJzsiJjri6gg6rWs67aE7L2U65OcAAAAAAAAAAAAAAABAAAAAAAYbWVyY2hhbnRfdWlkAgEqTWVyY2hhbnQgb3JkZXIgbnVtYmVyPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQEAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEQQ3VycmVuY3ky6rKw7KCc7Ya17ZmUIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAFGJ1eWVyX25hbWUCARRCdXllciBuYW1lIOq1rOunpOyekCDsnbTrpoQAAAAAAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbCbqtazrp6TsnpAg7J2066mU7J28AAAAAAAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyJuq1rOunpOyekCDsl7Drnb3sspgAAAAAAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDqtazrp6TsnpAg7KO87IaMAAAAAAAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzqtazrp6TsnpAg7Jqw7Y6467KI7Zi4AAAAAAAAAAAAAAABAAAAAAAcbV9yZWRpcmVjdF91cmwCAUZSZWRpcmVjdCBVUkwgYWZ0ZXIgYSBtb2JpbGUgcGF5bWVudF7rqqjrsJTsnbwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWY65CgIFVSTAABBnVybAAAAAAAAAAAAAEAAAAAABRhcHBfc2NoZW1lAgEwQXBwIFVSTCBzY2hlbWUgKFdlYlZpZXcpROyVsSDrs7Xqt4DsmqkgVVJMIHNjaGVtZSAoV2ViVmlldykAAAAAAAAAAAAAAAEAAAAAABRub3RpY2VfdXJsQgE+V2ViaG9vayBVUkwocykgZm9yIHRoaXMgcGF5bWVudCLsm7ntm4Ug7IiY7IugIFVSTAAAAAAAAAAAARhub3RpY2VfdXJsW10CAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAWY29uZmlybV91cmwCATBDb25maXJtLXByb2Nlc3MgZW5kcG9pbnRGY29uZmlybSBwcm9jZXNzIOyXlOuTnO2PrOyduO2KuCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQEyTWVyY2hhbnQgZGF0YSBlY2hvZWQgYmFjazTsgqzsmqnsnpAg7KCV7J2YIOuNsOydtO2EsAAAAAAAAAAAAAAAAQAAAAAAEGxhbmd1YWdlAgEuUGF5bWVudCB3aW5kb3cgbGFuZ3VhZ2Ug6rKw7KCc7LC9IOyWuOyWtAEEBgRrbwYEZW4AAAAAAAAAAAAAAQAAAAABDndhcm5pbmcOY29tcGFueQIBQk1lcmNoYW50IG5hbWUgc2hvd24gaW4gdGhlIHdpbmRvd0DqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOyDge2YuOuqhQAAAAAAAAAAAAAAAQAAAAAADmRpZ2l0YWwQATxEaWdpdGFsIGdvb2RzIChwaG9uZSBwYXltZW50cylg65SU7KeA7YS4IOyDge2SiCDsl6zrtoAgKO2ctOuMgO2PsCDshozslaHqsrDsoJwpAAAAAAAAAAAAAAABAAAAAAAKcG9wdXAQATRPcGVuIHRoZSB3aW5kb3cgYXMgYSBwb3B1cDztjJ3sl4Ug67Cp7IudIOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAACIMYW1vdW50DGVzY3JvdxZrY3BQcm9kdWN0cxBwcm9kdWN0cxB0YXhfZnJlZRR2YXRfYW1vdW50BnZhdBJ2YmFua19kdWUOZGlzcGxheQ5hcHBDYXJkEmF1dGhfbW9kZQ5wcmVmaWxsDGJ5cGFzcw5iaXpfbnVtLnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsDHBlcmlvZBhuaWNlTW9iaWxlVjIiDGFtb3VudAgBGEFtb3VudCAoS1JXKRjqsrDsoJzquIjslaEAAAAAAAEAAAAAAAAAAAAAAAAAAQEAAAAADGVzY3JvdxABHEVzY3JvdyBwYXltZW50NOyXkOyKpO2BrOuhnCDqsrDsoJwg7Jes67aAAAAAAAAAAAAAAAABAAAAAAAWa2NwUHJvZHVjdHNAASpLQ1AgZXNjcm93IGNhcnQgaXRlbXNWS0NQIOyXkOyKpO2BrOuhnCDsnqXrsJTqtazri4gg7IOB7ZKIIOygleuztAAAAAAAAAAAARprY3BQcm9kdWN0c1tdIAAAAAAAAAAAAAAIFm9yZGVyTnVtYmVyCG5hbWUQcXVhbnRpdHkMYW1vdW50CBZvcmRlck51bWJlcgIBIkl0ZW0gb3JkZXIgbnVtYmVyJOyDge2SiOyjvOusuOuyiO2YuAAAAAAAAAAAAAAAAQEAAAAACG5hbWUCARJJdGVtIG5hbWUS7IOB7ZKI66qFAAAAAAAAAAAAAAABAQAAAAAQcXVhbnRpdHkEARBRdWFudGl0eQzsiJjrn4kAAAAAAAAAAAAAAAEBAAAAAAxhbW91bnQEARRJdGVtIHByaWNlGuyDge2SiCDqsIDqsqkAAAAAAAAAAAAAAAEBAAAAAAAAAAAAAAAAAQAAAAAAEHByb2R1Y3RzQAFIVG9zcyBQYXltZW50cyBlc2Nyb3cgaXRlbXMgKG5vdCBLQ1Apeu2GoOyKpO2OmOydtOuovOy4oCDsl5DsiqTtgazroZwg7IOB7ZKIIOygleuztCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAEUcHJvZHVjdHNbXSAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAABB0YXhfZnJlZQgBPFRheC1mcmVlIHBvcnRpb24gb2YgdGhlIGFtb3VudBjrqbTshLjquIjslaEAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKTLrtoDqsIDshLggKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAGdmF0CAEgVkFUIChkZXByZWNhdGVkKUDrtoDqsIDshLggKOyngOybkCDspJHri6gg7JiI7KCVKQAAAAAAAAAAAAAAAQABfnVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIGNvbXB1dGVkIGFzIChhbW91bnQgLSB0YXhfZnJlZSkgLyAxMa4BYHRheF9mcmVlYOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAEnZiYW5rX2R1ZQIBQFZpcnR1YWwgYWNjb3VudCBkZXBvc2l0IGRlYWRsaW5lMuqwgOyDgeqzhOyijCDsnoXquIjquLDtlZwAAAAAAAAAAAAAAAEAAAAAAA5kaXNwbGF5IAEsV2luZG93IGRpc3BsYXkgb3B0aW9uczTqsrDsoJzssL0g66CM642U66eBIOyEpOyglQAAAAAAAAAAAAIUY2FyZF9xdW90YQIUY2FyZF9xdW90YUABhAFJbnN0YWxsbWVudCBtb250aHMgb2ZmZXJlZCAoS0NQOiB0aGUgbGFyZ2VzdCB2YWx1ZSBpcyB0aGUgY2VpbGluZyly7ZWg67aA6rCc7JuU7IiYIChLQ1A6IOqwgOyepSDtgbAg6rCS6rmM7KeAIOyEoO2DnSDqsIDriqUpAAAAAAAAAAABGGNhcmRfcXVvdGFbXQQAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAA5hcHBDYXJkEAEqQXBwLWNhcmQgcGF5bWVudCBvbmx5OuyVsey5tOuTnCDqsrDsoJzrp4wg7Zmc7ISx7ZmUAAAAAAAAAAAAAAABAAAAAAASYXV0aF9tb2RlAgEaS2V5LWluIHdpbmRvdy7tgqTsnbgg6rKw7KCc7LC9IO2YuOy2nAAAAAAAAAAAAAAAAQAAAAAADnByZWZpbGwgASBQcmVmaWxsZWQgdmFsdWVzIuuvuOumrCDssYTsmrgg6rCSAAAAAAAAAAAAAhZwaG9uZU51bWJlcgIWcGhvbmVOdW1iZXICAUpGaXhlZCBwaG9uZSBudW1iZXIgZm9yIHBob25lIHBheW1lbnRzau2ctOuMgO2PsCDshozslaHqsrDsoJwg7IucIOqzoOygle2VoCDtnLTrjIDtj7Ag67KI7Zi4AAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMYnlwYXNzIAEuS0NQLXNwZWNpZmljIHBhcmFtZXRlcnMuS0NQIOyghOyaqSDtjIzrnbzrr7jthLAAAAAAAAAAAAAOGHNob3BfdXNlcl9pZB5jb3Vwb25fYXBwbHlfeW4Sc2tpbl9pbmR4EnNpdGVfbG9nbxxjb21wbGV4X3BudF95bhpwdF9tZW1jb3JwX2NkEGFwcF9mbGFnDhhzaG9wX3VzZXJfaWQCAVpNZXJjaGFudCBtZW1iZXIgSUQgKGdpZnQgY2VydGlmaWNhdGVzLCBwaG9uZSl86rOg6rCd7IKsIO2ajOybkCBJRCAo7IOB7ZKI6raMLCDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIO2VhOyImCkAAAAAAAAAAAAAAAEAAAAAAB5jb3Vwb25fYXBwbHlfeW4CATREaXNjb3VudC1jb3Vwb24gYXJlYSAoWS9OKVrqsrDsoJzssL0g7ZWg7J247L+g7Y+wIOyYgeyXrSDtmZzshLHtmZQgKFkvTikAAAAAAAAAAAAAAAEAAAAAABJza2luX2luZHgGASxXaW5kb3cgc2tpbiAoMS0xMSwgUEMpNuqysOygnOywvSDsiqTtgqggKDF+MTEsIFBDKQAAAAAAAAAAAAAAAQAAAAAAEnNpdGVfbG9nbwIBGkxvZ28gVVJMIChQQyky6rKw7KCc7LC9IOuhnOqzoCBVUkwgKFBDKQAAAAAAAAAAAAAAAQAAAAAAHGNvbXBsZXhfcG50X3luAgFOUG9pbnRzIHdpdGggY2FyZCAoWSkgb3IgcG9pbnRzIG9ubHkgKE4pRu2PrOyduO2KuCDrs7XtlanqsrDsoJwg7Jes67aAIChZL04pAAAAAAAAAAAAAAABAAAAAAAacHRfbWVtY29ycF9jZAIBNkJlbmVwaWEgbWVtYmVyLWNvbXBhbnkgY29kZTrrsqDrhKTtlLzslYQg6rOg6rCd7IKsIOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAEGFwcF9mbGFnAgFES0IgY2FyZCBhcHAgKFkpLCBJU1AgKE4pLCBib3RoIChTKVhLQuq1reuvvOy5tOuTnCDslbHsubTrk5woWSkvSVNQKE4pL+uqqOuRkChTKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADmJpel9udW0CAVJCdXNpbmVzcyByZWdpc3RyYXRpb24gbnVtYmVyIChEYW5hbCBvbmx5KUrsgqzsl4XsnpDrk7HroZ3rsojtmLggKOuLpOuCoCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAAAudXNlRnJlZUludGVyZXN0RnJvbU1hbGwQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKVzsg4HsoJAg67aA64u0IOustOydtOyekCDtlaDrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAMcGVyaW9kIAEwU2VydmljZSBwZXJpb2QgKG5vdCBLQ1ApTOyEnOu5hOyKpCDsoJzqs7XquLDqsIQgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAYbmljZU1vYmlsZVYyEAFATklDRSBuZXcgbW9iaWxlIHdpbmRvdyAobm90IEtDUCl064KY7J207Iqk7Y6Y7J20IOyLoOq3nCDrqqjrsJTsnbwg6rKw7KCc7LC9IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50DAoEAgAGCNwCMmFtb3VudC1iZWxvdy1jYXJkLW1pbmltdW0uYW1vdW50LWZvcm1hdHRlZC1zdHJpbmccYW1vdW50LW1pc3NpbmckYW1vdW50LW5vdC1pbnRlZ2VyGmFtb3VudC1vYmplY3QWYW1vdW50LXplcm86YXBwLWNhcmQtd2l0aC1ub24tY2FyZC1tZXRob2QyYXBwLXNjaGVtZS1taXNzaW5nLWluLWFwcC5hcHAtc2NoZW1lLXNhbXBsZS12YWx1ZSBhdXRoLW1vZGUta2V5LWluHGJhc2VsaW5lLXN0YWxlNmJpbGxpbmctYW1vdW50LWRpc3BsYXktb25seTRiaWxsaW5nLWtleS1lc2Nyb3ctaWdub3JlZC5iaWxsaW5nLXBheS1tZXRob2QtY2FyZBhiaXJ0aC1mb3JtYXQaYmlydGgtbWlzc2luZzZib29sZWFuLWZpZWxkcy1qc29uLWJvb2xlYW4kYnV5ZXItZW1haWwtZm9ybWF0IGJ1eWVyLXRlbC1mb3JtYXQqYnlwYXNzLWFwcC1mbGFnLXZhbHVlQmJ5cGFzcy1hcHAtZmxhZy13aXRob3V0LWtiLWRpcmVjdExieXBhc3MtYmF0Y2gtYmlydGgtZGF5LW91dHNpZGUtYmlsbGluZzhieXBhc3MtYmF0Y2gtYmlydGgtZGF5LXZhbHVlNmJ5cGFzcy1jb21wbGV4LXBudC15bi12YWx1ZThieXBhc3MtY291cG9uLWFwcGx5LXluLXZhbHVlOmJ5cGFzcy1jb3Vwb24tbmVlZHMtYWdyZWVtZW50KGJ5cGFzcy1zaXRlLWxvZ28tdXJsMGJ5cGFzcy1za2luLWluZHgtbnVtZXJpYyxieXBhc3Mtc2tpbi1pbmR4LXJhbmdlLGNhcmQtY29kZS1zYXZpbmdzLWJhbmsgY2FyZC1kZXRhaWwtY29kZTZjYXJkLWRldGFpbC1ub3RoaW5nLWVuYWJsZWQsY2FyZC1kaXJlY3QtYW5kLWRldGFpbDZjYXJkLWRpcmVjdC1iYXNlLW1vbnRocy1vbmUuY2FyZC1kaXJlY3QtYmlsbGluZy1rZXkgY2FyZC1kaXJlY3QtY29kZUBjYXJkLWRpcmVjdC1oeXVuZGFpLXBvaW50LW9mZnNldD5jYXJkLWRpcmVjdC1pbnN0YWxsbWVudC1taW5pbXVtNGNhcmQtZGlyZWN0LW5vdC1rY3AtbGlzdGVkNmNhcmQtZGlyZWN0LXBvaW50LW9mZnNldC04MEpjYXJkLWRpcmVjdC1wb2ludC1vZmZzZXQtdW5kb2N1bWVudGVkLGNhcmQtZGlyZWN0LXF1b3RhLXR5cGVOY2FyZC1tZXJjaGFudC1pbnRlcmVzdC1mcmVlLXVuc3VwcG9ydGVkJGNhcmQtbnVtYmVyLWxheW91dCRjYXJkLW51bWJlci1sZW5ndGggY2FyZC1udW1iZXItbHVobiZjYXJkLW51bWJlci1taXNzaW5nSGNhcmQtcXVvdGEtYmVsb3ctaW5zdGFsbG1lbnQtbWluaW11bSRjYXJkLXF1b3RhLWludmFsaWQkY2hhbm5lbC1rZXktYW5kLXBnJGNoYW5uZWwta2V5LWZvcm1hdC5jaGFubmVsLWtleS1wbGFjZWhvbGRlch5jaGFubmVsLW1pc3NpbmdEY2hlY2tpbmctYW1vdW50LWJlbG93LWNhcmQtbWluaW11bS5jaGVja2luZy1hbW91bnQtaW52YWxpZDBjb21wYW55LXdpdGgtY2FyZC1kaXJlY3Q4Y29uZmlybS11cmwtbmVlZHMtYWN0aXZhdGlvbixjdXJyZW5jeS1jb2RlLXNwZWxsaW5nLGN1cnJlbmN5LW5vdC1zdXBwb3J0ZWQqY3VycmVuY3ktdXNkLW5vbi1jYXJkLGN1c3RvbS1kYXRhLW5vdC1zdHJpbmcuY3VzdG9tZXItdWlkLWRvYy1zYW1wbGUoY3VzdG9tZXItdWlkLWluLWJvZHkoY3VzdG9tZXItdWlkLW1pc3NpbmdMY3VzdG9tZXItdWlkLW9uZXRpbWUtc2F2ZXMtYmlsbGluZy1rZXkqZGlhZ25vc3RpY3MtdHJ1bmNhdGVkQmRpc3BsYXktcXVvdGEtaW5zdGFsbG1lbnQtbWluaW11bTZkaXNwbGF5LXF1b3RhLWludGVnZXItYXJyYXksZGlzcGxheS1xdW90YS1tYXgtb25seTxlc2Nyb3ctcHJvZHVjdHMtd2l0aG91dC1lc2Nyb3c0ZXNjcm93LXByb2R1Y3RzLXdyb25nLW5hbWUuZXNjcm93LXdpdGhvdXQtcHJvZHVjdHMaZXhwaXJ5LWZvcm1hdBxleHBpcnktbWlzc2luZxZleHBpcnktcGFzdCBmaWVsZC1kZXByZWNhdGVkFGZpZWxkLWVudW0YZmllbGQtZm9ybWF0FmZpZWxkLWl0ZW1zGGZpZWxkLWxlbmd0aBZmaWVsZC1yYW5nZRxmaWVsZC1yZXF1aXJlZBRmaWVsZC10eXBlGmZpZWxkLXVua25vd240Z2lmdC1yZXF1aXJlcy1zaG9wLXVzZXItaWQQanNvbi1ib20kanNvbi1kdXBsaWNhdGUta2V5FGpzb24tbGltaXQWanNvbi1zeW50YXg+a2NwLXF1aWNrLWJ5cGFzcy1vbi1rY3AtY2hhbm5lbCxrY3AtcXVpY2stb3V0LW9mLXNjb3BlGGtpbmQtdW5rbm93bihtZXJjaGFudC11aWQtY2hhcnNldC5tZXJjaGFudC11aWQtZG9jLXNhbXBsZThtZXJjaGFudC11aWQtaXMtY3VzdG9tZXItdWlkKG1lcmNoYW50LXVpZC1taXNzaW5nLm1lcmNoYW50LXVpZC1ub3Qtc3RyaW5nGG5hbWUtbWlzc2luZzBuYW1lLW1pc3Npbmctc2RrLXBheW1lbnQmbmFtZS10b28tbWFueS1ieXRlcx5ub3Qta2NwLWdhdGV3YXkgbm90LWtjcC1xdWlja3BheSZub3QtcG9ydG9uZS1yZXF1ZXN0Jm5vdGljZS11cmwtYWJzb2x1dGUgcGF5LW1ldGhvZC1hbGlhczBwYXktbWV0aG9kLWFsaWFzLWJyb2FkZXI2cGF5LW1ldGhvZC1jb25mbGljdGluZy1kb2NzJHBheS1tZXRob2QtbWlzc2luZyRwYXktbWV0aG9kLW5vdC1rY3AocGF5LW1ldGhvZC1yb2NrZXRwYXkacGF5bG9hZC1zaGFwZTxwZy1iaWxsaW5nLWNoYW5uZWwtZm9yLXBheW1lbnQScGctZm9ybWF0JnBnLW1pc3NwZWx0LWdhdGV3YXlEcGctcGF5bWVudC1jaGFubmVsLWZvci1iaWxsaW5nLWtleRxwZy1wbGFjZWhvbGRlcj5wZy1zaXRlLWNvZGUtZnJvbS1vdGhlci1nYXRld2F5JHBnLXNpdGUtY29kZS1zaGFwZSRwZy1zaXRlLWNvZGUtdW5zZXQycGhvbmUtcHJlZmlsbC1kaWdpdHMtb25seTZwaG9uZS1wcmVmaWxsLW1vYmlsZS1udW1iZXIycGhvbmUtcmVxdWlyZXMtYnV5ZXItbmFtZSxwaG9uZS1yZXF1aXJlcy1kaWdpdGFsNnBob25lLXJlcXVpcmVzLXNob3AtdXNlci1pZDZwb2ludC1yZXF1aXJlcy1tZW1jb3JwLWNvZGUkcG9ydG9uZS12Mi1yZXF1ZXN0JnByb21vdGlvbi1pZC1wcmVmaXgicHdkLTJkaWdpdC1mb3JtYXQkcHdkLTJkaWdpdC1taXNzaW5nNHB3ZC0yZGlnaXQtbWlzc2luZy1vbmV0aW1lOHJlZGlyZWN0LXVybC1kb2MtcGxhY2Vob2xkZXIocmVkaXJlY3QtdXJsLW1pc3Npbmc2cmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBwLHJlc3QtYnlwYXNzLW5vdC1zdHJpbmcwcmVzdC1jaGFubmVsLWtleS1taXNzaW5nMHJlc3QtY2hhbm5lbC1rZXktb25ldGltZSxyZXN0LWZpZWxkLW5vdC1mb3Ita2NwKnJlc3Qtbm90aWNlLXVybC1hcnJheThyZXN0LW5vdGljZS11cmwtbm90LWFic29sdXRlHHJlc3QtcGctZm9ybWF0JnJlc3QtcGcta2NwLWJpbGxpbmcmc2NoZWR1bGUtYXQtbWlzc2luZzhzY2hlZHVsZS1hdC1ub3QtdW5peC1zZWNvbmRzIHNjaGVkdWxlLWF0LXBhc3Q+c2NoZWR1bGUtY2FyZC1maWVsZHMtaW5jb21wbGV0ZRpzY2hlZHVsZS1mbGF0KHNjaGVkdWxlcy1hZ2Fpbi1ib2R5MHNjaGVkdWxlcy1hbW91bnQtbWlzc2luZzRzY2hlZHVsZXMtY3VycmVuY3ktbWlzc2luZyJzY2hlZHVsZXMtaW1wLXVpZEBzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLWR1cGxpY2F0ZTxzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLW1pc3Npbmcsc2NoZWR1bGVzLW5hbWUtbWlzc2luZyxzZGstYnV5ZXItZmllbGQtbGVuZ3RoKnNkay1idXllci10ZWwtbWlzc2luZxxzZGstbmFtZS1ieXRlcx5zZGstbmFtZS1sZW5ndGgyc2RrLXBhcmFtcy1pZ25vcmVkLWJ5LWtjcCRzZWNyZXQtY2FyZC1udW1iZXIic2VjcmV0LWNyZWRlbnRpYWwmc3VwcHJlc3Npb24tZXhwaXJlZCRzdXBwcmVzc2lvbi11bnVzZWQ2dGF4LWZyZWUtbmVlZHMta2NwLWNvbnRyYWN0KnRheC1mcmVlLW91dC1vZi1yYW5nZSx0ZXN0LXNpdGUtYW1vdW50LXJhbmdlHnVybC1wbGFjZWhvbGRlcjR1cmwtdW5yZWFjaGFibGUtYnktcG9ydG9uZTB2YXQtYW1vdW50LW5vdC1zdXBwb3J0ZWQcdmF0LWRlcHJlY2F0ZWQgdmJhbmstYnV5ZXItbmFtZSB2YmFuay1kdWUtZm9ybWF0JHZiYW5rLWR1ZS1rY3AtZm9ybSJ2YmFuay1kdWUtbWlzc2luZxx2YmFuay1kdWUtcGFzdNwC/AH0AfAB+AH2AfoBpgHGAcwB1AEkXF5avgLAAnaMAo4CvgHAAbwBugG4Aa4BsAG2AbIBtAGcAZ4BoAGYAZIBpAGIAYwBlAGaAY4BkAGKAaIBtAKyArYCsAKYApoCODw6NtgC1gKWAdIBiAKGAooCogLqAewB6AHuAR6GAYIBhAGoAawBqgG6ArgCvAIcEBIYFBYaDgxyBAIGADQyCuAB4gHmAdoB3gGSApYCkAIqMCzOAVBSVFhOVghAREZCPkpITHBuaGxqdC6kAsICxALGAsoBwgHEAZwCrAKuAqYCoAKeAqoCqALOAtAC0gLIAsoCzALyAdQC2gLkAdwBlAJiYGZk1gEmKCIggAL+AdgByAHQAYIChAKAAXh6fnzOAQxhbW91bnQOYXBwQ2FyZBBhcHBfZmxhZxRhcHBfc2NoZW1lHGFwcGxpY2F0aW9uX2lkEmF1dGhfbW9kZSRiYXRjaF9iaXJ0aF9kYXlfeW4gYmlsbGluZ0tleU1ldGhvZApiaXJ0aA5iaXpfbnVtFGJ1eWVyX2FkZHIWYnV5ZXJfZW1haWwUYnV5ZXJfbmFtZRxidXllcl9wb3N0Y29kZRJidXllcl90ZWwMYnlwYXNzCGNhcmQSY2FyZF9jb2RlFmNhcmRfbnVtYmVyFGNhcmRfcXVvdGEiY2FzaF9yZWNlaXB0X3R5cGUUY2hhbm5lbEtleSBjaGFubmVsX2dyb3VwX2lkFmNoYW5uZWxfa2V5HmNoZWNraW5nX2Ftb3VudAhjb2RlDmNvbXBhbnkcY29tcGxleF9wbnRfeW4WY29uZmlybV91cmweY291cG9uX2FwcGx5X3luEGN1cnJlbmN5FmN1c3RvbV9kYXRhHGN1c3RvbWVyX2VtYWlsFmN1c3RvbWVyX2lkGmN1c3RvbWVyX25hbWUYY3VzdG9tZXJfdGVsGGN1c3RvbWVyX3VpZAZjdmMMZGV0YWlsDmRpZ2l0YWwMZGlyZWN0DmRpc3BsYXkOZW5hYmxlZAxlc2Nyb3ccZXNjcm93UHJvZHVjdHMMZXhwaXJ5CmV4dHJhLGlkZW50aXR5VmVyaWZpY2F0aW9uSWQOaW1wX3VpZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50Dmlzc3VlSWQWa2NwUHJvZHVjdHMQa2NwUXVpY2sQbGFuZ3VhZ2UcbV9yZWRpcmVjdF91cmwSbWF4X21vbnRoGG1lcmNoYW50X3VpZAhuYW1lHm5hdmVyQWN0aW9uVHlwZRhuYXZlckNoYWluSWQmbmF2ZXJDdWx0dXJlQmVuZWZpdBxuYXZlckludGVyZmFjZShuYXZlck1lcmNoYW50VXNlcktleRxuYXZlclBvcHVwTW9kZSBuYXZlclByb2R1Y3RDb2RlGm5hdmVyUHJvZHVjdHMsbmF2ZXJQdXJjaGFzZXJCaXJ0aGRheSRuYXZlclB1cmNoYXNlck5hbWUWbmF2ZXJVc2VDZm0YbmljZU1vYmlsZVYyFG5vdGljZV91cmwSb3JkZXJOYW1lEG9yZGVyX2lkEnBheU1ldGhvZBRwYXlfbWV0aG9kEnBheW1lbnRJZAxwZXJpb2QEcGcWcGhvbmVOdW1iZXIKcG9wdXAOcHJlZmlsbApwcmljZRhwcm9kdWN0X3R5cGUQcHJvZHVjdHMYcHJvbW90aW9uX2lkGnB0X21lbWNvcnBfY2QUcHdkXzJkaWdpdApxdW90YRZzY2hlZHVsZV9hdBJzY2hlZHVsZXMmc2VjdXJlXzNkX2NoYXJnZV9pZB5zZWN1cmVfM2RfdG9rZW4Yc2hvcF91c2VyX2lkEnNpdGVfbG9nbxJza2luX2luZHgOc3RvcmVJZBB0YXhfZnJlZRZ0b3RhbEFtb3VudC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbBx1c2VfY2FyZF9wb2ludAZ2YXQUdmF0X2Ftb3VudBJ2YmFua19kdWXOAQwihgEcODKEAUjIAYoBWFZUWlJOIHQIarYBGMQBwgHKAXAsggE0fGysARS+ARASBLgBZjBuHmgkesYBwAFMzAGwAUomUCoadgpcmgGeAZYBnAGgAZIBmAGUAaQBogGQAY4BiAFCOkYGQIwBFmA2KDy0AXiuAWIOcgIAugG8AV6AAX4+pgFEZLIBqgGoAS4="
}
