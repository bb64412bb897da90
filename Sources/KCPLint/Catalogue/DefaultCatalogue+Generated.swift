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
        포트원이 이 멤버를 지원 중단(deprecated)으로 표시하고 대신 쓸 항목을 안내합니다.
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
        A template string or concatenation turns a variable that was not set into `undefined`
        (JavaScript), `null` (Java, PHP, JavaScript), `None` (Python), `nil` (Ruby, Go templates) or
        `NaN`: `kcp.undefined` is what `kcp.${process.env.KCP_SITE_CODE}` sends when the environment
        variable is missing, as public merchant code builds `pg`. No KCP channel has such a site code,
        and a `pg` that matches no channel falls back to the console's default channel, so the
        payment goes through a channel the code did not choose. An error, as for the doc placeholder
        (pg-placeholder): the value cannot be right.
      ko: >-
        템플릿 문자열이나 문자열 연결은 설정되지 않은 변수를 `undefined`(JavaScript), `null`(Java,
        PHP, JavaScript), `None`(Python), `nil`(Ruby, Go 템플릿), `NaN`으로 바꿉니다.
        `kcp.undefined`는 공개된 고객사 코드처럼 `pg`를 `kcp.${process.env.KCP_SITE_CODE}`로 만들 때
        환경 변수가 없으면 전송되는 값입니다. 이런 사이트코드를 가진 KCP 채널은 없으며, 어떤 채널과도
        일치하지 않는 `pg`는 콘솔의 기본 채널로 대체되므로 코드가 고르지 않은 채널로 결제됩니다.
        문서의 예시 표기(pg-placeholder)와 마찬가지로 올바를 수 없는 값이므로 오류입니다.
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
        v1 REST API 스키마는 /onetime과 /again의 `vat`를 지원 중단(deprecated)으로
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
    static let snapshot = "BQwacmVzdC1zY2hlZHVsZUJQT1NUIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGViUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlICjsmIjslb0g6rKw7KCcKQFCUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlAY4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djECBAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAEABgYWc2NoZWR1bGVfYXQAAgAWc2NoZWR1bGVfYXQCAgABBhhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIAAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAABYWY2FyZF9udW1iZXIMZXhwaXJ5CmJpcnRoFHB3ZF8yZGlnaXQGY3ZjGGN1c3RvbWVyX3VpZBZjdXN0b21lcl9pZB5jaGVja2luZ19hbW91bnQWY2hhbm5lbF9rZXkEcGcSc2NoZWR1bGVzFhZjYXJkX251bWJlcgIBQkNhcmQgbnVtYmVyIChkZGRkLWRkZGQtZGRkZC1kZGRkKUTsubTrk5zrsojtmLggKGRkZGQtZGRkZC1kZGRkLWRkZGQpAAAAAAAAAAAAAAABAAAAAQZwYW4ADGV4cGlyeQIBKkNhcmQgZXhwaXJ5IChZWVlZLU1NKTrsubTrk5wg7Jyg7Zqo6riw6rCEIChZWVlZLU1NKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAKYmlydGgCAY4BRGF0ZSBvZiBiaXJ0aCBZWU1NREQsIG9yIGEgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyIGZvciBjb3Jwb3JhdGUgY2FyZHOYAeyDneuFhOyblOydvCA27J6Q66asICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAFHB3ZF8yZGlnaXQCAUZGaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZDzsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwAAAAAAAAAAAAAAAEAAAABCGZ1bGwABmN2YwIBUkNhcmQgdmVyaWZpY2F0aW9uIGNvZGUgKFBheW1lbnR3YWxsIG9ubHkpWOy5tOuTnCDsnbjspp3rsojtmLggKO2OmOydtOuovO2KuOyblCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAQhmdWxsABhjdXN0b21lcl91aWQCARxCaWxsaW5nIGtleSBpZIYB6rWs66ek7J6Q7J2YIOqysOygnOyImOuLqCDsi53rs4Qg6rOg7Jyg67KI7Zi4ICjruYzrp4HtgqTsmYAg66ek7ZWRKQAAAAEAAaABAAAAAAAAAAEAAAAAABZjdXN0b21lcl9pZAIBOkJ1eWVyIGlkIChUb3NzIFBheW1lbnRzIG9ubHkpUOq1rOunpOyekCBJRCAo7Yag7Iqk7Y6Y7J2066i87LigIOyghOyaqSkAAAAAAAAAAAAAAAEAAAAAAB5jaGVja2luZ19hbW91bnQEAXBUZXN0IGNoYXJnZSBhcHByb3ZlZCBhbmQgY2FuY2VsbGVkIGF0IG9uY2UgKDAgPSBubyB0ZXN0KbwB7Jyg7Zqo7Lm065OcIOyytO2BrCDsirnsnbjquIjslaEgKOqysOygnCDsp4Htm4Qg7J6Q64+ZIOy3qOyGjCwgMOydtOuptCDthYzsiqTtirjtlZjsp4Ag7JWK7J2MKQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAWY2hhbm5lbF9rZXkCAYQBQ2hhbm5lbCBrZXkgKG5ldyBiaWxsaW5nIGtleSwgb3IgYSBjaGFubmVsIG9mIGEgbXVsdGktY2hhbm5lbCBrZXkppgHssYTrhJDtgqQgKOyLoOq3nCDruYzrp4HtgqQg67Cc6riJIOyxhOuEkCDrmJDripQg67O17IiYIOyxhOuEkCDruYzrp4HtgqTsnZgg7LGE64SQKQAAAAEAAW4AAAAAAAAAAQAAAAAABHBnAgFYUEcgY29kZSAobm8gbG9uZ2VyIGRvY3VtZW50ZWQgZm9yIC9zY2hlZHVsZSmGAVBHIOq1rOu2hOy9lOuTnCAoL3NjaGVkdWxl7JeQ7IScIOuNlCDsnbTsg4Eg66y47ISc7ZmU65CY7KeAIOyViuydjCkAAAABAAGgAQAAAAAAAAABAAHWAlBvcnRPbmUncyBjdXJyZW50IEFQSSByZWZlcmVuY2Ugbm8gbG9uZ2VyIGxpc3RzIGBwZ2AgZm9yIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgKGl0IG9ubHkgZXZlciBhcHBsaWVkIHRvIGEgbmV3IGBjdXN0b21lcl91aWRgKTsgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxfa2V5YK4D7Y+s7Yq47JuQIEFQSSDrrLjshJzsl5DshJwgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydmCBgcGdgIO2MjOudvOuvuO2EsOqwgCDsgq3soJzrkJjsl4jsirXri4jri6QgKOyLoOq3nCBgY3VzdG9tZXJfdWlkYOulvCDrk7HroZ3tlaAg65WM66eMIOyggeyaqeuQmOuNmCDqsJLsnoXri4jri6QpLiBgY2hhbm5lbF9rZXlg66GcIOyxhOuEkOydhCDsp4DsoJXtlZjshLjsmpQBFmNoYW5uZWxfa2V5AAASc2NoZWR1bGVzQAEiU2NoZWR1bGVkIGNoYXJnZXMs6rKw7KCc7JiI7JW9IOyKpOy8gOykhAAAAAAAAAABAQIAARZzY2hlZHVsZXNbXSAAAAAAAAAAAAAAMBhtZXJjaGFudF91aWQWc2NoZWR1bGVfYXQMYW1vdW50EGN1cnJlbmN5CG5hbWUQdGF4X2ZyZWUUdmF0X2Ftb3VudBRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlFmN1c3RvbV9kYXRhFG5vdGljZV91cmwUY2FyZF9xdW90YRpwcm9kdWN0X2NvdW50FGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZApleHRyYRhwcm9kdWN0X3R5cGUiY2FzaF9yZWNlaXB0X3R5cGUyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudBx1c2VfY2FyZF9wb2ludDAYbWVyY2hhbnRfdWlkAgFSTWVyY2hhbnQgb3JkZXIgbnVtYmVyICh1bmlxdWUgcGVyIGNoYXJnZSk86rOg6rCd7IKsIOyjvOusuCDqs6DsnKAg67KI7Zi4AAAAAQABUAAAAAAAAAABAAAAAAAWc2NoZWR1bGVfYXQEAUhXaGVuIHRvIGNoYXJnZTogVW5peCB0aW1lIGluIHNlY29uZHNs6rKw7KCc7JqU7LKtIOyYiOyVveyLnOqwgSAoVU5JWCB0aW1lc3RhbXAsIOy0iCDri6jsnIQpAAAAAAAAAAAAAAABAAAAAAAMYW1vdW50CAEsQW1vdW50IHRvIGNoYXJnZSAoS1JXKRjqsrDsoJzquIjslaEAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAEAAVAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUY2FyZF9xdW90YQgBQkluc3RhbGxtZW50IG1vbnRocyAoMCA9IGx1bXAgc3VtKUzsubTrk5wg7ZWg67aA6rCc7JuU7IiYICgwID0g7J287Iuc67aIKQAAAAAAAAAAAAAAAQAAAAAAGnByb2R1Y3RfY291bnQEATxOdW1iZXIgb2YgcHJvZHVjdHMgKGRlZmF1bHQgMSlK6rKw7KCcIOyDge2SiOydmCDqsJzsiJggKOq4sOuzuOqwkiAxKQAAAAAAAQAAAAAAAPA/AAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAAApleHRyYSABIEV4dHJhIHBhcmFtZXRlcnMm7LaU6rCAIO2MjOudvOuvuO2EsAAAAAAAAAAAAAIWbmF2ZXJVc2VDZm0CFm5hdmVyVXNlQ2ZtAgFoTmF2ZXIgUGF5IHNlcnZpY2UgY29tcGxldGlvbiBkYXRlIFlZWVlNTUREIChub3QgS0NQKXDrhKTsnbTrsoTtjpjsnbQg7J207Jqp7JmE66OM7J28IFlZWVlNTUREIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGHByb2R1Y3RfdHlwZQIBTFJlYWwgb3IgZGlnaXRhbCBnb29kcyAoS1NORVQsIG5vdCBLQ1ApZOyjvOusuCDsg4Htkogg6rWs67aEIChLU05FVCDsoITsmqksIEtDUCDrr7jsp4Dsm5ApAQQGCHJlYWwGDmRpZ2l0YWwAAAAAAAAAAAAAAQAAAAAAImNhc2hfcmVjZWlwdF90eXBlAgFYQ2FzaCByZWNlaXB0IHRhcmdldCAoVG9zcyBQYXkgb25seSwgbm90IEtDUCmOAe2YhOq4iOyYgeyImOymnSDrsJztlonrjIDsg4EgKCjsi6ApIO2GoOyKpO2OmOydtCDsoITsmqksIEtDUCDrr7jsp4Dsm5ApAQYGDHBlcnNvbgYOY29tcGFueQYSYW5vbnltb3VzAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sKAoYcmVzdC1vbmV0aW1lQFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lYFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lICjsiJjquLAg6rKw7KCcKQFAUE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUBemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEABAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgABAgQGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgABBgxhbW91bnQAAgAMYW1vdW50DAIAAUAYbWVyY2hhbnRfdWlkDGFtb3VudAhuYW1lFGJ1eWVyX25hbWUWYnV5ZXJfZW1haWwSYnV5ZXJfdGVsFGJ1eWVyX2FkZHIcYnV5ZXJfcG9zdGNvZGUQdGF4X2ZyZWUUdmF0X2Ftb3VudBBjdXJyZW5jeRRjYXJkX3F1b3RhFmN1c3RvbV9kYXRhFG5vdGljZV91cmwUYnJvd3Nlcl9pcAxieXBhc3MYcHJvbW90aW9uX2lkMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQcdXNlX2NhcmRfcG9pbnQYcHJvZHVjdF90eXBlFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YxhjdXN0b21lcl91aWQEcGccY2hhbm5lbEdyb3VwSWQWY2hhbm5lbF9rZXkGdmF0JnNlY3VyZV8zZF9jaGFyZ2VfaWQec2VjdXJlXzNkX3Rva2VuQBhtZXJjaGFudF91aWQCAVJNZXJjaGFudCBvcmRlciBudW1iZXIgKHVuaXF1ZSBwZXIgY2hhcmdlKTzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEAAAAAAAxhbW91bnQIASxBbW91bnQgdG8gY2hhcmdlIChLUlcpGOqysOygnOq4iOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAIbmFtZQIBFE9yZGVyIG5hbWUS7KO866y466qFAAAAAQABUAAAAAAAAAABAAAAAAAUYnV5ZXJfbmFtZQIBFEJ1eWVyIG5hbWUY7KO866y47J6Q66qFAAAAAQABIAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwu7KO866y47J6QIEUtbWFpbCDso7zshowAAAABAAGAAQAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyLOyjvOusuOyekCDsoITtmZTrsojtmLgAAAABAAEgAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDso7zrrLjsnpAg7KO87IaMAAAAAQABgAIAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs7KO866y47J6QIOyasO2OuOuyiO2YuAAAAAEAARAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAE8VGF4LWZyZWUgcG9ydGlvbiBvZiB0aGUgYW1vdW50JOuptOyEuOqzteq4ieqwgOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUClA67aA6rCA7IS4IOq4iOyVoSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBLEN1cnJlbmN5IChkZWZhdWx0IEtSVyk66rKw7KCcIO2Gte2ZlCAo6riw67O46rCSIEtSVykAAAAAAAAAAAAAAAEAAAAAABRjYXJkX3F1b3RhBAFCSW5zdGFsbG1lbnQgbW9udGhzICgwID0gbHVtcCBzdW0pTOy5tOuTnCDtlaDrtoDqsJzsm5TsiJggKDAgPSDsnbzsi5zrtogpAAAAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQFmQ3VzdG9tIGRhdGEgc3RvcmVkIHdpdGggdGhlIHBheW1lbnQgKGEgSlNPTiBzdHJpbmcpfuqysOygnOygleuztOyZgCDtlajqu5gg7KCA7J6l7ZWgIOy2lOqwgCDsoJXrs7QgKEpTT04g66y47J6Q7Je0KQAAAAAAAAAAAAAAAQAAAAAAFG5vdGljZV91cmwCAVxXZWJob29rIFVSTCBmb3IgdGhpcyBwYXltZW50IChhbiBhYnNvbHV0ZSBVUkwpduqysOygnCDqsrDqs7zrpbwg7Ya17KeA67Cb7J2EIE5vdGlmaWNhdGlvbiBVUkwoV2ViaG9vayBVUkwpAAAAAAAAAAAAAAABAAAAAAAUYnJvd3Nlcl9pcAIBIEJ1eWVyIGJyb3dzZXIgSVAy6rWs66ek7J6QIOu4jOudvOyasOyggCBJUAAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyIBTlBHLXNwZWNpZmljIHBhcmFtZXRlcnMgYXMgYSBKU09OIHN0cmluZ1xKU09OIOusuOyekOyXtCDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwAAAAAAAAAAAAAAABAAAAAAAYcHJvbW90aW9uX2lkAgE+UHJvbW90aW9uIGlkIChwcm9tb3Rpb24taWQt4oCmKWDtlITroZzrqqjshZgg7JWE7J2065SUIChwcm9tb3Rpb24taWQt66GcIOyLnOyekSkAAAAAAAAAAAAAAAEAAAAAADJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50EAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClw6rOg6rCd7IKsIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABx1c2VfY2FyZF9wb2ludBABPFBheSB3aXRoIGNhcmQgcG9pbnRzIChub3QgS0NQKWLsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsl6zrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAYcHJvZHVjdF90eXBlAgFMUmVhbCBvciBkaWdpdGFsIGdvb2RzIChLU05FVCwgbm90IEtDUClk7KO866y4IOyDge2SiCDqtazrtoQgKEtTTkVUIOyghOyaqSwgS0NQIOuvuOyngOybkCkBBAYIcmVhbAYOZGlnaXRhbAAAAAAAAAAAAAABAAAAAAAWY2FyZF9udW1iZXICAUJDYXJkIG51bWJlciAoZGRkZC1kZGRkLWRkZGQtZGRkZClE7Lm065Oc67KI7Zi4IChkZGRkLWRkZGQtZGRkZC1kZGRkKQAAAAAAAAAAAAAAAQAAAAEGcGFuAAxleHBpcnkCASpDYXJkIGV4cGlyeSAoWVlZWS1NTSk67Lm065OcIOycoO2aqOq4sOqwhCAoWVlZWS1NTSkAAAAAAAAAAAAAAAEAAAABCGZ1bGwACmJpcnRoAgGOAURhdGUgb2YgYmlydGggWVlNTURELCBvciBhIDEwLWRpZ2l0IGJ1c2luZXNzIG51bWJlciBmb3IgY29ycG9yYXRlIGNhcmRzmAHsg53rhYTsm5TsnbwgNuyekOumrCAo67KV7J247Lm065Oc7J2YIOqyveyasCDsgqzsl4XsnpDrk7HroZ3rsojtmLggMTDsnpDrpqwpAAAAAAAAAAAAAAABAAAAAQhmdWxsABRwd2RfMmRpZ2l0AgFGRmlyc3QgMiBkaWdpdHMgb2YgdGhlIGNhcmQgcGFzc3dvcmQ87Lm065Oc67mE67CA67KI7Zi4IOyVniAy7J6Q66asAAAAAAAAAAAAAAABAAAAAQhmdWxsAAZjdmMCAVJDYXJkIHZlcmlmaWNhdGlvbiBjb2RlIChQYXltZW50d2FsbCBvbmx5KVjsubTrk5wg7J247Kad67KI7Zi4ICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAYY3VzdG9tZXJfdWlkAgGGAUJpbGxpbmcga2V5IGlkOiB3aGVuIGdpdmVuLCB0aGUgY2FyZCBpcyBhbHNvIHNhdmVkIGFzIGEgYmlsbGluZyBrZXnAAeq1rOunpOyekOydmCDqsrDsoJzsiJjri6gg7Iud67OEIOqzoOycoOuyiO2YuCAo7KeA7KCV7ZWY66m0IOu5jOunge2CpOuPhCDtlajqu5gg7KCA7J6l65Cp64uI64ukKQAAAAEAAaABAAAAAAAAAAEAAAAAAARwZwIBXlBHIGNvZGU6IGtjcCwgb3Iga2NwLiBmb2xsb3dlZCBieSB0aGUgc2l0ZSBjb2RlYFBHIOq1rOu2hOy9lOuTnCAoa2NwIOuYkOuKlCBrY3Au7IKs7J207Yq47L2U65OcKQAAAAEAAaABAAAAAAAAAAEAAAAAABxjaGFubmVsR3JvdXBJZAIBZlNtYXJ0LXJvdXRpbmcgY2hhbm5lbCBncm91cCBpZCAocGcgaXMgdGhlbiBpZ25vcmVkKaAB7Iqk66eI7Yq4IOudvOyasO2MhSDssYTrhJAg6re466O5IOyVhOydtOuUlCAo7KeA7KCV7ZWY66m0IHBn64qUIOustOyLnOuQqeuLiOuLpCkAAAABAAFuAAAAAAAAAAEAAAAAABZjaGFubmVsX2tleQIBaENoYW5uZWwga2V5IChub3QgYSBkb2N1bWVudGVkIHBhcmFtZXRlciBvZiAvb25ldGltZSl27LGE64SQ7YKkICgvb25ldGltZeyXkOuKlCDsoJXsnZjrkJjsp4Ag7JWK7J2AIO2MjOudvOuvuO2EsCkAAAABAAFuAAAAAAAAAAEAAAAAAAZ2YXQIASBWQVQgKGRlcHJlY2F0ZWQpQOu2gOqwgOyEuCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGIAXVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIHRoZW4gY29tcHV0ZWQgYXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExyAFgdGF4X2ZyZWVgIO2MjOudvOuvuO2EsOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAJnNlY3VyZV8zZF9jaGFyZ2VfaWQCAU4zLUQgU2VjdXJlIGNoYXJnZSBpZCAoUGF5bWVudHdhbGwgb25seSlYM0Qgc2VjdXJlIOqysOygnCBJRCAo7Y6Y7J2066i87Yq47JuUIOyghOyaqSkAAAAAAAAAAAAAAAEAAAAAAB5zZWN1cmVfM2RfdG9rZW4CAUYzLUQgU2VjdXJlIHRva2VuIChQYXltZW50d2FsbCBvbmx5KVIzRCBzZWN1cmUg7Yag7YGwICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAAAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWw+CiByZXN0LWJpbGxpbmcta2V5UFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH12UE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfSAo67mM66eB7YKkIOuwnOq4iSkBUFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0Bcmh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL2JpbGxpbmdrZXk/dj12MQIKBhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggCAAEGFHB3ZF8yZGlnaXQAAgAUcHdkXzJkaWdpdA4CAAEGGmN1c3RvbWVyX25hbWUAAgAaY3VzdG9tZXJfbmFtZRACAAEGGGN1c3RvbWVyX3RlbAACABhjdXN0b21lcl90ZWwSAgABBhxjdXN0b21lcl9lbWFpbAACABxjdXN0b21lcl9lbWFpbBQCAAEeFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YxhjdXN0b21lcl91aWQWY2hhbm5lbF9rZXkgY2hhbm5lbF9ncm91cF9pZARwZxZjdXN0b21lcl9pZBpjdXN0b21lcl9uYW1lGGN1c3RvbWVyX3RlbBxjdXN0b21lcl9lbWFpbBpjdXN0b21lcl9hZGRyImN1c3RvbWVyX3Bvc3Rjb2RlHhZjYXJkX251bWJlcgIBQkNhcmQgbnVtYmVyIChkZGRkLWRkZGQtZGRkZC1kZGRkKUTsubTrk5zrsojtmLggKGRkZGQtZGRkZC1kZGRkLWRkZGQpAAAAAAAAAAAAAAABAAAAAQZwYW4ADGV4cGlyeQIBKkNhcmQgZXhwaXJ5IChZWVlZLU1NKTrsubTrk5wg7Jyg7Zqo6riw6rCEIChZWVlZLU1NKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAKYmlydGgCAY4BRGF0ZSBvZiBiaXJ0aCBZWU1NREQsIG9yIGEgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyIGZvciBjb3Jwb3JhdGUgY2FyZHOYAeyDneuFhOyblOydvCA27J6Q66asICjrspXsnbjsubTrk5zsnZgg6rK97JqwIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCkAAAAAAAAAAAAAAAEAAAABCGZ1bGwAFHB3ZF8yZGlnaXQCAUZGaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZDzsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwAAAAAAAAAAAAAAAEAAAABCGZ1bGwABmN2YwIBUkNhcmQgdmVyaWZpY2F0aW9uIGNvZGUgKFBheW1lbnR3YWxsIG9ubHkpWOy5tOuTnCDsnbjspp3rsojtmLggKO2OmOydtOuovO2KuOyblCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAQhmdWxsABhjdXN0b21lcl91aWQCAVBCaWxsaW5nIGtleSBpZCAoYmVsb25ncyBpbiB0aGUgVVJMIHBhdGgpkAHqtazrp6TsnpDsnZgg6rKw7KCc7IiY64uoIOyLneuzhCDqs6DsnKDrsojtmLggKFVSTCDqsr3roZzsl5Ag64Sj64qUIOqwkikAAAABAAGgAQAAAAAAAAABAAAAAAAWY2hhbm5lbF9rZXkCAVRDaGFubmVsIGtleSBvZiB0aGUgS0NQIEFQSSBiaWxsaW5nIGNoYW5uZWxES0NQIEFQSSDruYzrp4Eg7LGE64SQ7J2YIOyxhOuEkO2CpAAAAAEAAW4AAAAAAAAAAQAAAAAAIGNoYW5uZWxfZ3JvdXBfaWQCAWZTbWFydC1yb3V0aW5nIGNoYW5uZWwgZ3JvdXAgaWQgKHBnIGlzIHRoZW4gaWdub3JlZCmgAeyKpOuniO2KuCDrnbzsmrDtjIUg7LGE64SQIOq3uOujuSDslYTsnbTrlJQgKOyngOygle2VmOuptCBwZ+uKlCDrrLTsi5zrkKnri4jri6QpAAAAAQABbgAAAAAAAAABAAAAAAAEcGcCAV5QRyBjb2RlOiBrY3AsIG9yIGtjcC4gZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZWBQRyDqtazrtoTsvZTrk5wgKGtjcCDrmJDripQga2NwLuyCrOydtO2KuOy9lOuTnCkAAAABAAGgAQAAAAAAAAABAAAAAAAWY3VzdG9tZXJfaWQCATpCdXllciBpZCAoVG9zcyBQYXltZW50cyBvbmx5KVDqtazrp6TsnpAgSUQgKO2GoOyKpO2OmOydtOuovOy4oCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAAAaY3VzdG9tZXJfbmFtZQIBIENhcmQgaG9sZGVyIG5hbWVQ6rOg6rCdKOy5tOuTnOyGjOyngOyekCkg6rSA66as7JqpIOyEse2VqAAAAAEAASgAAAAAAAAAAQAAAAAAGGN1c3RvbWVyX3RlbAIBMENhcmQgaG9sZGVyIHBob25lIG51bWJlckjqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDsoITtmZTrsojtmLgAAAABAAEoAAAAAAAAAAEAAAAAABxjdXN0b21lcl9lbWFpbAIBJENhcmQgaG9sZGVyIGUtbWFpbDrqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSBFbWFpbAAAAAEAAZADAAAAAAAAAAEAAAAAABpjdXN0b21lcl9hZGRyAgEmQ2FyZCBob2xkZXIgYWRkcmVzczzqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDso7zshowAAAABAAGQAwAAAAAAAAABAAAAAAAiY3VzdG9tZXJfcG9zdGNvZGUCAShDYXJkIGhvbGRlciBwb3N0Y29kZUjqs6DqsJ0o7Lm065Oc7IaM7KeA7J6QKSDsmrDtjrjrsojtmLgAAAABAAEQAAAAAAAAAAEAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sUAoec2RrLWJpbGxpbmcta2V5SklNUC5yZXF1ZXN0X3BheSBpc3N1aW5nIGEgYmlsbGluZyBrZXlASU1QLnJlcXVlc3RfcGF5IOu5jOunge2CpCDrsJzquIkBUElNUC5yZXF1ZXN0X3BheShwYXJhbSkgd2l0aCBjdXN0b21lcl91aWQBigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEABAYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAECBAAEBgRwZwACAARwZxYCBgRcUwQGBHBnAAIABHBnFgIGKCg/aSleXHMqa2NwXHMqKFwufCQpAiIGFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgCAAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAEGHG1fcmVkaXJlY3RfdXJsAAIAHG1fcmVkaXJlY3RfdXJsGgIAAQYUYXBwX3NjaGVtZQACABRhcHBfc2NoZW1lHAIAAQYOZGlzcGxheQACAA5kaXNwbGF5HgIAAQYIY2FyZAACAAhjYXJkIAIAAQYOYXBwQ2FyZAACAA5hcHBDYXJkIgIAAQYMZXNjcm93AAIADGVzY3JvdyQCAAEGFmtjcFByb2R1Y3RzAAIAFmtjcFByb2R1Y3RzJgIAAQYOcHJlZmlsbAACAA5wcmVmaWxsKAIAAQYQbGFuZ3VhZ2UAAgAQbGFuZ3VhZ2UqAgABBg5jb21wYW55AAIADmNvbXBhbnksAgABBhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIAAQYOZGlnaXRhbAACAA5kaWdpdGFsMAIAAQYSYXV0aF9tb2RlAAIAEmF1dGhfbW9kZTICAAEGFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAIAAQYKcG9wdXAAAgAKcG9wdXA2AgABNhRjaGFubmVsS2V5BHBnFHBheV9tZXRob2QYbWVyY2hhbnRfdWlkCG5hbWUQY3VycmVuY3kUYnV5ZXJfbmFtZRZidXllcl9lbWFpbBJidXllcl90ZWwUYnV5ZXJfYWRkchxidXllcl9wb3N0Y29kZRxtX3JlZGlyZWN0X3VybBRhcHBfc2NoZW1lFG5vdGljZV91cmwWY29uZmlybV91cmwWY3VzdG9tX2RhdGEQbGFuZ3VhZ2UOY29tcGFueQ5kaWdpdGFsCnBvcHVwCGNhcmQMYW1vdW50GGN1c3RvbWVyX3VpZAxlc2Nyb3cQdGF4X2ZyZWUUdmF0X2Ftb3VudAxieXBhc3M2FGNoYW5uZWxLZXkCARZDaGFubmVsIGtleRLssYTrhJDtgqQAAAAAAAAAAAAAAAEAAAAAAARwZwIBKFBHIGNvZGUgKGRlcHJlY2F0ZWQpUlBH7IKsIOq1rOu2hOy9lOuTnCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGoAnVwZ3JhZGUgdG8gdGhlIGxhdGVzdCBKYXZhU2NyaXB0IFNESyBhbmQgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxLZXlgIChQb3J0T25lIGNvbnNvbGU6IEludGVncmF0aW9uID4gSW50ZWdyYXRpb24gaW5mbyA+IENoYW5uZWwgbWFuYWdlbWVudCnkAkpTIFNES+ulvCDstZzsi6Ag67KE7KCE7Jy866GcIOyXheq3uOugiOydtOuTnO2VnCDtm4QgYGNoYW5uZWxLZXlgIO2MjOudvOuvuO2EsOuhnCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUICjtj6ztirjsm5Ag7L2Y7IaUIFvqsrDsoJwg7Jew64+ZXSA+IFvsl7Drj5kg7KCV67O0XSA+IFvssYTrhJAg6rSA66asXSkBFGNoYW5uZWxLZXkAABRwYXlfbWV0aG9kAgEmUGF5bWVudCBtZXRob2QgY29kZTLqsrDsoJzsiJjri6gg6rWs67aE7L2U65OcAAAAAAAAAAAAAAABAAAAAAAYbWVyY2hhbnRfdWlkAgEqTWVyY2hhbnQgb3JkZXIgbnVtYmVyPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQEAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEQQ3VycmVuY3ky6rKw7KCc7Ya17ZmUIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAFGJ1eWVyX25hbWUCARRCdXllciBuYW1lIOq1rOunpOyekCDsnbTrpoQAAAAAAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbCbqtazrp6TsnpAg7J2066mU7J28AAAAAAAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyJuq1rOunpOyekCDsl7Drnb3sspgAAAAAAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDqtazrp6TsnpAg7KO87IaMAAAAAAAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzqtazrp6TsnpAg7Jqw7Y6467KI7Zi4AAAAAAAAAAAAAAABAAAAAAAcbV9yZWRpcmVjdF91cmwCAUZSZWRpcmVjdCBVUkwgYWZ0ZXIgYSBtb2JpbGUgcGF5bWVudF7rqqjrsJTsnbwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWY65CgIFVSTAABBnVybAAAAAAAAAAAAAEAAAAAABRhcHBfc2NoZW1lAgEwQXBwIFVSTCBzY2hlbWUgKFdlYlZpZXcpROyVsSDrs7Xqt4DsmqkgVVJMIHNjaGVtZSAoV2ViVmlldykAAAAAAAAAAAAAAAEAAAAAABRub3RpY2VfdXJsQgE+V2ViaG9vayBVUkwocykgZm9yIHRoaXMgcGF5bWVudCLsm7ntm4Ug7IiY7IugIFVSTAAAAAAAAAAAARhub3RpY2VfdXJsW10CAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAWY29uZmlybV91cmwCATBDb25maXJtLXByb2Nlc3MgZW5kcG9pbnRGY29uZmlybSBwcm9jZXNzIOyXlOuTnO2PrOyduO2KuCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQEyTWVyY2hhbnQgZGF0YSBlY2hvZWQgYmFjazTsgqzsmqnsnpAg7KCV7J2YIOuNsOydtO2EsAAAAAAAAAAAAAAAAQAAAAAAEGxhbmd1YWdlAgEuUGF5bWVudCB3aW5kb3cgbGFuZ3VhZ2Ug6rKw7KCc7LC9IOyWuOyWtAEEBgRrbwYEZW4AAAAAAAAAAAAAAQAAAAABDndhcm5pbmcOY29tcGFueQIBQk1lcmNoYW50IG5hbWUgc2hvd24gaW4gdGhlIHdpbmRvd0DqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOyDge2YuOuqhQAAAAAAAAAAAAAAAQAAAAAADmRpZ2l0YWwQATxEaWdpdGFsIGdvb2RzIChwaG9uZSBwYXltZW50cylg65SU7KeA7YS4IOyDge2SiCDsl6zrtoAgKO2ctOuMgO2PsCDshozslaHqsrDsoJwpAAAAAAAAAAAAAAABAAAAAAAKcG9wdXAQATRPcGVuIHRoZSB3aW5kb3cgYXMgYSBwb3B1cDztjJ3sl4Ug67Cp7IudIOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAAhjYXJkIAEYQ2FyZCBvcHRpb25zNuy5tOuTnCDqsrDsoJwg7IS467aAIOyEpOyglQAAAAAAAAAAAAQMZGlyZWN0DGRldGFpbAQMZGlyZWN0IAEwQ2FyZCBjb21wYW55IGRpcmVjdCBjYWxsSOy5tOuTnOyCrCDri6TsnbTroIntirgg7Zi47LacIOygleuztAAAAAAAAAAAAAQIY29kZQpxdW90YQQIY29kZQIBIkNhcmQgY29tcGFueSBjb2RlIOy5tOuTnOyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAAApxdW90YQQBXEZpeGVkIGluc3RhbGxtZW50IG1vbnRocyAoKyBjYXJkLXBvaW50IG9mZnNldCl86rOg7KCVIO2VoOu2gOqwnOyblOyImCAo7Lm065Oc7IKsIO2PrOyduO2KuCDsgqzsmqkg7IucIOqwgOyCsCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxkZXRhaWxAAURDYXJkIGNvbXBhbmllcyBzaG93biBpbiB0aGUgd2luZG93NOy5tOuTnOyCrCDroIzrjZTrp4Eg7KCV67O0AAAAAAAAAAABEGRldGFpbFtdIAAAAAAAAAAAAAAGEmNhcmRfY29kZQ5lbmFibGVkEm1heF9tb250aAYSY2FyZF9jb2RlAgEsQ2FyZCBjb21wYW55IGNvZGUgb3IgKjLsubTrk5zsgqwg7L2U65OcIOuYkOuKlCAqAAAAAAAAAAAAAAABAAAAAAAOZW5hYmxlZBABGFNob3duIG9yIG5vdCDroIzrjZTrp4Eg7Jes67aAAAAAAAAAAAAAAAABAAAAAAASbWF4X21vbnRoBAFYTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIG1vbnRocyAobm90IEtDUClw7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7LWc64yAIOqwnOyblOyImCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGFtb3VudAgBUEFtb3VudCBzaG93biBpbiB0aGUgd2luZG93IChub3QgY2hhcmdlZClm6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDquIjslaEgKOyKueyduOuQmOyngCDslYrsnYwpAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABhjdXN0b21lcl91aWQCAUpCaWxsaW5nIGtleSBpZCBjaG9zZW4gYnkgdGhlIG1lcmNoYW50TO2PrO2KuOybkCDruYzrp4HtgqQgKOqzoOqwneyCrCDsoJXsnZgpAAAAAQABoAEAAAAAAAAAAQEAAAAADGVzY3JvdxABVkVzY3JvdyBwYXltZW50IChubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleSmCAeyXkOyKpO2BrOuhnCDqsrDsoJwg7Jes67aAICjruYzrp4HtgqQg67Cc6riJ7JeQ64qUIO2aqOqzvCDsl4bsnYwpAAAAAAAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIAVpUYXgtZnJlZSBwb3J0aW9uIChubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleSlm66m07IS46riI7JWhICjruYzrp4HtgqQg67Cc6riJ7JeQ64qUIO2aqOqzvCDsl4bsnYwpAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAABBJzaXRlX2xvZ28kYmF0Y2hfYmlydGhfZGF5X3luBBJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAACRiYXRjaF9iaXJ0aF9kYXlfeW4CAURBbHdheXMgc2hvdyB0aGUgYmlydGgtZGF0ZSBib3ggKFkpVuyDneuFhOyblOydvCDsnoXroKXrsJXsiqQg7ZWt7IOBIO2RnOyLnCAoWSkAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1saAoWc2RrLXBheW1lbnQ6SU1QLnJlcXVlc3RfcGF5IGZvciBhIHBheW1lbnQ6SU1QLnJlcXVlc3RfcGF5IOydvOuwmCDqsrDsoJwBLElNUC5yZXF1ZXN0X3BheShwYXJhbSkBigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEABgYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAAGFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAIAAAIIBgRwZwACAARwZxYCAAECIgYUY2hhbm5lbEtleQACABRjaGFubmVsS2V5GAIAAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIAAQYcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgABBhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgABBg5kaXNwbGF5AAIADmRpc3BsYXkeAgABBghjYXJkAAIACGNhcmQgAgABBg5hcHBDYXJkAAIADmFwcENhcmQiAgABBgxlc2Nyb3cAAgAMZXNjcm93JAIAAQYWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAgABBg5wcmVmaWxsAAIADnByZWZpbGwoAgABBhBsYW5ndWFnZQACABBsYW5ndWFnZSoCAAEGDmNvbXBhbnkAAgAOY29tcGFueSwCAAEGEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAgABBg5kaWdpdGFsAAIADmRpZ2l0YWwwAgABBhJhdXRoX21vZGUAAgASYXV0aF9tb2RlMgIAAQYWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AgABBgpwb3B1cAACAApwb3B1cDYCAAEGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgABBgxhbW91bnQAAgAMYW1vdW50DAIAAUwUY2hhbm5lbEtleQRwZxRwYXlfbWV0aG9kGG1lcmNoYW50X3VpZAhuYW1lEGN1cnJlbmN5FGJ1eWVyX25hbWUWYnV5ZXJfZW1haWwSYnV5ZXJfdGVsFGJ1eWVyX2FkZHIcYnV5ZXJfcG9zdGNvZGUcbV9yZWRpcmVjdF91cmwUYXBwX3NjaGVtZRRub3RpY2VfdXJsFmNvbmZpcm1fdXJsFmN1c3RvbV9kYXRhEGxhbmd1YWdlDmNvbXBhbnkOZGlnaXRhbApwb3B1cAhjYXJkDGFtb3VudAxlc2Nyb3cWa2NwUHJvZHVjdHMQcHJvZHVjdHMQdGF4X2ZyZWUUdmF0X2Ftb3VudAZ2YXQSdmJhbmtfZHVlDmRpc3BsYXkOYXBwQ2FyZBJhdXRoX21vZGUOcHJlZmlsbAxieXBhc3MOYml6X251bS51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbAxwZXJpb2QYbmljZU1vYmlsZVYyTBRjaGFubmVsS2V5AgEWQ2hhbm5lbCBrZXkS7LGE64SQ7YKkAAAAAAAAAAAAAAABAAAAAAAEcGcCAShQRyBjb2RlIChkZXByZWNhdGVkKVJQR+yCrCDqtazrtoTsvZTrk5wgKOyngOybkCDspJHri6gg7JiI7KCVKQAAAAAAAAAAAAAAAQABqAJ1cGdyYWRlIHRvIHRoZSBsYXRlc3QgSmF2YVNjcmlwdCBTREsgYW5kIHNlbGVjdCB0aGUgY2hhbm5lbCB3aXRoIGBjaGFubmVsS2V5YCAoUG9ydE9uZSBjb25zb2xlOiBJbnRlZ3JhdGlvbiA+IEludGVncmF0aW9uIGluZm8gPiBDaGFubmVsIG1hbmFnZW1lbnQp5AJKUyBTREvrpbwg7LWc7IugIOuyhOyghOycvOuhnCDsl4Xqt7jroIjsnbTrk5ztlZwg7ZuEIGBjaGFubmVsS2V5YCDtjIzrnbzrr7jthLDroZwg7LGE64SQ7J2EIOyngOygle2VmOyEuOyalCAo7Y+s7Yq47JuQIOy9mOyGlCBb6rKw7KCcIOyXsOuPmV0gPiBb7Jew64+ZIOygleuztF0gPiBb7LGE64SQIOq0gOumrF0pARRjaGFubmVsS2V5AAAUcGF5X21ldGhvZAIBJlBheW1lbnQgbWV0aG9kIGNvZGUy6rKw7KCc7IiY64uoIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAGG1lcmNoYW50X3VpZAIBKk1lcmNoYW50IG9yZGVyIG51bWJlcjzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEBAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAAAAAAAAAAAAAEAAAAAABBjdXJyZW5jeQIBEEN1cnJlbmN5MuqysOygnO2Gte2ZlCDqtazrtoTsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZSDqtazrp6TsnpAg7J2066aEAAAAAAAAAAAAAAABAAAAAAAWYnV5ZXJfZW1haWwCARhCdXllciBlLW1haWwm6rWs66ek7J6QIOydtOuplOydvAAAAAAAAAAAAAAAAQAAAAAAEmJ1eWVyX3RlbAIBJEJ1eWVyIHBob25lIG51bWJlcibqtazrp6TsnpAg7Jew65297LKYAAAAAAAAAAAAAAABAAAAAAAUYnV5ZXJfYWRkcgIBGkJ1eWVyIGFkZHJlc3Mg6rWs66ek7J6QIOyjvOyGjAAAAAAAAAAAAAAAAQAAAAAAHGJ1eWVyX3Bvc3Rjb2RlAgEcQnV5ZXIgcG9zdGNvZGUs6rWs66ek7J6QIOyasO2OuOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAHG1fcmVkaXJlY3RfdXJsAgFGUmVkaXJlY3QgVVJMIGFmdGVyIGEgbW9iaWxlIHBheW1lbnRe66qo67CU7J28IOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmOuQoCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAUYXBwX3NjaGVtZQIBMEFwcCBVUkwgc2NoZW1lIChXZWJWaWV3KUTslbEg67O16reA7JqpIFVSTCBzY2hlbWUgKFdlYlZpZXcpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybEIBPldlYmhvb2sgVVJMKHMpIGZvciB0aGlzIHBheW1lbnQi7Ju57ZuFIOyImOyLoCBVUkwAAAAAAAAAAAEYbm90aWNlX3VybFtdAgAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAFmNvbmZpcm1fdXJsAgEwQ29uZmlybS1wcm9jZXNzIGVuZHBvaW50RmNvbmZpcm0gcHJvY2VzcyDsl5Trk5ztj6zsnbjtirggVVJMAAEGdXJsAAAAAAAAAAAAAQAAAAAAFmN1c3RvbV9kYXRh/gEBMk1lcmNoYW50IGRhdGEgZWNob2VkIGJhY2s07IKs7Jqp7J6QIOygleydmCDrjbDsnbTthLAAAAAAAAAAAAAAAAEAAAAAABBsYW5ndWFnZQIBLlBheW1lbnQgd2luZG93IGxhbmd1YWdlIOqysOygnOywvSDslrjslrQBBAYEa28GBGVuAAAAAAAAAAAAAAEAAAAAAQ53YXJuaW5nDmNvbXBhbnkCAUJNZXJjaGFudCBuYW1lIHNob3duIGluIHRoZSB3aW5kb3dA6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDsg4HtmLjrqoUAAAAAAAAAAAAAAAEAAAAAAA5kaWdpdGFsEAE8RGlnaXRhbCBnb29kcyAocGhvbmUgcGF5bWVudHMpYOuUlOyngO2EuCDsg4Htkogg7Jes67aAICjtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcKQAAAAAAAAAAAAAAAQAAAAAACnBvcHVwEAE0T3BlbiB0aGUgd2luZG93IGFzIGEgcG9wdXA87Yyd7JeFIOuwqeyLnSDqsrDsoJzssL0g7Zi47LacAAAAAAAAAAAAAAABAAAAAAAIY2FyZCABGENhcmQgb3B0aW9uczbsubTrk5wg6rKw7KCcIOyEuOu2gCDshKTsoJUAAAAAAAAAAAAEDGRpcmVjdAxkZXRhaWwEDGRpcmVjdCABMENhcmQgY29tcGFueSBkaXJlY3QgY2FsbEjsubTrk5zsgqwg64uk7J2066CJ7Yq4IO2YuOy2nCDsoJXrs7QAAAAAAAAAAAAECGNvZGUKcXVvdGEECGNvZGUCASJDYXJkIGNvbXBhbnkgY29kZSDsubTrk5zsgqwg7L2U65OcAAAAAAAAAAAAAAABAAAAAAAKcXVvdGEEAVxGaXhlZCBpbnN0YWxsbWVudCBtb250aHMgKCsgY2FyZC1wb2ludCBvZmZzZXQpfOqzoOyglSDtlaDrtoDqsJzsm5TsiJggKOy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyLnCDqsIDsgrApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMZGV0YWlsQAFEQ2FyZCBjb21wYW5pZXMgc2hvd24gaW4gdGhlIHdpbmRvdzTsubTrk5zsgqwg66CM642U66eBIOygleuztAAAAAAAAAAAARBkZXRhaWxbXSAAAAAAAAAAAAAABhJjYXJkX2NvZGUOZW5hYmxlZBJtYXhfbW9udGgGEmNhcmRfY29kZQIBLENhcmQgY29tcGFueSBjb2RlIG9yICoy7Lm065Oc7IKsIOy9lOuTnCDrmJDripQgKgAAAAAAAAAAAAAAAQAAAAAADmVuYWJsZWQQARhTaG93biBvciBub3Qg66CM642U66eBIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAEm1heF9tb250aAQBWE1lcmNoYW50LXBhaWQgaW50ZXJlc3QtZnJlZSBtb250aHMgKG5vdCBLQ1ApcOyDgeygkCDrtoDri7Qg66y07J207J6QIOy1nOuMgCDqsJzsm5TsiJggKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAxhbW91bnQIARhBbW91bnQgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEBAAAAAAxlc2Nyb3cQARxFc2Nyb3cgcGF5bWVudDTsl5DsiqTtgazroZwg6rKw7KCcIOyXrOu2gAAAAAAAAAAAAAAAAQAAAAAAFmtjcFByb2R1Y3RzQAEqS0NQIGVzY3JvdyBjYXJ0IGl0ZW1zVktDUCDsl5DsiqTtgazroZwg7J6l67CU6rWs64uIIOyDge2SiCDsoJXrs7QAAAAAAAAAAAEaa2NwUHJvZHVjdHNbXSAAAAAAAAAAAAAACBZvcmRlck51bWJlcghuYW1lEHF1YW50aXR5DGFtb3VudAgWb3JkZXJOdW1iZXICASJJdGVtIG9yZGVyIG51bWJlciTsg4Htkojso7zrrLjrsojtmLgAAAAAAAAAAAAAAAEBAAAAAAhuYW1lAgESSXRlbSBuYW1lEuyDge2SiOuqhQAAAAAAAAAAAAAAAQEAAAAAEHF1YW50aXR5BAEQUXVhbnRpdHkM7IiY65+JAAAAAAAAAAAAAAABAQAAAAAMYW1vdW50BAEUSXRlbSBwcmljZRrsg4Htkogg6rCA6rKpAAAAAAAAAAAAAAABAQAAAAAAAAAAAAAAAAEAAAAAABBwcm9kdWN0c0ABSFRvc3MgUGF5bWVudHMgZXNjcm93IGl0ZW1zIChub3QgS0NQKXrthqDsiqTtjpjsnbTrqLzsuKAg7JeQ7Iqk7YGs66GcIOyDge2SiCDsoJXrs7QgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAABFHByb2R1Y3RzW10gAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQY66m07IS46riI7JWhAAAAAAAAAAAAAAABAAAAAAAUdmF0X2Ftb3VudIgBAUJWQVQgYW1vdW50IChub3Qgc3VwcG9ydGVkIGJ5IEtDUCky67aA6rCA7IS4IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAABnZhdAgBIFZBVCAoZGVwcmVjYXRlZClA67aA6rCA7IS4ICjsp4Dsm5Ag7KSR64uoIOyYiOyglSkAAAAAAAAAAAAAAAEAAX51c2UgYHRheF9mcmVlYDsgdGhlIFZBVCBpcyBjb21wdXRlZCBhcyAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTGuAWB0YXhfZnJlZWDrpbwg7IKs7Jqp7ZWY7IS47JqULiDrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx66GcIOqzhOyCsOuQqeuLiOuLpAEQdGF4X2ZyZWUAABJ2YmFua19kdWUCAUBWaXJ0dWFsIGFjY291bnQgZGVwb3NpdCBkZWFkbGluZTLqsIDsg4Hqs4Tsoowg7J6F6riI6riw7ZWcAAAAAAAAAAAAAAABAAAAAAAOZGlzcGxheSABLFdpbmRvdyBkaXNwbGF5IG9wdGlvbnM06rKw7KCc7LC9IOugjOuNlOungSDshKTsoJUAAAAAAAAAAAACFGNhcmRfcXVvdGECFGNhcmRfcXVvdGFAAYQBSW5zdGFsbG1lbnQgbW9udGhzIG9mZmVyZWQgKEtDUDogdGhlIGxhcmdlc3QgdmFsdWUgaXMgdGhlIGNlaWxpbmcpcu2VoOu2gOqwnOyblOyImCAoS0NQOiDqsIDsnqUg7YGwIOqwkuq5jOyngCDshKDtg50g6rCA64qlKQAAAAAAAAAAARhjYXJkX3F1b3RhW10EAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAOYXBwQ2FyZBABKkFwcC1jYXJkIHBheW1lbnQgb25seTrslbHsubTrk5wg6rKw7KCc66eMIO2ZnOyEse2ZlAAAAAAAAAAAAAAAAQAAAAAAEmF1dGhfbW9kZQIBGktleS1pbiB3aW5kb3cu7YKk7J24IOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAAA5wcmVmaWxsIAEgUHJlZmlsbGVkIHZhbHVlcyLrr7jrpqwg7LGE7Jq4IOqwkgAAAAAAAAAAAAIWcGhvbmVOdW1iZXICFnBob25lTnVtYmVyAgFKRml4ZWQgcGhvbmUgbnVtYmVyIGZvciBwaG9uZSBwYXltZW50c2rtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOyLnCDqs6DsoJXtlaAg7Zy064yA7Y+wIOuyiO2YuAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGJ5cGFzcyABLktDUC1zcGVjaWZpYyBwYXJhbWV0ZXJzLktDUCDsoITsmqkg7YyM652866+47YSwAAAAAAAAAAAADhhzaG9wX3VzZXJfaWQeY291cG9uX2FwcGx5X3luEnNraW5faW5keBJzaXRlX2xvZ28cY29tcGxleF9wbnRfeW4acHRfbWVtY29ycF9jZBBhcHBfZmxhZw4Yc2hvcF91c2VyX2lkAgFaTWVyY2hhbnQgbWVtYmVyIElEIChnaWZ0IGNlcnRpZmljYXRlcywgcGhvbmUpfOqzoOqwneyCrCDtmozsm5AgSUQgKOyDge2SiOq2jCwg7Zy064yA7Y+wIOyGjOyVoeqysOygnCDtlYTsiJgpAAAAAAAAAAAAAAABAAAAAAAeY291cG9uX2FwcGx5X3luAgE0RGlzY291bnQtY291cG9uIGFyZWEgKFkvTila6rKw7KCc7LC9IO2VoOyduOy/oO2PsCDsmIHsl60g7Zmc7ISx7ZmUIChZL04pAAAAAAAAAAAAAAABAAAAAAASc2tpbl9pbmR4BgEsV2luZG93IHNraW4gKDEtMTEsIFBDKTbqsrDsoJzssL0g7Iqk7YKoICgxfjExLCBQQykAAAAAAAAAAAAAAAEAAAAAABJzaXRlX2xvZ28CARpMb2dvIFVSTCAoUEMpMuqysOygnOywvSDroZzqs6AgVVJMIChQQykAAAAAAAAAAAAAAAEAAAAAABxjb21wbGV4X3BudF95bgIBTlBvaW50cyB3aXRoIGNhcmQgKFkpIG9yIHBvaW50cyBvbmx5IChOKUbtj6zsnbjtirgg67O17ZWp6rKw7KCcIOyXrOu2gCAoWS9OKQAAAAAAAAAAAAAAAQAAAAAAGnB0X21lbWNvcnBfY2QCATZCZW5lcGlhIG1lbWJlci1jb21wYW55IGNvZGU667Kg64Sk7ZS87JWEIOqzoOqwneyCrCDsvZTrk5wAAAAAAAAAAAAAAAEAAAAAABBhcHBfZmxhZwIBREtCIGNhcmQgYXBwIChZKSwgSVNQIChOKSwgYm90aCAoUylYS0Lqta3rr7zsubTrk5wg7JWx7Lm065OcKFkpL0lTUChOKS/rqqjrkZAoUykAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA5iaXpfbnVtAgFSQnVzaW5lc3MgcmVnaXN0cmF0aW9uIG51bWJlciAoRGFuYWwgb25seSlK7IKs7JeF7J6Q65Ox66Gd67KI7Zi4ICjri6TrgqAg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAAALnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsEAFkTWVyY2hhbnQtcGFpZCBpbnRlcmVzdC1mcmVlIGluc3RhbGxtZW50cyAobm90IEtDUClc7IOB7KCQIOu2gOuLtCDrrLTsnbTsnpAg7ZWg67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADHBlcmlvZCABMFNlcnZpY2UgcGVyaW9kIChub3QgS0NQKUzshJzruYTsiqQg7KCc6rO16riw6rCEIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAGG5pY2VNb2JpbGVWMhABQE5JQ0UgbmV3IG1vYmlsZSB3aW5kb3cgKG5vdCBLQ1ApdOuCmOydtOyKpO2OmOydtCDsi6Dqt5wg66qo67CU7J28IOqysOygnOywvSAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sqAEKFHJlc3QtYWdhaW48UE9TVCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluYlBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiAo67mM66eB7YKkIOqysOygnCkBPFBPU1QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbgF6aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQYYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCAAE0GG1lcmNoYW50X3VpZAxhbW91bnQIbmFtZRRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlEHRheF9mcmVlFHZhdF9hbW91bnQQY3VycmVuY3kUY2FyZF9xdW90YRZjdXN0b21fZGF0YRRub3RpY2VfdXJsFGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50HHVzZV9jYXJkX3BvaW50GHByb2R1Y3RfdHlwZRhjdXN0b21lcl91aWQWY2hhbm5lbF9rZXkGdmF0GnByb2R1Y3RfY291bnQiY2FzaF9yZWNlaXB0X3R5cGUKZXh0cmE0GG1lcmNoYW50X3VpZAIBUk1lcmNoYW50IG9yZGVyIG51bWJlciAodW5pcXVlIHBlciBjaGFyZ2UpPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQAAAAAADGFtb3VudAgBLEFtb3VudCB0byBjaGFyZ2UgKEtSVykY6rKw7KCc6riI7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAhuYW1lAgEUT3JkZXIgbmFtZRLso7zrrLjrqoUAAAABAAFQAAAAAAAAAAEAAAAAABRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQk66m07IS46rO16riJ6rCA7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKUDrtoDqsIDshLgg6riI7JWhIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAAFGNhcmRfcXVvdGEEAUJJbnN0YWxsbWVudCBtb250aHMgKDAgPSBsdW1wIHN1bSlM7Lm065OcIO2VoOu2gOqwnOyblOyImCAoMCA9IOydvOyLnOu2iCkAAAAAAAAAAAAAAAEAAAAAABZjdXN0b21fZGF0Yf4BAWZDdXN0b20gZGF0YSBzdG9yZWQgd2l0aCB0aGUgcGF5bWVudCAoYSBKU09OIHN0cmluZyl+6rKw7KCc7KCV67O07JmAIO2VqOq7mCDsoIDsnqXtlaAg7LaU6rCAIOygleuztCAoSlNPTiDrrLjsnpDsl7QpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybAIBXFdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgKGFuIGFic29sdXRlIFVSTCl26rKw7KCcIOqysOqzvOulvCDthrXsp4DrsJvsnYQgTm90aWZpY2F0aW9uIFVSTChXZWJob29rIFVSTCkAAAAAAAAAAAAAAAEAAAAAABRicm93c2VyX2lwAgEgQnV5ZXIgYnJvd3NlciBJUDLqtazrp6TsnpAg67iM65287Jqw7KCAIElQAAAAAAAAAAAAAAABAAAAAAAMYnlwYXNzIgFOUEctc3BlY2lmaWMgcGFyYW1ldGVycyBhcyBhIEpTT04gc3RyaW5nXEpTT04g66y47J6Q7Je0IO2YleyLneydmCBQR+yCrOuzhCDtjIzrnbzrr7jthLAAAAAAAAAAAAAAAAEAAAAAABhwcm9tb3Rpb25faWQCAT5Qcm9tb3Rpb24gaWQgKHByb21vdGlvbi1pZC3igKYpYO2UhOuhnOuqqOyFmCDslYTsnbTrlJQgKHByb21vdGlvbi1pZC3roZwg7Iuc7J6RKQAAAAAAAAAAAAAAAQAAAAAAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKXDqs6DqsJ3sgqwg67aA64u0IOustOydtOyekCDtlaDrtoAg7Jes67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAHHVzZV9jYXJkX3BvaW50EAE8UGF5IHdpdGggY2FyZCBwb2ludHMgKG5vdCBLQ1ApYuy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABhwcm9kdWN0X3R5cGUCAUxSZWFsIG9yIGRpZ2l0YWwgZ29vZHMgKEtTTkVULCBub3QgS0NQKWTso7zrrLgg7IOB7ZKIIOq1rOu2hCAoS1NORVQg7KCE7JqpLCBLQ1Ag66+47KeA7JuQKQEEBghyZWFsBg5kaWdpdGFsAAAAAAAAAAAAAAEAAAAAABhjdXN0b21lcl91aWQCARxCaWxsaW5nIGtleSBpZIYB6rWs66ek7J6Q7J2YIOqysOygnOyImOuLqCDsi53rs4Qg6rOg7Jyg67KI7Zi4ICjruYzrp4HtgqTsmYAg66ek7ZWRKQAAAAEAAaABAAAAAAAAAAEAAAAAABZjaGFubmVsX2tleQIBeENoYW5uZWwga2V5IChwaWNrcyBhIGNoYW5uZWwgb2YgYSBtdWx0aS1jaGFubmVsIGJpbGxpbmcga2V5KYIB7LGE64SQ7YKkICjrs7XsiJgg7LGE64SQIOu5jOunge2CpOyXkOyEnCDqsrDsoJztlaAg7LGE64SQIOyngOyglSkAAAABAAFuAAAAAAAAAAEAAAAAAAZ2YXQIASBWQVQgKGRlcHJlY2F0ZWQpQOu2gOqwgOyEuCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGIAXVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIHRoZW4gY29tcHV0ZWQgYXMgKGFtb3VudCAtIHRheF9mcmVlKSAvIDExyAFgdGF4X2ZyZWVgIO2MjOudvOuvuO2EsOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAGnByb2R1Y3RfY291bnQEATxOdW1iZXIgb2YgcHJvZHVjdHMgKGRlZmF1bHQgMSlK6rKw7KCcIOyDge2SiOydmCDqsJzsiJggKOq4sOuzuOqwkiAxKQAAAAAAAQAAAAAAAPA/AAAAAAABAAAAAAAiY2FzaF9yZWNlaXB0X3R5cGUCAVhDYXNoIHJlY2VpcHQgdGFyZ2V0IChUb3NzIFBheSBvbmx5LCBub3QgS0NQKY4B7ZiE6riI7JiB7IiY7KadIOuwnO2WieuMgOyDgSAoKOyLoCkg7Yag7Iqk7Y6Y7J20IOyghOyaqSwgS0NQIOuvuOyngOybkCkBBgYMcGVyc29uBg5jb21wYW55BhJhbm9ueW1vdXMAAAAAAAAAAAAAAQAAAAAACmV4dHJhIAEgRXh0cmEgcGFyYW1ldGVycybstpTqsIAg7YyM652866+47YSwAAAAAAAAAAAAAhZuYXZlclVzZUNmbQIWbmF2ZXJVc2VDZm0CAWhOYXZlciBQYXkgc2VydmljZSBjb21wbGV0aW9uIGRhdGUgWVlZWU1NREQgKG5vdCBLQ1ApcOuEpOydtOuyhO2OmOydtCDsnbTsmqnsmYTro4zsnbwgWVlZWU1NREQgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbMQBCtwCFmpzb24tc3ludGF4OlRoZSBwYXlsb2FkIGlzIG5vdCB2YWxpZCBKU09OJEpTT04g66y467KVIOyYpOulmAplcnJvcgEAAAAAAACUA1BvcnRPbmUgcGFyc2VzIHJlcXVlc3QgYm9kaWVzIGFzIEpTT04gYW5kIHRoZSBTREsgcmVjZWl2ZXMgYSBKYXZhU2NyaXB0IG9iamVjdDsgYSBwYXlsb2FkIGZpbGUgdGhhdCBpcyBub3QgUkZDIDgyNTkgSlNPTiAoY29tbWVudHMsIHRyYWlsaW5nIGNvbW1hcywgc2luZ2xlIHF1b3RlcywgaW52YWxpZCBVVEYtOCkgY2Fubm90IGJlIHdoYXQgaXMgc2VudC6CBO2PrO2KuOybkOydgCDsmpTssq0g67O466y47J2EIEpTT07snLzroZwg7YyM7Iux7ZWY6rOgIFNES+uKlCBKYXZhU2NyaXB0IOqwneyytOulvCDrsJvsirXri4jri6QuIFJGQyA4MjU5IEpTT07snbQg7JWE64uMIO2OmOydtOuhnOuTnCDtjIzsnbwo7KO87ISdLCDrgZ3sl5Ag67aZ7J2AIOyJvO2RnCwg7J6R7J2A65Sw7Ji07ZGcLCDsnpjrqrvrkJwgVVRGLTgp7J2AIOyLpOygnOuhnCDsoITshqHrkJjripQg64K07Jqp7J28IOyImCDsl4bsirXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbNYBCiRqc29uLWR1cGxpY2F0ZS1rZXlCQSBrZXkgYXBwZWFycyB0d2ljZSBpbiBvbmUgb2JqZWN0VO2VnCDqsJ3ssrTsl5Ag6rCZ7J2AIO2CpOqwgCDrkZAg67KIIOyeiOydjAplcnJvcgEAAAAAAACEA0pTT04gcGFyc2VycyBkaXNhZ3JlZSBvbiBkdXBsaWNhdGUga2V5cyAoc29tZSBrZWVwIHRoZSBmaXJzdCB2YWx1ZSwgc29tZSB0aGUgbGFzdCksIHNvIGEgcGF5bWVudCBib2R5IHdpdGggYGFtb3VudGAgdHdpY2UgaXMgYW1iaWd1b3VzLiBrY3BsaW50IHJlcG9ydHMgdGhlIHNlY29uZCBrZXkgYW5kIGNoZWNrcyB0aGUgZmlyc3QgdmFsdWUu7ATspJHrs7Ug7YKk66W8IOyymOumrO2VmOuKlCDrsKnsi53snYAgSlNPTiDtjIzshJzrp4jri6Qg64uk66W066+A66GcKOyyqyDrsojsp7gg6rCS7J2EIOyTsOuKlCDtjIzshJzrj4QsIOuniOyngOuniSDqsJLsnYQg7JOw64qUIO2MjOyEnOuPhCDsnojsirXri4jri6QpIGBhbW91bnRg6rCAIOuRkCDrsogg65Ok7Ja0IOyeiOuKlCDqsrDsoJwg7JqU7LKtIOuzuOusuOydgCDrnLvsnbQg66qo7Zi47ZWp64uI64ukLiBrY3BsaW5064qUIOuRkCDrsojsp7gg7YKk66W8IOuztOqzoO2VmOqzoCDssqsg67KI7Ke4IOqwkuydhCDqsoDsgqztlanri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbP4BChBqc29uLWJvbUxUaGUgZmlsZSBzdGFydHMgd2l0aCBhIGJ5dGUtb3JkZXIgbWFyazrtjIzsnbzsnbQgQk9N7Jy866GcIOyLnOyeke2VqA53YXJuaW5nAQAAAAAAALICUkZDIDgyNTkgZm9yYmlkcyBhIGJ5dGUtb3JkZXIgbWFyayBpbiBKU09OIHNlbnQgb3ZlciBhIG5ldHdvcms7IHNvbWUgSFRUUCBjbGllbnRzIHNlbmQgaXQgYXMgcGFydCBvZiB0aGUgYm9keS4gVGhlIHJlc3Qgb2YgdGhlIGRvY3VtZW50IGlzIHN0aWxsIGNoZWNrZWQu2ANSRkMgODI1OeuKlCDrhKTtirjsm4ztgazroZwg7KCE7Iah7ZWY64qUIEpTT07sl5AgQk9NKGJ5dGUtb3JkZXIgbWFyaynsnYQg64Sj64qUIOqyg+ydhCDquIjsp4DtlZjsp4Drp4wsIOydvOu2gCBIVFRQIO2BtOudvOydtOyWuO2KuOuKlCBCT03snYQg67O466y47J2YIOydvOu2gOuhnCDsoITshqHtlanri4jri6QuIEJPTSDrkqTsnZgg64KY66i47KeAIOuCtOyaqeydgCDqt7jrjIDroZwg6rKA7IKs7ZWp64uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWykAgoUanNvbi1saW1pdERUaGUgcGF5bG9hZCBleGNlZWRzIGEgcmVhZGVyIGxpbWl0QuyeheugpeydtCDsnb3quLAg7ZWc64+E66W8IOuEmOydjAplcnJvcgEAAAAAAACsA1JlcXVlc3QgYm9kaWVzIGFyZSBzbWFsbDsgYSBmaWxlIGxhcmdlciB0aGFuIHRoZSBzaXplIGxpbWl0IG9yIG5lc3RlZCBkZWVwZXIgdGhhbiB0aGUgZGVwdGggbGltaXQgaXMgbm90IGEgcGF5bWVudCByZXF1ZXN0LCBhbmQgcmVhZGluZyBpdCB3aXRob3V0IGJvdW5kcyB3b3VsZCBwdXQgdGhlIHRvb2wgKG9yIGEgc2VydmljZSB1c2luZyB0aGUgbGlicmFyeSkgYXQgcmlzay6sBOyalOyyrSDrs7jrrLjsnYAg7YGs6riw6rCAIOyekeyKteuLiOuLpC4g7YGs6riwIO2VnOuPhOuztOuLpCDtgazqsbDrgpgg6rmK7J20IO2VnOuPhOuztOuLpCDquYrqsowg7KSR7LKp65CcIO2MjOydvOydgCDqsrDsoJwg7JqU7LKt7J20IOyVhOuLiOupsCwg7J2065+wIO2MjOydvOydhCDsoJztlZwg7JeG7J20IOydveycvOuptCDrj4Tqtawo65iQ64qUIOydtCDrnbzsnbTruIzrn6zrpqzrpbwg7JOw64qUIOyEnOu5hOyKpCnrpbwg7JyE7ZeY7JeQIOu5oOucqOumrOqyjCDrkKnri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbMgCChpwYXlsb2FkLXNoYXBlRlRoZSBwYXlsb2FkIGlzIG5vdCBhIHJlcXVlc3Qgb2JqZWN0LuyalOyyrSDqsJ3ssrTqsIAg7JWE64uYCmVycm9yAQAAAAAAALICSU1QLnJlcXVlc3RfcGF5IHRha2VzIG9uZSBvYmplY3QgYW5kIGV2ZXJ5IFJFU1QgYm9keSBpcyBhIEpTT04gb2JqZWN0LiBBIHBheWxvYWQgZmlsZSBtYXkgYWxzbyBob2xkIGFuIGFycmF5IG9mIHJlcXVlc3Qgb2JqZWN0cywgZWFjaCBjaGVja2VkIG9uIGl0cyBvd24usgNJTVAucmVxdWVzdF9wYXnripQg6rCd7LK0IO2VmOuCmOulvCDrsJvqs6AsIFJFU1Qg7JqU7LKtIOuzuOusuOydgCDrqqjrkZAgSlNPTiDqsJ3ssrTsnoXri4jri6QuIO2OmOydtOuhnOuTnCDtjIzsnbzsl5DripQg7JqU7LKtIOqwneyytOydmCDrsLDsl7TsnYQg64Sj7J2EIOyImOuPhCDsnojsnLzrqbAsIOydtOuVjCDqsIEg6rCd7LK066W8IOuUsOuhnCDqsoDsgqztlanri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbPACChhraW5kLXVua25vd24+VGhlIHJlcXVlc3Qga2luZCBjYW5ub3QgYmUgdG9sZErsmpTssq0g7KKF66WY66W8IO2MkOuzhO2VoCDsiJgg7JeG7J2MCmVycm9yAQAAAAAAAPACV2hpY2ggY29uc3RyYWludHMgYXBwbHkgZGVwZW5kcyBvbiB0aGUgY2FsbCAoSU1QLnJlcXVlc3RfcGF5IG9yIG9uZSBvZiBmb3VyIFJFU1QgZW5kcG9pbnRzKS4gV2hlbiBubyBraW5kJ3MgZGV0ZWN0aW9uIGhvbGRzLCBrY3BsaW50IHNheXMgc28gaW5zdGVhZCBvZiBndWVzc2luZzsgcGFzcyAtLWtpbmQgdG8gY2hvb3NlLtIE7Ja065akIOygnOyVveydtCDsoIHsmqnrkJjripTsp4DripQg7Zi47LacKElNUC5yZXF1ZXN0X3BheSDrmJDripQg64SkIOqwgOyngCBSRVNUIOyXlOuTnO2PrOyduO2KuCDspJEg7ZWY64KYKeyXkCDrlLDrnbwg64uk66aF64uI64ukLiDslrTripAg7JqU7LKtIOyiheulmOydmCDtjJDrs4Qg7KGw6rG064+EIOunnuyngCDslYrsnLzrqbQga2NwbGludOuKlCDstpTsuKHtlZjsp4Ag7JWK6rOgIO2MkOuzhO2VoCDsiJgg7JeG64uk6rOgIOyVjOumveuLiOuLpC4gLS1raW5k66GcIOyiheulmOulvCDsp4DsoJXtlZjshLjsmpQulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1smAMKGmZpZWxkLXVua25vd24cVW5rbm93biBtZW1iZXI27JWMIOyImCDsl4bripQg7YyM652866+47YSwDndhcm5pbmcBAAAAAW5ge25hbWV9YCBpcyBub3QgYSBwYXJhbWV0ZXIgb2YgdGhpcyByZXF1ZXN0e3N1Z2dlc3Rpb259jgFge25hbWV9YOydgCjripQpIOydtCDsmpTssq3snZgg7YyM652866+47YSw6rCAIOyVhOuLmeuLiOuLpHtzdWdnZXN0aW9ufQAA3AJQb3J0T25lIGlnbm9yZXMgcGFyYW1ldGVycyBpdCBkb2VzIG5vdCBrbm93LCBzbyBhIG1pc3NwZWxsZWQga2V5IChgbWVyY2hhbnRVaWRgLCBgYnV5ZXJfcG9zdGFsY29kZWApIHNpbGVudGx5IGRyb3BzIHRoZSB2YWx1ZS4gVGhlIHN1Z2dlc3Rpb24gY29tZXMgZnJvbSB0aGUgZmllbGQgZGljdGlvbmFyeS7EA+2PrO2KuOybkOydgCDslYzsp4Ag66q77ZWY64qUIO2MjOudvOuvuO2EsOulvCDrrLTsi5ztlZjrr4DroZwsIOyyoOyekOqwgCDti4DrprAg7YKkKGBtZXJjaGFudFVpZGAsIGBidXllcl9wb3N0YWxjb2RlYCnsnZgg6rCS7J2AIOyVhOustCDslYzrprwg7JeG7J20IOuyhOugpOynkeuLiOuLpC4g7KCc7JWI7ZWY64qUIOydtOumhOydgCDtlYTrk5wg7IKs7KCE7JeQ7IScIOqwgOyguOyYteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1svgMKFGZpZWxkLXR5cGUeV3JvbmcgSlNPTiB0eXBlKuyemOuqu+uQnCBKU09OIO2DgOyehQplcnJvcgEAAAABWGB7ZmllbGR9YCBtdXN0IGJlIHtleHBlY3RlZH0sIGZvdW5kIHthY3R1YWx9jgFge2ZpZWxkfWDsl5DripQge2V4cGVjdGVkfSDqsJLsnYQg67O064K07JW8IO2VmOuKlOuNsCB7YWN0dWFsfeyeheuLiOuLpAAArgRQb3J0T25lIGRvY3VtZW50cyBhIHR5cGUgZm9yIGV2ZXJ5IHBhcmFtZXRlcjsgYSBzdHJpbmcgd2hlcmUgYSBudW1iZXIgb3IgYm9vbGVhbiBiZWxvbmdzIChgImFtb3VudCI6ICIxMCwwMDAiYCwgYCJlc2Nyb3ciOiAiZmFsc2UiYCkgaXMgZWl0aGVyIHJlamVjdGVkIG9yIHJlYWQgdGhlIHdyb25nIHdheS4gV2hlbiB0aGUgc3RyaW5nIGNvbnZlcnRzIHBsYWlubHkgKGAiMzAwMCJgLCBgImZhbHNlImApLCB0aGUgZmluZGluZyBvZmZlcnMgdGhlIGNvbnZlcnRlZCB2YWx1ZSBhcyBhIGZpeC6uBe2PrO2KuOybkCDrrLjshJzripQg66qo65OgIO2MjOudvOuvuO2EsOydmCDtg4DsnoXsnYQg7KCV7ZW0IOuRkOyXiOyKteuLiOuLpC4g7Iir7J6Q64KYIGJvb2xlYW7snbQg65Ok7Ja06rCIIOyekOumrOydmCDrrLjsnpDsl7QoYCJhbW91bnQiOiAiMTAsMDAwImAsIGAiZXNjcm93IjogImZhbHNlImAp7J2AIOqxsOygiOuQmOqxsOuCmCDsnpjrqrsg7ZW07ISd65Cp64uI64ukLiDrrLjsnpDsl7TsnbQg6re464yA66GcIOuzgO2ZmOuQmOuKlCDqsr3smrAoYCIzMDAwImAsIGAiZmFsc2UiYCnsl5DripQg7KeE64uo7J20IOuzgO2ZmO2VnCDqsJLsnYQg7IiY7KCV7JWI7Jy866GcIOygnOyLnO2VqeuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s6gMKFGZpZWxkLWVudW0iVmFsdWUgbm90IGFsbG93ZWQu7ZeI7Jqp65CY7KeAIOyViuuKlCDqsJIKZXJyb3IBAAAAAWRge2ZpZWxkfWAgbXVzdCBiZSBvbmUgb2Yge2V4cGVjdGVkfSwgZm91bmQge3ZhbHVlfY4BYHtmaWVsZH1gIOqwkuydgCB7ZXhwZWN0ZWR9IOykkSDtlZjrgpjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAF5UaGUgcGFyYW1ldGVyIHRha2VzIG9ubHkgdGhlIGRvY3VtZW50ZWQgdmFsdWVzLo4B7J20IO2MjOudvOuvuO2EsOyXkOuKlCDrrLjshJzsl5Ag7KCV7ZW07KeEIOqwkuunjCDsk7gg7IiYIOyeiOyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWyYBAoYZmllbGQtZm9ybWF0MlZhbHVlIGluIHRoZSB3cm9uZyBmb3JtYXQ06rCS7J2YIO2YleyLneydtCDsnpjrqrvrkKgKZXJyb3IBAAAAAVZge2ZpZWxkfWAgbXVzdCBiZSB7ZXhwZWN0ZWR9LCBmb3VuZCB7dmFsdWV9jAFge2ZpZWxkfWDsl5DripQge2V4cGVjdGVkfSDqsJLsnYQg67O064K07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACOAVRoZSBwYXJhbWV0ZXIgaGFzIGEgZG9jdW1lbnRlZCBmb3JtYXQgKFVSTCwgZGF0ZSwgY2FyZCBleHBpcnksIGRpZ2l0cyku2AHsnbQg7YyM652866+47YSw7JeQ64qUIOusuOyEnOyXkCDsoJXtlbTsp4Qg7ZiV7IudKFVSTCwg64Kg7KecLCDsubTrk5wg7Jyg7Zqo6riw6rCELCDsiKvsnpAp7J20IOyeiOyKteuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1svgQKGGZpZWxkLWxlbmd0aDZWYWx1ZSB0b28gbG9uZyBvciB0b28gc2hvcnRW6rCS7J2YIOq4uOydtOqwgCDtl4jsmqkg67KU7JyE66W8IOuyl+yWtOuCqAplcnJvcgEAAAABWGB7ZmllbGR9YCBtdXN0IGJlIHtleHBlY3RlZH0sIGZvdW5kIHthY3R1YWx9qgFge2ZpZWxkfWDsnZgg6ri47J206rCAIO2XiOyaqSDrspTsnIQoe2V4cGVjdGVkfSnrpbwg67KX7Ja064Kp64uI64ukICjtmITsnqwge2FjdHVhbH0pAACUAVBvcnRPbmUncyB2MSBBUEkgc2NoZW1hIGxpbWl0cyB0aGUgbGVuZ3RoIG9mIGlkZW50aWZpZXJzIGFuZCBidXllciBmaWVsZHMuzAHtj6ztirjsm5AgdjEgQVBJIOyKpO2CpOuniOuKlCDsi53rs4TsnpDsmYAg6rWs66ek7J6QIOygleuztCDtjIzrnbzrr7jthLDsnZgg6ri47J2066W8IOygnO2VnO2VqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s5AQKFmZpZWxkLXJhbmdlJk51bWJlciBvdXQgb2YgcmFuZ2VI7Iir7J6Q6rCAIO2XiOyaqSDrspTsnITrpbwg67KX7Ja064KoCmVycm9yAQAAAAFWYHtmaWVsZH1gIG11c3QgYmUge2V4cGVjdGVkfSwgZm91bmQge3ZhbHVlfZQBYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7ZeI7JqpIOuylOychCh7ZXhwZWN0ZWR9KeulvCDrspfslrTrgqnri4jri6QAAFpUaGUgcGFyYW1ldGVyIGhhcyBhIGRvY3VtZW50ZWQgbnVtZXJpYyByYW5nZS6SAeydtCDtjIzrnbzrr7jthLDsl5DripQg66y47ISc7JeQIOygle2VtOynhCDsiKvsnpAg67KU7JyE6rCAIOyeiOyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1sigUKFmZpZWxkLWl0ZW1zKldyb25nIG51bWJlciBvZiBpdGVtczzrsLDsl7Qg7ZWt66qpIOyImOqwgCDsnpjrqrvrkKgKZXJyb3IBAAAAAVxge2ZpZWxkfWAgbXVzdCBoYXZlIHtleHBlY3RlZH0sIGZvdW5kIHthY3R1YWx9lAFge2ZpZWxkfWDsl5DripQg7ZWt66qp7J20IHtleHBlY3RlZH0g7J6I7Ja07JW8IO2VmOuKlOuNsCB7YWN0dWFsfeyeheuLiOuLpAAAVlRoZSBhcnJheSBoYXMgYSBkb2N1bWVudGVkIG51bWJlciBvZiBpdGVtcy6AAeydtCDrsLDsl7Tsl5DripQg66y47ISc7JeQIOygle2VtOynhCDtla3rqqkg7IiY6rCAIOyeiOyKteuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWywBQocZmllbGQtcmVxdWlyZWQuUmVxdWlyZWQgbWVtYmVyIG1pc3Npbmc07ZWE7IiYIO2MjOudvOuvuO2EsCDriITrnb0KZXJyb3IBAAAAASpge2ZpZWxkfWAgaXMgcmVxdWlyZWRCYHtmaWVsZH1g7J2AKOuKlCkg7ZWE7IiY7J6F64uI64ukAACQAVRoZSBtZW1iZXIgaXMgZG9jdW1lbnRlZCBhcyByZXF1aXJlZCB3aGVyZXZlciBpdHMgcGFyZW50IG9iamVjdCBpcyBzZW50LrQB66y47ISc7IOBIOydtCDrqaTrsoTripQg7IOB7JyEIOqwneyytOulvCDrs7TrgrTripQg6rOz7J2066m0IOyWtOuUlOyEnOuCmCDtlYTsiJjsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s1gUKIGZpZWxkLWRlcHJlY2F0ZWQiRGVwcmVjYXRlZCBtZW1iZXJC7KeA7JuQIOykkeuLqCDsmIjsoJUg7YyM652866+47YSwDndhcm5pbmcBAAAAAUZge2ZpZWxkfWAgaXMgZGVwcmVjYXRlZDoge2V4cGVjdGVkfZABYHtmaWVsZH1g7J2AKOuKlCkg7KeA7JuQIOykkeuLqCDsmIjsoJUg7YyM652866+47YSw7J6F64uI64ukOiB7ZXhwZWN0ZWR9AACCAVBvcnRPbmUgbWFya3MgdGhlIG1lbWJlciBhcyBkZXByZWNhdGVkIGFuZCBuYW1lcyBpdHMgcmVwbGFjZW1lbnQu2gHtj6ztirjsm5DsnbQg7J20IOuppOuyhOulvCDsp4Dsm5Ag7KSR64uoKGRlcHJlY2F0ZWQp7Jy866GcIO2RnOyLnO2VmOqzoCDrjIDsi6Ag7JO4IO2VreuqqeydhCDslYjrgrTtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s/AUKKmRpYWdub3N0aWNzLXRydW5jYXRlZChUb28gbWFueSBkaWFnbm9zdGljcy7sp4Tri6jsnbQg64SI66y0IOunjuydjAhpbmZvAQAAAAAAAKQCQWZ0ZXIgdGhlIHBlci1maWxlIGxpbWl0IGtjcGxpbnQgc3RvcHMgbGlzdGluZyBkaWFnbm9zdGljcyBmb3IgdGhlIGZpbGUgYW5kIHNheXMgaG93IG1hbnkgd2VyZSBsZWZ0IG91dCwgc28gb25lIGJyb2tlbiBmaWxlIGNhbm5vdCBmbG9vZCBhIENJIGxvZy6kA+2MjOydvOuLuSDtlZzrj4Tsl5Ag7J2066W066m0IGtjcGxpbnTripQg6re4IO2MjOydvOydmCDsp4Tri6jsnYQg642UIOuCmOyXtO2VmOyngCDslYrqs6Ag7IOd65617ZWcIOqwnOyImOulvCDslYzroKQg7KSN64uI64ukLiDrp53qsIDsp4Qg7YyM7J28IO2VmOuCmOqwgCBDSSDroZzqt7jrpbwg65Kk642u7KeAIOyViuqyjCDtlZjquLAg7JyE7ZW07ISc7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbLAGCiRzdXBwcmVzc2lvbi11bnVzZWRKQSBzdXBwcmVzc2lvbiB0aGF0IG1hdGNoZXMgbm8gZmluZGluZ1DqsbjrpqzripQg7KeE64uo7J20IOyXhuuKlCDslrXsoJwg7ISk7KCVDndhcm5pbmcBAAAAAAAA8AZSZXBvcnRlZCBhdCBhIGBzdXBwcmVzc2AgZW50cnkgb2YgYC5rY3BsaW50LnltbGAgdGhhdCBuYW1lcyBhIGZpbGUgdGhlIHJ1biBjaGVja2VkLCB3aGVuIG5vIGZpbmRpbmcgb2YgaXRzIHJ1bGVzIHdhcyBkcm9wcGVkIHRoZXJlOiB0aGUgcHJvYmxlbSB3YXMgZml4ZWQgb3IgdGhlIHRhcmdldCBtb3ZlZCwgYW5kIGEgc3RhbGUgc3VwcHJlc3Npb24gd291bGQgc2lsZW50bHkgaGlkZSB0aGUgbmV4dCByZWFsIGZpbmRpbmcgYXQgdGhhdCBwbGFjZS4gRW50cmllcyB0aGF0IG5hbWUgbm8gY2hlY2tlZCBmaWxlIHNheSBub3RoaW5nLCBzbyBhIHByZS1jb21taXQgcnVuIG92ZXIgYSBmZXcgZmlsZXMgZG9lcyBub3QgY2FsbCB0aGUgb3RoZXJzIHVudXNlZC4gTm90IGFib3V0IHBheWxvYWRzOiBubyBwYXlsb2FkIGV4YW1wbGUgZHJhd3MgaXQgKHRoZSBDTEkgdGVzdHMgZG8pLrgLYC5rY3BsaW50LnltbGDsnZggYHN1cHByZXNzYCDtla3rqqnsnbQg7J2067KIIOyLpO2WieyXkOyEnCDqsoDsgqztlZwg7YyM7J287J2EIOyngOygle2VmOuKlOuNsCDqt7gg7YyM7J287JeQ7IScIOydtCDtla3rqqnsnZgg6rec7LmZ7Jy866GcIOyWteygnOuQnCDsp4Tri6jsnbQg7ZWY64KY64+EIOyXhuycvOuptCDqt7gg7ZWt66qp7JeQIOuztOqzoO2VqeuLiOuLpC4g66y47KCc6rCAIOqzoOyzkOyhjOqxsOuCmCDrjIDsg4HsnbQg7Jiu6rKo7KeEIOqyg+ydtOupsCwg64Kh7J2AIOyWteygnCDshKTsoJXsnYAg6re4IOyekOumrOyXkOyEnCDrgpjsmKwg64uk7J2MIOyLpOygnCDsp4Tri6jsnYQg7JWE66y0IOyVjOumvCDsl4bsnbQg6rCA66as6rKMIOuQqeuLiOuLpC4g6rKA7IKs7ZWcIO2MjOydvOydhCDsp4DsoJXtlZjsp4Ag7JWK7J2AIO2VreuqqeyXkOuKlCDrs7Tqs6DtlZjsp4Ag7JWK7Jy866+A66GcLCDtjIzsnbwg66qHIOqwnOunjCDqsoDsgqztlZjripQgcHJlLWNvbW1pdCDsi6Ttlonsl5DshJwg64KY66i47KeAIO2VreuqqeydhCDsgqzsmqnrkJjsp4Ag7JWK64qU64uk6rOgIOuztOqzoO2VmOyngCDslYrsirXri4jri6QuIO2OmOydtOuhnOuTnOyXkCDqtIDtlZwg6rec7LmZ7J20IOyVhOuLiOuvgOuhnCDsnbQg6rec7LmZ7J2EIOydvOycvO2CpOuKlCDtjpjsnbTroZzrk5wg7JiI7Iuc64qUIOyXhuyKteuLiOuLpChDTEkg7YWM7Iqk7Yq47JeQ64qUIOyeiOyKteuLiOuLpCkulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1s0AYKJnN1cHByZXNzaW9uLWV4cGlyZWREQSBzdXBwcmVzc2lvbiBwYXN0IGl0cyBgdW50aWxgIGRheUxgdW50aWxgIOuCoOynnOqwgCDsp4Drgpwg7Ja17KCcIOyEpOyglQ53YXJuaW5nAQAAAAAAALwEUmVwb3J0ZWQgYXQgdGhlIGB1bnRpbGAgb2YgYSBgc3VwcHJlc3NgIGVudHJ5IG9uY2UgdGhlIGRheSBoYXMgcGFzc2VkIChpbiBLb3JlYSB0aW1lLCBvciBhdCBgLS1ub3dgKTogdGhlIGZpbmRpbmdzIGl0IGNvdmVyZWQgYXJlIHJlcG9ydGVkIGFnYWluLCBhbmQgdGhlIGVudHJ5IHNob3VsZCBiZSByZW1vdmVkIG9uY2UgdGhleSBhcmUgZml4ZWQsIG9yIGdpdmVuIGEgbmV3IGRheS4gTm90IGFib3V0IHBheWxvYWRzOiBubyBwYXlsb2FkIGV4YW1wbGUgZHJhd3MgaXQgKHRoZSBDTEkgdGVzdHMgZG8pLvoGYHN1cHByZXNzYCDtla3rqqnsnZggYHVudGlsYCDrgqDsp5zqsIAg7KeA64KY66m0KO2VnOq1rSDsi5zqsIQg6riw7KSALCDrmJDripQgYC0tbm93YOuhnCDsp4DsoJXtlZwg7Iuc6rCBIOq4sOykgCkg6re4IGB1bnRpbGDsl5Ag67O06rOg7ZWp64uI64ukLiDsnbQg7ZWt66qp7J20IOqwgOumrOuNmCDsp4Tri6jsnYAg64uk7IucIOuztOqzoOuQmOupsCwg7KeE64uo7J2EIOqzoOy5mOuptCDtla3rqqnsnYQg7IKt7KCc7ZWY6rOgIOq3uOugh+yngCDslYrsnLzrqbQg7IOIIOuCoOynnOulvCDsp4DsoJXtlbTslbwg7ZWp64uI64ukLiDtjpjsnbTroZzrk5zsl5Ag6rSA7ZWcIOq3nOy5meydtCDslYTri4jrr4DroZwg7J20IOq3nOy5meydhCDsnbzsnLztgqTripQg7Y6Y7J2066Gc65OcIOyYiOyLnOuKlCDsl4bsirXri4jri6QoQ0xJIO2FjOyKpO2KuOyXkOuKlCDsnojsirXri4jri6QpLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbP4GChxiYXNlbGluZS1zdGFsZUZBIGJhc2VsaW5lIGVudHJ5IG5vIGZpbmRpbmcgbWF0Y2hlc1bsp4Tri6jsnbQg64KY7Jik7KeAIOyViuuKlCDquLDspIDshKAg7ZWt66qpCGluZm8BAAAAAAAA0AVSZXBvcnRlZCBhdCB0aGUgbGluZSBvZiBhIGJhc2VsaW5lIGVudHJ5IHdob3NlIGZpbGUgd2FzIGNoZWNrZWQgYnV0IGhhZCBmZXdlciBmaW5kaW5ncyBvZiB0aGF0IHJ1bGUgYXQgdGhhdCBwb2ludGVyIHRoYW4gdGhlIGVudHJ5IGhvbGRzOiB0aGUgcHJvYmxlbSB3YXMgZml4ZWQgKG9yIHN1cHByZXNzZWQsIG9yIGl0cyBydWxlIHR1cm5lZCBvZmYpLCBhbmQgYC0td3JpdGUtYmFzZWxpbmVgIHNocmlua3MgdGhlIGJhc2VsaW5lIHNvIHRoYXQgdGhlIHByb2JsZW0gY2Fubm90IGNvbWUgYmFjayB1bm5vdGljZWQuIE5vdCBhYm91dCBwYXlsb2Fkczogbm8gcGF5bG9hZCBleGFtcGxlIGRyYXdzIGl0ICh0aGUgQ0xJIHRlc3RzIGRvKS6WCOq4sOykgOyEoCDtla3rqqnsnZgg7YyM7J287J2EIOqygOyCrO2WiOuKlOuNsCDqt7gg7Y+s7J247YSw7JeQ7IScIOuCmOyYqCDtlbTri7kg6rec7LmZ7J2YIOynhOuLqOydtCDtla3rqqnsl5Ag6riw66Gd65CcIOqwnOyImOuztOuLpCDsoIHsnLzrqbQg6re4IOq4sOykgOyEoCDtla3rqqnsnZgg7KSE7JeQIOuztOqzoO2VqeuLiOuLpC4g66y47KCc6rCAIOqzoOyzkOynhCjrmJDripQg7Ja17KCc65CY7JeI6rGw64KYIOq3nOy5meydtCDqurzsp4QpIOqyg+ydtOupsCwgYC0td3JpdGUtYmFzZWxpbmVg7Jy866GcIOq4sOykgOyEoOydhCDspITsnbTrqbQg6re4IOusuOygnOqwgCDrqqjrpbTripQg7IKs7J207JeQIOuLpOyLnCDsg53quLgg7IiYIOyXhuyKteuLiOuLpC4g7Y6Y7J2066Gc65Oc7JeQIOq0gO2VnCDqt5zsuZnsnbQg7JWE64uI66+A66GcIOydtCDqt5zsuZnsnYQg7J287Jy87YKk64qUIO2OmOydtOuhnOuTnCDsmIjsi5zripQg7JeG7Iq164uI64ukKENMSSDthYzsiqTtirjsl5DripQg7J6I7Iq164uI64ukKS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxAAAAAeDpqZUNAAAuUnVsZXMvMDAtY2F0YWxvZ3VlLnlhbWykBwokc2VjcmV0LWNhcmQtbnVtYmVyQkEgcmVhbCBjYXJkIG51bWJlciBpbiB0aGUgcGF5bG9hZFrtjpjsnbTroZzrk5zsl5Ag7Iuk7KCcIOy5tOuTnOuyiO2YuOqwgCDsnojsnYwOd2FybmluZwEAAAAAAACgBVBheWxvYWQgZmlsZXMgZW5kIHVwIGluIHJlcG9zaXRvcmllcywgQ0kgbG9ncyBhbmQgdGlja2V0cy4gQSAxMy0xOSBkaWdpdCBzdHJpbmcgd2l0aCBhIGNhcmQtbmV0d29yayBwcmVmaXggdGhhdCBwYXNzZXMgdGhlIEx1aG4gY2hlY2sgaXMgdmVyeSBsaWtlbHkgYSByZWFsIGNhcmQgbnVtYmVyIChwdWJsaXNoZWQgdGVzdCBjYXJkIG51bWJlcnMgc3VjaCBhcyA0MTExLTExMTEtMTExMS0xMTExIGFyZSBleGNlcHRlZCkuIGtjcGxpbnQgcmVwb3J0cyB3aGVyZSBpdCBpcyB3aXRob3V0IHByaW50aW5nIGl0LCBhbmQgbWFza3MgaXQgZXZlcnl3aGVyZSBpdCBwcmludHMgcGF5bG9hZCB0ZXh0LqwH7Y6Y7J2066Gc65OcIO2MjOydvOydgCDqsrDqta0g7KCA7J6l7IaMLCBDSSDroZzqt7gsIOydtOyKiCDti7DsvJPsl5Ag64Ko6rKMIOuQqeuLiOuLpC4g7Lm065OcIOu4jOuenOuTnOydmCDrsojtmLgg64yA7Jet7Jy866GcIOyLnOyeke2VmOqzoCBMdWhuIOqygOyCrOulvCDthrXqs7ztlZjripQgMTN+MTnsnpDrpqwg7Iir7J6Q7Je07J2AIOyLpOygnCDsubTrk5zrsojtmLjsnbwg6rCA64ql7ISx7J20IOunpOyasCDrhpLsirXri4jri6QoNDExMS0xMTExLTExMTEtMTExMeyymOufvCDqs7XqsJzrkJwg7YWM7Iqk7Yq4IOy5tOuTnOuyiO2YuOuKlCDsoJzsmbjtlanri4jri6QpLiBrY3BsaW5064qUIOuyiO2YuOulvCDstpzroKXtlZjsp4Ag7JWK6rOgIOychOy5mOunjCDrs7Tqs6DtlZjrqbAsIO2OmOydtOuhnOuTnCDrgrTsmqnsnYQg7Lac66Cl7ZWY64qUIOuqqOuToCDqs7Psl5DshJwg67KI7Zi466W8IOqwgOumveuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQAAAAHg6amVDQAALlJ1bGVzLzAwLWNhdGFsb2d1ZS55YW1szgcKInNlY3JldC1jcmVkZW50aWFsTkEgUG9ydE9uZSBBUEkgY3JlZGVudGlhbCBpbiB0aGUgcGF5bG9hZGrtjpjsnbTroZzrk5zsl5Ag7Y+s7Yq47JuQIEFQSSDsnbjspp0g7KCV67O06rCAIOyeiOydjA53YXJuaW5nAQAAAAAAAKoDVGhlIFJFU1QgQVBJIGtleSBhbmQgc2VjcmV0IChgaW1wX2tleWAsIGBpbXBfc2VjcmV0YCkgYW5kIGFjY2VzcyB0b2tlbnMgYmVsb25nIGluIHRoZSBzZXJ2ZXIncyBzZWNyZXQgc3RvcmUsIG5vdCBpbiByZXF1ZXN0IGJvZGllcyBvciBjb21taXR0ZWQgcGF5bG9hZCBmaWxlcy4ga2NwbGludCByZXBvcnRzIHRoZSBtZW1iZXIgd2l0aG91dCBwcmludGluZyBpdHMgdmFsdWUuggRSRVNUIEFQSSDtgqTsmYAg7Iuc7YGs66a/KGBpbXBfa2V5YCwgYGltcF9zZWNyZXRgKSwg7JWh7IS47IqkIO2GoO2BsOydgCDsmpTssq0g67O466y47J2064KYIOy7pOuwi+uQnCDtjpjsnbTroZzrk5wg7YyM7J287J20IOyVhOuLiOudvCDshJzrsoTsnZgg67mE67CAIOyggOyepeyGjOyXkCDrkZDslrTslbwg7ZWp64uI64ukLiBrY3BsaW5064qUIOqwkuydhCDstpzroKXtlZjsp4Ag7JWK6rOgIO2VtOuLuSDrqaTrsoTrp4wg67O06rOg7ZWp64uI64ukLmZodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9hdXRoP3Y9djEAAAAB4OmplQ0AAC5SdWxlcy8wMC1jYXRhbG9ndWUueWFtbPwHCh5ub3Qta2NwLWdhdGV3YXlEVGhlIHBheWxvYWQgaXMgZm9yIGFub3RoZXIgZ2F0ZXdheSbri6TrpbggUEfsgqwg7JqU7LKtDndhcm5pbmcBAAEABgYEcGcAAgAEcGcWAggCBAYEcGcAAgAEcGcWAgZQXmtjcChfYmlsbGluZ3xfcXVpY2spPyhcLltBLVphLXowLTldKyk/JAYEcGcAAgAEcGcWAgbYBig/aSleXHMqKGh0bWw1X2luaWNpc3xpbmljaXN8aW5pY2lzX3VuaWZpZWR8aW5pY2lzX3YyfGluaWNpc19qcHx1cGx1c3x0b3NzcGF5bWVudHN8dG9zc19icmFuZHBheXxuaWNlfG5pY2VfdjJ8a2ljY3xrYWthb3BheXxrYWthb3xkYW5hbHxkYW5hbF90cGF5fG1vYmlsaWFuc3xwYXljb3xwYXlwYWx8cGF5cGFsX3YyfGV4aW1iYXl8ZXhpbWJheV92MnxuYXZlcnBheXxuYXZlcmNvfHNtaWxlcGF5fGRhb3V8cGF5bWVudHdhbGx8dG9zc3BheXx0b3NzcGF5X3YyfHNtYXJ0cm98c21hcnRyb192MnxzZXR0bGV8c2V0dGxlX2FjY3xzZXR0bGVfZmlybXxrc25ldHxnYWxheGlhfHdlbGNvbWV8anRuZXR8c3lydXB8Y2hhaXxwYXlwbGV8Ymx1ZXdhbG51dHxhbGlwYXl8cGlucGF5fGtwbnxoeXBoZW58cGF5bGV0dGVyfHBheWxldHRlcl9nbG9iYWwpXHMqKFwufCQpAgICBHBnAAIABHBnFgAAAAGqAmBwZ2Age3ZhbHVlfSBuYW1lcyBhbm90aGVyIHBheW1lbnQgZ2F0ZXdheTogdGhlIE5ITiBLQ1AgY2F0YWxvZ3VlIGRvZXMgbm90IGFwcGx5LCBzbyBubyBvdGhlciBLQ1AgcnVsZSB3YXMgY2hlY2tlZCAoc2VjcmV0cyBpbiB0aGUgcGF5bG9hZCBzdGlsbCBhcmUpsANgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkgTkhOIEtDUOqwgCDslYTri4wg64uk66W4IFBH7IKs7J6F64uI64ukLiBOSE4gS0NQIOq3nOy5meydtCDsoIHsmqnrkJjsp4Ag7JWK7Jy866+A66GcIOuCmOuouOyngCBLQ1Ag6rec7LmZ7J2AIOqygOyCrO2VmOyngCDslYrslZjsirXri4jri6QgKO2OmOydtOuhnOuTnCDslYjsnZgg66+86rCQ7KCV67O064qUIOqygOyCrO2VqeuLiOuLpCkAAM4OQSBgcGdgIHZhbHVlIGlzIGB7cHJvdmlkZXJ9YCBvciBge3Byb3ZpZGVyfS57c3RvcmUgaWR9YCwgYW5kIHRoZSBLQ1AgcHJvdmlkZXIgY29kZXMgYXJlIGBrY3BgIChwYXltZW50IHdpbmRvdywga2V5LWluIGFuZCBSRVNUKSBhbmQgYGtjcF9iaWxsaW5nYCAoYmlsbGluZy1rZXkgd2luZG93KS4gQW55IG90aGVyIHByb3ZpZGVyIChgaHRtbDVfaW5pY2lzYCwgYG5pY2VfdjJgLCBgdG9zc3BheW1lbnRzYCwgLi4uKSBmb2xsb3dzIGRpZmZlcmVudCBydWxlcywgc28gY2hlY2tpbmcgaXQgYWdhaW5zdCB0aGUgS0NQIGNhdGFsb2d1ZSB3b3VsZCBvbmx5IHByb2R1Y2UgYSBmbG9vZCBvZiB3cm9uZyBmaW5kaW5ncy4gT25lIHdhcm5pbmcgc2F5cyB3aHkgdGhlIHBheWxvYWQgd2FzIHNraXBwZWQuIE9ubHkgdGhlIHByb3ZpZGVycyBvZiBQb3J0T25lJ3MgY29kZSBsaXN0IGNvdW50IChgaHRtbDVfaW5pY2lzYCwgYHRvc3NwYXltZW50c2AsIGB0b3NzX2JyYW5kcGF5YCwgYG5pY2VfdjJgLCAuLi4sIHRoZSBsZWdhY3kgbWFudWFsJ3MgYGtha2FvYCwgYGp0bmV0YCwgYHN5cnVwYCwgYGJsdWV3YWxudXRgLCBgYWxpcGF5YCwgYW5kIHRoZSBvdGhlciBwcm92aWRlcnMgb2YgUG9ydE9uZSdzIHNlcnZlciBTREspOiBgcGdgIG5hbWVzIG5vIHByb3ZpZGVyIHdoZW4gaXQgaXMgbWlzdHlwZWQgKGBrY3AgYCwgYGtjcHBgLCBgbmhua2NwYCkgb3IgaG9sZHMgYSBgcGF5X21ldGhvZGAgKGB2YmFua2ApLCBhbmQgUG9ydE9uZSB0aGVuIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwsIG9mdGVuIHRoZSBtZXJjaGFudCdzIEtDUCBvbmUsIHNvIHRoZSBwYXlsb2FkIGlzIGNoZWNrZWQgYXMgS0NQIGFuZCBwZy1mb3JtYXQgcmVwb3J0cyB0aGUgdmFsdWUuIGBrY3BfcXVpY2tgIGlzIGhhbmRsZWQgYnkgbm90LWtjcC1xdWlja3BheS6oEWBwZ2Ag6rCS7J2AIGB7cHJvdmlkZXJ9YCDrmJDripQgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAg7ZiV7Iud7J2066mwLCBLQ1DsnZggUEfsgqwg7L2U65Oc64qUIGBrY3BgKOqysOygnOywvSwg7YKk7J24IOqysOygnCwgUkVTVCBBUEkp7JmAIGBrY3BfYmlsbGluZ2Ao67mM66eB7YKkIOuwnOq4iSDqsrDsoJzssL0p7J6F64uI64ukLiDqt7gg67CW7J2YIFBH7IKsKGBodG1sNV9pbmljaXNgLCBgbmljZV92MmAsIGB0b3NzcGF5bWVudHNgIOuTsSnripQg64uk66W4IOq3nOy5meydhCDrlLDrpbTrr4DroZwsIEtDUCDqt5zsuZkg66qo7J2M7Jy866GcIOqygOyCrO2VmOuptCDsnpjrqrvrkJwg7KeE64uo66eMIOyPn+yVhOynkeuLiOuLpC4g64yA7IugIO2OmOydtOuhnOuTnOulvCDqsoDsgqztlZjsp4Ag7JWK7J2AIOydtOycoOulvCDqsr3qs6Ag7ZWY64KY66GcIOyVjOumveuLiOuLpC4g64uk66W4IFBH7IKs66GcIO2MkOuLqO2VmOuKlCDqsoPsnYAg7Y+s7Yq47JuQIFBH7IKsIOy9lOuTnO2RnOyXkCDsnojripQgUEfsgqzrv5DsnoXri4jri6QoYGh0bWw1X2luaWNpc2AsIGB0b3NzcGF5bWVudHNgLCBgdG9zc19icmFuZHBheWAsIGBuaWNlX3YyYCDrk7EsIOq1rCDrp6TribTslrzsnZggYGtha2FvYCwgYGp0bmV0YCwgYHN5cnVwYCwgYGJsdWV3YWxudXRgLCBgYWxpcGF5YCwg6re466as6rOgIO2PrO2KuOybkCDshJzrsoQgU0RL7J2YIOuCmOuouOyngCBQR+yCrCkuIGBwZ2Drpbwg7J6Y66q7IOyeheugpe2WiOqxsOuCmChga2NwIGAsIGBrY3BwYCwgYG5obmtjcGApIGBwYXlfbWV0aG9kYCDqsJLsnYQg64Sj7J2AIOqyveyasChgdmJhbmtgKeyXkOuKlCBgcGdg6rCAIOyWtOuWpCBQR+yCrOuPhCDqsIDrpqztgqTsp4Ag7JWK7Iq164uI64ukLiDsnbTrlYwg7Y+s7Yq47JuQ7J2AIOy9mOyGlOydmCDquLDrs7gg7LGE64SQKOuMgOqwnCDqs6DqsJ3sgqzsnZggS0NQIOyxhOuEkCnsnYQg64yA7IugIOyCrOyaqe2VmOuvgOuhnCwg7Y6Y7J2066Gc65Oc66W8IEtDUOuhnCDqsoDsgqztlZjqs6AgcGctZm9ybWF07J20IOydtCDqsJLsnYQg67O06rOg7ZWp64uI64ukLiBga2NwX3F1aWNrYOydgCBub3Qta2NwLXF1aWNrcGF56rCAIOyymOumrO2VqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0yP3Y9djEAAQAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbFwKJm5vdC1wb3J0b25lLXJlcXVlc3ReVGhlIHBheWxvYWQgaXMgYSBCb290cGF5IHJlcXVlc3QsIG5vdCBQb3J0T25lJ3NO7Y+s7Yq47JuQ7J20IOyVhOuLjCDrtoDtirjtjpjsnbQg7JqU7LKtDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAGBhxhcHBsaWNhdGlvbl9pZAACABxhcHBsaWNhdGlvbl9pZDgCAAECBAYQb3JkZXJfaWQAAgAQb3JkZXJfaWQ6AgABBgpwcmljZQACAApwcmljZTwCAAEGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgAAAgICHGFwcGxpY2F0aW9uX2lkAAIAHGFwcGxpY2F0aW9uX2lkOAAAAAGwBGBhcHBsaWNhdGlvbl9pZGAgd2l0aCBgb3JkZXJfaWRgIG9yIGBwcmljZWAgaXMgYSBCb290cGF5IHJlcXVlc3QgKGBCb290cGF5LnJlcXVlc3RQYXltZW50YCksIG5vdCBQb3J0T25lJ3MgYElNUC5yZXF1ZXN0X3BheWAgKHdoaWNoIHRha2VzIGBtZXJjaGFudF91aWRgIGFuZCBgYW1vdW50YCk6IHRoZSBQb3J0T25lIMOXIEtDUCBjYXRhbG9ndWUgZG9lcyBub3QgYXBwbHksIHNvIG5vIG90aGVyIEtDUCBydWxlIHdhcyBjaGVja2VkIChzZWNyZXRzIGluIHRoZSBwYXlsb2FkIHN0aWxsIGFyZSmuBWBvcmRlcl9pZGAg65iQ64qUIGBwcmljZWDsmYAg7ZWo6ruYIOyeiOuKlCBgYXBwbGljYXRpb25faWRg64qUIO2PrO2KuOybkCBgSU1QLnJlcXVlc3RfcGF5YChgbWVyY2hhbnRfdWlkYCwgYGFtb3VudGAg7IKs7JqpKeqwgCDslYTri4wg67aA7Yq47Y6Y7J20KGBCb290cGF5LnJlcXVlc3RQYXltZW50YCkg7JqU7LKt7J6F64uI64ukLiDtj6ztirjsm5Agw5cgS0NQIOq3nOy5meydtCDsoIHsmqnrkJjsp4Ag7JWK7Jy866+A66GcIOuLpOuluCBLQ1Ag6rec7LmZ7J2AIOqygOyCrO2VmOyngCDslYrslZjsirXri4jri6QgKOy5tOuTnOuyiO2YuCDrk7Eg66+86rCQ7KCV67O064qUIOqygOyCrO2VqeuLiOuLpCkAAPIGQm9vdHBheSdzIGJyb3dzZXIgU0RLIGFsc28gdGFrZXMgYHBnOiAna2NwJ2AsIHNvIGl0cyByZXF1ZXN0IG9iamVjdHMgdHVybiB1cCBpbiBzZWFyY2hlcyBmb3IgS0NQIHBheW1lbnRzIGFuZCBnZXQgY2hlY2tlZCBieSBtaXN0YWtlLiBUaGV5IG5hbWUgdGhlIG9yZGVyIGBvcmRlcl9pZGAgYW5kIHRoZSBhbW91bnQgYHByaWNlYCwgYW5kIGNhcnJ5IHRoZSBtZXJjaGFudCdzIEJvb3RwYXkgYGFwcGxpY2F0aW9uX2lkYCwgbm9uZSBvZiB3aGljaCBQb3J0T25lJ3MgYHJlcXVlc3RfcGF5YCBoYXMuIENoZWNrZWQgYXMgUG9ydE9uZSwgc3VjaCBhIHBheWxvYWQgZHJhd3MgYSBmbG9vZCBvZiBmaW5kaW5ncyAoYG1lcmNoYW50X3VpZGAgYW5kIGBhbW91bnRgIG1pc3NpbmcsIGV2ZXJ5IG1lbWJlciB1bmtub3duKTsgb25lIHdhcm5pbmcgc2F5cyB3aGF0IGl0IGlzIGluc3RlYWQuzAnrtoDtirjtjpjsnbTsnZgg67iM65287Jqw7KCAIFNES+uPhCBgcGc6ICdrY3AnYOulvCDrsJvquLAg65WM66y47JeQLCDrtoDtirjtjpjsnbQg7JqU7LKtIOqwneyytOqwgCBLQ1Ag6rKw7KCcIOy9lOuTnOulvCDssL7ripQg6rKA7IOJ7JeQIO2VqOq7mCDqsbjroKQg7J6Y66q7IOqygOyCrOuQmOqzpCDtlanri4jri6QuIOu2gO2KuO2OmOydtCDsmpTssq3snYAg7KO866y467KI7Zi466W8IGBvcmRlcl9pZGAsIOq4iOyVoeydhCBgcHJpY2Vg65286rOgIOu2gOultOqzoCDqs6DqsJ3sgqzsnZgg67aA7Yq47Y6Y7J20IGBhcHBsaWNhdGlvbl9pZGDrpbwg64u064qU642wLCDsnbQg7KSRIOyWtOuKkCDqsoPrj4Qg7Y+s7Yq47JuQIGByZXF1ZXN0X3BheWDsl5DripQg7JeG7Iq164uI64ukLiDsnbTrn7Ag7Y6Y7J2066Gc65Oc66W8IO2PrO2KuOybkCDsmpTssq3snLzroZwg6rKA7IKs7ZWY66m0IOynhOuLqOydtCDsj5/slYTsp4Drr4DroZwoYG1lcmNoYW50X3VpZGDsmYAgYGFtb3VudGAg64iE6529LCDrqqjrk6Ag66mk67KE6rCAIOyVjCDsiJgg7JeG64qUIO2MjOudvOuvuO2EsCksIOuMgOyLoCDslrTrlqQg7JqU7LKt7J247KeAIOqyveqzoCDtlZjrgpjroZwg7JWM66a964uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxAAEAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzeAQokcG9ydG9uZS12Mi1yZXF1ZXN0VlRoZSBwYXlsb2FkIGlzIGEgUG9ydE9uZSBWMiByZXF1ZXN0LCBub3QgdjFA7Y+s7Yq47JuQIFYx7J20IOyVhOuLjCBWMiDsmpTssq0Od2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAYGDnN0b3JlSWQAAgAOc3RvcmVJZD4CAAEGGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAgAAAg4GEnBheW1lbnRJZAACABJwYXltZW50SWRAAgABBhJvcmRlck5hbWUAAgASb3JkZXJOYW1lQgIAAQYWdG90YWxBbW91bnQAAgAWdG90YWxBbW91bnREAgABBhJwYXlNZXRob2QAAgAScGF5TWV0aG9kRgIAAQYgYmlsbGluZ0tleU1ldGhvZAACACBiaWxsaW5nS2V5TWV0aG9kSAIAAQYOaXNzdWVJZAACAA5pc3N1ZUlkSgIAAQYsaWRlbnRpdHlWZXJpZmljYXRpb25JZAACACxpZGVudGl0eVZlcmlmaWNhdGlvbklkTAIAAQICAg5zdG9yZUlkAAIADnN0b3JlSWQ+AAAAAZIFYHN0b3JlSWRgIHdpdGggYHBheW1lbnRJZGAsIGBvcmRlck5hbWVgLCBgdG90YWxBbW91bnRgIG9yIGBiaWxsaW5nS2V5TWV0aG9kYCBpcyBhIFBvcnRPbmUgVjIgcmVxdWVzdCAoYFBvcnRPbmUucmVxdWVzdFBheW1lbnRgLCBgUG9ydE9uZS5yZXF1ZXN0SXNzdWVCaWxsaW5nS2V5YCksIG5vdCB0aGUgdjEgYElNUC5yZXF1ZXN0X3BheWAgdGhpcyBjYXRhbG9ndWUgY2hlY2tzICh3aGljaCB0YWtlcyBgbWVyY2hhbnRfdWlkYCwgYG5hbWVgIGFuZCBgYW1vdW50YCk6IG5vIG90aGVyIEtDUCBydWxlIHdhcyBjaGVja2VkIChzZWNyZXRzIGluIHRoZSBwYXlsb2FkIHN0aWxsIGFyZSmIBmBwYXltZW50SWRgLCBgb3JkZXJOYW1lYCwgYHRvdGFsQW1vdW50YCDrmJDripQgYGJpbGxpbmdLZXlNZXRob2Rg7JmAIO2VqOq7mCDsnojripQgYHN0b3JlSWRg64qUIO2PrO2KuOybkCBWMiDsmpTssq0oYFBvcnRPbmUucmVxdWVzdFBheW1lbnRgLCBgUG9ydE9uZS5yZXF1ZXN0SXNzdWVCaWxsaW5nS2V5YCnsnoXri4jri6QuIOydtCDqt5zsuZkg66qo7J2M7J2AIFYxIGBJTVAucmVxdWVzdF9wYXlgKGBtZXJjaGFudF91aWRgLCBgbmFtZWAsIGBhbW91bnRgIOyCrOyaqSnrpbwg6rKA7IKs7ZWY66+A66GcIOuLpOuluCBLQ1Ag6rec7LmZ7J2AIOqygOyCrO2VmOyngCDslYrslZjsirXri4jri6QgKOy5tOuTnOuyiO2YuCDrk7Eg66+86rCQ7KCV67O064qUIOqygOyCrO2VqeuLiOuLpCkAAJ4HUG9ydE9uZSdzIFYyIGJyb3dzZXIgU0RLIHRha2VzIGBzdG9yZUlkYCwgYGNoYW5uZWxLZXlgLCBgcGF5bWVudElkYCwgYG9yZGVyTmFtZWAsIGB0b3RhbEFtb3VudGAsIGBjdXJyZW5jeWAgKGBDVVJSRU5DWV9LUldgKSBhbmQgYHBheU1ldGhvZGAgKGBDQVJEYCksIGFuZCBpc3N1ZXMgYmlsbGluZyBrZXlzIHdpdGggYGJpbGxpbmdLZXlNZXRob2RgOyBub25lIG9mIHRoZXNlIGJ1dCBgY2hhbm5lbEtleWAgaXMgYSB2MSBwYXJhbWV0ZXIuIENoZWNrZWQgYXMgdjEsIGEgVjIgcmVxdWVzdCBkcmF3cyBhIGZsb29kIG9mIGZpbmRpbmdzIChgbWVyY2hhbnRfdWlkYCBhbmQgYGFtb3VudGAgbWlzc2luZywgZXZlcnkgbWVtYmVyIHVua25vd24sIGEgY3VycmVuY3kgS0NQIGRvZXMgbm90IHNldHRsZSk7IG9uZSB3YXJuaW5nIHNheXMgd2hhdCBpdCBpcyBpbnN0ZWFkLiBWMiByZXF1ZXN0cyBuZWVkIGEgVjIgbGludGVyLuQI7Y+s7Yq47JuQIFYyIOu4jOudvOyasOyggCBTREvripQgYHN0b3JlSWRgLCBgY2hhbm5lbEtleWAsIGBwYXltZW50SWRgLCBgb3JkZXJOYW1lYCwgYHRvdGFsQW1vdW50YCwgYGN1cnJlbmN5YChgQ1VSUkVOQ1lfS1JXYCksIGBwYXlNZXRob2RgKGBDQVJEYCnrpbwg67Cb6rOgLCDruYzrp4HtgqTripQgYGJpbGxpbmdLZXlNZXRob2Rg66GcIOuwnOq4ie2VqeuLiOuLpC4g7J20IOykkSBgY2hhbm5lbEtleWAg66eQ6rOg64qUIHYxIO2MjOudvOuvuO2EsOqwgCDslYTri5nri4jri6QuIFYyIOyalOyyreydhCB2MeycvOuhnCDqsoDsgqztlZjrqbQg7KeE64uo7J20IOyPn+yVhOyngOuvgOuhnChgbWVyY2hhbnRfdWlkYOyZgCBgYW1vdW50YCDriITrnb0sIOuqqOuToCDrqaTrsoTqsIAg7JWMIOyImCDsl4bripQg7YyM652866+47YSwLCBLQ1DqsIAg7KCV7IKw7ZWY7KeAIOyViuuKlCDthrXtmZQpLCDrjIDsi6Ag7Ja065akIOyalOyyreyduOyngCDqsr3qs6Ag7ZWY64KY66GcIOyVjOumveuLiOuLpC4gVjIg7JqU7LKt7J2AIFYy7JqpIOumsO2EsOuhnCDqsoDsgqztlbTslbwg7ZWp64uI64ukLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YyLXNkay9wYXltZW50LXJlcXVlc3Q/dj12MgABAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sqAIKIG5vdC1rY3AtcXVpY2twYXk+VGhlIHBheWxvYWQgaXMgZm9yIEtDUCBRdWlja1BheShLQ1Ag7YC17Y6Y7J20IOyalOyyrQ53YXJuaW5nAQABBgRwZwACAARwZxYCBigoP2kpXmtjcF9xdWljaygkfFwuKQICAgRwZwACAARwZxYAAAABtgJgcGdgIHt2YWx1ZX0gaXMgYSBLQ1AgUXVpY2tQYXkgY2hhbm5lbCAoYGtjcF9xdWlja2ApLCB3aGljaCB0aGlzIGNhdGFsb2d1ZSBkb2VzIG5vdCBjb3Zlcjogbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKeADYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDtgLXtjpjsnbQoYGtjcF9xdWlja2ApIOyxhOuEkOyeheuLiOuLpC4g7YC17Y6Y7J20IOyalOyyreydgCDsnbQg6rec7LmZIOuqqOydjOydmCDqsoDsgqwg64yA7IOB7J20IOyVhOuLiOuvgOuhnCDri6TrpbggS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjsubTrk5zrsojtmLgg65OxIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAADEA0tDUCBRdWlja1BheSBpcyBhIHNlcGFyYXRlIFBvcnRPbmUgY2hhbm5lbCB0eXBlIChga2NwX3F1aWNrYCkgd2l0aCBpdHMgb3duIHBhcmFtZXRlcnMgKGBieXBhc3Mua2NwUXVpY2tgLCBhY3Rpb24gdHlwZXMsIGVuY3J5cHRlZCBDSSkgYW5kIGl0cyBvd24gcGFnZTsgdGhlIGNvbnN0cmFpbnRzIG9mIHRoZSBLQ1AgcGF5bWVudCBhbmQgYmlsbGluZyB3aW5kb3dzIGRvIG5vdCBhcHBseSB0byBpdC7UBEtDUCDtgLXtjpjsnbTripQg67OE64+E7J2YIO2PrO2KuOybkCDssYTrhJAg7Jyg7ZiVKGBrY3BfcXVpY2tgKeycvOuhnCwg6rOg7Jyg7ZWcIO2MjOudvOuvuO2EsChgYnlwYXNzLmtjcFF1aWNrYCwg7JWh7IWYIOycoO2YlSwg7JWU7Zi47ZmU65CcIENJKeyZgCDrs4Trj4TsnZgg7Jew64+ZIOusuOyEnOqwgCDsnojsirXri4jri6QuIEtDUCDsnbzrsJjqsrDsoJwg6rKw7KCc7LC96rO8IOu5jOunge2CpCDrsJzquIkg6rKw7KCc7LC97J2YIOygnOyVveydgCDtgLXtjpjsnbTsl5Ag7KCB7Jqp65CY7KeAIOyViuyKteuLiOuLpC6gAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL2tjcC1xdWlja3BheT92PXYxAAEAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyGAwosa2NwLXF1aWNrLW91dC1vZi1zY29wZUBLQ1AgUXVpY2tQYXkgcmVxdWVzdCBub3QgY2hlY2tlZFZLQ1Ag7YC17Y6Y7J20IOyalOyyreydgCDqsoDsgqztlZjsp4Ag7JWK7J2MCGluZm8BAAEABAYeYnlwYXNzLmtjcFF1aWNrAAQADGJ5cGFzc04AEGtjcFF1aWNrUAIAAQYEcGcAAgAEcGcWAgAAAgICHmJ5cGFzcy5rY3BRdWljawAEAAxieXBhc3NOABBrY3BRdWlja1AAAAABqgJgYnlwYXNzLmtjcFF1aWNrYCBtYXJrcyBhIEtDUCBRdWlja1BheSByZXF1ZXN0LCB3aGljaCB0aGlzIGNhdGFsb2d1ZSBkb2VzIG5vdCBjb3Zlcjogbm8gb3RoZXIgS0NQIHJ1bGUgd2FzIGNoZWNrZWQgKHNlY3JldHMgaW4gdGhlIHBheWxvYWQgc3RpbGwgYXJlKfgDYGJ5cGFzcy5rY3BRdWlja2DsnYAgS0NQIO2Ate2OmOydtCDsmpTssq3sl5Ag7IKs7Jqp7ZWY64qUIO2MjOudvOuvuO2EsOyeheuLiOuLpC4g7YC17Y6Y7J20IOyalOyyreydgCDsnbQg6rec7LmZIOuqqOydjOydmCDqsoDsgqwg64yA7IOB7J20IOyVhOuLiOuvgOuhnCDri6TrpbggS0NQIOq3nOy5meydgCDqsoDsgqztlZjsp4Ag7JWK7JWY7Iq164uI64ukICjsubTrk5zrsojtmLgg65OxIOuvvOqwkOygleuztOuKlCDqsoDsgqztlanri4jri6QpAACaB1dpdGggYGNoYW5uZWxLZXlgIHRoZSBjaGFubmVsIHR5cGUgY2Fubm90IGJlIHNlZW4gaW4gdGhlIHBheWxvYWQsIGJ1dCBgYnlwYXNzLmtjcFF1aWNrYCBpcyBkb2N1bWVudGVkIG9ubHkgZm9yIEtDUCBRdWlja1BheSAoYGtjcF9xdWlja2ApIGNoYW5uZWxzLCB3aG9zZSByZXF1ZXN0cyBmb2xsb3cgdGhlaXIgb3duIHBhZ2UgKGFjdGlvbiB0eXBlcyB3aXRob3V0IGBhbW91bnRgLCBgY3VzdG9tZXJfdWlkYCBwZXIgcmVnaXN0ZXJlZCBjYXJkKS4gQ2hlY2tpbmcgdGhlbSBhZ2FpbnN0IHRoZSBLQ1AgcGF5bWVudCBvciBiaWxsaW5nLWtleSBydWxlcyB3b3VsZCByYWlzZSBmYWxzZSBhbGFybXMgb24gY29ycmVjdCBRdWlja1BheSBjYWxscywgc28gdGhlIHBheWxvYWQgaXMgc2tpcHBlZCB3aXRoIGFuIGluZm8gKG5vdCBhIHdhcm5pbmc6IGl0IG1heSBmb2xsb3cgdGhlIFF1aWNrUGF5IGRvY3MgZXhhY3RseSku1glgY2hhbm5lbEtleWDrpbwg7IKs7Jqp7ZWY66m0IO2OmOydtOuhnOuTnOunjOycvOuhnOuKlCDssYTrhJAg7Jyg7ZiV7J2EIOyVjCDsiJgg7JeG7KeA66eMLCBgYnlwYXNzLmtjcFF1aWNrYOydgCBLQ1Ag7YC17Y6Y7J20KGBrY3BfcXVpY2tgKSDssYTrhJDsl5DshJzrp4wg66y47ISc7ZmU65CY7Ja0IOyeiOycvOupsCDtgLXtjpjsnbQg7JqU7LKt7J2AIOuzhOuPhOydmCDsl7Drj5kg66y47ISc66W8IOuUsOumheuLiOuLpChgYW1vdW50YCDsl4bripQg7JWh7IWYIOycoO2YlSwg65Ox66Gd7ZWcIOy5tOuTnOuniOuLpCBgY3VzdG9tZXJfdWlkYCkuIOydtOufsCDsmpTssq3snYQgS0NQIOydvOuwmOqysOygnOuCmCDruYzrp4HtgqQg67Cc6riJIOq3nOy5meycvOuhnCDqsoDsgqztlZjrqbQg7Jis67CU66W4IO2Ate2OmOydtCDtmLjstpzsl5Ag7Jik7YOQ7J20IOyDneq4sOuvgOuhnCwg7KCV67O0IOyImOykgOydmCDsp4Tri6gg7ZWY64KY66eMIOuCqOq4sOqzoCDtjpjsnbTroZzrk5zrpbwg6rKA7IKs7ZWY7KeAIOyViuyKteuLiOuLpCjtgLXtjpjsnbQg66y47ISc66W8IOygle2Zle2eiCDrlLDrpbgg7JqU7LKt7J28IOyImCDsnojsnLzrr4DroZwg6rK96rOg6rCAIOyVhOuLmeuLiOuLpCkuoAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9rY3AtcXVpY2twYXk/dj12MQABAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1svAMKPmtjcC1xdWljay1ieXBhc3Mtb24ta2NwLWNoYW5uZWxqYGJ5cGFzcy5rY3BRdWlja2Agb24gYSBLQ1AgcGF5bWVudCBvciBiaWxsaW5nIGNoYW5uZWx0S0NQIOydvOuwmC/soJXquLDqsrDsoJwg7LGE64SQ7JeQIGBieXBhc3Mua2NwUXVpY2tgIOyCrOyaqQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEABAYeYnlwYXNzLmtjcFF1aWNrAAQADGJ5cGFzc04AEGtjcFF1aWNrUAIAAQYEcGcAAgAEcGcWAgYyKD9pKV5rY3AoX2JpbGxpbmcpPygkfFwuKQICAh5ieXBhc3Mua2NwUXVpY2sABAAMYnlwYXNzTgAQa2NwUXVpY2tQAAAAAYICYGJ5cGFzcy5rY3BRdWlja2AgYmVsb25ncyB0byBLQ1AgUXVpY2tQYXkgY2hhbm5lbHMgKGBrY3BfcXVpY2tgKTsgb24gdGhlIGBrY3BgL2BrY3BfYmlsbGluZ2AgY2hhbm5lbCBuYW1lZCBieSBgcGdgIGl0IGlzIG5vdCB1c2VkyAJgYnlwYXNzLmtjcFF1aWNrYOydgCBLQ1Ag7YC17Y6Y7J20KGBrY3BfcXVpY2tgKSDssYTrhJAg7KCE7JqpIO2MjOudvOuvuO2EsOyeheuLiOuLpC4gYHBnYOyXkCDsp4DsoJXtlZwgYGtjcGAvYGtjcF9iaWxsaW5nYCDssYTrhJDsl5DshJzripQg7IKs7Jqp65CY7KeAIOyViuyKteuLiOuLpAAA1gNgYnlwYXNzLmtjcFF1aWNrYCBpcyBkb2N1bWVudGVkIG9ubHkgb24gdGhlIEtDUCBRdWlja1BheSBwYWdlLCB3aG9zZSBjaGFubmVsIGNvZGUgaXMgYGtjcF9xdWlja2AuIEEgcGF5bG9hZCB0aGF0IG5hbWVzIGEgYGtjcGAgb3IgYGtjcF9iaWxsaW5nYCBjaGFubmVsIGFuZCBhbHNvIHNlbmRzIGl0IG1peGVzIHR3byBwcm9kdWN0czogZWl0aGVyIHRoZSBjaGFubmVsIG9yIHRoZSBwYXJhbWV0ZXIgaXMgd3Jvbmcu6ARgYnlwYXNzLmtjcFF1aWNrYOydgCDssYTrhJAg7L2U65Oc6rCAIGBrY3BfcXVpY2tg7J24IEtDUCDtgLXtjpjsnbQg7Jew64+ZIOusuOyEnOyXkOunjCDrgpjsmLXri4jri6QuIGBrY3BgIOuYkOuKlCBga2NwX2JpbGxpbmdgIOyxhOuEkOydhCDsp4DsoJXtlZjrqbTshJwg7J20IO2MjOudvOuvuO2EsOuPhCDrs7TrgrTripQg7Y6Y7J2066Gc65Oc64qUIOyEnOuhnCDri6Trpbgg65GQIOyDge2SiOydhCDshJ7snYAg6rKD7J2066+A66GcLCDssYTrhJDqs7wg7YyM652866+47YSwIOykkSDtlZjrgpjqsIAg7J6Y66q765CY7JeI7Iq164uI64ukLqABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3Ava2NwLXF1aWNrcGF5P3Y9djEBFEtDUC1DSC0wMTIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sggQKHmNoYW5uZWwtbWlzc2luZyZObyBjaGFubmVsIHNlbGVjdGVkIOyxhOuEkCDrr7jsp4DsoJUOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgQEFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgEcGcAAgAEcGcWAAAAAeQBbmVpdGhlciBgY2hhbm5lbEtleWAgbm9yIGBwZ2AgaXMgc2V0OiBQb3J0T25lIHVzZXMgdGhlIGNvbnNvbGUncyBkZWZhdWx0IGNoYW5uZWwsIHdoaWNoIG1heSBub3QgYmUgdGhlIEtDUCBjaGFubmVsogJgY2hhbm5lbEtleWDsmYAgYHBnYOqwgCDrqqjrkZAg7JeG7Iq164uI64ukLiDsvZjshpTsl5Ag7ISk7KCV65CcIOq4sOuzuCDssYTrhJDroZwg6rKw7KCc6rCAIOyalOyyreuQmOuvgOuhnCBLQ1Ag7LGE64SQ7J20IOyVhOuLkCDsiJgg7J6I7Iq164uI64ukAADUBFRoZSBLQ1AgcGFnZSBtYWtlcyBgY2hhbm5lbEtleWAgdGhlIHdheSB0byBwaWNrIHRoZSBLQ1AgY2hhbm5lbCAoYHBnYCBpcyBpdHMgZGVwcmVjYXRlZCBhbHRlcm5hdGl2ZSkuIFdpdGhvdXQgZWl0aGVyLCB0aGUgZGVmYXVsdCBQRyBzZXQgaW4gdGhlIGNvbnNvbGUgaXMgdXNlZDsgd2l0aCBtb3JlIHRoYW4gb25lIGNoYW5uZWwgY29uZmlndXJlZCB0aGF0IG1heSBzaWxlbnRseSBiZSBhIGRpZmZlcmVudCBnYXRld2F5LCBhbmQgZm9yIGEgYmlsbGluZyBrZXkgaXQgbXVzdCBiZSBhIGBrY3BfYmlsbGluZ2AgY2hhbm5lbC6uBktDUCDsl7Drj5kg66y47ISc64qUIEtDUCDssYTrhJDsnYQgYGNoYW5uZWxLZXlg66GcIOyngOygle2VmOuPhOuhnSDslYjrgrTtlanri4jri6QoYHBnYOuKlCDsp4Dsm5Ag7KSR64uoIOyYiOygleyduCDrjIDslYjsnoXri4jri6QpLiDrkZgg64ukIOyXhuycvOuptCDsvZjshpTsl5Ag7ISk7KCV65CcIOq4sOuzuCBQR+yCrOqwgCDsgqzsmqnrkJjripTrjbAsIOyxhOuEkOydtCDrkZgg7J207IOBIOyEpOygleuQmOyWtCDsnojsnLzrqbQg7JWE66y0IOyVjOumvCDsl4bsnbQg64uk66W4IFBH7IKs66GcIOqysOygnOqwgCDsmpTssq3rkKAg7IiYIOyeiOycvOupsCwg67mM66eB7YKkIOuwnOq4ieydtOudvOuptCDsnbQg6riw67O4IOyxhOuEkOydtCBga2NwX2JpbGxpbmdgIOyxhOuEkOydtOyWtOyVvCDtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNILTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzCBAokY2hhbm5lbC1rZXktYW5kLXBnPGBjaGFubmVsS2V5YCBhbmQgYHBnYCBib3RoIHNldEpgY2hhbm5lbEtleWDsmYAgYHBnYOulvCDtlajqu5gg7IKs7JqpDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIGBBRjaGFubmVsS2V5AAIAFGNoYW5uZWxLZXkYBHBnAAIABHBnFgAAAAHaAWBwZ2AgaXMgc2VudCB0b2dldGhlciB3aXRoIGBjaGFubmVsS2V5YDogd2hpY2ggb25lIFBvcnRPbmUgdXNlcyBpcyBub3QgZG9jdW1lbnRlZDsgcmVtb3ZlIHRoZSBkZXByZWNhdGVkIGBwZ2DIAmBjaGFubmVsS2V5YOyZgCBgcGdg66W8IO2VqOq7mCDsnoXroKXtlojsirXri4jri6QuIOyWtOuKkCDqsJLsnbQg7KCB7Jqp65CY64qU7KeAIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOyngOybkCDspJHri6gg7JiI7KCV7J24IGBwZ2Drpbwg7IKt7KCc7ZWY7IS47JqUAACOA1RoZSBLQ1AgcGFnZSBwcmVzZW50cyBgY2hhbm5lbEtleWAgYXMgdGhlIHJlcGxhY2VtZW50IG9mIHRoZSBkZXByZWNhdGVkIGBwZ2A7IHdoYXQgaGFwcGVucyB3aGVuIGJvdGggYXJlIHNlbnQgKGFuZCBkaXNhZ3JlZSkgaXMgbm90IGRvY3VtZW50ZWQgYW55d2hlcmUsIHNvIHRoZSBjaGFubmVsIGFjdHVhbGx5IHVzZWQgaXMgdW5wcmVkaWN0YWJsZS6IBUtDUCDsl7Drj5kg66y47ISc64qUIGBjaGFubmVsS2V5YOulvCDsp4Dsm5Ag7KSR64uoIOyYiOygleyduCBgcGdg66W8IOuMgOyytO2VmOuKlCDtjIzrnbzrr7jthLDroZwg7IaM6rCc7ZWp64uI64ukLiDrkZAg6rCS7J2EIO2VqOq7mCDrs7Trgrwg65WMKOq3uOumrOqzoCDrkZAg6rCS7J20IOyEnOuhnCDri6Trpbwg65WMKSDslrTrlrvqsowg65CY64qU7KeA64qUIOyWtOuUlOyXkOuPhCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnCwg7Iuk7KCc66GcIOyWtOuKkCDssYTrhJDsnbQg7IKs7Jqp65Cg7KeAIOyYiOy4oe2VoCDsiJgg7JeG7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1siAUKLmNoYW5uZWwta2V5LXBsYWNlaG9sZGVyTkNoYW5uZWwga2V5IGxlZnQgYXMgdGhlIGRvYyBwbGFjZWhvbGRlclDssYTrhJDtgqQg7JiI7IucIOqwkuydhCDqt7jrjIDroZwg7IKs7JqpCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCBRjaGFubmVsS2V5AAIAFGNoYW5uZWxLZXkYAgpyKD9pKVt7fTw+XXzssYTrhJDtgqR8eW91clstXyBdP2NoYW5uZWx8XmNoYW5uZWxbLV8gXT9rZXkkAAAAAcQCYGNoYW5uZWxLZXlgIHt2YWx1ZX0gaXMgYSBwbGFjZWhvbGRlciBjb3BpZWQgZnJvbSB0aGUgZG9jczogdXNlIHRoZSBjaGFubmVsIGtleSBzaG93biBpbiB0aGUgUG9ydE9uZSBjb25zb2xlIChJbnRlZ3JhdGlvbiA+IEludGVncmF0aW9uIGluZm8gPiBDaGFubmVsIG1hbmFnZW1lbnQp4gJgY2hhbm5lbEtleWAg6rCSIHt2YWx1ZX3snYAo64qUKSDrrLjshJzsnZgg7JiI7IucIOqwkuyeheuLiOuLpC4g7Y+s7Yq47JuQIOy9mOyGlCBb6rKw7KCcIOyXsOuPmV0gPiBb7Jew64+ZIOygleuztF0gPiBb7LGE64SQIOq0gOumrF3sl5DshJwg7ZmV7J247ZWcIOyxhOuEkO2CpOulvCDsnoXroKXtlZjshLjsmpQAAN4ERXZlcnkgU0RLIGV4YW1wbGUgb24gdGhlIEtDUCBwYWdlIHNlbmRzIGBjaGFubmVsS2V5OiAie+y9mOyGlCDrgrQg7Jew64+ZIOygleuztOydmCDssYTrhJDtgqR9ImAuIFNlbnQgYXMgaXMsIFBvcnRPbmUgZmluZHMgbm8gY2hhbm5lbCBhbmQgdGhlIHdpbmRvdyBuZXZlciBvcGVucy4gQnJhY2VzLCBhbmdsZSBicmFja2V0cywgdGhlIEtvcmVhbiB3b3JkIGZvciBjaGFubmVsIGtleSwgb3IgInlvdXIgY2hhbm5lbCBrZXkiIG5ldmVyIG9jY3VyIGluIGEgcmVhbCBrZXkgKGBjaGFubmVsLWtleS1gIGZvbGxvd2VkIGJ5IGEgVVVJRCku7AVLQ1Ag7Jew64+ZIOusuOyEnOydmCBTREsg7JiI7KCc64qUIOuqqOuRkCBgY2hhbm5lbEtleTogInvsvZjshpQg64K0IOyXsOuPmSDsoJXrs7TsnZgg7LGE64SQ7YKkfSJg66W8IOuztOuDheuLiOuLpC4g7J20IOqwkuydhCDqt7jrjIDroZwg67O064K066m0IO2PrO2KuOybkOydtCDssYTrhJDsnYQg7LC+7KeAIOuqu+2VtCDqsrDsoJzssL3snbQg7Je066as7KeAIOyViuyKteuLiOuLpC4g7KSR6rSE7Zi4LCDqur7sh6DqtITtmLgsICfssYTrhJDtgqQn652864qUIO2VnOq4gCDri6jslrQsICJ5b3VyIGNoYW5uZWwga2V5IuuKlCDsi6TsoJwg7LGE64SQ7YKkKGBjaGFubmVsLWtleS1gIOuSpOyXkCBVVUlEKeyXkOuKlCDrgpjsmKTsp4Ag7JWK7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1swAUKJGNoYW5uZWwta2V5LWZvcm1hdERDaGFubmVsIGtleSBpbiBhbiB1bmV4cGVjdGVkIHNoYXBlSOyxhOuEkO2CpCDtmJXsi53snbQg7JiI7IOB6rO8IOuLpOumhA53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEGFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgCBgRcUwIIFGNoYW5uZWxLZXkAAgAUY2hhbm5lbEtleRgCHAIEBgIuAAACBpwBKD9pKV5jaGFubmVsLWtleS1bMC05YS1mXXs4fS1bMC05YS1mXXs0fS1bMC05YS1mXXs0fS1bMC05YS1mXXs0fS1bMC05YS1mXXsxMn0kBgIuAAACBnIoP2kpW3t9PD5dfOyxhOuEkO2CpHx5b3VyWy1fIF0/Y2hhbm5lbHxeY2hhbm5lbFstXyBdP2tleSQAAAABlAJgY2hhbm5lbEtleWAge3ZhbHVlfSBkb2VzIG5vdCBsb29rIGxpa2UgYSBQb3J0T25lIGNoYW5uZWwga2V5IChgY2hhbm5lbC1rZXktYCBmb2xsb3dlZCBieSBhIFVVSUQpOiBjb3B5IGl0IGZyb20gdGhlIGNvbnNvbGUncyBjaGFubmVsIGxpc3ToAmBjaGFubmVsS2V5YCDqsJIge3ZhbHVlfeydtCjqsIApIO2PrO2KuOybkCDssYTrhJDtgqQg7ZiV7IudKGBjaGFubmVsLWtleS1gIOuSpOyXkCBVVUlEKeydtCDslYTri5nri4jri6QuIOy9mOyGlOydmCDssYTrhJAg6rSA66asIO2ZlOuptOyXkOyEnCDssYTrhJDtgqTrpbwg67O17IKs7ZW0IOyeheugpe2VmOyEuOyalAAA9AVDaGFubmVsIGtleXMgaXNzdWVkIGJ5IHRoZSBjb25zb2xlIGhhdmUgdGhlIGZvcm0gYGNoYW5uZWwta2V5LTxVVUlEPmAgKGFzIGluIFBvcnRPbmUncyBvd24gcGxheWdyb3VuZCkuIEEgZGlmZmVyZW50IHNoYXBlIHVzdWFsbHkgbWVhbnMgYW5vdGhlciBpZGVudGlmaWVyIHdhcyBwYXN0ZWQgKHRoZSBtZXJjaGFudCBjb2RlIGBpbXAuLi5gLCBhIHN0b3JlIGlkIG9yIGEgc2l0ZSBjb2RlKSBvciB3aGl0ZXNwYWNlIHdhcyBjb3BpZWQgYWxvbmcuIFRoZSBmb3JtYXQgaXMgbm90IHNwZWNpZmllZCBpbiB0aGUgZG9jcywgc28gdGhpcyBpcyBhIHdhcm5pbmc7IGEgcGxhY2Vob2xkZXIgaXMgcmVwb3J0ZWQgYnkgY2hhbm5lbC1rZXktcGxhY2Vob2xkZXIgaW5zdGVhZC6kB+y9mOyGlOyXkOyEnCDrsJzquIntlZwg7LGE64SQ7YKk64qUIGBjaGFubmVsLWtleS08VVVJRD5gIO2YleyLneyeheuLiOuLpCjtj6ztirjsm5Ag7ZSM66CI7J206re465287Jq065Oc7J2YIOyxhOuEkO2CpOuPhCDqsJnsnYAg7ZiV7Iud7J6F64uI64ukKS4g7ZiV7Iud7J20IOuLpOultOuptCDrjIDqsJwg64uk66W4IOyLneuzhOyekCjqs6DqsJ3sgqwg7Iud67OE7L2U65OcIGBpbXAuLi5gLCDsg4HsoJDslYTsnbTrlJQsIOyCrOydtO2KuOy9lOuTnCnrpbwg67aZ7JesIOuEo+yXiOqxsOuCmCDqs7XrsLHsnbQg7ZWo6ruYIOuzteyCrOuQnCDqsoPsnoXri4jri6QuIOydtCDtmJXsi53snYAg66y47ISc7JeQIOuqheyLnOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOqyveqzoOuhnCDrs7Tqs6DtlZjrqbAsIOyYiOyLnCDqsJLsnYAgY2hhbm5lbC1rZXktcGxhY2Vob2xkZXLqsIAg64yA7IugIOuztOqzoO2VqeuLiOuLpC6KAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL3Nkay9rby92MS1zZGsvamF2YXNjcmlwdC1zZGsvcGF5cnE/dj12MQEUS0NQLUNILTAwNAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyABgoccGctcGxhY2Vob2xkZXJAYHBnYCBsZWZ0IGFzIHRoZSBkb2MgcGxhY2Vob2xkZXJGYHBnYCDsmIjsi5wg6rCS7J2EIOq3uOuMgOuhnCDsgqzsmqkKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIIBHBnAAIABHBnFgIKDFt7fTw+XQAAAAH2AmBwZ2Age3ZhbHVlfSBzdGlsbCBjb250YWlucyB0aGUgZG9jIHBsYWNlaG9sZGVyOiB3cml0ZSB0aGUgc2l0ZSBjb2RlIGl0c2VsZiwgd2l0aG91dCBicmFja2V0cyAoYGtjcC5BTzA5Q2AgZm9yIGEgcGF5bWVudCwgYGtjcF9iaWxsaW5nLkFPMDlDYCBmb3IgYSBiaWxsaW5nIGtleSksIG9yIHN3aXRjaCB0byBgY2hhbm5lbEtleWDuA2BwZ2Ag6rCSIHt2YWx1ZX3snYAo64qUKSDrrLjshJzsnZgg7JiI7IucIO2RnOq4sOulvCDqt7jrjIDroZwg64u06rOgIOyeiOyKteuLiOuLpC4g6rSE7Zi4IOyXhuydtCDsi6TsoJwg7IKs7J207Yq47L2U65Oc66W8IOyeheugpe2VmOqxsOuCmCjsnbzrsJjqsrDsoJzripQgYGtjcC5BTzA5Q2AsIOu5jOunge2CpCDrsJzquInsnYAgYGtjcF9iaWxsaW5nLkFPMDlDYCDtmJXsi50pIGBjaGFubmVsS2V5YOuhnCDrs4Dqsr3tlZjshLjsmpQAAJADVGhlIEtDUCBwYWdlIGRlc2NyaWJlcyB0aGUgdmFsdWUgYXMgYGtjcC57bWlkKOyCrOydtO2KuOy9lOuTnCl9YCBhbmQgYGtjcF9iaWxsaW5nLnttaWQo7IKs7J207Yq47L2U65OcKX1gOyBjb3BpZWQgbGl0ZXJhbGx5LCBubyBjaGFubmVsIG1hdGNoZXMgYW5kIFBvcnRPbmUgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbC74A0tDUCDsl7Drj5kg66y47ISc64qUIOydtCDqsJLsnYQgYGtjcC57bWlkKOyCrOydtO2KuOy9lOuTnCl9YOyZgCBga2NwX2JpbGxpbmcue21pZCjsgqzsnbTtirjsvZTrk5wpfWDroZwg7ZGc6riw7ZWp64uI64ukLiDsnbTrpbwg6riA7J6QIOq3uOuMgOuhnCDrs7XsgqztlZjrqbQg7J287LmY7ZWY64qUIOyxhOuEkOydtCDsl4bslrQsIO2PrO2KuOybkOydgCDsvZjshpTsnZgg6riw67O4IOyxhOuEkOydhCDrjIDsi6Ag7IKs7Jqp7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNAGCjxwZy1iaWxsaW5nLWNoYW5uZWwtZm9yLXBheW1lbnREQmlsbGluZyBjaGFubmVsIHVzZWQgZm9yIGEgcGF5bWVudFTsnbzrsJjqsrDsoJzsl5Ag7KCV6riw6rKw7KCcIOyxhOuEkCDsgqzsmqkKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggEcGcAAgAEcGcWAgokXmtjcF9iaWxsaW5nKCR8XC4pAAAAAYwDYHBnYCB7dmFsdWV9IGlzIGEgS0NQIGJpbGxpbmcta2V5IGNoYW5uZWwsIGJ1dCB0aGlzIHJlcXVlc3QgaGFzIG5vIGBjdXN0b21lcl91aWRgOiBmb3IgYSBwYXltZW50LCB1c2UgYGtjcC5gIGZvbGxvd2VkIGJ5IHlvdXIgc2l0ZSBjb2RlIChlLmcuIGBrY3AuQU8wOUNgKTsgdG8gaXNzdWUgYSBiaWxsaW5nIGtleSwgYWRkIGBjdXN0b21lcl91aWRg+ANgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOygleq4sOqysOygnCjruYzrp4HtgqQg67Cc6riJKSDssYTrhJDsnbjrjbAgYGN1c3RvbWVyX3VpZGDqsIAg7JeG7Iq164uI64ukLiDsnbzrsJjqsrDsoJzrnbzrqbQgYHBnYOulvCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCnroZwg67CU6r646rOgLCDruYzrp4HtgqQg67Cc6riJ7J20652866m0IGBjdXN0b21lcl91aWRg66W8IO2VqOq7mCDsnoXroKXtlZjshLjsmpQAAPQEVGhlIEtDUCBwYWdlIHVzZXMgYGtjcC57c2l0ZSBjb2RlfWAgZm9yIHRoZSBwYXltZW50IHdpbmRvdyBhbmQgYGtjcF9iaWxsaW5nLntzaXRlIGNvZGV9YCBmb3IgdGhlIGJpbGxpbmcta2V5IHdpbmRvdywgYW5kIHRoZSBga2NwX2JpbGxpbmdgIGNoYW5uZWwgb25seSBpc3N1ZXMgYmlsbGluZyBrZXlzIChpdCBjYW5ub3QgY2hhcmdlIHdoaWxlIGlzc3VpbmcpLiBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHJlZnVzZSBga2NwX2JpbGxpbmdgIHdpdGhvdXQgYGN1c3RvbWVyX3VpZGAgZm9yIHRoZSBzYW1lIHJlYXNvbi7oBUtDUCDsl7Drj5kg66y47ISc64qUIOydvOuwmOqysOygnCDqsrDsoJzssL3sl5AgYGtjcC57c2l0ZSBjb2RlfWAsIOu5jOunge2CpCDrsJzquIkg6rKw7KCc7LC97JeQIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWDrpbwg7IKs7Jqp7ZWY66mwLCBga2NwX2JpbGxpbmdgIOyxhOuEkOydgCDruYzrp4HtgqQg67Cc6riJ66eMIO2VqeuLiOuLpCjrsJzquIntlZjrqbTshJwg6rKw7KCc66W8IOyKueyduO2VoCDsiJgg7JeG7Iq164uI64ukKS4g7Y+s7Yq47JuQIFJlYWN0IE5hdGl2ZcK3Rmx1dHRlciDrqqjrk4jrj4Qg6rCZ7J2AIOydtOycoOuhnCBgY3VzdG9tZXJfdWlkYOqwgCDsl4bripQgYGtjcF9iaWxsaW5nYCDsmpTssq3snYQg6rGw67aA7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sjAcKRHBnLXBheW1lbnQtY2hhbm5lbC1mb3ItYmlsbGluZy1rZXlMUGF5bWVudCBjaGFubmVsIHVzZWQgZm9yIGEgYmlsbGluZyBrZXlc67mM66eB7YKkIOuwnOq4ieyXkCDsnbzrsJjqsrDsoJwg7LGE64SQIOyCrOyaqQplcnJvcgEBAh5zZGstYmlsbGluZy1rZXkAAggEcGcAAgAEcGcWAgoUXmtjcCgkfFwuKQAAAAHWAmBwZ2Age3ZhbHVlfSBpcyBhIEtDUCBwYXltZW50IGNoYW5uZWw6IGEgYmlsbGluZyBrZXkgdGhyb3VnaCB0aGUgS0NQIHdpbmRvdyBuZWVkcyB0aGUgYmlsbGluZyBjaGFubmVsLCBga2NwX2JpbGxpbmcuYCBmb2xsb3dlZCBieSB5b3VyIHNpdGUgY29kZSAoZS5nLiBga2NwX2JpbGxpbmcuQU8wOUNgKaIDYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDsnbzrsJjqsrDsoJwg7LGE64SQ7J6F64uI64ukLiBLQ1Ag6rKw7KCc7LC97Jy866GcIOu5jOunge2CpOulvCDrsJzquIntlZjroKTrqbQg7KCV6riw6rKw7KCcIOyxhOuEkCBga2NwX2JpbGxpbmcu7IKs7J207Yq47L2U65OcYCjsmIg6IGBrY3BfYmlsbGluZy5BTzA5Q2Ap66W8IOyngOygle2VtOyVvCDtlanri4jri6QAAOwDUG9ydE9uZSdzIGJpbGxpbmcta2V5IHJ1bGVzOiB0aGUgYGtjcF9iaWxsaW5nYCBjaGFubmVsIGlzc3VlcyBiaWxsaW5nIGtleXMgdGhyb3VnaCB0aGUgd2luZG93OyB0aGUgYGtjcGAgY2hhbm5lbCBpc3N1ZXMgdGhlbSBvbmx5IHRocm91Z2ggdGhlIEFQSSAoYC9zdWJzY3JpYmUvY3VzdG9tZXJzYCwgYC9vbmV0aW1lYCkuIFRoZSBLQ1AgcGFnZSdzIGJpbGxpbmcgc2VjdGlvbiB1c2VzIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWAu3ATtj6ztirjsm5DsnZgg67mM66eB7YKkIOuwnOq4iSDqt5zsuZnsl5Ag65Sw66W066m0IGBrY3BfYmlsbGluZ2Ag7LGE64SQ7J2AIOqysOygnOywveycvOuhnCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWY6rOgLCBga2NwYCDssYTrhJDsnYAgQVBJKGAvc3Vic2NyaWJlL2N1c3RvbWVyc2AsIGAvb25ldGltZWAp66Gc66eMIOu5jOunge2CpOulvCDrsJzquIntlanri4jri6QuIEtDUCDsl7Drj5kg66y47ISc7J2YIOu5jOunge2CpCDrsJzquIkg7ZWt66qp64+EIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWDrpbwg7IKs7Jqp7ZWp64uI64ukLnxodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGc/dj12MQEUS0NQLUNILTAwNgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzOBwoScGctZm9ybWF0TmBwZ2Agbm90IG9mIHRoZSBmb3JtIGBrY3AuYCArIHNpdGUgY29kZSRgcGdgIO2YleyLnSDsmKTrpZgKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAGBgRwZwACAARwZxYCBgRcUwQGBHBnAAIABHBnFgIGDFt7fTw+XQQABAQGBHBnAAIABHBnFgIGDig/aSlrY3AGBHBnAAIABHBnFgIGggMoP2kpKG5pY2V8aW5pY2lzfHRvc3N8a2FrYW98bmF2ZXJ8ZGFuYWx8a2ljY3xwYXljb3xwYXlwYWx8ZXhpbWJheXxzbWFydHJvfHNldHRsZXxrc25ldHx3ZWxjb21lfGRhb3V8cGF5cGxlfGJsdWV3YWxudXR8YWxpcGF5fG1vYmlsaWFuc3x1cGx1c3xoZWN0b3xwYXltZW50d2FsbHxqdG5ldHxzeXJ1cHxjaGFpfGdhbGF4aWF8c21pbGVwYXkpAggEcGcAAgAEcGcWAghCXmtjcChfYmlsbGluZyk/KFwuW0EtWmEtejAtOV0rKT8kAAAAAb4DYHBnYCB7dmFsdWV9IGlzIG5vdCBhIEtDUCBjaGFubmVsIGNvZGU6IHdyaXRlIGBrY3AuYCBmb2xsb3dlZCBieSB5b3VyIHNpdGUgY29kZSBmb3IgcGF5bWVudHMgKGUuZy4gYGtjcC5BTzA5Q2ApIG9yIGBrY3BfYmlsbGluZy5gIGZvbGxvd2VkIGJ5IGl0IGZvciBiaWxsaW5nIGtleXMgKGBrY3BfYmlsbGluZy5BTzA5Q2ApLCB3aXRoIGBrY3BgIGluIGxvd2VyIGNhc2UgYW5kIG5vIHNwYWNlc5gEYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIOyYrOuwlOuluCBLQ1Ag7LGE64SQIOy9lOuTnOqwgCDslYTri5nri4jri6QuIOydvOuwmOqysOygnOuKlCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCksIOu5jOunge2CpCDrsJzquInsnYAgYGtjcF9iaWxsaW5nLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwX2JpbGxpbmcuQU8wOUNgKSDtmJXsi53snLzroZwsIGBrY3Bg64qUIOyGjOusuOyekOuhnCDqs7XrsLEg7JeG7J20IOyeheugpe2VmOyEuOyalAAAugRUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBrY3Aue3NpdGUgY29kZX1gIGFuZCBga2NwX2JpbGxpbmcue3NpdGUgY29kZX1gOyBQb3J0T25lJ3MgY29kZSBsaXN0IHNwZWxscyB0aGUgcHJvdmlkZXJzIGluIGxvd2VyIGNhc2UsIGFuZCBhIGBwZ2AgdGhhdCBtYXRjaGVzIG5vIGNoYW5uZWwgc2lsZW50bHkgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbC4gU3dhcHBlZCBjaGFubmVsIHR5cGVzIGFuZCBgey4uLn1gIHBsYWNlaG9sZGVycyBoYXZlIHRoZWlyIG93biBydWxlcy6EBktDUCDsl7Drj5kg66y47ISc64qUIGBrY3Aue3NpdGUgY29kZX1g7JmAIGBrY3BfYmlsbGluZy57c2l0ZSBjb2RlfWAg7ZiV7Iud7J2EIOyViOuCtO2VmOqzoCwg7Y+s7Yq47JuQIFBH7IKsIOy9lOuTnO2RnOuKlCBQR+yCrCDsvZTrk5zrpbwg7IaM66y47J6Q66GcIO2RnOq4sO2VqeuLiOuLpC4g7Ja065akIOyxhOuEkOqzvOuPhCDsnbzsuZjtlZjsp4Ag7JWK64qUIGBwZ2DripQg7JWE66y0IOyVjOumvCDsl4bsnbQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDroZwg64yA7LK065Cp64uI64ukLiDssYTrhJAg7Jyg7ZiV7J2EIOyEnOuhnCDrsJTqv5Qg7JO0IOqyveyasOyZgCBgey4uLn1gIOyYiOyLnCDtkZzquLDripQg67OE64+E7J2YIOq3nOy5meydtCDrs7Tqs6Dtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNILTAwNQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyKCAomcGctbWlzc3BlbHQtZ2F0ZXdheVRgcGdgIGlzIGEgbWlzc3BlbHQgY29kZSBvZiBhbm90aGVyIGdhdGV3YXlQYHBnYOqwgCDri6TrpbggUEfsgqzsnZgg7J6Y66q765CcIOy9lOuTnAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBAAQEBgRwZwACAARwZxYCBg4oP2kpa2NwBgRwZwACAARwZxYCBoIDKD9pKShuaWNlfGluaWNpc3x0b3NzfGtha2FvfG5hdmVyfGRhbmFsfGtpY2N8cGF5Y298cGF5cGFsfGV4aW1iYXl8c21hcnRyb3xzZXR0bGV8a3NuZXR8d2VsY29tZXxkYW91fHBheXBsZXxibHVld2FsbnV0fGFsaXBheXxtb2JpbGlhbnN8dXBsdXN8aGVjdG98cGF5bWVudHdhbGx8anRuZXR8c3lydXB8Y2hhaXxnYWxheGlhfHNtaWxlcGF5KQIIBHBnAAIABHBnFgIKggMoP2kpKG5pY2V8aW5pY2lzfHRvc3N8a2FrYW98bmF2ZXJ8ZGFuYWx8a2ljY3xwYXljb3xwYXlwYWx8ZXhpbWJheXxzbWFydHJvfHNldHRsZXxrc25ldHx3ZWxjb21lfGRhb3V8cGF5cGxlfGJsdWV3YWxudXR8YWxpcGF5fG1vYmlsaWFuc3x1cGx1c3xoZWN0b3xwYXltZW50d2FsbHxqdG5ldHxzeXJ1cHxjaGFpfGdhbGF4aWF8c21pbGVwYXkpAAAAAawFYHBnYCB7dmFsdWV9IGlzIG5vdCBhIFBvcnRPbmUgcHJvdmlkZXIgY29kZSwgYnV0IGl0IG5hbWVzIGFub3RoZXIgZ2F0ZXdheTogUG9ydE9uZSBtYXRjaGVzIG5vIGNoYW5uZWwgYW5kIGZhbGxzIGJhY2sgdG8gdGhlIGNvbnNvbGUncyBkZWZhdWx0IG9uZS4gV3JpdGUgdGhhdCBnYXRld2F5J3MgY29kZSBmcm9tIFBvcnRPbmUncyBQRyBjb2RlIGxpc3QgKGBodG1sNV9pbmljaXNgLCBgbmljZV92MmAsIGB0b3NzcGF5bWVudHNgLCAuLi4pLCBvciBga2NwLmAgZm9sbG93ZWQgYnkgeW91ciBzaXRlIGNvZGUgKGUuZy4gYGtjcC5BTzA5Q2ApIGlmIHRoZSBwYXltZW50IGlzIG1lYW50IGZvciBOSE4gS0NQ2gVgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Y+s7Yq47JuQIFBH7IKsIOy9lOuTnOqwgCDslYTri4jsp4Drp4wg64uk66W4IFBH7IKsIOydtOumhOydhCDri7Tqs6Ag7J6I7Iq164uI64ukLiDsnbzsuZjtlZjripQg7LGE64SQ7J20IOyXhuyWtCDsvZjshpTsnZgg6riw67O4IOyxhOuEkOuhnCDqsrDsoJzrkKnri4jri6QuIO2VtOuLuSBQR+yCrOydmCDsvZTrk5woYGh0bWw1X2luaWNpc2AsIGBuaWNlX3YyYCwgYHRvc3NwYXltZW50c2Ag65OxIO2PrO2KuOybkCBQR+yCrCDsvZTrk5ztkZwp66W8IOyTsOqxsOuCmCwgTkhOIEtDUCDqsrDsoJzrnbzrqbQgYGtjcC7sgqzsnbTtirjsvZTrk5xgKOyYiDogYGtjcC5BTzA5Q2Ap66W8IOyTsOyEuOyalAAAvAhBIGBwZ2AgdmFsdWUgaXMgYHtwcm92aWRlcn1gIG9yIGB7cHJvdmlkZXJ9LntzdG9yZSBpZH1gIGZyb20gUG9ydE9uZSdzIFBHIGNvZGUgbGlzdCwgYW5kIGEgdmFsdWUgdGhhdCBtYXRjaGVzIG5vIGNoYW5uZWwgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbC4gQSB2YWx1ZSB0aGF0IGhvbGRzIGFub3RoZXIgZ2F0ZXdheSdzIG5hbWUgYnV0IGlzIG5vdCBpdHMgY29kZSAoYGh0bWw1X25pY2VwYXlgLCBgaW5pY2lzX2h0bWw1YCwgYHRvc3NfcGF5bWVudHNgKSB3YXMgbWVhbnQgZm9yIHRoYXQgZ2F0ZXdheSwgc28gdGVsbGluZyBpdHMgYXV0aG9yIHRvIHdyaXRlIGBrY3Aue3NpdGUgY29kZX1gIChwZy1mb3JtYXQncyBhZHZpY2UpIHdvdWxkIGJlIHdyb25nOyB0aGUgcGF5bG9hZCBpcyBzdGlsbCBjaGVja2VkIGFzIEtDUCwgYmVjYXVzZSB0aGUgZmFsbGJhY2sgY2hhbm5lbCBtYXkgYmUgdGhlIG1lcmNoYW50J3MgS0NQIG9uZS4gRXhhY3QgY29kZXMgb2Ygb3RoZXIgZ2F0ZXdheXMgYXJlIG5vdC1rY3AtZ2F0ZXdheSdzLpQKYHBnYCDqsJLsnYAg7Y+s7Yq47JuQIFBH7IKsIOy9lOuTnO2RnOydmCBge3Byb3ZpZGVyfWAg65iQ64qUIGB7cHJvdmlkZXJ9LntzdG9yZSBpZH1g7J2066mwLCDslrTrlqQg7LGE64SQ6rO864+EIOydvOy5mO2VmOyngCDslYrripQg6rCS7J2AIOy9mOyGlOydmCDquLDrs7gg7LGE64SQ66GcIOuMgOyytOuQqeuLiOuLpC4g64uk66W4IFBH7IKs7J2YIOydtOumhOydhCDri7Tqs6Ag7J6I7KeA66eMIOq3uCBQR+yCrOydmCDsvZTrk5zqsIAg7JWE64uMIOqwkihgaHRtbDVfbmljZXBheWAsIGBpbmljaXNfaHRtbDVgLCBgdG9zc19wYXltZW50c2Ap7J2AIOq3uCBQR+yCrOulvCDsnZjrj4TtlZwg6rKD7J2066+A66GcLCDsnpHshLHsnpDsl5DqsowgYGtjcC57c2l0ZSBjb2RlfWDrpbwg7JOw65286rOgIOyViOuCtO2VmOuKlCDqsoMocGctZm9ybWF07J2YIOyViOuCtCnsnYAg7J6Y66q77J6F64uI64ukLiDrjIDssrTrkJjripQg6riw67O4IOyxhOuEkOydtCDqs6DqsJ3sgqzsnZggS0NQIOyxhOuEkOydvCDsiJgg7J6I7Jy866+A66GcIO2OmOydtOuhnOuTnOuKlCDqt7jrnpjrj4QgS0NQ66GcIOqygOyCrO2VqeuLiOuLpC4g64uk66W4IFBH7IKs7J2YIOygle2Zle2VnCDsvZTrk5zripQgbm90LWtjcC1nYXRld2F56rCAIOyymOumrO2VqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0yP3Y9djEBFEtDUC1DSC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s7AgKJHBnLXNpdGUtY29kZS1zaGFwZSpVbnVzdWFsIEtDUCBzaXRlIGNvZGVoS0NQIOyCrOydtO2KuOy9lOuTnCDtmJXsi53snbQg7J2867CY7KCB7J207KeAIOyViuydjAhpbmZvAQEIIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEABgYEcGcAAgAEcGcWAgY8XmtjcChfYmlsbGluZyk/XC5bQS1aYS16MC05XSskBAYEcGcAAgAEcGcWAgZwKD9pKV5rY3AoX2JpbGxpbmcpP1wuKElOSXBheVRlc3R8SU5JQmlsbFRzdHxpYW1wb3J0MDBtKSQEBgRwZwACAARwZxYCBmYoP2kpXmtjcChfYmlsbGluZyk/XC4odW5kZWZpbmVkfG51bGx8bm9uZXxuaWx8bmFuKSQCCARwZwACAARwZxYCCDpea2NwKF9iaWxsaW5nKT9cLltBLVowLTldezV9JAAAAAGcAnRoZSBzaXRlIGNvZGUgaW4gYHBnYCB7dmFsdWV9IGlzIG5vdCA1IHVwcGVyLWNhc2UgbGV0dGVycyBvciBkaWdpdHMgbGlrZSBgVDAwMDBgIG9yIGBBTzA5Q2A6IGNoZWNrIGl0IGFnYWluc3QgdGhlIEtDUCBzaXRlIGNvZGUgaW4gdGhlIGNvbnNvbGXoAmBwZ2Ag6rCSIHt2YWx1ZX3snZgg7IKs7J207Yq47L2U65Oc6rCAIGBUMDAwMGAsIGBBTzA5Q2Dsspjrn7wg7JiB66y4IOuMgOusuOyekMK37Iir7J6QIDXsnpDrpqzqsIAg7JWE64uZ64uI64ukLiDsvZjshpTsl5Ag65Ox66Gd65CcIEtDUCDsgqzsnbTtirjsvZTrk5zsmYAg6rCZ7J2A7KeAIO2ZleyduO2VmOyEuOyalAAAlgRLQ1Agc2l0ZSBjb2RlcyBzZWVuIGluIFBvcnRPbmUncyBkb2NzIGFuZCBwbGF5Z3JvdW5kIGFyZSBmaXZlIHVwcGVyLWNhc2UgYWxwaGFudW1lcmljcyAodGhlIHB1YmxpYyB0ZXN0IGNvZGUgYFQwMDAwYCwgYEFPMDlDYCkuIFRoZSBmb3JtYXQgaXRzZWxmIGlzIG5vdCBzcGVjaWZpZWQsIHNvIGEgZGlmZmVyZW50IHNoYXBlIGlzIG9ubHkgd29ydGggYSBsb29rIChpbmZvKSwgZS5nLiBhIGxvd2VyLWNhc2VkIGNvZGUgb3IgYSBncm91cCBpZCBwYXN0ZWQgaW5zdGVhZC6cBu2PrO2KuOybkCDrrLjshJzsmYAg7ZSM66CI7J206re465287Jq065Oc7JeQIOuCmOyYpOuKlCBLQ1Ag7IKs7J207Yq47L2U65Oc64qUIOyYgeusuCDrjIDrrLjsnpDCt+yIq+yekCA17J6Q66as7J6F64uI64ukKOqzteyaqSDthYzsiqTtirgg7L2U65OcIGBUMDAwMGAsIGBBTzA5Q2ApLiDtmJXsi50g7J6Q7LK064qUIOuqheyLnOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcLCDtmJXsi53snbQg64uk66W4IOqwkuydgCDtlZzrsogg7ZmV7J247ZW0IOuzvCDrp4ztlZwg7KCV64+EKOygleuztCnsnoXri4jri6QuIOyGjOusuOyekOuhnCDrsJTrgJAg7L2U65Oc64KYIOyCrOydtO2KuOy9lOuTnCDrjIDsi6Ag67aZ7JesIOuEo+ydgCDqt7jro7kg7JWE7J2065SU6rCAIOq3uOufsCDsmIjsnoXri4jri6QuhAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcmVhZHkvcmVhZG1lP3Y9djEBFEtDUC1DSC0wMDcAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1svAkKPnBnLXNpdGUtY29kZS1mcm9tLW90aGVyLWdhdGV3YXluQW5vdGhlciBnYXRld2F5J3MgdGVzdCBzdG9yZSBpZCB1c2VkIGFzIGEgS0NQIHNpdGUgY29kZZQB64uk66W4IFBH7IKs7J2YIO2FjOyKpO2KuCDsg4HsoJDslYTsnbTrlJTrpbwgS0NQIOyCrOydtO2KuOy9lOuTnOuhnCDsgqzsmqkOd2FybmluZwEBCCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggEcGcAAgAEcGcWAgqIAig/aSlea2NwKF9iaWxsaW5nKT9cLihJTklwYXlUZXN0fElOSUJpbGxUc3R8aWFtcG9ydDAwbXxceyhJTklwYXlUZXN0fElOSUJpbGxUc3R8aWFtcG9ydDAwbSlcfXw8KElOSXBheVRlc3R8SU5JQmlsbFRzdHxpYW1wb3J0MDBtKT4pJAAAAAHgAmBwZ2Age3ZhbHVlfSBwdXRzIGEgS0cgSW5pY2lzIC8gZ2VuZXJpYyBzYW1wbGUgc3RvcmUgaWQgYWZ0ZXIgdGhlIEtDUCBjaGFubmVsIGNvZGU6IG5vIEtDUCBjaGFubmVsIGhhcyBpdDsgcHV0IHlvdXIgS0NQIHNpdGUgY29kZSB0aGVyZSAoS0NQJ3MgcHVibGljIHRlc3Qgc2l0ZSBjb2RlIGlzIGBUMDAwMGAp/gNgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOyxhOuEkCDsvZTrk5wg65Kk7JeQIEtH7J2064uI7Iuc7IqkwrfrspTsmqkg7JiI7IucIOyDgeygkOyVhOydtOuUlOulvCDrtpnsnbgg6rCS7J6F64uI64ukLiDsnbTrn7AgS0NQIOyxhOuEkOydgCDsl4bsnLzrr4DroZwg6re4IOyekOumrOyXkCBLQ1Ag7IKs7J207Yq47L2U65OcKEtDUCDqs7Xsmqkg7YWM7Iqk7Yq4IOyCrOydtO2KuOy9lOuTnOuKlCBgVDAwMDBgKeulvCDsnoXroKXtlZjshLjsmpQAAKYFYElOSXBheVRlc3RgLCBgSU5JQmlsbFRzdGAgYW5kIGBpYW1wb3J0MDBtYCBhcmUgdGhlIHRlc3Qgc3RvcmUgaWRzIG9mIFBvcnRPbmUncyBnZW5lcmljIGFuZCBLRyBJbmljaXMgc2FtcGxlcyAoYGh0bWw1X2luaWNpcy5JTklwYXlUZXN0YCk7IGNvcGllZCBhZnRlciBga2NwLmAgdGhleSBtYXRjaCBubyBLQ1AgY2hhbm5lbCwgYW5kIGEgYHBnYCB0aGF0IG1hdGNoZXMgbm8gY2hhbm5lbCBmYWxscyBiYWNrIHRvIHRoZSBjb25zb2xlJ3MgZGVmYXVsdCBjaGFubmVsLiBTZWVuIGluIHB1YmxpYyBtZXJjaGFudCBjb2RlLiBLQ1AncyBvd24gcHVibGljIHRlc3Qgc2l0ZSBjb2RlIGlzIGBUMDAwMGAujAdgSU5JcGF5VGVzdGAsIGBJTklCaWxsVHN0YCwgYGlhbXBvcnQwMG1g7J2AIO2PrO2KuOybkCDrspTsmqkg7JiI7KCc7JmAIEtH7J2064uI7Iuc7IqkIOyYiOygnOydmCDthYzsiqTtirgg7IOB7KCQ7JWE7J2065SU7J6F64uI64ukKGBodG1sNV9pbmljaXMuSU5JcGF5VGVzdGApLiDsnbTrpbwgYGtjcC5gIOuSpOyXkCDrs7XsgqztlbQg64Sj7Jy866m0IOydvOy5mO2VmOuKlCBLQ1Ag7LGE64SQ7J20IOyXhuqzoCwg7Ja065akIOyxhOuEkOqzvOuPhCDsnbzsuZjtlZjsp4Ag7JWK64qUIGBwZ2DripQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDroZwg64yA7LK065Cp64uI64ukLiDqs7XqsJzrkJwg6rOg6rCd7IKsIOy9lOuTnOyXkOyEnCDrsJzqsqzrkJwg7IKs66GA7J6F64uI64ukLiBLQ1Ag7J6Q7LK07J2YIOqzteyaqSDthYzsiqTtirgg7IKs7J207Yq47L2U65Oc64qUIGBUMDAwMGDsnoXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFEtDUC1DSC0wMDcAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1siAoKJHBnLXNpdGUtY29kZS11bnNldFxLQ1Agc2l0ZSBjb2RlIGZyb20gYSB2YXJpYWJsZSB0aGF0IHdhcyBub3Qgc2V0cOyEpOygleuQmOyngCDslYrsnYAg67OA7IiY66GcIOunjOuToCBLQ1Ag7IKs7J207Yq47L2U65OcCmVycm9yAQEIIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCARwZwACAARwZxYCCmYoP2kpXmtjcChfYmlsbGluZyk/XC4odW5kZWZpbmVkfG51bGx8bm9uZXxuaWx8bmFuKSQAAAABlANgcGdgIHt2YWx1ZX0gaGFzIG5vIHNpdGUgY29kZTogaXQgd2FzIGJ1aWx0IGZyb20gYSB2YXJpYWJsZSB0aGF0IHdhcyBub3Qgc2V0IChzdWNoIGFzIGBrY3AuJHtwcm9jZXNzLmVudi5LQ1BfU0lURV9DT0RFfWAgd2l0aG91dCB0aGUgdmFyaWFibGUpOyBzZXQgdGhlIHNpdGUgY29kZSwgb3Igc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxLZXlg+ANgcGdgIOqwkiB7dmFsdWV97JeQ64qUIOyCrOydtO2KuOy9lOuTnOqwgCDsl4bsirXri4jri6QuIOyEpOygleuQmOyngCDslYrsnYAg67OA7IiY66GcIOunjOuToCDqsJLsnoXri4jri6Qo7JiIOiDtmZjqsr0g67OA7IiYIOyXhuydtCDrp4zrk6AgYGtjcC4ke3Byb2Nlc3MuZW52LktDUF9TSVRFX0NPREV9YCkuIOyCrOydtO2KuOy9lOuTnOulvCDshKTsoJXtlZjqsbDrgpggYGNoYW5uZWxLZXlg66GcIOyxhOuEkOydhCDsp4DsoJXtlZjshLjsmpQAAJ4JQSB0ZW1wbGF0ZSBzdHJpbmcgb3IgY29uY2F0ZW5hdGlvbiB0dXJucyBhIHZhcmlhYmxlIHRoYXQgd2FzIG5vdCBzZXQgaW50byBgdW5kZWZpbmVkYCAoSmF2YVNjcmlwdCksIGBudWxsYCAoSmF2YSwgUEhQLCBKYXZhU2NyaXB0KSwgYE5vbmVgIChQeXRob24pLCBgbmlsYCAoUnVieSwgR28gdGVtcGxhdGVzKSBvciBgTmFOYDogYGtjcC51bmRlZmluZWRgIGlzIHdoYXQgYGtjcC4ke3Byb2Nlc3MuZW52LktDUF9TSVRFX0NPREV9YCBzZW5kcyB3aGVuIHRoZSBlbnZpcm9ubWVudCB2YXJpYWJsZSBpcyBtaXNzaW5nLCBhcyBwdWJsaWMgbWVyY2hhbnQgY29kZSBidWlsZHMgYHBnYC4gTm8gS0NQIGNoYW5uZWwgaGFzIHN1Y2ggYSBzaXRlIGNvZGUsIGFuZCBhIGBwZ2AgdGhhdCBtYXRjaGVzIG5vIGNoYW5uZWwgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgY2hhbm5lbCwgc28gdGhlIHBheW1lbnQgZ29lcyB0aHJvdWdoIGEgY2hhbm5lbCB0aGUgY29kZSBkaWQgbm90IGNob29zZS4gQW4gZXJyb3IsIGFzIGZvciB0aGUgZG9jIHBsYWNlaG9sZGVyIChwZy1wbGFjZWhvbGRlcik6IHRoZSB2YWx1ZSBjYW5ub3QgYmUgcmlnaHQuyArthZztlIzrpr8g66y47J6Q7Je07J2064KYIOusuOyekOyXtCDsl7DqsrDsnYAg7ISk7KCV65CY7KeAIOyViuydgCDrs4DsiJjrpbwgYHVuZGVmaW5lZGAoSmF2YVNjcmlwdCksIGBudWxsYChKYXZhLCBQSFAsIEphdmFTY3JpcHQpLCBgTm9uZWAoUHl0aG9uKSwgYG5pbGAoUnVieSwgR28g7YWc7ZSM66a/KSwgYE5hTmDsnLzroZwg67CU6r+J64uI64ukLiBga2NwLnVuZGVmaW5lZGDripQg6rO16rCc65CcIOqzoOqwneyCrCDsvZTrk5zsspjrn7wgYHBnYOulvCBga2NwLiR7cHJvY2Vzcy5lbnYuS0NQX1NJVEVfQ09ERX1g66GcIOunjOuTpCDrlYwg7ZmY6rK9IOuzgOyImOqwgCDsl4bsnLzrqbQg7KCE7Iah65CY64qUIOqwkuyeheuLiOuLpC4g7J2065+wIOyCrOydtO2KuOy9lOuTnOulvCDqsIDsp4QgS0NQIOyxhOuEkOydgCDsl4bsnLzrqbAsIOyWtOuWpCDssYTrhJDqs7zrj4Qg7J287LmY7ZWY7KeAIOyViuuKlCBgcGdg64qUIOy9mOyGlOydmCDquLDrs7gg7LGE64SQ66GcIOuMgOyytOuQmOuvgOuhnCDsvZTrk5zqsIAg6rOg66W07KeAIOyViuydgCDssYTrhJDroZwg6rKw7KCc65Cp64uI64ukLiDrrLjshJzsnZgg7JiI7IucIO2RnOq4sChwZy1wbGFjZWhvbGRlcinsmYAg66eI7LCs6rCA7KeA66GcIOyYrOuwlOulvCDsiJgg7JeG64qUIOqwkuydtOuvgOuhnCDsmKTrpZjsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1szgoKJHBheS1tZXRob2Qtbm90LWtjcD5gcGF5X21ldGhvZGAgbm90IG9mZmVyZWQgYnkgS0NQVEtDUOyXkOyEnCDsp4Dsm5DtlZjsp4Ag7JWK64qUIGBwYXlfbWV0aG9kYAplcnJvcgEBAhZzZGstcGF5bWVudAEABAQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBAoGFHNhbXN1bmdwYXkGGm5hdmVycGF5X2NhcmQGHG5hdmVycGF5X3BvaW50Bhh0b3NzcGF5X2NhcmQGGnRvc3NwYXlfbW9uZXkGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBgRcUwIIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAiYGCGNhcmQGCnRyYW5zBgp2YmFuawYKcGhvbmUGFmN1bHR1cmVsYW5kBhhzbWFydGN1bHR1cmUGEmJvb2tubGlmZQYUaGFwcHltb25leQYOc2Ftc3VuZwYKcGF5Y28GCGxwYXkGEGtha2FvcGF5BhBuYXZlcnBheQYebmF2ZXJwYXlfYnJpZGdlBgxzc2dwYXkGEGFwcGxlcGF5Bg50b3NzcGF5Bgpwb2ludAYScm9ja2V0cGF5AAAAAegBYHBheV9tZXRob2RgIHt2YWx1ZX0gaXMgbm90IGEgS0NQIHBheW1lbnQgbWV0aG9kOiBQb3J0T25lIG9wZW5zIHRoZSBwbGFpbiBjYXJkIHdpbmRvdyBpbnN0ZWFkOyB1c2Ugb25lIG9mIHtleHBlY3RlZH3iAmBwYXlfbWV0aG9kYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUOyXkOyEnCDsp4Dsm5DtlZjripQg6rKw7KCc7IiY64uo7J20IOyVhOuLmeuLiOuLpC4g7J20IOqyveyasCDsnbzrsJgg7Lm065OcIOqysOygnOywveydtCDsl7Trpqzrr4DroZwge2V4cGVjdGVkfSDspJEg7ZWY64KY66W8IOyeheugpe2VmOyEuOyalAABAABQBhIgYXBwbGVwYXkGCiBjYXJkBhIga2FrYW9wYXkGEiBuYXZlcnBheQYMIHBheWNvBgwgcGhvbmUGECBzYW1zdW5nBhAgdG9zc3BheQYMIHRyYW5zBgwgdmJhbmsGEEFQUExFUEFZBhBBcHBsZXBheQYIQ0FSRAYIQ2FyZAYQS0FLQU9QQVkGEEtha2FvcGF5BhBOQVZFUlBBWQYQTmF2ZXJwYXkGClBBWUNPBgpQSE9ORQYKUGF5Y28GClBob25lBg5TQU1TVU5HBg5TYW1zdW5nBg5UT1NTUEFZBgpUUkFOUwYOVG9zc3BheQYKVHJhbnMGClZCQU5LBgpWYmFuawYSYXBwbGVwYXkgBgpjYXJkIAYSa2FrYW9wYXkgBhJuYXZlcnBheSAGDHBheWNvIAYMcGhvbmUgBhBzYW1zdW5nIAYQdG9zc3BheSAGDHRyYW5zIAYMdmJhbmsgUAYQYXBwbGVwYXkGCGNhcmQGEGtha2FvcGF5BhBuYXZlcnBheQYKcGF5Y28GCnBob25lBg5zYW1zdW5nBg50b3NzcGF5Bgp0cmFucwYKdmJhbmsGEGFwcGxlcGF5BhBhcHBsZXBheQYIY2FyZAYIY2FyZAYQa2FrYW9wYXkGEGtha2FvcGF5BhBuYXZlcnBheQYQbmF2ZXJwYXkGCnBheWNvBgpwaG9uZQYKcGF5Y28GCnBob25lBg5zYW1zdW5nBg5zYW1zdW5nBg50b3NzcGF5Bgp0cmFucwYOdG9zc3BheQYKdHJhbnMGCnZiYW5rBgp2YmFuawYQYXBwbGVwYXkGCGNhcmQGEGtha2FvcGF5BhBuYXZlcnBheQYKcGF5Y28GCnBob25lBg5zYW1zdW5nBg50b3NzcGF5Bgp0cmFucwYKdmJhbmsBZndyaXRlIHRoZSBtZXRob2QgY29kZSBpbiBsb3dlciBjYXNlLCB3aXRob3V0IHNwYWNlc3bqsrDsoJzsiJjri6gg7L2U65Oc66W8IOqzteuwsSDsl4bsnbQg7IaM66y47J6Q66GcIOyTsOyEuOyalAC+B1RoZSBzZXQgaXMgdGhlIHVuaW9uIG9mIHRoZSBLQ1AgcGFnZSdzIHR3byBsaXN0cyAod2luZG93IG1ldGhvZHMgYW5kIHRoZSBgcGF5X21ldGhvZGAgcGFyYW1ldGVyIGxpc3Q6IGBoYXBweW1vbmV5YCwgYHNzZ3BheWAsIGBuYXZlcnBheV9icmlkZ2VgLCBgdG9zc3BheWAgaW5jbHVkZWQpIHBsdXMgYHJvY2tldHBheWAgKGFkZGVkIHRvIHRoZSBwYWdlIGluIFBSICMxMTE4KS4gVGhhdCBQUiBhbHNvIHN0YXRlcyB0aGUgY29uc2VxdWVuY2U6IGFuIHVua25vd24gdmFsdWUgaXMgbm90IHJlamVjdGVkLCB0aGUgcGxhaW4gY2FyZCB3aW5kb3cgb3BlbnMsIHNvIHRoZSBjdXN0b21lciBpcyBjaGFyZ2VkIGJ5IGNhcmQgZm9yIHdoYXQgd2FzIG1lYW50IGFzIGFub3RoZXIgbWV0aG9kLiBHZW5lcmljIGFsaWFzZXMgd2l0aCBhIEtDUCBlcXVpdmFsZW50IGFyZSByZXBvcnRlZCBieSBwYXktbWV0aG9kLWFsaWFzIGluc3RlYWQsIHdpdGggYSBmaXgu1Antl4jsmqntlZjripQg6rCS7J2AIEtDUCDsl7Drj5kg66y47ISc7J2YIOuRkCDrqqnroZ0o6rKw7KCc7LC9IOqysOygnOyImOuLqCDrqqnroZ3qs7wgYHBheV9tZXRob2RgIO2MjOudvOuvuO2EsCDrqqnroZ0sIGBoYXBweW1vbmV5YCwgYHNzZ3BheWAsIGBuYXZlcnBheV9icmlkZ2VgLCBgdG9zc3BheWAg7Y+s7ZWoKeydhCDtlansuZwg6rKD7JeQIGByb2NrZXRwYXlgKFBSICMxMTE47JeQ7IScIOusuOyEnOyXkCDstpTqsIDrkKgp66W8IOuNlO2VnCDqsoPsnoXri4jri6QuIOydtCBQUuydgCDqt7gg6rKw6rO864+EIOuwne2eiOqzoCDsnojsirXri4jri6QuIOyVjCDsiJgg7JeG64qUIOqwkuydgCDqsbDrtoDrkJjsp4Ag7JWK6rOgIOydvOuwmCDsubTrk5wg6rKw7KCc7LC97J20IOyXtOumrOuvgOuhnCwg64uk66W4IOqysOygnOyImOuLqOycvOuhnCDsnZjrj4TtlZwg6rKw7KCc6rCAIOq1rOunpOyekOydmCDsubTrk5zroZwg6rKw7KCc65Cp64uI64ukLiBLQ1Dsl5Ag64yA7J2R7ZWY64qUIOy9lOuTnOqwgCDsnojripQg67KU7JqpIOy9lOuTnOuKlCDsnbQg6rec7LmZIOuMgOyLoCBwYXktbWV0aG9kLWFsaWFz6rCAIOyImOyglSDrsKnrspXqs7wg7ZWo6ruYIOuztOqzoO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJ4LCiBwYXktbWV0aG9kLWFsaWFzZkdlbmVyaWMgYHBheV9tZXRob2RgIGFsaWFzIGluc3RlYWQgb2YgdGhlIEtDUCB2YWx1ZWZLQ1Ag6rKw7KCc7IiY64uoIOy9lOuTnCDrjIDsi6Ag67KU7JqpIOy9lOuTnCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAACCBRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQEBhRzYW1zdW5ncGF5BhpuYXZlcnBheV9jYXJkAAAAAbQCYHBheV9tZXRob2RgIHt2YWx1ZX0gaXMgdGhlIGdlbmVyaWMgU0RLIGNvZGU7IHRoZSBLQ1AgcGFnZSB1c2VzIGl0cyBvd24gY29kZSBmb3IgdGhpcyBtZXRob2QgKGBzYW1zdW5nYCBmb3IgU2Ftc3VuZyBQYXksIGBuYXZlcnBheWAgZm9yIE5hdmVyIFBheSBieSBjYXJkKZYDYHBheV9tZXRob2RgIOqwkiB7dmFsdWV97J2AKOuKlCkg67KU7JqpIFNESyDsvZTrk5zsnoXri4jri6QuIEtDUCDrrLjshJzsl5DshJzripQg7J20IOqysOygnOyImOuLqOyXkCBLQ1Ag7KCE7JqpIOy9lOuTnCjsgrzshLHtjpjsnbQgYHNhbXN1bmdgLCDrhKTsnbTrsoTtjpjsnbQg7Lm065OcIOqysOygnCBgbmF2ZXJwYXlgKeulvCDsgqzsmqntlanri4jri6QAAQAABAYabmF2ZXJwYXlfY2FyZAYUc2Ftc3VuZ3BheQQGEG5hdmVycGF5Bg5zYW1zdW5nAT51c2UgdGhlIEtDUCBwYXltZW50IG1ldGhvZCBjb2RlQktDUCDqsrDsoJzsiJjri6gg7L2U65Oc66GcIOuzgOqyvQHGBlRoZSBTREsgcGFyYW1ldGVyIHJlZmVyZW5jZSBsaXN0cyBnZW5lcmljIGNvZGVzIChgc2Ftc3VuZ3BheWAsIGBuYXZlcnBheV9jYXJkYCkgd2hpbGUgdGhlIEtDUCBwYWdlIGxpc3RzIGBzYW1zdW5nYCBhbmQgYG5hdmVycGF5YCAoY2FyZCBwYXltZW50IGNhbGwpIGZvciB0aGUgc2FtZSBtZXRob2RzLiBXaGV0aGVyIFBvcnRPbmUgbWFwcyB0aGUgZ2VuZXJpYyBjb2RlcyBmb3IgS0NQIGlzIG5vdCBkb2N1bWVudGVkLCBhbmQgYW4gdW5tYXBwZWQgdmFsdWUgb3BlbnMgdGhlIHBsYWluIGNhcmQgd2luZG93LCBzbyB0aGlzIGlzIGEgd2FybmluZyB3aXRoIHRoZSBLQ1AgY29kZSBhcyB0aGUgZml4LiBHZW5lcmljIGNvZGVzIHdob3NlIG5lYXJlc3QgS0NQIG1ldGhvZCBpcyBicm9hZGVyIGFyZSBwYXktbWV0aG9kLWFsaWFzLWJyb2FkZXIuxAhTREsg7YyM652866+47YSwIOusuOyEnOyXkOuKlCDrspTsmqkg7L2U65OcKGBzYW1zdW5ncGF5YCwgYG5hdmVycGF5X2NhcmRgKeqwgCDsnojsp4Drp4wsIEtDUCDsl7Drj5kg66y47ISc64qUIOqwmeydgCDqsrDsoJzsiJjri6jsl5AgYHNhbXN1bmdg6rO8IGBuYXZlcnBheWAo7Lm065OcIOqysOygnCDtmLjstpwp66W8IOyCrOyaqe2VqeuLiOuLpC4g7Y+s7Yq47JuQ7J20IEtDUCDssYTrhJDsl5DshJwg67KU7JqpIOy9lOuTnOulvCDrs4DtmZjtlZjripTsp4DripQg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrqs6AsIOuzgO2ZmOuQmOyngCDslYrsnYAg6rCS7J2AIOydvOuwmCDsubTrk5wg6rKw7KCc7LC97J2EIOyXtOq4sCDrlYzrrLjsl5AgS0NQIOy9lOuTnOulvCDsiJjsoJXslYjsnLzroZwg7KCc7Iuc7ZWY64qUIOqyveqzoOuhnCDrs7Tqs6Dtlanri4jri6QuIOqwgOyepSDqsIDquYzsmrQgS0NQIOqysOygnOyImOuLqOydtCDrjZQg64ST7J2AIOuylOyaqSDsvZTrk5zripQgcGF5LW1ldGhvZC1hbGlhcy1icm9hZGVy6rCAIOuztOqzoO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbIQMCjBwYXktbWV0aG9kLWFsaWFzLWJyb2FkZXJWR2VuZXJpYyBgcGF5X21ldGhvZGAgd2l0aCBubyBleGFjdCBLQ1AgY29kZZIBS0NQ7JeQIOygle2Zle2eiCDrjIDsnZHtlZjripQg7L2U65Oc6rCAIOyXhuuKlCDrspTsmqkg6rKw7KCc7IiY64uoIOy9lOuTnA53YXJuaW5nAQECFnNkay1wYXltZW50AAIIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBAYGHG5hdmVycGF5X3BvaW50Bhh0b3NzcGF5X2NhcmQGGnRvc3NwYXlfbW9uZXkAAAABigNgcGF5X21ldGhvZGAge3ZhbHVlfSBpcyBhIGdlbmVyaWMgU0RLIGNvZGUgd2l0aCBubyBleGFjdCBLQ1AgY291bnRlcnBhcnQ6IHRoZSBuZWFyZXN0IEtDUCBtZXRob2RzIGFyZSBicm9hZGVyIChgbmF2ZXJwYXlfYnJpZGdlYCBsZXRzIHRoZSBidXllciBjaG9vc2UgY2FyZCBvciBwb2ludHMsIGB0b3NzcGF5YCBhbnkgVG9zcyBQYXkgc291cmNlKYYEYHBheV9tZXRob2RgIOqwkiB7dmFsdWV97J2AKOuKlCkg67KU7JqpIFNESyDsvZTrk5zroZwgS0NQ7JeQIOygle2Zle2eiCDrjIDsnZHtlZjripQg7L2U65Oc6rCAIOyXhuyKteuLiOuLpC4g6rCA7J6lIOqwgOq5jOyatCBLQ1Ag6rKw7KCc7IiY64uo7J2AIOuNlCDrhJPsirXri4jri6QgKGBuYXZlcnBheV9icmlkZ2Vg64qUIOy5tOuTnMK37Y+s7J247Yq4IOyEoO2DnSwgYHRvc3NwYXlg64qUIO2GoOyKpO2OmOydtOydmCDrqqjrk6Ag6rKw7KCc7IiY64uoKQABAAAGBhxuYXZlcnBheV9wb2ludAYYdG9zc3BheV9jYXJkBhp0b3NzcGF5X21vbmV5BgYebmF2ZXJwYXlfYnJpZGdlBg50b3NzcGF5Bg50b3NzcGF5AYgBdXNlIHRoZSBuZWFyZXN0IEtDUCBwYXltZW50IG1ldGhvZCwgd2hpY2ggb2ZmZXJzIG1vcmUgdGhhbiB0aGlzIGNvZGWqAeqwgOyepSDqsIDquYzsmrQgS0NQIOqysOygnOyImOuLqOycvOuhnCDrs4Dqsr0gKOydtCDsvZTrk5zrs7Tri6Qg64ST7J2AIOqysOygnOyImOuLqCkArgdUaGUgU0RLIHBhcmFtZXRlciByZWZlcmVuY2UgbGlzdHMgYG5hdmVycGF5X3BvaW50YCwgYHRvc3NwYXlfY2FyZGAgYW5kIGB0b3NzcGF5X21vbmV5YDsgdGhlIEtDUCBwYWdlIGhhcyBubyBzdWNoIGNvZGVzLCBvbmx5IGBuYXZlcnBheV9icmlkZ2VgICh0aGUgTmF2ZXIgUGF5IGNhcmQvcG9pbnQgc2VsZWN0b3IpIGFuZCBgdG9zc3BheWAuIFdoZXRoZXIgUG9ydE9uZSBtYXBzIHRoZSBnZW5lcmljIGNvZGVzIGZvciBLQ1AgaXMgbm90IGRvY3VtZW50ZWQsIGFuZCBhbiB1bm1hcHBlZCB2YWx1ZSBvcGVucyB0aGUgcGxhaW4gY2FyZCB3aW5kb3csIHNvIHRoaXMgaXMgYSB3YXJuaW5nLiBUaGUgc3VnZ2VzdGVkIGNvZGUgbGV0cyB0aGUgYnV5ZXIgcGF5IGluIG1vcmUgd2F5cyB0aGFuIHRoZSBnZW5lcmljIG9uZSBhc2tlZCBmb3IsIHNvIGBjaGVjayAtLWZpeGAgYXBwbGllcyBpdCBvbmx5IHdpdGggYC0tdW5zYWZlLWZpeGVzYC70CVNESyDtjIzrnbzrr7jthLAg66y47ISc7JeQ64qUIGBuYXZlcnBheV9wb2ludGAsIGB0b3NzcGF5X2NhcmRgLCBgdG9zc3BheV9tb25leWDqsIAg7J6I7KeA66eMIEtDUCDsl7Drj5kg66y47ISc7JeQ64qUIOydtOufsCDsvZTrk5zqsIAg7JeG6rOgIGBuYXZlcnBheV9icmlkZ2VgKOuEpOydtOuyhO2OmOydtCDsubTrk5zCt+2PrOyduO2KuCDshKDtg50p7JmAIGB0b3NzcGF5YOunjCDsnojsirXri4jri6QuIO2PrO2KuOybkOydtCBLQ1Ag7LGE64SQ7JeQ7IScIOuylOyaqSDsvZTrk5zrpbwg67OA7ZmY7ZWY64qU7KeA64qUIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK6rOgLCDrs4DtmZjrkJjsp4Ag7JWK7J2AIOqwkuydgCDsnbzrsJgg7Lm065OcIOqysOygnOywveydhCDsl7TquLAg65WM66y47JeQIOqyveqzoOuhnCDrs7Tqs6Dtlanri4jri6QuIOygnOyViO2VmOuKlCDsvZTrk5zripQg67KU7JqpIOy9lOuTnOqwgCDsmpTssq3tlZwg6rKD67O064ukIOuNlCDrp47snYAg6rKw7KCcIOuwqeuyleydhCDqtazrp6TsnpDsl5Dqsowg7ZeI7Jqp7ZWY66+A66GcLCBgY2hlY2sgLS1maXhg64qUIGAtLXVuc2FmZS1maXhlc2Drpbwg7ZWo6ruYIOyngOygle2WiOydhCDrlYzrp4wg7J2066W8IOyggeyaqe2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNAMCjZwYXktbWV0aG9kLWNvbmZsaWN0aW5nLWRvY3NUYHBheV9tZXRob2RgIGxpc3RlZCBpbmNvbnNpc3RlbnRseSBmb3IgS0NQdktDUCDrrLjshJzsl5DshJwg7KeA7JuQIOyXrOu2gOqwgCDrtojrtoTrqoXtlZwgYHBheV9tZXRob2RgDndhcm5pbmcBAQIWc2RrLXBheW1lbnQABAgUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIEAgYUaGFwcHltb25leQHWA2BwYXlfbWV0aG9kYCB7dmFsdWV9IGFwcGVhcnMgb25seSBpbiB0aGUgS0NQIHBhZ2UncyBwYXJhbWV0ZXIgbGlzdCwgbm90IGFtb25nIGl0cyBhdmFpbGFibGUgbWV0aG9kcyAoUG9ydE9uZSdzIGRvY3MgcmVtb3ZlZCBgaGFwcHltb25leWAgaW4gMjAyNCBhbmQgbGlzdGVkIGl0IGFnYWluIGluIDIwMjYpOiBjb25maXJtIHdpdGggUG9ydE9uZSB0aGF0IGl0IGlzIGVuYWJsZWQgZm9yIHlvdXIgS0NQIGNoYW5uZWzkBGBwYXlfbWV0aG9kYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDrrLjshJzsnZgg7YyM652866+47YSwIOuqqeuhneyXkOunjCDsnojqs6Ag6rCA64ql7ZWcIOqysOygnOyImOuLqCDrqqnroZ3sl5DripQg7JeG7Iq164uI64ukIChgaGFwcHltb25leWDripQgMjAyNOuFhOyXkCDrrLjshJzsl5DshJwg7IKt7KCc65CY7JeI64uk6rCAIDIwMjbrhYTsl5Ag64uk7IucIOy2lOqwgOuQmOyXiOyKteuLiOuLpCkuIOyCrOyaqSDspJHsnbggS0NQIOyxhOuEkOyXkOyEnCDsp4Dsm5DrkJjripTsp4Ag7Y+s7Yq47JuQ7JeQIO2ZleyduO2VmOyEuOyalAAACBRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQCBgxzc2dwYXkAAAABwgJgcGF5X21ldGhvZGAge3ZhbHVlfSBhcHBlYXJzIG9ubHkgaW4gdGhlIEtDUCBwYWdlJ3MgcGFyYW1ldGVyIGxpc3QsIG5vdCBhbW9uZyBpdHMgYXZhaWxhYmxlIG1ldGhvZHM6IGNvbmZpcm0gd2l0aCBQb3J0T25lIHRoYXQgaXQgaXMgZW5hYmxlZCBmb3IgeW91ciBLQ1AgY2hhbm5lbJoDYHBheV9tZXRob2RgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOusuOyEnOydmCDtjIzrnbzrr7jthLAg66qp66Gd7JeQ66eMIOyeiOqzoCDqsIDriqXtlZwg6rKw7KCc7IiY64uoIOuqqeuhneyXkOuKlCDsl4bsirXri4jri6QuIOyCrOyaqSDspJHsnbggS0NQIOyxhOuEkOyXkOyEnCDsp4Dsm5DrkJjripTsp4Ag7Y+s7Yq47JuQ7JeQIO2ZleyduO2VmOyEuOyalAAA8gRUaGUgY3VycmVudCBLQ1AgcGFnZSBsaXN0cyBgaGFwcHltb25leWAgYW5kIGBzc2dwYXlgIGluIHRoZSBgcGF5X21ldGhvZGAgcGFyYW1ldGVyIGxpc3QgYnV0IG5vdCBpbiBpdHMgImF2YWlsYWJsZSBtZXRob2RzIiBsaXN0OyBgaGFwcHltb25leWAgd2FzIHJlbW92ZWQgZnJvbSBhbGwgdjEgZG9jcyBvbiAyMDI0LTA3LTI5IGFuZCByZS1saXN0ZWQgb24gMjAyNi0wNC0yNy4gVGhlIHNvdXJjZXMgY29uZmxpY3QsIHNvIHRoZSB2YWx1ZSBpcyBhY2NlcHRlZCBieSBwYXktbWV0aG9kLW5vdC1rY3AgYW5kIGZsYWdnZWQgaGVyZSBhcyBhIHdhcm5pbmcuugbtmITsnqwgS0NQIOyXsOuPmSDrrLjshJzripQgYGhhcHB5bW9uZXlg7JmAIGBzc2dwYXlg66W8IGBwYXlfbWV0aG9kYCDtjIzrnbzrr7jthLAg66qp66Gd7JeQ64qUIOuEo+yXiOyngOunjCAi6rCA64ql7ZWcIOqysOygnOyImOuLqCIg66qp66Gd7JeQ64qUIOuEo+yngCDslYrslZjsirXri4jri6QuIGBoYXBweW1vbmV5YOuKlCAyMDI0LTA3LTI57JeQIOuqqOuToCB2MSDrrLjshJzsl5DshJwg7IKt7KCc65CY7JeI64uk6rCAIDIwMjYtMDQtMjfsl5Ag64uk7IucIOy2lOqwgOuQmOyXiOyKteuLiOuLpC4g7Lac7LKY64G866asIOyEnOuhnCDrp57sp4Ag7JWK7Jy866+A66GcIHBheS1tZXRob2Qtbm90LWtjcOuKlCDsnbQg6rCS7J2EIO2XiOyaqe2VmOqzoCwg7J20IOq3nOy5meydtCDqsr3qs6DroZwg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1QTS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1soA0KKHBheS1tZXRob2Qtcm9ja2V0cGF5NGByb2NrZXRwYXlgIGlzIG5ldyBmb3IgS0NQWGByb2NrZXRwYXlg64qUIOy1nOq3vCDstpTqsIDrkJwg6rKw7KCc7IiY64uoCGluZm8BAQIWc2RrLXBheW1lbnQAAggUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIEAgYScm9ja2V0cGF5AAAAAYACYHBheV9tZXRob2RgIGByb2NrZXRwYXlgIHdhcyBhZGRlZCB0byB0aGUgS0NQIHBhZ2UgaW4gQXVndXN0IDIwMjY6IG1ha2Ugc3VyZSBpdCBpcyBlbmFibGVkIGZvciB5b3VyIGNoYW5uZWwgYmVmb3JlIHJlbHlpbmcgb24gaXTCAmBwYXlfbWV0aG9kYCDqsJIgYHJvY2tldHBheWDripQgMjAyNuuFhCA47JuUIEtDUCDrrLjshJzsl5Ag7LaU6rCA65CcIOqysOygnOyImOuLqOyeheuLiOuLpC4g7IKs7JqpIOykkeyduCDssYTrhJDsl5DshJwg7J207JqpIOqwgOuKpe2VnOyngCDrqLzsoIAg7ZmV7J247ZWY7IS47JqUAAC6A2Byb2NrZXRwYXlgIHdhcyBhZGRlZCB0byB0aGUgdjEgS0NQIHBhZ2UgYnkgUFIgIzExMTggKG1lcmdlZCAyMDI2LTA4LTI3KSwgYWZ0ZXIgdGhlIHJlc3Qgb2YgdGhlIHBhZ2Ugd2FzIHNldHRsZWQ7IHRoZSBzYW1lIFBSIG5vdGVzIHRoYXQgYSB2YWx1ZSB0aGUgc2VydmVyIGRvZXMgbm90IGtub3cgb3BlbnMgdGhlIHBsYWluIGNhcmQgd2luZG93LiBBY2NlcHRlZCwgd2l0aCBhIG5vdGUuqARgcm9ja2V0cGF5YOuKlCDrrLjshJzsnZgg64KY66i47KeAIOuCtOyaqeydtCDsoJXtlbTsp4Qg65Kk7JeQIFBSICMxMTE4KDIwMjYtMDgtMjcg67OR7ZWpKeuhnCB2MSBLQ1Ag7Jew64+ZIOusuOyEnOyXkCDstpTqsIDrkJjsl4jsirXri4jri6QuIOqwmeydgCBQUuydgCDshJzrsoTqsIAg66qo66W064qUIOqwkuydtOuptCDsnbzrsJgg7Lm065OcIOqysOygnOywveydtCDsl7TrprDri6Tqs6Ag67Cd7Z6Z64uI64ukLiDtl4jsmqntlZjrkJgg7JWI64K066W8IOuNp+u2meyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOoNCiRwYXktbWV0aG9kLW1pc3NpbmcoYHBheV9tZXRob2RgIG1pc3NpbmcmYHBheV9tZXRob2RgIOuIhOudvQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAAIUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgAAAAHwAWBwYXlfbWV0aG9kYCBpcyBtaXNzaW5nOiB0aGUgY2FyZCB3aW5kb3cgb3BlbnMgYnkgZGVmYXVsdDsgc2V0IHRoZSBtZXRob2QgZXhwbGljaXRseSAoYSBiaWxsaW5nLWtleSB3aW5kb3cgdGFrZXMgYGNhcmRgKaoCYHBheV9tZXRob2Rg6rCAIOyXhuyKteuLiOuLpC4g6riw67O46rCS7Jy866GcIOy5tOuTnCDqsrDsoJzssL3snbQg7Je066as66+A66GcIOqysOygnOyImOuLqOydhCDrqoXsi5ztlZjshLjsmpQgKOu5jOunge2CpCDrsJzquIkg6rKw7KCc7LC97J2AIGBjYXJkYCkAAKwEVGhlIEtDUCBwYWdlIGxpc3RzIGBwYXlfbWV0aG9kYCBhbW9uZyB0aGUgbWFpbiBwYXJhbWV0ZXJzIGFuZCBldmVyeSBLQ1AgZXhhbXBsZSBzZW5kcyBpdDsgdGhlIFNESyByZWZlcmVuY2UgbWFya3MgaXQgb3B0aW9uYWwgYW5kIHRoZSBsZWdhY3kgZGVmYXVsdCBpcyBgY2FyZGAuIEEgbWlzc2luZyB2YWx1ZSBpcyB1c3VhbGx5IGFuIG9taXNzaW9uIChvciBhIG1pc3NwZWx0IGtleSksIGFuZCB0aGUgcmVzdWx0IChjYXJkKSBtYXkgbm90IGJlIHdoYXQgdGhlIGJ1dHRvbiBwcm9taXNlZC6gBktDUCDsl7Drj5kg66y47ISc64qUIGBwYXlfbWV0aG9kYOulvCDso7zsmpQg7YyM652866+47YSw66GcIOyGjOqwnO2VmOqzoCBLQ1Ag7JiI7KCc64qUIOuqqOuRkCDsnbQg6rCS7J2EIOuztOuDheuLiOuLpC4gU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQg7J20IOqwkuydhCDshKDtg50g7ZWt66qp7Jy866GcIO2RnOyLnO2VmOupsCwg6riw7KG0IOq4sOuzuOqwkuydgCBgY2FyZGDsnoXri4jri6QuIOqwkuydtCDsl4bripQg6rKD7J2AIOuMgOqwnCDruaDrnKjroLjqsbDrgpgg7YKkIOydtOumhOydhCDsnpjrqrsg7JO0IOqyg+ydtOupsCwg6re4IOqysOqzvCjsubTrk5wg6rKw7KCcKeqwgCDrsoTtirzsl5DshJwg7JWI64K07ZWcIOqysOygnOyImOuLqOqzvCDri6Trpbwg7IiYIOyeiOyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtUE0tMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKIOCi5iaWxsaW5nLXBheS1tZXRob2QtY2FyZG5CaWxsaW5nIGtleSB0aHJvdWdoIHRoZSB3aW5kb3cgbmVlZHMgYHBheV9tZXRob2Q6IGNhcmRgdOqysOygnOywvSDruYzrp4HtgqQg67Cc6riJ7J2AIGBwYXlfbWV0aG9kOiBjYXJkYOunjCDsp4Dsm5AKZXJyb3IBAQIec2RrLWJpbGxpbmcta2V5AAIIFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCBgYIY2FyZAAAAAHAAWBwYXlfbWV0aG9kYCB7dmFsdWV9IGNhbm5vdCBpc3N1ZSBhIGJpbGxpbmcga2V5IHRocm91Z2ggdGhlIEtDUCB3aW5kb3c6IG9ubHkgYGNhcmRgIGlzIHN1cHBvcnRlZPQBS0NQIOqysOygnOywvSDruYzrp4HtgqQg67Cc6riJ7J2AIGBjYXJkYOunjCDsp4Dsm5DrkJjrr4DroZwgYHBheV9tZXRob2RgIOqwkiB7dmFsdWV9KOycvCnroZzripQg67Cc6riJ7ZWgIOyImCDsl4bsirXri4jri6QAAQEGCGNhcmQAAAABFHVzZSBgY2FyZGAgYGNhcmRg66GcIOuzgOqyvQCCAlRoZSBLQ1AgcGFnZSdzICLqsrDsoJzssL0g67mM66eB7YKkIOuwnOq4iSIgbGlzdHMgYGNhcmRgIGFzIHRoZSBvbmx5IG1ldGhvZCBhbmQgaXRzIGV4YW1wbGUgY29tbWVudHMgIidjYXJkJ+unjCDsp4Dsm5DrkKnri4jri6QiLugCS0NQIOyXsOuPmSDrrLjshJzsnZggIuqysOygnOywvSDruYzrp4HtgqQg67Cc6riJIiDtla3rqqnsnYAg6rKw7KCc7IiY64uo7Jy866GcIGBjYXJkYOunjCDslYjrgrTtlZjrqbAsIOyYiOygnOydmCDso7zshJ3sl5Drj4QgIidjYXJkJ+unjCDsp4Dsm5DrkKnri4jri6Qi65286rOgIOygge2YgCDsnojsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVBNLTAwNgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzeDgo2YmlsbGluZy1hbW91bnQtZGlzcGxheS1vbmx5VkJpbGxpbmcta2V5IHdpbmRvdyBkb2VzIG5vdCBjaGFyZ2UgYGFtb3VudGBo67mM66eB7YKkIOuwnOq4iSDsi5wgYGFtb3VudGDripQg7Iq57J2465CY7KeAIOyViuydjAhpbmZvAQECHnNkay1iaWxsaW5nLWtleQAECAxhbW91bnQAAgAMYW1vdW50DAIOAAAAAAAAAAAAAjAAAAAIDGFtb3VudAACAAxhbW91bnQMAgoaXlsxLTldWzAtOV0qJAAAAAGUAmBhbW91bnRgIHt2YWx1ZX0gaXMgb25seSBzaG93biBpbiB0aGUgS0NQIGJpbGxpbmcta2V5IHdpbmRvdzsgbm90aGluZyBpcyBjaGFyZ2VkOiBjaGFyZ2UgbGF0ZXIgd2l0aCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluIG9yIC9zY2hlZHVsZZYDYGFtb3VudGAg6rCSIHt2YWx1ZX3snYAo64qUKSDqsrDsoJzssL3sl5Ag7ZGc7Iuc66eMIOuQmOqzoCDruYzrp4HtgqQg67Cc6riJIOyLnCDqsrDsoJzqsIAg7Iq57J2465CY7KeAIOyViuyKteuLiOuLpC4g6rKw7KCc64qUIOuwnOq4iSDtm4QgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiDrmJDripQgL3NjaGVkdWxlIEFQSeuhnCDsmpTssq3tlZjshLjsmpQAAKAEVGhlIEtDUCBwYWdlOiAi6rKw7KCc7LC97JeQIO2RnOyLnOuQoCDquIjslaEuIOuwnOq4iSDsmpTssq3si5zsl5DripQg6rKw7KCc6rCAIOyKueyduOuQmOyngCDslYrsirXri4jri6QiLCBhbmQgUG9ydE9uZSdzIGJpbGxpbmcgcnVsZXMgc2F5IGBrY3BfYmlsbGluZ2AgY2Fubm90IGNoYXJnZSB3aGlsZSBpc3N1aW5nLiBBIHBvc2l0aXZlIGFtb3VudCBpcyBhbGxvd2VkIGJ1dCBvZnRlbiBtZWFucyB0aGUgZmlyc3QgY2hhcmdlIHdhcyBleHBlY3RlZCB0byBoYXBwZW4gaGVyZS74BUtDUCDsl7Drj5kg66y47ISc7JeQ64qUICLqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOq4iOyVoS4g67Cc6riJIOyalOyyreyLnOyXkOuKlCDqsrDsoJzqsIAg7Iq57J2465CY7KeAIOyViuyKteuLiOuLpCLrnbzqs6Ag65CY7Ja0IOyeiOqzoCwg7Y+s7Yq47JuQ7J2YIOu5jOunge2CpCDrsJzquIkg6rec7LmZ64+EIGBrY3BfYmlsbGluZ2DsnYAg67Cc6riJ7ZWY66m07IScIOqysOygnOulvCDsirnsnbjtlaAg7IiYIOyXhuuLpOqzoCDrsJ3tnpnri4jri6QuIDDrs7Tri6Qg7YGwIOq4iOyVoeuPhCDtl4jsmqnrkJjsp4Drp4wsIOuMgOqwnCDsl6zquLDshJwg7LKrIOqysOygnOqwgCDsnbTro6jslrTsp4gg6rKD7Jy866GcIOq4sOuMgO2WiOuLpOuKlCDrnLvsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUFNVC0wMDUAAQDg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1snA8KNGJpbGxpbmcta2V5LWVzY3Jvdy1pZ25vcmVkTmBlc2Nyb3dgIGhhcyBubyBlZmZlY3Qgb24gYSBiaWxsaW5nIGtleVzruYzrp4HtgqQg67Cc6riJIOyLnCBgZXNjcm93YOuKlCDtmqjqs7wg7JeG7J2MCGluZm8BAQIec2RrLWJpbGxpbmcta2V5AAIIDGVzY3JvdwACAAxlc2Nyb3ckAgQCAgEAAAAB9AFgZXNjcm93OiB0cnVlYCBoYXMgbm8gZWZmZWN0IHdoZW4gaXNzdWluZyBhIGJpbGxpbmcga2V5OiBub3RoaW5nIGlzIGNoYXJnZWQgaW4gdGhlIEtDUCB3aW5kb3c7IGVzY3JvdyBiZWxvbmdzIHRvIGEgcGF5bWVudOAC67mM66eB7YKkIOuwnOq4iSDsi5zsl5DripQgYGVzY3JvdzogdHJ1ZWDqsIAg7Zqo6rO86rCAIOyXhuyKteuLiOuLpC4gS0NQIOqysOygnOywveyXkOyEnCDqsrDsoJzqsIAg7Iq57J2465CY7KeAIOyViuycvOupsCDsl5DsiqTtgazroZzripQg6rKw7KCc7JeQIOyggeyaqeuQmOuKlCDshKTsoJXsnoXri4jri6QAAPAFYGVzY3Jvd2AgaXMgYSBjb21tb24gSU1QLnJlcXVlc3RfcGF5IHBhcmFtZXRlciAoYm9vbGVhbiwgZGVmYXVsdCBmYWxzZSksIGFuZCB0aGUgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHNlbmQgYGVzY3JvdzogZmFsc2VgIHdpdGggZXZlcnkgcmVxdWVzdCwgYmlsbGluZyBrZXlzIGluY2x1ZGVkLCBzbyBmYWxzZSBpcyBhY2NlcHRlZC4gVGhlIEtDUCBwYWdlIHNheXMgYSBiaWxsaW5nLWtleSByZXF1ZXN0IGFwcHJvdmVzIG5vdGhpbmcsIHNvIGFuIGVzY3JvdyBmbGFnIHRoZXJlIHByb3RlY3RzIG5vdGhpbmc7IGB0cnVlYCB1c3VhbGx5IG1lYW5zIHRoZSBtZXJjaGFudCBleHBlY3RlZCB0aGUgZmlyc3QgY2hhcmdlIHRvIGhhcHBlbiBoZXJlLuwHYGVzY3Jvd2DripQgSU1QLnJlcXVlc3RfcGF57J2YIOqzte2GtSDtjIzrnbzrr7jthLAoYm9vbGVhbiwg6riw67O46rCSIGZhbHNlKeydtOupsCwgUmVhY3QgTmF0aXZlwrdGbHV0dGVyIOuqqOuTiOydgCDruYzrp4HtgqQg67Cc6riJ7J2EIO2PrO2VqO2VnCDrqqjrk6Ag7JqU7LKt7JeQIGBlc2Nyb3c6IGZhbHNlYOulvCDrs7TrgrTrr4DroZwgZmFsc2XripQg7ZeI7Jqp7ZWp64uI64ukLiBLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg67mM66eB7YKkIOuwnOq4iSDsmpTssq3snYAg7JWE66y0IOqysOygnOuPhCDsirnsnbjtlZjsp4Ag7JWK7Jy866+A66GcLCDsl6zquLDshJwg7JeQ7Iqk7YGs66GcIOyEpOygleydgCDslYTrrLTqsoPrj4Qg67O07Zi47ZWY7KeAIOyViuyKteuLiOuLpC4gYHRydWVg64qUIOuMgOqwnCDqs6DqsJ3sgqzqsIAg7Jes6riw7IScIOyyqyDqsrDsoJzqsIAg7J2066Oo7Ja07KeIIOqyg+ycvOuhnCDquLDrjIDtlojri6TripQg65y77J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOIPCipzZGstYnV5ZXItdGVsLW1pc3NpbmcmYGJ1eWVyX3RlbGAgbWlzc2luZyRgYnV5ZXJfdGVsYCDriITrnb0IaW5mbwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgACEmJ1eWVyX3RlbAACABJidXllcl90ZWxSAAAAAZYCYGJ1eWVyX3RlbGAgaXMgbWlzc2luZzogc29tZSBnYXRld2F5cyBmYWlsIHdpdGhvdXQgdGhlIGJ1eWVyJ3MgcGhvbmUgbnVtYmVyLCBhbmQgUG9ydE9uZSdzIFJlYWN0IE5hdGl2ZSBhbmQgRmx1dHRlciBtb2R1bGVzIHJlZnVzZSB0aGUgY2FsbNACYGJ1eWVyX3RlbGDsnbQg7JeG7Iq164uI64ukLiDsnbzrtoAgUEfsgqzripQg6rWs66ek7J6QIOyXsOudveyymOqwgCDsl4bsnLzrqbQg6rKw7KCc6rCAIOyLpO2MqO2VmOupsCDtj6ztirjsm5AgUmVhY3QgTmF0aXZlwrdGbHV0dGVyIOuqqOuTiOydgCDtmLjstpzsnYQg6rGw67aA7ZWp64uI64ukAADGBlRoZSBTREsgcmVmZXJlbmNlIHNheXMgc29tZSBnYXRld2F5cyBmYWlsIHdoZW4gYGJ1eWVyX3RlbGAgaXMgbWlzc2luZzsgZXZlcnkgS0NQIGV4YW1wbGUgc2VuZHMgaXQsIGFuZCBQb3J0T25lJ3MgcGxheWdyb3VuZCwgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHRyZWF0IGl0IGFzIHJlcXVpcmVkLiBLQ1AncyBvd24gZG9jcyBkbyBub3QgbWFyayBpdCByZXF1aXJlZC4gU2V2ZXJpdHkgaW5mbywgbm90IHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSBsaXN0cyBgYnV5ZXJfdGVsYCBhcyBvcHRpb25hbCwgc28gYSBwYXlsb2FkIHRoYXQgZm9sbG93cyBpdCBtdXN0IG5vdCBkcmF3IGEgd2FybmluZzsgdGhlIGFkdmljZSBzdGFuZHMgYmVjYXVzZSBQb3J0T25lJ3Mgd3JhcHBlcnMgcmVmdXNlIHRoZSBjYWxsIHdpdGhvdXQgaXQu6glTREsg7YyM652866+47YSwIOusuOyEnOyXkOuKlCBgYnV5ZXJfdGVsYOydtCDsl4bsnLzrqbQg7J2867aAIFBH7IKs7JeQ7IScIOqysOygnOqwgCDsi6TtjKjtlZzri6Tqs6Ag65CY7Ja0IOyeiOyKteuLiOuLpC4gS0NQIOyYiOygnOuKlCDrqqjrkZAg7J20IOqwkuydhCDrs7TrgrTrqbAsIO2PrO2KuOybkCDtlIzroIjsnbTqt7jrnbzsmrTrk5zsmYAgUmVhY3QgTmF0aXZlwrdGbHV0dGVyIOuqqOuTiOydgCDsnbQg6rCS7J2EIO2VhOyImOuhnCDst6jquIntlanri4jri6QuIEtDUCDsnpDssrQg66y47ISc64qUIO2VhOyImOuhnCDtkZzsi5ztlZjsp4Ag7JWK7Iq164uI64ukLiDqsr3qs6DqsIAg7JWE64uMIOygleuztCDsiJjspIDsnbgg7J207Jyg64qULCBLQ1Ag7Jew64+ZIOusuOyEnOqwgCBgYnV5ZXJfdGVsYOydhCDshKDtg50g7ZWt66qp7Jy866GcIOyViOuCtO2VmOuvgOuhnCDsnbQg66y47ISc66W8IOuUsOuluCDtjpjsnbTroZzrk5zsl5Ag6rK96rOg66W8IOuCtOyEnOuKlCDslYgg65CY6riwIOuVjOusuOyeheuLiOuLpC4g7Y+s7Yq47JuQIOuqqOuTiOydtCDsnbQg6rCSIOyXhuydtOuKlCDtmLjstpzsnYQg6rGw67aA7ZWY66+A66GcIOq2jOqzoOuKlCDqt7jrjIDroZwg7Jyg7Zqo7ZWp64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQlVZLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWygEAosc2RrLWJ1eWVyLWZpZWxkLWxlbmd0aE5CdXllciBmaWVsZCBsb25nZXIgdGhhbiBQb3J0T25lJ3MgbGltaXRq6rWs66ek7J6QIOygleuztOqwgCDtj6ztirjsm5Ag6ri47J20IOygnO2VnOydhCDrhJjsnYwOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQACggUYnV5ZXJfbmFtZQACABRidXllcl9uYW1lVAIQAAEgAZIBYGJ1eWVyX25hbWVgIGlzIGxvbmdlciB0aGFuIDE2IGNoYXJhY3RlcnMsIFBvcnRPbmUncyBsaW1pdCBmb3IgdGhpcyBmaWVsZIABYGJ1eWVyX25hbWVg7J20IO2PrO2KuOybkCDsoJztlZwg6ri47J207J24IDE27J6Q66W8IOuEmOyKteuLiOuLpAAACBZidXllcl9lbWFpbAACABZidXllcl9lbWFpbFYCEAABgAEBlAFgYnV5ZXJfZW1haWxgIGlzIGxvbmdlciB0aGFuIDY0IGNoYXJhY3RlcnMsIFBvcnRPbmUncyBsaW1pdCBmb3IgdGhpcyBmaWVsZIIBYGJ1eWVyX2VtYWlsYOydtCDtj6ztirjsm5Ag7KCc7ZWcIOq4uOydtOyduCA2NOyekOulvCDrhJjsirXri4jri6QAAAgSYnV5ZXJfdGVsAAIAEmJ1eWVyX3RlbFICEAABIAGQAWBidXllcl90ZWxgIGlzIGxvbmdlciB0aGFuIDE2IGNoYXJhY3RlcnMsIFBvcnRPbmUncyBsaW1pdCBmb3IgdGhpcyBmaWVsZH5gYnV5ZXJfdGVsYOydtCDtj6ztirjsm5Ag7KCc7ZWcIOq4uOydtOyduCAxNuyekOulvCDrhJjsirXri4jri6QAAAgUYnV5ZXJfYWRkcgACABRidXllcl9hZGRyWAIQAAGAAgGUAWBidXllcl9hZGRyYCBpcyBsb25nZXIgdGhhbiAxMjggY2hhcmFjdGVycywgUG9ydE9uZSdzIGxpbWl0IGZvciB0aGlzIGZpZWxkggFgYnV5ZXJfYWRkcmDsnbQg7Y+s7Yq47JuQIOygnO2VnCDquLjsnbTsnbggMTI47J6Q66W8IOuEmOyKteuLiOuLpAAACBxidXllcl9wb3N0Y29kZQACABxidXllcl9wb3N0Y29kZVoCEAABEAGYAWBidXllcl9wb3N0Y29kZWAgaXMgbG9uZ2VyIHRoYW4gOCBjaGFyYWN0ZXJzLCBQb3J0T25lJ3MgbGltaXQgZm9yIHRoaXMgZmllbGSGAWBidXllcl9wb3N0Y29kZWDqsIAg7Y+s7Yq47JuQIOygnO2VnCDquLjsnbTsnbggOOyekOulvCDrhJjsirXri4jri6QAAAFqYHtmaWVsZH1gIGlzIGxvbmdlciB0aGFuIFBvcnRPbmUncyBsaW1pdCAoe2V4cGVjdGVkfSmKAWB7ZmllbGR9YOydtCjqsIApIO2PrO2KuOybkCDquLjsnbQg7KCc7ZWcKHtleHBlY3RlZH0p7J2EIOuEmOyKteuLiOuLpAAAqAVQb3J0T25lJ3MgdjEgQVBJIHNjaGVtYSBsaW1pdHMgYGJ1eWVyX25hbWVgIHRvIDE2LCBgYnV5ZXJfZW1haWxgIHRvIDY0LCBgYnV5ZXJfdGVsYCB0byAxNiwgYGJ1eWVyX2FkZHJgIHRvIDEyOCBhbmQgYGJ1eWVyX3Bvc3Rjb2RlYCB0byA4IGNoYXJhY3RlcnMuIFRoZSBsaW1pdHMgYXJlIGRvY3VtZW50ZWQgZm9yIHRoZSBSRVNUIGJvZGllcyBvbmx5OyB0aGUgU0RLIHJlZmVyZW5jZSBnaXZlcyBub25lLCBzbyBmb3IgSU1QLnJlcXVlc3RfcGF5IHRoaXMgaXMgYSB3YXJuaW5nIChLQ1AgbWF5IGN1dCBvciByZWplY3QgdGhlIHZhbHVlKSByYXRoZXIgdGhhbiB0aGUgUkVTVCBydWxlcycgZXJyb3Iu9gbtj6ztirjsm5AgdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIGBidXllcl9uYW1lYOydhCAxNuyekCwgYGJ1eWVyX2VtYWlsYOydhCA2NOyekCwgYGJ1eWVyX3RlbGDsnYQgMTbsnpAsIGBidXllcl9hZGRyYOydhCAxMjjsnpAsIGBidXllcl9wb3N0Y29kZWDrpbwgOOyekOuhnCDsoJztlZztlanri4jri6QuIOydtCDsoJztlZzsnYAgUkVTVCDsmpTssq0g67O466y47JeQIOuMgO2VtOyEnOunjCDrrLjshJztmZTrkJjslrQg7J6I6rOgIFNESyDtjIzrnbzrr7jthLAg66y47ISc7JeQ64qUIOygnO2VnOydtCDsl4bsnLzrr4DroZwsIElNUC5yZXF1ZXN0X3BheeyXkOyEnOuKlCBSRVNUIOq3nOy5meyymOufvCDsmKTrpZjqsIAg7JWE64uI6528IOqyveqzoOuhnCDrs7Tqs6Dtlanri4jri6QoS0NQ6rCAIOqwkuydhCDsnpDrpbTqsbDrgpgg6rGw7KCI7ZWgIOyImCDsnojsirXri4jri6QpLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARZLQ1AtQlVZLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzgEAoec2RrLW5hbWUtbGVuZ3RoSE9yZGVyIG5hbWUgbG9uZ2VyIHRoYW4gNDAgY2hhcmFjdGVyczjso7zrrLjrqoXsnbQgNDDsnpDrpbwg64SY7J2MDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIICG5hbWUAAgAIbmFtZVwCEAABUAAAAAHKAWBuYW1lYCBpcyBsb25nZXIgdGhhbiA0MCBjaGFyYWN0ZXJzOiB0aGUgU0RLIHJlZmVyZW5jZSBhc2tzIGZvciA0MCBhdCBtb3N0LCBhbmQgdGhlIHdpbmRvdyBtYXkgY3V0IGl08gFgbmFtZWDsnbQgNDDsnpDrpbwg64SY7Iq164uI64ukLiDso7zrrLjrqoXsnYAgNDDsnpAg7J2064K066GcIOyekeyEse2VtOyVvCDtlZjrqbAg6rKw7KCc7LC97JeQ7IScIOyemOumtCDsiJgg7J6I7Iq164uI64ukAACsA1RoZSBTREsgcmVmZXJlbmNlIHNheXMgIjQw7J6QIOydtOuCtOuhnCDsnpHshLHtlbTso7zshLjsmpQiIGZvciBgbmFtZWAsIGFuZCB0aGUgdjEgUkVTVCBzY2hlbWEgaGFzIG1heExlbmd0aCA0MC4gRm9yIElNUC5yZXF1ZXN0X3BheSB0aGUgY29uc2VxdWVuY2UgaXMgbm90IGRvY3VtZW50ZWQgKHRoZSBSRVNUIHJ1bGUgaXMgYW4gZXJyb3IpLCBzbyBhIHdhcm5pbmcgaGVyZS7SBFNESyDtjIzrnbzrr7jthLAg66y47ISc64qUIGBuYW1lYOyXkCDrjIDtlbQgIjQw7J6QIOydtOuCtOuhnCDsnpHshLHtlbTso7zshLjsmpQi65286rOgIOyViOuCtO2VmOupsCwgdjEgUkVTVCBBUEkg7Iqk7YKk66eI7J2YIG1heExlbmd0aOuPhCA0MOyeheuLiOuLpC4gSU1QLnJlcXVlc3RfcGF57JeQ7IScIOydtOulvCDrhJjsl4jsnYQg65WM7J2YIOqysOqzvOuKlCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnChSRVNUIOq3nOy5meydgCDsmKTrpZgpLCDsl6zquLDshJzripQg6rK96rOg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARhLQ1AtTkFNRS0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1suhEKHHNkay1uYW1lLWJ5dGVzSE9yZGVyIG5hbWUgb3ZlciBLQ1AncyAxMDAtYnl0ZSBsaW1pdFzso7zrrLjrqoXsnbQgS0NQIOygnO2VnCAxMDDrsJTsnbTtirjrpbwg64SY7J2MCGluZm8BAQIWc2RrLXBheW1lbnQBBghuYW1lAAIACG5hbWVcAgwAAVACCAhuYW1lAAIACG5hbWVcAhIAAcgBAAAAAeABYG5hbWVgIHRha2VzIG1vcmUgdGhhbiAxMDAgYnl0ZXMgaW4gVVRGLTg6IGlmIEtDUCByZWNlaXZlcyBpdCBpbiBVVEYtOCwgaXRzIDEwMC1ieXRlIG9yZGVyLW5hbWUgbGltaXQgbWF5IGN1dCBpdKYCYG5hbWVg7J20IFVURi04IOq4sOykgCAxMDDrsJTsnbTtirjrpbwg64SY7Iq164uI64ukLiBLQ1DqsIAgVVRGLTjroZwg67Cb64qUIOqyveyasCDso7zrrLjrqoUg7ZWc64+EKDEwMOuwlOydtO2KuCnsl5Ag6rG466CkIOyemOumtCDsiJgg7J6I7Iq164uI64ukAADuBlBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIGdpdmVzIEtDUCdzIG93biBsaW1pdCBmb3IgdGhlIG9yZGVyIG5hbWUgYXMgMTAwIGJ5dGVzOyBLb3JlYW4gc3lsbGFibGVzIHRha2UgMyBieXRlcyBpbiBVVEYtOCwgc28gYSAzNC00MCBjaGFyYWN0ZXIgS29yZWFuIG5hbWUgcGFzc2VzIFBvcnRPbmUncyA0MC1jaGFyYWN0ZXIgbGltaXQgYW5kIHN0aWxsIGV4Y2VlZHMgS0NQJ3MuIEluZm8sIG5vdCB3YXJuaW5nLCBhcyBuYW1lLXRvby1tYW55LWJ5dGVzIG9uIHRoZSBSRVNUIGJvZGllczogS0NQJ3MgYnl0ZSBlbmNvZGluZyBpcyBub3QgZG9jdW1lbnRlZCwgYW5kIGluIEVVQy1LUiwgS0NQJ3MgdHJhZGl0aW9uYWwgZW5jb2RpbmcsIDQwIEhhbmd1bCBhcmUgb25seSA4MCBieXRlcy4gTmFtZXMgb3ZlciA0MCBjaGFyYWN0ZXJzIGFyZSBsZWZ0IHRvIHNkay1uYW1lLWxlbmd0aC7iCe2PrO2KuOybkOydmCBLQ1AoVjIpIOyXsOuPmSDrrLjshJzripQgS0NQIOyekOyytOydmCDso7zrrLjrqoUg7ZWc64+E66W8IDEwMOuwlOydtO2KuOuhnCDslYjrgrTtlanri4jri6QuIO2VnOq4gCDsnYzsoIjsnYAgVVRGLTjsl5DshJwgM+uwlOydtO2KuOydtOuvgOuhnCAzNH40MOyekOydmCDtlZzquIAg7KO866y466qF7J2AIO2PrO2KuOybkOydmCA0MOyekCDsoJztlZzsnYAg7Ya16rO87ZW064+EIEtDUOydmCDtlZzrj4TripQg64SY7Iq164uI64ukLiBSRVNUIOyalOyyrSDrs7jrrLjsnZggbmFtZS10b28tbWFueS1ieXRlc+yZgCDrp4jssKzqsIDsp4DroZwg6rK96rOg6rCAIOyVhOuLjCDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLiBLQ1DqsIAg67CU7J207Yq466W8IOyWtOuWpCDsnbjsvZTrlKnsnLzroZwg7IS464qU7KeA64qUIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK6rOgLCBLQ1DqsIAg7KCE7Ya17KCB7Jy866GcIOyCrOyaqe2VmOuKlCBFVUMtS1Lsl5DshJzripQg7ZWc6riAIDQw7J6Q6rCAIDgw67CU7J207Yq47JeQIOu2iOqzvO2VmOq4sCDrlYzrrLjsnoXri4jri6QuIDQw7J6Q66W8IOuEmOuKlCDso7zrrLjrqoXsnYAgc2RrLW5hbWUtbGVuZ3Ro6rCAIOyymOumrO2VqeuLiOuLpC6EAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92Mi9rY3AtdjI/dj12MgEYS0NQLU5BTUUtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPIRCjJwaG9uZS1yZXF1aXJlcy1idXllci1uYW1lQFBob25lIHBheW1lbnQgbmVlZHMgYGJ1eWVyX25hbWVgXO2ctOuMgO2PsCDshozslaHqsrDsoJwg7IucIGBidXllcl9uYW1lYCDtlYTsiJgKZXJyb3IBAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnBob25lAgACFGJ1eWVyX25hbWUAAgAUYnV5ZXJfbmFtZVQAAAABjAFgYnV5ZXJfbmFtZWAgaXMgcmVxdWlyZWQgZm9yIGEgS0NQIHBob25lIHBheW1lbnQgKGBwYXlfbWV0aG9kOiBwaG9uZWApdO2ctOuMgO2PsCDshozslaHqsrDsoJwg7IucIGBidXllcl9uYW1lYOydgCDtlYTsiJjsnoXri4jri6QAANQEVGhlIEtDUCBwYWdlOiAi7Zy064yA7Y+wIOyGjOyVoeqysOygnOyLnCBgYnV5ZXJfbmFtZWDqs7wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIO2MjOudvOuvuO2EsOulvCDtlYTsiJgg7J6F66Cl7ZW07JW87ZWp64uI64ukIi4gS0NQIGFuc3dlcnMgYSBtaXNzaW5nIGJ1eWVyIG5hbWUgd2l0aCByZXN1bHQgY29kZSA5MDExLiBQb3J0T25lJ3MgcGxheWdyb3VuZCB0cmlhbCBwcmVzZXQgb21pdHMgaXQsIGJ1dCB0aGF0IHJ1bnMgb24gdGhlIHB1YmxpYyB0ZXN0IGNoYW5uZWwgYW5kIGRvZXMgbm90IG92ZXJyaWRlIHRoZSBwYWdlLt4GS0NQIOyXsOuPmSDrrLjshJzsl5DripQgIu2ctOuMgO2PsCDshozslaHqsrDsoJzsi5wgYGJ1eWVyX25hbWVg6rO8IGBieXBhc3Muc2hvcF91c2VyX2lkYCDtjIzrnbzrr7jthLDrpbwg7ZWE7IiYIOyeheugpe2VtOyVvO2VqeuLiOuLpCLrnbzqs6Ag65CY7Ja0IOyeiOyKteuLiOuLpC4gS0NQ64qUIOq1rOunpOyekCDsnbTrpoTsnbQg7JeG7Jy866m0IOqysOqzvCDsvZTrk5wgOTAxMeuhnCDsnZHri7Xtlanri4jri6QuIO2PrO2KuOybkCDtlIzroIjsnbTqt7jrnbzsmrTrk5zsnZgg7LK07ZeY7JqpIO2UhOumrOyFi+yXkOuKlCDsnbQg6rCS7J20IOyXhuyngOunjCwg7J20IO2UhOumrOyFi+ydgCDqs7Xsmqkg7YWM7Iqk7Yq4IOyxhOuEkOyXkOyEnCDsi6TtlonrkJjrqbAgS0NQIOyXsOuPmSDrrLjshJzrs7Tri6Qg7Jqw7ISg7ZWY7KeAIOyViuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUEhPTkUtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLgSCjZwaG9uZS1yZXF1aXJlcy1zaG9wLXVzZXItaWRSUGhvbmUgcGF5bWVudCBuZWVkcyBgYnlwYXNzLnNob3BfdXNlcl9pZGBu7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIO2VhOyImAplcnJvcgEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKcGhvbmUCAAImYnlwYXNzLnNob3BfdXNlcl9pZAAEAAxieXBhc3NOABhzaG9wX3VzZXJfaWReAAAAAbABYGJ5cGFzcy5zaG9wX3VzZXJfaWRgICh5b3VyIG1lbWJlciBJRCBmb3IgdGhlIGJ1eWVyKSBpcyByZXF1aXJlZCBmb3IgYSBLQ1AgcGhvbmUgcGF5bWVudLAB7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgKOqzoOqwneyCrCDtmozsm5AgSUQp64qUIO2VhOyImOyeheuLiOuLpAAA2gJUaGUgS0NQIHBhZ2UgcmVxdWlyZXMgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgIGZvciBwaG9uZSBwYXltZW50cyAoUG9ydE9uZSBQUiAjODgwKTsgS0NQIHVzZXMgdGhlIG1lbWJlciBJRCBmb3IgcmlzayBtYW5hZ2VtZW50IGFuZCBhbnN3ZXJzIGEgbWlzc2luZyBvbmUgd2l0aCByZXN1bHQgY29kZSA5MDU1LsYDS0NQIOyXsOuPmSDrrLjshJzripQg7Zy064yA7Y+wIOyGjOyVoeqysOygnOyXkCBgYnlwYXNzLnNob3BfdXNlcl9pZGDrpbwg7ZWE7IiY66GcIOyalOq1rO2VqeuLiOuLpCjtj6ztirjsm5AgUFIgIzg4MCkuIEtDUOuKlCDtmozsm5AgSUTrpbwg66as7Iqk7YGsIOq0gOumrOyXkCDsgqzsmqntlZjrqbAsIOqwkuydtCDsl4bsnLzrqbQg6rKw6rO8IOy9lOuTnCA5MDU166GcIOydkeuLte2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUEhPTkUtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPoSCixwaG9uZS1yZXF1aXJlcy1kaWdpdGFsPlBob25lIHBheW1lbnQgd2l0aG91dCBgZGlnaXRhbGBW7Zy064yA7Y+wIOyGjOyVoeqysOygnCDsi5wgYGRpZ2l0YWxgIOuIhOudvQhpbmZvAQECFnNkay1wYXltZW50AQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgICBgpwaG9uZQIAAg5kaWdpdGFsAAIADmRpZ2l0YWwwAAAAAYwCYGRpZ2l0YWxgIGlzIG1pc3Npbmc6IHRoZSBTREsgcmVmZXJlbmNlIHJlcXVpcmVzIGl0IGZvciBwaG9uZSBwYXltZW50cyAodHJ1ZSBmb3IgZGlnaXRhbCBnb29kcywgZmFsc2UgZm9yIHBoeXNpY2FsIGdvb2RzOyBmZWVzIGRpZmZlcimaA2BkaWdpdGFsYOydtCDsl4bsirXri4jri6QuIO2PrO2KuOybkCBTREsg66y47ISc64qUIO2ctOuMgO2PsCDshozslaHqsrDsoJzsl5Ag7J20IOqwkuydhCDtlYTsiJjroZwg7JWI64K07ZWp64uI64ukICjrlJTsp4DthLgg7IOB7ZKI7J2066m0IHRydWUsIOyLpOusvCDsg4HtkojsnbTrqbQgZmFsc2XsnbTrqbAg7IiY7IiY66OM7Jyo7J20IOuLpOumheuLiOuLpCkAAMwFVGhlIFNESyByZWZlcmVuY2Ugc2F5cyBgZGlnaXRhbGAgaXMgcmVxdWlyZWQgZm9yIHBob25lIHBheW1lbnRzIGFuZCB0aGF0IHJlYWwgYW5kIGRpZ2l0YWwgZ29vZHMgYXJlIGNoYXJnZWQgZGlmZmVyZW50IGZlZXM7IFBvcnRPbmUncyBSZWFjdCBOYXRpdmUgYW5kIEZsdXR0ZXIgd3JhcHBlcnMgcmVmdXNlIGBwaG9uZWAgd2l0aG91dCBpdC4gU2V2ZXJpdHkgaW5mbywgbm90IHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSdzIG93biBwaG9uZS1wYXltZW50IGV4YW1wbGUgb21pdHMgYGRpZ2l0YWxgOyB0aGUgZ2VuZXJpYyBTREsgcmVmZXJlbmNlIHJlcXVpcmVzIGl0LCBzbyBrY3BsaW50IGFkdmlzZXMgaXQgd2l0aG91dCB3YXJuaW5nLvwHU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQg7Zy064yA7Y+wIOyGjOyVoeqysOygnOyXkCBgZGlnaXRhbGDsnbQg7ZWE7IiY7J2066mwIOyLpOusvCDsg4Htkojqs7wg65SU7KeA7YS4IOyDge2SiOydmCDsiJjsiJjro4zqsIAg64uk66W064uk6rOgIOyViOuCtO2VmOqzoCwg7Y+s7Yq47JuQIFJlYWN0IE5hdGl2ZcK3Rmx1dHRlciDrqqjrk4jsnYAg7J20IOqwkuydtCDsl4bripQgYHBob25lYCDsmpTssq3snYQg6rGw67aA7ZWp64uI64ukLiDqsr3qs6DqsIAg7JWE64uMIOygleuztCDsiJjspIDsnbgg7J207Jyg64qUIEtDUCDsl7Drj5kg66y47ISc7J2YIO2ctOuMgO2PsCDshozslaHqsrDsoJwg7JiI7KCcIOyekOyytOyXkCBgZGlnaXRhbGDsnbQg7JeG6riwIOuVjOusuOyeheuLiOuLpC4g67KU7JqpIFNESyDtjIzrnbzrr7jthLAg66y47ISc6rCAIOydtCDqsJLsnYQg7ZWE7IiY66GcIOyalOq1rO2VmOuvgOuhnCwga2NwbGludOuKlCDqsr3qs6Ag7JeG7J20IOq2jOqzoOunjCDtlanri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGktDUC1QSE9ORS0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sshMKNnBob25lLXByZWZpbGwtbW9iaWxlLW51bWJlclhgcHJlZmlsbC5waG9uZU51bWJlcmAgaXMgbm90IGEgbW9iaWxlIG51bWJlcmZgcHJlZmlsbC5waG9uZU51bWJlcmDqsIAg7Zy064yA7Y+wIOuyiO2YuOqwgCDslYTri5gOd2FybmluZwEBAhZzZGstcGF5bWVudAEGJnByZWZpbGwucGhvbmVOdW1iZXIABAAOcHJlZmlsbCgAFnBob25lTnVtYmVyYAIGBFxTAggmcHJlZmlsbC5waG9uZU51bWJlcgAEAA5wcmVmaWxsKAAWcGhvbmVOdW1iZXJgAghEXjAxWzAxNjc4OV1bLSBdP1xkezMsNH1bLSBdP1xkezR9JAAAAAGoAmBwcmVmaWxsLnBob25lTnVtYmVyYCB7dmFsdWV9IGlzIG5vdCBhIEtvcmVhbiBtb2JpbGUgbnVtYmVyIHN1Y2ggYXMgMDEwMTIzNDU2Nzg6IHRoZSBwaG9uZS1wYXltZW50IHdpbmRvdyB3b3VsZCBiZSBmaXhlZCB0byBhIG51bWJlciB0aGF0IGNhbm5vdCBwYXnWAmBwcmVmaWxsLnBob25lTnVtYmVyYCDqsJIge3ZhbHVlfeydgCjripQpIDAxMDEyMzQ1Njc4IOqwmeydgCDtnLTrjIDtj7Ag67KI7Zi46rCAIOyVhOuLmeuLiOuLpC4g7Zy064yA7Y+wIOyGjOyVoeqysOygnCDssL3sl5Ag6rKw7KCc7ZWgIOyImCDsl4bripQg67KI7Zi46rCAIOqzoOygleuQqeuLiOuLpAAAggRUaGUgS0NQIHBhZ2U6IGBwcmVmaWxsLnBob25lTnVtYmVyYCBmaXhlcyB0aGUgbnVtYmVyIHVzZWQgYnkgdGhlIHBob25lIChtaWNyb3BheW1lbnQpIHdpbmRvdy4gUGhvbmUgbWljcm9wYXltZW50cyBhcmUgYmlsbGVkIHRvIGEgS29yZWFuIG1vYmlsZSBsaW5lICgwMTAsIDAxMSwgMDE2LTAxOSksIHNvIGEgbGFuZGxpbmUsIGFuIGludGVybmF0aW9uYWwgZm9ybSBvciBhIHRydW5jYXRlZCBudW1iZXIgY2Fubm90IGNvbXBsZXRlIHRoZSBwYXltZW50LvwES0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IGBwcmVmaWxsLnBob25lTnVtYmVyYOuKlCDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIOywveyXkOyEnCDsgqzsmqntlaAg67KI7Zi466W8IOqzoOygle2VqeuLiOuLpC4g7Zy064yA7Y+wIOyGjOyVoeqysOygnOuKlCDqta3rgrQg7Zy064yA7Y+wIO2ajOyEoCgwMTAsIDAxMSwgMDE2fjAxOSnsnLzroZwg7LKt6rWs65CY66+A66GcLCDsnKDshKAg7KCE7ZmU67KI7Zi4LCDqta3soJwg7ZiV7IudIOuyiO2YuCwg7J6Y66awIOuyiO2YuOuhnOuKlCDqsrDsoJzrpbwg7JmE66OM7ZWgIOyImCDsl4bsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEaS0NQLVBIT05FLTAwNAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzwEwoycGhvbmUtcHJlZmlsbC1kaWdpdHMtb25seUpgcHJlZmlsbC5waG9uZU51bWJlcmAgd2l0aCBzZXBhcmF0b3JzWmBwcmVmaWxsLnBob25lTnVtYmVyYOyXkCDqtazrtoQg6riw7Zi4IO2PrO2VqAhpbmZvAQECFnNkay1wYXltZW50AQYmcHJlZmlsbC5waG9uZU51bWJlcgAEAA5wcmVmaWxsKAAWcGhvbmVOdW1iZXJgAgZEXjAxWzAxNjc4OV1bLSBdP1xkezMsNH1bLSBdP1xkezR9JAIIJnByZWZpbGwucGhvbmVOdW1iZXIABAAOcHJlZmlsbCgAFnBob25lTnVtYmVyYAIICl5cZCskAAAAAbACYHByZWZpbGwucGhvbmVOdW1iZXJgIHt2YWx1ZX0gY29udGFpbnMgaHlwaGVucyBvciBzcGFjZXM6IHRoZSBLQ1AgcGFnZSBnaXZlcyBubyBmb3JtYXQsIGJ1dCBzZW5kIGRpZ2l0cyBvbmx5ICgwMTAxMjM0NTY3OCksIGFzIFBvcnRPbmUncyBEYW5hbCBwYWdlIGFza3P8AmBwcmVmaWxsLnBob25lTnVtYmVyYCDqsJIge3ZhbHVlfeydgCjripQpIO2VmOydtO2UiOydtOuCmCDqs7XrsLHsnYQg7Y+s7ZWo7ZWp64uI64ukLiBLQ1Ag66y47ISc7JeQ64qUIO2YleyLneydtCDsl4bsp4Drp4wg7Y+s7Yq47JuQIOuLpOuCoCDrrLjshJzsspjrn7wg7Iir7J6Q66eMKDAxMDEyMzQ1Njc4KSDsnoXroKXtlZjshLjsmpQAAPgCVGhlIEtDUCBwYWdlIGRvZXMgbm90IGdpdmUgYSBmb3JtYXQgZm9yIGBwcmVmaWxsLnBob25lTnVtYmVyYDsgUG9ydE9uZSdzIERhbmFsIHBhZ2UsIHRoZSBvdGhlciB2MSBnYXRld2F5IHdpdGggdGhpcyBwYXJhbWV0ZXIsIGFza3MgZm9yIGRpZ2l0cyB3aXRob3V0IGh5cGhlbnMuIEJ5IGFuYWxvZ3kgb25seSwgaGVuY2UgaW5mby6oBEtDUCDsl7Drj5kg66y47ISc7JeQ64qUIGBwcmVmaWxsLnBob25lTnVtYmVyYOydmCDtmJXsi53snbQg7JeG7Iq164uI64ukLiDsnbQg7YyM652866+47YSw6rCAIOyeiOuKlCDrmJAg64uk66W4IHYxIFBH7IKs7J24IOuLpOuCoOydmCDtj6ztirjsm5Ag7Jew64+ZIOusuOyEnOuKlCDtlZjsnbTtlIgg7JeG7J20IOyIq+yekOunjCDsnoXroKXtlZjrj4TroZ0g7JWI64K07ZWp64uI64ukLiDsnKDstpTsl5Ag6re86rGw7ZWcIOqyg+ydtOuvgOuhnCDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLoIBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL2RhbmFsP3Y9djEBGktDUC1QSE9ORS0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sshQKNGdpZnQtcmVxdWlyZXMtc2hvcC11c2VyLWlkWEdpZnQgY2VydGlmaWNhdGUgbmVlZHMgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgYuyDge2SiOq2jCDqsrDsoJwg7IucIGBieXBhc3Muc2hvcF91c2VyX2lkYCDtlYTsiJgKZXJyb3IBAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgQIBhZjdWx0dXJlbGFuZAYYc21hcnRjdWx0dXJlBhJib29rbmxpZmUGFGhhcHB5bW9uZXkCAAImYnlwYXNzLnNob3BfdXNlcl9pZAAEAAxieXBhc3NOABhzaG9wX3VzZXJfaWReAAAAAfoBYGJ5cGFzcy5zaG9wX3VzZXJfaWRgICh5b3VyIG1lbWJlciBJRCBmb3IgdGhlIGJ1eWVyKSBpcyByZXF1aXJlZCBmb3IgYSBnaWZ0LWNlcnRpZmljYXRlIHBheW1lbnQgKGBwYXlfbWV0aG9kYCB7dHJpZ2dlclZhbHVlfSneAeyDge2SiOq2jCDqsrDsoJwoYHBheV9tZXRob2RgIHt0cmlnZ2VyVmFsdWV9KSDsi5wgYGJ5cGFzcy5zaG9wX3VzZXJfaWRgKOqzoOqwneyCrCDtmozsm5AgSUQp64qUIO2VhOyImOyeheuLiOuLpAAAhgRUaGUgS0NQIHBhZ2U6ICLsg4Htkojqtowg6rKw7KCc7IucIGBieXBhc3Muc2hvcF91c2VyX2lkYO2MjOudvOuvuO2EsOulvCDtlYTsiJgg7J6F66Cl7ZW07JW87ZWp64uI64ukIiDigJQgdGhlIGlzc3VlcnMgdXNlIHRoZSBtZW1iZXIgSUQgZm9yIHJpc2sgbWFuYWdlbWVudCAoUG9ydE9uZSBQUiAjOTMxKS4gSXQgYXBwbGllcyB0byBldmVyeSBnaWZ0IGNlcnRpZmljYXRlIG1ldGhvZCwgaW5jbHVkaW5nIGBoYXBweW1vbmV5YCB3aGVuIGl0IGlzIHVzZWQuyAVLQ1Ag7Jew64+ZIOusuOyEnOyXkOuKlCAi7IOB7ZKI6raMIOqysOygnOyLnCBgYnlwYXNzLnNob3BfdXNlcl9pZGDtjIzrnbzrr7jthLDrpbwg7ZWE7IiYIOyeheugpe2VtOyVvO2VqeuLiOuLpCLrnbzqs6Ag65CY7Ja0IOyeiOyKteuLiOuLpC4g7IOB7ZKI6raMIOuwnO2WieyCrOqwgCDtmozsm5AgSUTrpbwg66as7Iqk7YGsIOq0gOumrOyXkCDsgqzsmqntlZjquLAg65WM66y47J6F64uI64ukKO2PrO2KuOybkCBQUiAjOTMxKS4g7J20IOyalOqxtOydgCBgaGFwcHltb25leWDrpbwg7IKs7Jqp7ZWY64qUIOqyveyasOulvCDtj6ztlajtlbQg66qo65OgIOyDge2SiOq2jCDqsrDsoJzsiJjri6jsl5Ag7KCB7Jqp65Cp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1HSUZULTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzqFAo2cG9pbnQtcmVxdWlyZXMtbWVtY29ycC1jb2RlVEJlbmVwaWEgcG9pbnRzIG5lZWQgYGJ5cGFzcy5wdF9tZW1jb3JwX2NkYH7rsqDrhKTtlLzslYQg7Y+s7J247Yq4IOqysOygnCDsi5wgYGJ5cGFzcy5wdF9tZW1jb3JwX2NkYCDtlYTsiJgKZXJyb3IBAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnBvaW50AgACKGJ5cGFzcy5wdF9tZW1jb3JwX2NkAAQADGJ5cGFzc04AGnB0X21lbWNvcnBfY2RiAAAAAbgBYGJ5cGFzcy5wdF9tZW1jb3JwX2NkYCAodGhlIEJlbmVwaWEgbWVtYmVyLWNvbXBhbnkgY29kZSkgaXMgcmVxdWlyZWQgZm9yIGBwYXlfbWV0aG9kOiBwb2ludGD+AeuyoOuEpO2UvOyVhCDtj6zsnbjtirgg6rKw7KCcKGBwYXlfbWV0aG9kOiBwb2ludGApIOyLnCBgYnlwYXNzLnB0X21lbWNvcnBfY2RgKOuyoOuEpO2UvOyVhCDqs6DqsJ3sgqwg7L2U65OcKeuKlCDtlYTsiJjsnoXri4jri6QAALYBVGhlIEtDUCBwYWdlJ3MgYGJ5cGFzc2AgdGFibGUgbWFya3MgYHB0X21lbWNvcnBfY2RgIGFzIHJlcXVpcmVkIGZvciBCZW5lcGlhIHBvaW50IHBheW1lbnRzLugBS0NQIOyXsOuPmSDrrLjshJzsnZggYGJ5cGFzc2Ag7ZGc64qUIOuyoOuEpO2UvOyVhCDtj6zsnbjtirgg6rKw7KCcIOyLnCBgcHRfbWVtY29ycF9jZGDrpbwg7ZWE7IiY66GcIO2RnOyLnO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARpLQ1AtUE9JTlQtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKYVCjZib29sZWFuLWZpZWxkcy1qc29uLWJvb2xlYW5MQm9vbGVhbiBwYXJhbWV0ZXIgc2VudCBhcyBhbm90aGVyIHR5cGVKYm9vbGVhbiDtjIzrnbzrr7jthLDsnZgg7YOA7J6FIOyYpOulmAplcnJvcgEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQADAgMZXNjcm93AAIADGVzY3JvdyQCABAAAAAIDmFwcENhcmQAAgAOYXBwQ2FyZCICABAAAAAIDmRpZ2l0YWwAAgAOZGlnaXRhbDACABAAAAAICnBvcHVwAAIACnBvcHVwNgIAEAAAAAgudXNlRnJlZUludGVyZXN0RnJvbU1hbGwAAgAudXNlRnJlZUludGVyZXN0RnJvbU1hbGxkAgAQAAAACCxjYXJkLmRldGFpbFsqXS5lbmFibGVkAAgACGNhcmQgAAxkZXRhaWxmBAAOZW5hYmxlZGgCABAAAAABggJge2ZpZWxkfWAgbXVzdCBiZSBhIEpTT04gYm9vbGVhbiwgZm91bmQge3ZhbHVlfTogc2VuZCB0cnVlIG9yIGZhbHNlIHdpdGhvdXQgcXVvdGVzIChKYXZhU2NyaXB0IHRyZWF0cyB0aGUgc3RyaW5nICJmYWxzZSIgYXMgdHJ1ZSnwAmB7ZmllbGR9YOydgCjripQpIGJvb2xlYW4g6rCS7J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukLiDrlLDsmLTtkZwg7JeG7J20IHRydWUg65iQ64qUIGZhbHNl66GcIOuztOuCtOyEuOyalCAoSmF2YVNjcmlwdOyXkOyEnOuKlCDrrLjsnpDsl7QgImZhbHNlIuuPhCB0cnVl66GcIOy3qOq4ieuQqeuLiOuLpCkAALoGVGhlIEtDUCBwYWdlIGFuZCB0aGUgU0RLIHJlZmVyZW5jZSB0eXBlIGBlc2Nyb3dgLCBgYXBwQ2FyZGAsIGBkaWdpdGFsYCBhbmQgYGNhcmQuZGV0YWlsW10uZW5hYmxlZGAgKGFuZCB0aGUgZ2VuZXJpYyBgcG9wdXBgLCBgdXNlRnJlZUludGVyZXN0RnJvbU1hbGxgKSBhcyBib29sZWFucy4gVmFsdWVzIHJlYWQgZnJvbSBmb3JtIGZpZWxkcyBvciBlbnZpcm9ubWVudCB2YXJpYWJsZXMgb2Z0ZW4gYXJyaXZlIGFzICJ0cnVlIi8iZmFsc2UiIHN0cmluZ3MgKGEgUmVhY3QgTmF0aXZlIGlzc3VlIHNob3dzIGBkaWdpdGFsOiAnZmFsc2UnYCksIHdoaWNoIGEgdHJ1dGhpbmVzcyBjaGVjayB0dXJucyBpbnRvIHRydWU6IGFuIGVzY3JvdyBvciBkaWdpdGFsLWdvb2RzIHBheW1lbnQgdGhlIG1lcmNoYW50IGRpZCBub3QgYXNrIGZvci7aCEtDUCDsl7Drj5kg66y47ISc7JmAIFNESyDtjIzrnbzrr7jthLAg66y47ISc64qUIGBlc2Nyb3dgLCBgYXBwQ2FyZGAsIGBkaWdpdGFsYCwgYGNhcmQuZGV0YWlsW10uZW5hYmxlZGAo6re466as6rOgIOuylOyaqSDtjIzrnbzrr7jthLAgYHBvcHVwYCwgYHVzZUZyZWVJbnRlcmVzdEZyb21NYWxsYCnsnZgg7YOA7J6F7J2EIGJvb2xlYW7snLzroZwg7KCV7J2Y7ZWp64uI64ukLiDtj7wg7ZWE65Oc64KYIO2ZmOqyvSDrs4DsiJjsl5DshJwg7J297J2AIOqwkuydgCAidHJ1ZSIvImZhbHNlIiDrrLjsnpDsl7TroZwg65Ok7Ja07Jik64qUIOqyveyasOqwgCDrp47snYDrjbAoUmVhY3QgTmF0aXZlIOydtOyKiOyXkCBgZGlnaXRhbDogJ2ZhbHNlJ2Ag7IKs66GA6rCAIOyeiOyKteuLiOuLpCksIOywuC/qsbDsp5Mg7YyQ7KCVKHRydXRoaW5lc3Mp7JeQ7ISc64qUIOydtOufsCDrrLjsnpDsl7TsnbQgdHJ1ZeqwgCDrkJjslrQg6rOg6rCd7IKs6rCAIOyalOyyre2VmOyngCDslYrsnYAg7JeQ7Iqk7YGs66GcIOqysOygnOuCmCDrlJTsp4DthLgg7IOB7ZKIIOqysOygnOqwgCDrkKnri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLVRZUEUtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNYVCiB2YmFuay1kdWUtZm9ybWF0OGB2YmFua19kdWVgIG5vdCBhIHZhbGlkIGRhdGUyYHZiYW5rX2R1ZWAg7ZiV7IudIOyYpOulmAplcnJvcgEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKdmJhbmsECBJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIAAgHaAWB2YmFua19kdWVgIG11c3QgYmUgYSBzdHJpbmcgc3VjaCBhcyAiMjAzMDEyMzEiLCBmb3VuZCB7YWN0dWFsfTogUG9ydE9uZSdzIFNESyByZWZlcmVuY2UgdHlwZXMgaXQgYXMgYSBzdHJpbmewAmB2YmFua19kdWVg64qUICIyMDMwMTIzMSIg6rCZ7J2AIOusuOyekOyXtOydtOyWtOyVvCDtlZjripTrjbAge2FjdHVhbH3snoXri4jri6QuIO2PrO2KuOybkCBTREsg66y47ISc7JeQ7IScIOusuOyekOyXtOuhnCDsoJXsnZjrkJwg7YyM652866+47YSw7J6F64uI64ukAAAIEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAhwCBAQGAi4AAAIIAgYCLgAAAhASdmJhbmstZHVlAAAAAbICYHZiYW5rX2R1ZWAge3ZhbHVlfSBpcyBub3QgYSByZWFsIGRhdGUgaW4gYSBzdXBwb3J0ZWQgZm9ybTogdXNlIFlZWVlNTUREIG9yIFlZWVlNTURESEhtbXNzIChhbHNvIGFjY2VwdGVkOiBZWVlZTU1EREhIbW0sIFlZWVktTU0tREQsIFlZWVktTU0tREQgSEg6bW06c3MpjgNgdmJhbmtfZHVlYCDqsJIge3ZhbHVlfeydgCjripQpIOyYrOuwlOuluCDrgqDsp5wg7ZiV7Iud7J20IOyVhOuLmeuLiOuLpC4gWVlZWU1NREQg65iQ64qUIFlZWVlNTURESEhtbXNzIO2YleyLneycvOuhnCDsnoXroKXtlZjshLjsmpQgKFlZWVlNTURESEhtbSwgWVlZWS1NTS1ERCwgWVlZWS1NTS1ERCBISDptbTpzc+uPhCDtl4jsmqnrkKnri4jri6QpAADWBVRoZSBLQ1AgcGFnZSBhbGxvd3MgYFlZWVlNTUREYCBhbmQgYFlZWVlNTURESEhtbXNzYCAoYSBkYXRlIGFsb25lIG1lYW5zIDIzOjU5OjU5KTsgdGhlIFNESyByZWZlcmVuY2UgYWRkcyBgWVlZWS1NTS1ERGAgYW5kIGBZWVlZLU1NLUREIEhIOm1tOnNzYCwgYW5kIHRoZSBsZWdhY3kgbWFudWFsIGFuZCBQb3J0T25lJ3MgcGxheWdyb3VuZCB1c2UgYFlZWVlNTUREaGhtbWAuIEFsbCBvZiB0aGVtIHBhcnNlIHVuYW1iaWd1b3VzbHksIHNvIG9ubHkgYSB2YWx1ZSBpbiBub25lIG9mIHRoZXNlIGZvcm1zLCBvciBhbiBpbXBvc3NpYmxlIGRhdGUsIGlzIGFuIGVycm9yOyB0aGUgbm9uLUtDUCBmb3JtcyBnZXQgdmJhbmstZHVlLWtjcC1mb3JtLsIHS0NQIOyXsOuPmSDrrLjshJzripQgYFlZWVlNTUREYOyZgCBgWVlZWU1NRERISG1tc3Ng66W8IO2XiOyaqe2VmOupsCjrgqDsp5zrp4wg7JOw66m0IDIzOjU5OjU5KSwgU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYFlZWVktTU0tRERg7JmAIGBZWVlZLU1NLUREIEhIOm1tOnNzYOulvCDstpTqsIDroZwg7ZeI7Jqp7ZWY6rOgLCDqtawg66ek64m07Ja86rO8IO2PrO2KuOybkCDtlIzroIjsnbTqt7jrnbzsmrTrk5zripQgYFlZWVlNTUREaGhtbWDsnYQg7IKs7Jqp7ZWp64uI64ukLiDrqqjrkZAg66qo7Zi47ZWoIOyXhuydtCDtlbTshJ3rkJjrr4DroZwg7J20IOykkSDslrTripAg7ZiV7Iud64+EIOyVhOuLjCDqsJLsnbTrgpgg7KG07J6s7ZWgIOyImCDsl4bripQg64Kg7Kec66eMIOyYpOulmOuhnCDrs7Tqs6DtlZjrqbAsIEtDUCDrrLjshJzsl5Ag7JeG64qUIO2YleyLneydgCB2YmFuay1kdWUta2NwLWZvcm3snbQg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1WQi0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sqhYKJHZiYW5rLWR1ZS1rY3AtZm9ybWBgdmJhbmtfZHVlYCBpbiBhIGZvcm0gdGhlIEtDUCBwYWdlIGRvZXMgbm90IGxpc3ROS0NQIOusuOyEnOyXkCDsl4bripQgYHZiYW5rX2R1ZWAg7ZiV7IudCGluZm8BAQIWc2RrLXBheW1lbnQBAAQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKdmJhbmsGEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAhASdmJhbmstZHVlAggSdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4CCCBeKFxkezh9fFxkezE0fSkkAAAAAcoBYHZiYW5rX2R1ZWAge3ZhbHVlfSB1c2VzIGEgZm9ybSB0aGUgS0NQIHBhZ2UgZG9lcyBub3QgbGlzdDogS0NQIGRvY3VtZW50cyBZWVlZTU1ERCBhbmQgWVlZWU1NRERISG1tc3OCAmB2YmFua19kdWVgIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOusuOyEnOyXkCDsl4bripQg7ZiV7Iud7J6F64uI64ukLiBLQ1Ag66y47ISc7J2YIO2YleyLneydgCBZWVlZTU1EROyZgCBZWVlZTU1EREhIbW1zc+yeheuLiOuLpAAAogNUaGUgU0RLIHJlZmVyZW5jZSBhY2NlcHRzIHRoZSBkYXNoZWQgZm9ybXMgYW5kIG9sZGVyIFBvcnRPbmUgbWF0ZXJpYWwgdXNlcyBZWVlZTU1ERGhobW0sIHNvIHRoZXkgYXJlIG5vdCBlcnJvcnM7IHRoZSBLQ1AgcGFnZSBpdHNlbGYgbGlzdHMgb25seSB0aGUgdHdvIGNvbXBhY3QgZm9ybXMsIHNvIHVzaW5nIGV4YWN0bHkgdGhvc2UgaXMgdGhlIHNhZmUgY2hvaWNlLvwEU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQg7ZWY7J207ZSI7J20IOuTpOyWtOqwhCDtmJXsi53snYQg7ZeI7Jqp7ZWY6rOgIOydtOyghCDtj6ztirjsm5Ag7J6Q66OM64qUIFlZWVlNTUREaGhtbeydhCDsgqzsmqntlZjrr4DroZwsIOydtCDtmJXsi53rk6TsnYAg7Jik66WY6rCAIOyVhOuLmeuLiOuLpC4g6re465+s64KYIEtDUCDsl7Drj5kg66y47IScIOyekOyytOuKlCDrtpnsl6wg7JOw64qUIOuRkCDqsIDsp4Ag7ZiV7Iud66eMIOyViOuCtO2VmOuvgOuhnCwg7KCV7ZmV7Z6IIOq3uCDtmJXsi53snYQg7JOw64qUIOqyg+ydtCDslYjsoITtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLVZCLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyMFwocdmJhbmstZHVlLXBhc3QwYHZiYW5rX2R1ZWAgYWxyZWFkeSBwYXN0RmB2YmFua19kdWVg6rCAIOydtOuvuCDsp4Drgpwg7Iuc6rCBCmVycm9yAQECFnNkay1wYXltZW50AQAEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnZiYW5rBhJ2YmFua19kdWUAAgASdmJhbmtfZHVlLgIQEnZiYW5rLWR1ZQIIEnZiYW5rX2R1ZQACABJ2YmFua19kdWUuAhgAAAABxAFgdmJhbmtfZHVlYCB7dmFsdWV9IGlzIGFscmVhZHkgcGFzdDogdGhlIHZpcnR1YWwgYWNjb3VudCB3b3VsZCBleHBpcmUgYmVmb3JlIHRoZSBidXllciBjYW4gZGVwb3NpdJgCYHZiYW5rX2R1ZWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsnbTrr7gg7KeA64KcIOyLnOqwgeyeheuLiOuLpC4g6rWs66ek7J6Q6rCAIOyeheq4iO2VmOq4sCDsoITsl5Ag6rCA7IOB6rOE7KKMIOyeheq4iOq4sO2VnOydtCDrp4zro4zrkKnri4jri6QAANQDYHZiYW5rX2R1ZWAgaXMgdGhlIGRlcG9zaXQgZGVhZGxpbmUgb2YgdGhlIGlzc3VlZCB2aXJ0dWFsIGFjY291bnQ7IGEgZGVhZGxpbmUgYmVmb3JlIHRoZSByZXF1ZXN0IGNhbiBuZXZlciBiZSBtZXQgKHR5cGljYWxseSBhIGhhcmQtY29kZWQgZGF0ZSBvciBhIHRpbWUtem9uZSBtaXN0YWtlKS4gQ2hlY2tlZCBpbiBLb3JlYSBTdGFuZGFyZCBUaW1lLCBvbmx5IHdoZW4gYHBheV9tZXRob2RgIGlzIGB2YmFua2AurgRgdmJhbmtfZHVlYOuKlCDrsJzquInrkJwg6rCA7IOB6rOE7KKM7J2YIOyeheq4iOq4sO2VnOyeheuLiOuLpC4g7JqU7LKtIOyLnOygkOuztOuLpCDsnbTrpbgg6riw7ZWc7J2AIOqysOy9lCDsp4Dtgqwg7IiYIOyXhuyKteuLiOuLpCjrjIDqsJwg7ZWY65Oc7L2U65Sp7ZWcIOuCoOynnOuCmCDsi5zqsITrjIAg7Iuk7IiY7J6F64uI64ukKS4g7ZWc6rWtIO2RnOykgOyLnChLU1QpIOq4sOykgOycvOuhnCwgYHBheV9tZXRob2Rg6rCAIGB2YmFua2Dsnbwg65WM66eMIOqygOyCrO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtVkItMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNIXCiJ2YmFuay1kdWUtbWlzc2luZ0ZWaXJ0dWFsIGFjY291bnQgd2l0aG91dCBgdmJhbmtfZHVlYFTqsIDsg4Hqs4Tsoowg6rKw7KCcIOyLnCBgdmJhbmtfZHVlYCDriITrnb0IaW5mbwEBAhZzZGstcGF5bWVudAEGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYKdmJhbmsCAAISdmJhbmtfZHVlAAIAEnZiYW5rX2R1ZS4AAAABtgFgdmJhbmtfZHVlYCBpcyBub3Qgc2V0OiBLQ1AncyBkZWZhdWx0IGRlcG9zaXQgZGVhZGxpbmUgaXMgbm90IGRvY3VtZW50ZWQ7IHNldCBpdCBleHBsaWNpdGx5igJgdmJhbmtfZHVlYOqwgCDsl4bsirXri4jri6QuIEtDUOydmCDquLDrs7gg7J6F6riI6riw7ZWc7J2AIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOyeheq4iOq4sO2VnOydhCDsp4HsoJEg7KeA7KCV7ZWY7IS47JqUAACWAlRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYHZiYW5rX2R1ZWAgYnV0IG5vdCB0aGUgZGVhZGxpbmUgdXNlZCB3aXRob3V0IGl0OyBQb3J0T25lJ3MgRmx1dHRlciB3cmFwcGVyIHJlZnVzZXMgYHZiYW5rYCB3aXRob3V0IGl0LiBBZHZpY2Ugb25seS7iA0tDUCDsl7Drj5kg66y47ISc64qUIGB2YmFua19kdWVg66W8IOyViOuCtO2VmOyngOunjCDsnbQg6rCS7J20IOyXhuydhCDrlYwg7KCB7Jqp65CY64qUIOq4sO2VnOydgCDrrLjshJztmZTtlZjsp4Ag7JWK7JWY7Iq164uI64ukLiDtj6ztirjsm5AgRmx1dHRlciDrqqjrk4jsnYAg7J20IOqwkuydtCDsl4bripQgYHZiYW5rYCDsmpTssq3snYQg6rGw67aA7ZWp64uI64ukLiDqtozqs6Ag7IKs7ZWt7J28IOu/kOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtVkItMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJgYCiB2YmFuay1idXllci1uYW1lSFZpcnR1YWwgYWNjb3VudCB3aXRob3V0IGBidXllcl9uYW1lYFbqsIDsg4Hqs4Tsoowg6rKw7KCcIOyLnCBgYnV5ZXJfbmFtZWAg64iE6529CGluZm8BAQIWc2RrLXBheW1lbnQBBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCnZiYW5rAgACFGJ1eWVyX25hbWUAAgAUYnV5ZXJfbmFtZVQAAAAB3gFgYnV5ZXJfbmFtZWAgaXMgbm90IHNldDogdGhlIHZpcnR1YWwgYWNjb3VudCBzaG93cyB0aGUgYnV5ZXIncyBuYW1lLCBhbmQgbWF0Y2hpbmcgZGVwb3NpdHMgaXMgaGFyZGVyIHdpdGhvdXQgaXSEAmBidXllcl9uYW1lYOydtCDsl4bsirXri4jri6QuIOqwgOyDgeqzhOyijOyXkOuKlCDqtazrp6TsnpAg7J2066aE7J20IO2RnOyLnOuQmOuvgOuhnCDsl4bsnLzrqbQg7J6F6riIIO2ZleyduOydtCDslrTroKTsm4zsp5Hri4jri6QAALQCUG9ydE9uZSdzIEtDUCB0cmlhbCBwcmVzZXQgYWRkcyBgYnV5ZXJfbmFtZWAgZm9yIGB2YmFua2Agb25seSwgYW5kIFBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIHNheXMgdGhlIGlzc3VlZCBhY2NvdW50IHNob3dzIHRoZSBjdXN0b21lcidzIG5hbWUuIEFkdmljZSBvbmx5LtAD7Y+s7Yq47JuQ7J2YIEtDUCDssrTtl5jsmqkg7ZSE66as7IWL7J2AIGB2YmFua2Dsnbwg65WM66eMIGBidXllcl9uYW1lYOydhCDstpTqsIDtlZjrqbAsIO2PrO2KuOybkOydmCBLQ1AoVjIpIOyXsOuPmSDrrLjshJzripQg67Cc6riJ65CcIOqwgOyDgeqzhOyijOyXkCDqs6DqsJ0g7J2066aE7J20IO2RnOyLnOuQnOuLpOqzoCDslYjrgrTtlanri4jri6QuIOq2jOqzoCDsgqztla3snbwg67+Q7J6F64uI64ukLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARRLQ1AtVkItMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbM4YCjZkaXNwbGF5LXF1b3RhLWludGVnZXItYXJyYXlaYGRpc3BsYXkuY2FyZF9xdW90YWAgbm90IGFuIGFycmF5IG9mIGludGVnZXJzXmBkaXNwbGF5LmNhcmRfcXVvdGFg6rCAIOygleyImCDrsLDsl7TsnbQg7JWE64uYCmVycm9yAQECFnNkay1wYXltZW50AAQIJGRpc3BsYXkuY2FyZF9xdW90YQAEAA5kaXNwbGF5HgAUY2FyZF9xdW90YWoCAEAB5AFgZGlzcGxheS5jYXJkX3F1b3RhYCBtdXN0IGJlIGFuIGFycmF5IG9mIG1vbnRoIG51bWJlcnMgc3VjaCBhcyBbMiwgMywgNCwgNSwgNl0gKFtdID0gbHVtcCBzdW0gb25seSksIGZvdW5kIHt2YWx1ZX2OAmBkaXNwbGF5LmNhcmRfcXVvdGFg64qUIFsyLCAzLCA0LCA1LCA2XeyymOufvCDtlaDrtoDqsJzsm5TsiJjsnZgg67Cw7Je07J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukIChbXeuKlCDsnbzsi5zrtojrp4wg6rCA64qlKQAACCpkaXNwbGF5LmNhcmRfcXVvdGFbKl0ABgAOZGlzcGxheR4AFGNhcmRfcXVvdGFqBAIABAF4YHtmaWVsZH1gIG11c3QgYmUgYW4gaW50ZWdlciBudW1iZXIgb2YgbW9udGhzLCBmb3VuZCB7dmFsdWV9hgFge2ZpZWxkfWDsnYAo64qUKSDsoJXsiJgg6rCc7JuU7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAAABYmBkaXNwbGF5LmNhcmRfcXVvdGFgIG11c3QgYmUgYW4gYXJyYXkgb2YgaW50ZWdlcnNwYGRpc3BsYXkuY2FyZF9xdW90YWDripQg7KCV7IiYIOuwsOyXtOydtOyWtOyVvCDtlanri4jri6QAAOIEVGhlIEtDUCBwYWdlIHR5cGVzIGBkaXNwbGF5LmNhcmRfcXVvdGFgIGFzIG51bWJlcltdOiBgW11gIG1lYW5zIGx1bXAgc3VtIG9ubHkgYW5kIHRoZSBsaXN0IGhvbGRzIGluc3RhbGxtZW50IG1vbnRocy4gRWFybGllciB2ZXJzaW9ucyBvZiB0aGUgcGFnZSBwcmludGVkIHRoZSBleGFtcGxlIGFzIGAyLDMsNCw1LDZgIHdpdGhvdXQgYnJhY2tldHMgKGZpeGVkIGluIHRoZSBjdXJyZW50IHBhZ2UpOyBzZW50IGFzIGEgc3RyaW5nIG9yIHdpdGggc3RyaW5nIGl0ZW1zLCB0aGUgc2V0dGluZyBpcyBub3QgYXBwbGllZCBhcyBpbnRlbmRlZC6YBktDUCDsl7Drj5kg66y47ISc64qUIGBkaXNwbGF5LmNhcmRfcXVvdGFg7J2YIO2DgOyeheydhCBudW1iZXJbXeuhnCDsoJXsnZjtlanri4jri6QuIGBbXWDripQg7J287Iuc67aI66eMIO2XiOyaqe2VnOuLpOuKlCDrnLvsnbTrqbAsIOuwsOyXtOyXkOuKlCDtlaDrtoDqsJzsm5TsiJjrpbwg64Sj7Iq164uI64ukLiDsnbTsoIQg7YyQ7J2YIOusuOyEnOuKlCDsmIjsoJzrpbwg64yA6rSE7Zi4IOyXhuydtCBgMiwzLDQsNSw2YOycvOuhnCDtkZzquLDtlojsnLzrqbAo7ZiE7J6sIOusuOyEnOyXkOyEnOuKlCDsiJjsoJXrkKgpLCDrrLjsnpDsl7TsnbTrgpgg66y47J6Q7Je0IO2VreuqqeycvOuhnCDrs7TrgrTrqbQg7ISk7KCV7J20IOydmOuPhOuMgOuhnCDsoIHsmqnrkJjsp4Ag7JWK7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBEktDUC1RLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyEGQosZGlzcGxheS1xdW90YS1tYXgtb25seWhLQ1AgdXNlcyBvbmx5IHRoZSBsYXJnZXN0IGBkaXNwbGF5LmNhcmRfcXVvdGFgIHZhbHVlZEtDUOuKlCBgZGlzcGxheS5jYXJkX3F1b3RhYOydmCDstZzrjJPqsJLrp4wg7IKs7JqpCGluZm8BAQIWc2RrLXBheW1lbnQBBiRkaXNwbGF5LmNhcmRfcXVvdGEABAAOZGlzcGxheR4AFGNhcmRfcXVvdGFqBgwBBAAYBgIuAAACAgQAAAAAAAAAQAIyFAYCLgAAAgoGZ3RlAAAAAAAAAAhAAjMCAgIkZGlzcGxheS5jYXJkX3F1b3RhAAQADmRpc3BsYXkeABRjYXJkX3F1b3RhagAAAAGeAmBkaXNwbGF5LmNhcmRfcXVvdGFgIHt2YWx1ZX0gd2lsbCBub3QgbGltaXQgdGhlIGNob2ljZSB0byB0aGUgbGlzdGVkIG1vbnRoczogS0NQIGVuYWJsZXMgZXZlcnkgaW5zdGFsbG1lbnQgbW9udGggZnJvbSAyIHVwIHRvIHRoZSBsYXJnZXN0IHZhbHVl8gJgZGlzcGxheS5jYXJkX3F1b3RhYCDqsJIge3ZhbHVlfSjsnLwp66Gc64qUIOuCmOyXtO2VnCDqsJzsm5Trp4wg7ISg7YOd7ZWY6rKMIO2VoCDsiJgg7JeG7Iq164uI64ukLiBLQ1DripQgMuqwnOyblOu2gO2EsCDqsIDsnqUg7YGwIOqwkuq5jOyngOydmCDrqqjrk6Ag7ZWg67aA6rCc7JuU7J2EIO2ZnOyEse2ZlO2VqeuLiOuLpAAAzgpUaGUgY3VycmVudCBLQ1AgcGFnZSBzYXlzIHRoZSBsYXJnZXN0IHZhbHVlIHNldHMgdGhlIGNlaWxpbmcgKGBbM11gID0gbHVtcCBzdW0sIDIgYW5kIDMgbW9udGhzKTsgdGhlIGdlbmVyaWMgU0RLIHJlZmVyZW5jZSBkZXNjcmliZXMgYFs2XWAgYXMgImx1bXAgc3VtIGFuZCA2IG9ubHkiLCB3aGljaCBpcyBub3QgaG93IEtDUCBiZWhhdmVzLiBBIGxpc3Qgb2Ygc2V2ZXJhbCB2YWx1ZXMgd2l0aG91dCAyIChlLmcuIFszLCA2LCAxMl0sIG9yIFswLCA2XSBmb3IgImx1bXAgc3VtIGFuZCA2IG1vbnRocyIpIHNob3dzIHRoZSBnZW5lcmljIHJlYWRpbmcuIEEgMCBvciAxIGZvciBsdW1wIHN1bSBiZXNpZGUgYSBydW4gZnJvbSAyIChbMCwgMiwgMywgNCwgNSwgNl0sIHNlZW4gaW4gbWVyY2hhbnQgY29kZSkgaXMgd2hhdCBLQ1AgZG9lcyBhbnl3YXkgYW5kIGlzIG5vdCBmbGFnZ2VkLCBub3IgaXMgYSBsaXN0IG9mIGx1bXAtc3VtIHZhbHVlcyBvbmx5IChbMCwgMV0pLiBMaXN0cyB3aXRoIGEgZ2FwIHRoYXQgc3RhcnQgYXQgMiAoWzIsIDZdKSBhcmUgbm90IGZsYWdnZWQ6IHRoZSBjYXRhbG9ndWUncyBjb25kaXRpb25zIGNhbiBvbmx5IHNwZWxsIHRoYXQgb3V0IG9uZSBsaXN0IGxlbmd0aCBhdCBhIHRpbWUsIHdoaWNoIGNvc3QgNSAlIG9mIGEgdHlwaWNhbCB2YWxpZGF0aW9uIHdoZW4gdHJpZWQusg7tmITsnqwgS0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IOqwgOyepSDtgbAg6rCS7J20IOyDge2VnOydhCDsoJXtlanri4jri6QoYFszXWAgPSDsnbzsi5zrtogsIDLqsJzsm5QsIDPqsJzsm5QpLiDrspTsmqkgU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYFs2XWDsnYQgIuydvOyLnOu2iOqzvCA26rCc7JuU66eMIuycvOuhnCDshKTrqoXtlZjsp4Drp4wsIEtDUOuKlCDqt7jroIfqsowg64+Z7J6R7ZWY7KeAIOyViuyKteuLiOuLpC4gMiDsl4bsnbQg7Jes65+sIOqwkuydhCDrgpjsl7TtlZwg66qp66GdKOyYiDogWzMsIDYsIDEyXSwg65iQ64qUICLsnbzsi5zrtojqs7wgNuqwnOyblCLsnYQg65y77ZWY64qUIFswLCA2XSnsnYAg67KU7JqpIOusuOyEnOydmCDtlbTshJ3snYQg65Sw66W4IOqyg+yeheuLiOuLpC4g7J287Iuc67aI7J2EIOucu+2VmOuKlCAw7J2064KYIDHsnYQgMuu2gO2EsCDsnbTslrTsp4DripQg6rCS6rO8IO2VqOq7mCDsk7Qg66qp66GdKFswLCAyLCAzLCA0LCA1LCA2XSwg6rOg6rCd7IKsIOy9lOuTnOyXkOyEnCDrsJzqsqzrkKgp7J2AIOyWtOywqO2UvCBLQ1DsnZgg64+Z7J6R6rO8IOqwmeycvOuvgOuhnCDrs7Tqs6DtlZjsp4Ag7JWK7Jy866mwLCDsnbzsi5zrtogg6rCS66eMIOyeiOuKlCDrqqnroZ0oWzAsIDFdKeuPhCDrp4jssKzqsIDsp4DsnoXri4jri6QuIDLroZwg7Iuc7J6R7ZWY66m07IScIOykkeqwhOydtCDruaDsp4Qg66qp66GdKFsyLCA2XSnrj4Qg67O06rOg7ZWY7KeAIOyViuyKteuLiOuLpC4g6rec7LmZIOuqqOydjOydmCDsobDqsbTsnLzroZzripQg7J2066W8IOuqqeuhnSDquLjsnbTrp4jri6Qg7ZWY64KY7JSpIOyggeyWtOyVvCDtlZjripTrjbAsIOyLnOuPhO2VtCDrs7Tri4gg7J2867CY7KCB7J24IOqygOyCrCDruYTsmqnsnbQgNSAlIOuKmOyXiOyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARJLQ1AtUS0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s1hkKQmRpc3BsYXktcXVvdGEtaW5zdGFsbG1lbnQtbWluaW11bUpJbnN0YWxsbWVudHMgb2ZmZXJlZCBiZWxvdyA1MCwwMDAgS1JXTDXrp4zsm5Ag66+466eMIOqysOygnOyXkCDtlaDrtoAg7ISk7KCVDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAgGDGFtb3VudAACAAxhbW91bnQMAgoEbHQAAAAAAABq6EAKNTAwMDAEAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwYkZGlzcGxheS5jYXJkX3F1b3RhAAQADmRpc3BsYXkeABRjYXJkX3F1b3RhagIUBgIuAAACCgZndGUAAAAAAAAAAEACMgIEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgAABhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCGNhcmQCAgIkZGlzcGxheS5jYXJkX3F1b3RhAAQADmRpc3BsYXkeABRjYXJkX3F1b3RhagAAAAGEA2BkaXNwbGF5LmNhcmRfcXVvdGFgIG9mZmVycyBpbnN0YWxsbWVudHMgYnV0IGBhbW91bnRgIGlzIGJlbG93IDUwLDAwMCBLUlc6IEtDUCBvZmZlcnMgaW5zdGFsbG1lbnRzIGZyb20gNTAsMDAwIEtSVyAoZnJvbSAxMCwwMDAgS1JXIHdpdGggc29tZSBpc3N1ZXJzIG9ubHkpLCBzbyBtb3N0IGJ1eWVycyB3aWxsIGdldCBsdW1wIHN1bSBvbmx5gARgYW1vdW50YOqwgCA166eM7JuQIOuvuOunjOyduOuNsCBgZGlzcGxheS5jYXJkX3F1b3RhYOyXkCDtlaDrtoDqsJzsm5TsnYQg7ISk7KCV7ZaI7Iq164uI64ukLiDtlaDrtoAg6rKw7KCc64qUIDXrp4zsm5Ag7J207IOB67aA7YSwIOqwgOuKpe2VmOuvgOuhnCjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOB67aA7YSwIOqwgOuKpSkg64yA67aA67aE7J2YIOq1rOunpOyekOyXkOqyjOuKlCDsnbzsi5zrtojrp4wg7KCc6rO165Cp64uI64ukAAD8BFRoZSBLQ1AgcGFnZTogIu2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4Eg6rKw7KCcIOyalOyyreyLnCDsnbTsmqkg6rCA64ql7ZWp64uI64ukIiAoc29tZSBpc3N1ZXJzIGZyb20gMTAsMDAwIEtSVykuIE9mZmVyaW5nIGluc3RhbGxtZW50IG1vbnRocyBvbiBhIHNtYWxsZXIgYW1vdW50IHNob3dzIGEgY2hvaWNlIHRoYXQgY2Fubm90IGJlIGhvbm91cmVkLCBzbyBpdCBpcyB2ZXJ5IGxpa2VseSBhIGNvbmZpZ3VyYXRpb24gbWlzdGFrZTsgYSB3YXJuaW5nIHJhdGhlciB0aGFuIGFuIGVycm9yIGJlY2F1c2Ugb2YgdGhlIGlzc3VlciBleGNlcHRpb25zLrYGS0NQIOyXsOuPmSDrrLjshJzsl5DripQgIu2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4Eg6rKw7KCcIOyalOyyreyLnCDsnbTsmqkg6rCA64ql7ZWp64uI64ukIuudvOqzoCDrkJjslrQg7J6I7Iq164uI64ukKOydvOu2gCDsubTrk5zsgqzripQgMTAsMDAw7JuQIOydtOyDgSkuIOq3uOuztOuLpCDsnpHsnYAg6riI7JWh7JeQIO2VoOu2gOqwnOyblOydhCDsoJzsi5ztlZjrqbQg7Iuk7KCc66Gc64qUIOygnOqzte2VoCDsiJgg7JeG64qUIOyEoO2DneyngOulvCDrs7Tsl6wg7KO864qUIOqyg+ydtOuvgOuhnCwg7ISk7KCVIOyLpOyImOydvCDqsIDriqXshLHsnbQg66ek7JqwIOuGkuyKteuLiOuLpC4g7Lm065Oc7IKsIOyYiOyZuOqwgCDsnojsnLzrr4DroZwg7Jik66WY6rCAIOyVhOuLjCDqsr3qs6DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQESS0NQLVEtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbK4aCiBjYXJkLWRpcmVjdC1jb2RlamBjYXJkLmRpcmVjdC5jb2RlYCBtaXNzaW5nIG9yIG5vdCBhIGNhcmQgY29tcGFueSBjb2RlcGBjYXJkLmRpcmVjdC5jb2RlYCDriITrnb0g65iQ64qUIOy5tOuTnOyCrCDsvZTrk5wg7Jik66WYCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEGFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuAgABBAACIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAcoBYGNhcmQuZGlyZWN0LmNvZGVgIGlzIHJlcXVpcmVkIHdpdGggYGNhcmQuZGlyZWN0YDogZ2l2ZSB0aGUgY2FyZCBjb21wYW55IGNvZGUsIGUuZy4gIjM2NyIgZm9yIEh5dW5kYWmKAmBjYXJkLmRpcmVjdGDrpbwg7IKs7Jqp7ZWgIOuVjCBgY2FyZC5kaXJlY3QuY29kZWDripQg7ZWE7IiY7J6F64uI64ukLiDtmITrjIDsubTrk5zripQgIjM2NyLsspjrn7wg7Lm065Oc7IKsIOy9lOuTnOulvCDsnoXroKXtlZjshLjsmpQAAAggY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACAioGBjM2MQYGMzgxBgYzNjcGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYwNDUGBjM3MwYGMzY0BgYzNjYGBjAwMgYGMzY5BgYwNDgGBjM3MAYGMDcxBgYwODkGBjM3MgYGMDkwBgYwNTAAAAABmAJgY2FyZC5kaXJlY3QuY29kZWAge3ZhbHVlfSBpcyBub3QgYSBjYXJkIGNvbXBhbnkgY29kZTogdXNlIGEgY29kZSBzdHJpbmcgZnJvbSBQb3J0T25lJ3MgY2FyZCBjb2RlIHRhYmxlLCB3aXRoIGl0cyBsZWFkaW5nIHplcm9zICh7ZXhwZWN0ZWR9KewCYGNhcmQuZGlyZWN0LmNvZGVgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Lm065Oc7IKsIOy9lOuTnOqwgCDslYTri5nri4jri6QuIO2PrO2KuOybkCDsubTrk5zsgqwg7L2U65Oc7ZGc7J2YIOy9lOuTnOulvCDslZ7snpDrpqwgMOydhCDtj6ztlajtlZwg66y47J6Q7Je066GcIOyeheugpe2VmOyEuOyalCAoe2V4cGVjdGVkfSkAAN4HVGhlIEtDUCBwYWdlIHBvaW50cyBgY2FyZC5kaXJlY3QuY29kZWAgdG8gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZSAoS0ZUQyBjb2RlcyBzdWNoIGFzIGAzNjdgIEh5dW5kYWksIGAwNDFgIFdvb3JpKS4gVGhlIHZhbHVlIGlzIGEgc3RyaW5nOiBhIG51bWJlciBsb3NlcyB0aGUgbGVhZGluZyB6ZXJvIG9mIGAwNDFgLCBgMDQ1YCwgYDA0OGAsIGAwNzFgLCBgMDg5YCwgYDA5MGAsIGAwMDJgLiBLQ1AgcmVqZWN0cyBhbiB1bmtub3duIGNhcmQgY29kZSAocmVzdWx0IDgxMTIpLiBTYXZpbmdzLWJhbmsgY2FyZHMgKGAwNTBgKSBhcmUgbm90IGluIFBvcnRPbmUncyB0YWJsZSBidXQgS0NQIGxpc3RzIHRoZW0gYXMgZGlyZWN0LWNhbGxhYmxlOiBhY2NlcHRlZCBoZXJlIGFuZCByZXBvcnRlZCBieSBgY2FyZC1jb2RlLXNhdmluZ3MtYmFua2AgKHdhcm5pbmcpLiBGb3JlaWduLWlzc3VlciBjb2RlcyAoMTAwMDEtMTAwMDYpIGFyZSBub3QgZG9jdW1lbnRlZCBhcyBpbnB1dHMu4ApLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgY2FyZC5kaXJlY3QuY29kZWDsl5Ag7Y+s7Yq47JuQIOy5tOuTnOyCrCDsvZTrk5ztkZwoYDM2N2Ag7ZiE64yA7Lm065OcLCBgMDQxYCDsmrDrpqzsubTrk5wg6rCZ7J2AIOq4iOycteqysOygnOybkCDsvZTrk5wp66W8IOyCrOyaqe2VmOuPhOuhnSDslYjrgrTtlanri4jri6QuIOqwkuydgCDrrLjsnpDsl7TsnoXri4jri6QuIOyIq+yekOuhnCDrs7TrgrTrqbQgYDA0MWAsIGAwNDVgLCBgMDQ4YCwgYDA3MWAsIGAwODlgLCBgMDkwYCwgYDAwMmDsnZgg7JWe7J6Q66asIDDsnbQg7IKs65287KeR64uI64ukLiBLQ1DripQg7JWMIOyImCDsl4bripQg7Lm065Oc7IKsIOy9lOuTnOulvCDqsbDsoIjtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA4MTEyKS4g7KCA7LaV7J2A7ZaJIOy5tOuTnChgMDUwYCnripQg7Y+s7Yq47JuQIOy9lOuTnO2RnOyXkCDsl4bsp4Drp4wgS0NQ6rCAIOuLpOydtOugie2KuCDtmLjstpwg6rCA64qlIOy5tOuTnOyCrOuhnCDslYjrgrTtlZjrr4DroZwsIOyXrOq4sOyEnOuKlCDtl4jsmqntlZjqs6AgYGNhcmQtY29kZS1zYXZpbmdzLWJhbmtg6rCAIOqyveqzoOuhnCDrs7Tqs6Dtlanri4jri6QuIO2VtOyZuCDsubTrk5zsgqwg7L2U65OcKDEwMDAxfjEwMDA2KeuKlCDsnoXroKXqsJLsnLzroZwg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsirXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vY2FyZC1jb2RlP3Y9djEBGEtDUC1DQVJELTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyEGwosY2FyZC1kaXJlY3QtcXVvdGEtdHlwZVpgY2FyZC5kaXJlY3QucXVvdGFgIG1pc3Npbmcgb3Igbm90IGFuIGludGVnZXJkYGNhcmQuZGlyZWN0LnF1b3RhYCDriITrnb0g65iQ64qUIOygleyImOqwgCDslYTri5gOd2FybmluZwEBAhZzZGstcGF5bWVudAEGFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuAgABBAACImNhcmQuZGlyZWN0LnF1b3RhAAYACGNhcmQgAAxkaXJlY3RuAApxdW90YXIBoAFgY2FyZC5kaXJlY3QucXVvdGFgIGlzIG1pc3Npbmc6IGdpdmUgdGhlIGZpeGVkIGluc3RhbGxtZW50IG1vbnRocyAoMCA9IGx1bXAgc3VtKb4BYGNhcmQuZGlyZWN0LnF1b3RhYOqwgCDsl4bsirXri4jri6QuIOqzoOyglSDtlaDrtoDqsJzsm5TsiJjrpbwg7J6F66Cl7ZWY7IS47JqUICjsnbzsi5zrtojsnYAgMCkAAAgiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgIABAAAAAGqAWBjYXJkLmRpcmVjdC5xdW90YWAgbXVzdCBiZSBhbiBpbnRlZ2VyIG51bWJlciBvZiBtb250aHMgKDAgPSBsdW1wIHN1bSksIGZvdW5kIHt2YWx1ZX2yAWBjYXJkLmRpcmVjdC5xdW90YWDripQg7KCV7IiYIOqwnOyblOyImOyXrOyVvCDtlZjripTrjbAge3ZhbHVlfeyeheuLiOuLpCAo7J287Iuc67aI7J2AIDApAACaBFRoZSBLQ1AgcGFnZSBzYXlzIGx1bXAgc3VtICJtdXN0IGJlIGVudGVyZWQgYXMgMCIgYW5kIHR5cGVzIGBxdW90YWAgYXMgYSBudW1iZXIgb2YgbW9udGhzIChwbHVzIGEgY2FyZC1wb2ludCBvZmZzZXQpLiBXaXRob3V0IGl0LCBvciB3aXRoICIzIiBhcyBhIHN0cmluZywgdGhlIGRpcmVjdCBjYWxsJ3MgaW5zdGFsbG1lbnQgaXMgdW5kb2N1bWVudGVkLiBBIHdhcm5pbmcsIGJlY2F1c2UgUG9ydE9uZSBtYXkgZGVmYXVsdCBhIG1pc3NpbmcgcXVvdGEgdG8gbHVtcCBzdW0urgZLQ1Ag7Jew64+ZIOusuOyEnOuKlCDsnbzsi5zrtojsnYQgIjDsnLzroZwg7J6F66Cl7ZW07JW8IO2VnOuLpCLqs6Ag7JWI64K07ZWY66mwLCBgcXVvdGFg7J2YIO2DgOyeheydhCDtlaDrtoDqsJzsm5TsiJgo7JmAIOy5tOuTnCDtj6zsnbjtirgg6rCA7IKw6rCSKeuhnCDsoJXsnZjtlanri4jri6QuIOqwkuydtCDsl4bqsbDrgpggIjMi7LKY65+8IOusuOyekOyXtOydtOuptCDri6TsnbTroIntirgg7Zi47Lac7J2YIO2VoOu2gOqwgCDslrTrlrvqsowg7LKY66as65CY64qU7KeAIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Iq164uI64ukLiDtj6ztirjsm5DsnbQg67mg7KeEIHF1b3Rh66W8IOydvOyLnOu2iOuhnCDsspjrpqztlaAg7IiY64+EIOyeiOycvOuvgOuhnCDqsr3qs6DroZwg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzaGwpAY2FyZC1kaXJlY3QtaHl1bmRhaS1wb2ludC1vZmZzZXRISHl1bmRhaSBDYXJkIHBvaW50cyB1c2UgKzgwLCBub3QgKzYwXO2YhOuMgOy5tOuTnCDtj6zsnbjtirjripQgKzgwIOqwnOyblOuhnCDsmpTssq0KZXJyb3IBAQIWc2RrLXBheW1lbnQBAAQGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgIGBjM2NwYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgQKBmd0ZQAAAAAAAABOQAQ2MAoEbHQAAAAAAAAAVEAEODACAgIiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgAAAAG8AmBjYXJkLmRpcmVjdC5xdW90YWAge3ZhbHVlfSBhZGRzIHRoZSArNjAgY2FyZC1wb2ludCBvZmZzZXQsIGJ1dCBIeXVuZGFpIENhcmQgKDM2NykgdXNlcyArODA6IHNlbmQgODAgZm9yIHBvaW50cyB3aXRoIGx1bXAgc3VtLCA4MCArIE4gZm9yIHBvaW50cyB3aXRoIE4gbW9udGhzwgNgY2FyZC5kaXJlY3QucXVvdGFgIOqwkiB7dmFsdWV97J2AKOuKlCkgNjDqsJzsm5Qg7Y+s7J247Yq4IOqwgOyCsOqwkuydhCDsgqzsmqntlojsp4Drp4wg7ZiE64yA7Lm065OcKDM2NynripQgODDqsJzsm5TsnYQg642U7ZW07JW8IO2VqeuLiOuLpC4g7Y+s7J247Yq4IOydvOyLnOu2iOydgCA4MCwg7Y+s7J247Yq4IE7qsJzsm5Qg7ZWg67aA64qUIDgwICsgTuycvOuhnCDsnoXroKXtlZjshLjsmpQAAOYEVGhlIEtDUCBwYWdlOiB0byB1c2UgY2FyZCBwb2ludHMsIGFkZCA4MCBtb250aHMgZm9yIEh5dW5kYWkgQ2FyZCBhbmQgNjAgZm9yIEtCLCBCQywgU2Ftc3VuZywgSGFuYSwgTG90dGUsIFNoaW5oYW4sIE5ILCBXb29yaSBhbmQgQ2l0aSAoODAgPSBIeXVuZGFpIHBvaW50cyArIGx1bXAgc3VtLCA5MyA9ICsgMTMgbW9udGhzLCA2MyA9IG90aGVyIGNhcmRzJyBwb2ludHMgKyAzIG1vbnRocykuIDYwLTc5IG9uIEh5dW5kYWkgaXMgdGhlcmVmb3JlIG5laXRoZXIgYSB2YWxpZCBwb2ludCByZXF1ZXN0IG5vciBhIHZhbGlkIGluc3RhbGxtZW50LrIGS0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IOy5tOuTnCDtj6zsnbjtirjrpbwg7IKs7Jqp7ZWY66Ck66m0IO2YhOuMgOy5tOuTnOuKlCA4MOqwnOyblOydhCwg6rWt66+8wrfruYTslKjCt+yCvOyEscK37ZWY64KYwrfroa/rjbDCt+yLoO2VnMK364aN7ZiRwrfsmrDrpqzCt+yUqO2LsOy5tOuTnOuKlCA2MOqwnOyblOydhCDrjZTtlanri4jri6QoODAgPSDtmITrjIDsubTrk5wg7Y+s7J247Yq4ICsg7J287Iuc67aILCA5MyA9ICsgMTPqsJzsm5QsIDYzID0g64uk66W4IOy5tOuTnCDtj6zsnbjtirggKyAz6rCc7JuUKS4g65Sw65287IScIO2YhOuMgOy5tOuTnOyXkOyEnCA2MH43OeuKlCDsmKzrsJTrpbgg7Y+s7J247Yq4IOyalOyyreuPhCwg7Jis67CU66W4IO2VoOu2gCDsmpTssq3rj4Qg7JWE64uZ64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWykHAo2Y2FyZC1kaXJlY3QtcG9pbnQtb2Zmc2V0LTgwWis4MCBwb2ludCBvZmZzZXQgb24gYSBjYXJkIG90aGVyIHRoYW4gSHl1bmRhaWrtmITrjIDsubTrk5zqsIAg7JWE64uMIOy5tOuTnOyXkCArODAg7Y+s7J247Yq4IOqwgOyCsAplcnJvcgEBAhZzZGstcGF5bWVudAEABAYgY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACBCYGBjM2MQYGMzgxBgYzNjUGBjM2OAYGMzcxBgYwNDEGBjM3NAYGMDQ1BgYzNzMGBjM2NAYGMzY2BgYwMDIGBjM2OQYGMDQ4BgYzNzAGBjA3MQYGMDg5BgYzNzIGBjA5MAYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgIKBmd0ZQAAAAAAAABUQAQ4MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAfQEYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IGlzIDgwIG9yIG1vcmUsIGJ1dCBvbmx5IEh5dW5kYWkgQ2FyZCAoMzY3KSB1c2VzIHRoZSArODAgY2FyZC1wb2ludCBvZmZzZXQ6IEtCLCBCQywgU2Ftc3VuZywgSGFuYSwgTG90dGUsIFNoaW5oYW4sIE5ILCBXb29yaSBhbmQgQ2l0aSB1c2UgKzYwICg2MCA9IHBvaW50cyB3aXRoIGx1bXAgc3VtLCA2MyA9IHBvaW50cyB3aXRoIDMgbW9udGhzKSwgYW5kIGZvciBvdGhlciBjYXJkcyB0aGUgS0NQIHBhZ2UgZG9jdW1lbnRzIG5vIG9mZnNldCwgc28gc2VuZCBvbmx5IHRoZSBpbnN0YWxsbWVudCBtb250aHPwBWBjYXJkLmRpcmVjdC5xdW90YWAg6rCSIHt2YWx1ZX3snYAo64qUKSA4MCDsnbTsg4HsnbTsp4Drp4wgKzgwIO2PrOyduO2KuCDqsIDsgrDsnYAg7ZiE64yA7Lm065OcKDM2Nynsl5Drp4wg7ZW064u57ZWp64uI64ukLiDqta3rr7zCt+u5hOyUqMK37IK87ISxwrftlZjrgpjCt+uhr+uNsMK37Iug7ZWcwrfrho3tmJHCt+yasOumrMK37JSo7Yuw7Lm065Oc64qUICs2MOydtOupsCjtj6zsnbjtirgg7J287Iuc67aIIDYwLCDtj6zsnbjtirggM+qwnOyblCDtlaDrtoAgNjMpLCDqt7gg67CW7J2YIOy5tOuTnOyCrOuKlCBLQ1Ag66y47ISc7JeQIO2PrOyduO2KuCDqsIDsgrDqsJLsnbQg7JeG7Jy866+A66GcIO2VoOu2gOqwnOyblOyImOunjCDsnoXroKXtlZjshLjsmpQAAIIEVGhlIEtDUCBwYWdlIGRvY3VtZW50cyArODAgZm9yIEh5dW5kYWkgQ2FyZCBvbmx5IGFuZCArNjAgZm9yIEtCLCBCQywgU2Ftc3VuZywgSGFuYSwgTG90dGUsIFNoaW5oYW4sIE5ILCBXb29yaSBhbmQgQ2l0aS4gQSBxdW90YSBvZiA4MCBvciBtb3JlIG9uIGFueSBvdGhlciBjYXJkIGlzIG5vdCBhIGRvY3VtZW50ZWQgcmVxdWVzdCAoODMgb24gU2hpbmhhbiB3b3VsZCBiZSByZWFkIG5laXRoZXIgYXMgcG9pbnRzICsgMyBub3IgYXMgODMgbW9udGhzKS66BUtDUCDsl7Drj5kg66y47ISc64qUICs4MOydhCDtmITrjIDsubTrk5zsl5Drp4wsICs2MOydhCDqta3rr7zCt+u5hOyUqMK37IK87ISxwrftlZjrgpjCt+uhr+uNsMK37Iug7ZWcwrfrho3tmJHCt+yasOumrMK37JSo7Yuw7Lm065Oc7JeQIOyViOuCtO2VqeuLiOuLpC4g6re4IOuwluydmCDsubTrk5zsl5AgODAg7J207IOB7J2YIHF1b3Rh66W8IOuztOuCtOuKlCDqsoPsnYAg66y47ISc7ZmU65CcIOyalOyyreydtCDslYTri5nri4jri6Qo7Iug7ZWc7Lm065Oc7JeQIDgz7J2EIOuztOuCtOuptCDtj6zsnbjtirggKyAz6rCc7JuU66Gc64+ELCA4M+qwnOyblOuhnOuPhCDtlbTshJ3rkJjsp4Ag7JWK7Iq164uI64ukKS6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s6BwKSmNhcmQtZGlyZWN0LXBvaW50LW9mZnNldC11bmRvY3VtZW50ZWRkUG9pbnQgb2Zmc2V0IG9uIGEgY2FyZCB3aXRob3V0IGEgZG9jdW1lbnRlZCBvZmZzZXRu7Y+s7J247Yq4IOqwgOyCsOqwkuydtCDrrLjshJztmZTrkJjsp4Ag7JWK7J2AIOy5tOuTnOyCrA53YXJuaW5nAQECFnNkay1wYXltZW50AQAEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEFAYGMDQ1BgYzNzMGBjM2NAYGMDAyBgYzNjkGBjA0OAYGMDcxBgYwODkGBjM3MgYGMDkwBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAE5ABDYwCgRsdAAAAAAAAABUQAQ4MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAboDYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IGxvb2tzIGxpa2UgYSArNjAgY2FyZC1wb2ludCByZXF1ZXN0LCBidXQgdGhlIEtDUCBwYWdlIGRvY3VtZW50cyBhIHBvaW50IG9mZnNldCBvbmx5IGZvciBIeXVuZGFpICgrODApIGFuZCBLQiwgQkMsIFNhbXN1bmcsIEhhbmEsIExvdHRlLCBTaGluaGFuLCBOSCwgV29vcmksIENpdGkgKCs2MCksIG5vdCBmb3IgdGhpcyBjYXJkIGNvbXBhbnmWBGBjYXJkLmRpcmVjdC5xdW90YWAg6rCSIHt2YWx1ZX3snYAo64qUKSA2MOqwnOyblCDtj6zsnbjtirgg6rCA7IKw7Jy866GcIOuztOydtOyngOunjCBLQ1Ag66y47ISc7JeQ64qUIO2YhOuMgOy5tOuTnCgrODAp7JmAIOq1reuvvMK367mE7JSowrfsgrzshLHCt+2VmOuCmMK366Gv642wwrfsi6DtlZzCt+uGje2YkcK37Jqw66aswrfslKjti7DsubTrk5woKzYwKeydmCDtj6zsnbjtirgg6rCA7IKw6rCS66eMIOyeiOqzoCDsnbQg7Lm065Oc7IKs64qUIOyXhuyKteuLiOuLpAAAwARUaGUgS0NQIHBhZ2UgbGlzdHMgdGhlIGNhcmQtcG9pbnQgb2Zmc2V0IGZvciB0ZW4gY2FyZCBjb21wYW5pZXMgb25seS4gRm9yIE1HIFNhZW1hdWwsIEplanUsIEd3YW5nanUsIEtEQiwgU3VoeXVwLCBTaGluaHl1cCwgUG9zdCBPZmZpY2UsIEsgQmFuaywgSmVvbmJ1ayBhbmQgS2FrYW8gQmFuayBhIHF1b3RhIG9mIDYwLTc5IGlzIHVuZG9jdW1lbnRlZDogZWl0aGVyIHBvaW50cyBhcmUgbm90IGF2YWlsYWJsZSB0aHJvdWdoIEtDUCBmb3IgdGhhdCBjYXJkIG9yIHRoZSBtb250aCBjb3VudCBpcyB3cm9uZy6sBktDUCDsl7Drj5kg66y47ISc64qUIOy5tOuTnCDtj6zsnbjtirgg6rCA7IKw6rCS7J2EIDEw6rCcIOy5tOuTnOyCrOyXkCDrjIDtlbTshJzrp4wg7JWI64K07ZWp64uI64ukLiBNR+yDiOuniOydhOq4iOqzoCwg7KCc7KO87J2A7ZaJLCDqtJHso7zsnYDtloksIEtEQuyCsOyXheydgO2WiSwg7IiY7ZiRLCDsi6DtmJEsIOyasOyytOq1rSwg7LyA7J2067GF7YGsLCDsoITrtoHsnYDtloksIOy5tOy5tOyYpOuxhe2BrOydmCDqsr3smrAgNjB+NznsnZggcXVvdGHripQg66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsirXri4jri6QuIO2VtOuLuSDsubTrk5zripQgS0NQ66W8IO2Gte2VtCDtj6zsnbjtirjrpbwg7IKs7Jqp7ZWgIOyImCDsl4bqsbDrgpgsIOqwnOyblCDsiJjqsIAg7J6Y66q765CcIOqyg+yeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1srB0KNmNhcmQtZGlyZWN0LWJhc2UtbW9udGhzLW9uZVpgY2FyZC5kaXJlY3QucXVvdGFgIGFza3MgZm9yIDEgbW9udGggb3IgZmV3ZXJmYGNhcmQuZGlyZWN0LnF1b3RhYOqwgCAx6rCc7JuUIOuYkOuKlCDsnYzsiJgg7ZWg67aACmVycm9yAQECFnNkay1wYXltZW50AQIIBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAgIEAAAAAAAA8D8CMQYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgIKBGx0AAAAAAAAAAAAAjAABAYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgICBAAAAAAAQFRABDgxBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAICBgYzNjcABAYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgICBAAAAAAAgE5ABDYxBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEEgYGMzYxBgYzODEGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYzNjYGBjM3MAICAiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyAAAAAeoCYGNhcmQuZGlyZWN0LnF1b3RhYCB7dmFsdWV9IG1lYW5zIDEgaW5zdGFsbG1lbnQgbW9udGggKG9yIGEgbmVnYXRpdmUgb25lKSwgd2hpY2ggZG9lcyBub3QgZXhpc3Q6IHVzZSAwIGZvciBsdW1wIHN1bSBvciAyIG1vbnRocyBvciBtb3JlLCBwbHVzIHRoZSBjYXJkLXBvaW50IG9mZnNldCBpZiB5b3UgdXNlIHBvaW50c8wDYGNhcmQuZGlyZWN0LnF1b3RhYCDqsJIge3ZhbHVlfeydgCjripQpIDHqsJzsm5Qo65iQ64qUIOydjOyImCkg7ZWg67aA66W8IOucu+2VmOupsCDsnbTrn7Ag7ZWg67aA64qUIOyXhuyKteuLiOuLpC4g7J287Iuc67aI7J2AIDAsIO2VoOu2gOuKlCAy6rCc7JuUIOydtOyDgeycvOuhnCDsnoXroKXtlZjqs6Ag7Y+s7J247Yq4IOyCrOyaqSDsi5wg7Y+s7J247Yq4IOqwgOyCsOqwkuydhCDrjZTtlZjshLjsmpQAAOYFVGhlIEtDUCBwYWdlOiBsdW1wIHN1bSBpcyAwLCBhbmQgdGhlIHBvaW50IG9mZnNldCAoKzgwIEh5dW5kYWksICs2MCB0aGUgb3RoZXIgbmluZSBsaXN0ZWQgY2FyZHMpIGlzIGFkZGVkIHRvIHRoZSBtb250aCBjb3VudC4gSW5zdGFsbG1lbnRzIHN0YXJ0IGF0IDIgbW9udGhzICh0aGUgdjEgQVBJIGRvY3VtZW50cyBgY2FyZF9xdW90YWAgYXMgMCBvciAyIGFuZCBtb3JlKSwgc28gcXVvdGEgMSwgSHl1bmRhaSA4MSwgb3IgNjEgb24gYSArNjAgY2FyZCBhc2tzIGZvciBhIDEtbW9udGggaW5zdGFsbG1lbnQsIGFuZCBhIG5lZ2F0aXZlIHF1b3RhIGlzIG1lYW5pbmdsZXNzOyBLQ1AgYW5zd2VycyB3aXRoIGFuIGluc3RhbGxtZW50IGVycm9yIChDQzE2KS7oBktDUCDsl7Drj5kg66y47ISc7JeQIOuUsOultOuptCDsnbzsi5zrtojsnYAgMOydtOupsCwg7Y+s7J247Yq4IOqwgOyCsOqwkijtmITrjIDsubTrk5wgKzgwLCDrqqnroZ3snZgg64KY66i47KeAIDnqsJwg7Lm065Oc7IKsICs2MCnsnYAg6rCc7JuUIOyImOyXkCDrjZTtlanri4jri6QuIO2VoOu2gOuKlCAy6rCc7JuU67aA7YSw7J2066+A66GcKHYxIEFQSeuKlCBgY2FyZF9xdW90YWDrpbwgMCDrmJDripQgMiDsnbTsg4HsnLzroZwg7JWI64K07ZWp64uI64ukKSBxdW90YSAxLCDtmITrjIDsubTrk5wgODEsICs2MCDsubTrk5zsnZggNjHsnYAgMeqwnOyblCDtlaDrtoDrpbwg7JqU7LKt7ZWY64qUIOqyg+ydtOqzoCwg7J2M7IiYIHF1b3Rh64qUIOydmOuvuOqwgCDsl4bsirXri4jri6QuIEtDUOuKlCDtlaDrtoAg7Jik66WYKENDMTYp66GcIOydkeuLte2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8B0KPmNhcmQtZGlyZWN0LWluc3RhbGxtZW50LW1pbmltdW1QRGlyZWN0LWNhbGwgaW5zdGFsbG1lbnQgYmVsb3cgNTAsMDAwIEtSV2w166eM7JuQIOuvuOunjCDqsrDsoJzsl5Ag7Lm065Oc7IKsIOuLpOydtOugie2KuCDtlaDrtoAOd2FybmluZwEBAhZzZGstcGF5bWVudAEACAYMYW1vdW50AAIADGFtb3VudAwCCgRsdAAAAAAAAGroQAo1MDAwMAQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAIGBiJjYXJkLmRpcmVjdC5xdW90YQAGAAhjYXJkIAAMZGlyZWN0bgAKcXVvdGFyBAoGZ3RlAAAAAAAAAABAAjIKBGx0AAAAAAAAAE5ABDYwAAQGIGNhcmQuZGlyZWN0LmNvZGUABgAIY2FyZCAADGRpcmVjdG4ACGNvZGVwAgIGBjM2NwYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgIKBmd0ZQAAAAAAAIBUQAQ4MgAEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAIEEgYGMzYxBgYzODEGBjM2NQYGMzY4BgYzNzEGBjA0MQYGMzc0BgYzNjYGBjM3MAYiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgQKBmd0ZQAAAAAAAABPQAQ2MgoEbHQAAAAAAAAAVEAEODACAgIiY2FyZC5kaXJlY3QucXVvdGEABgAIY2FyZCAADGRpcmVjdG4ACnF1b3RhcgAAAAG4AmBjYXJkLmRpcmVjdC5xdW90YWAge3ZhbHVlfSBhc2tzIGZvciBhbiBpbnN0YWxsbWVudCBidXQgYGFtb3VudGAgaXMgYmVsb3cgNTAsMDAwIEtSVzogS0NQIGFsbG93cyBpbnN0YWxsbWVudHMgZnJvbSA1MCwwMDAgS1JXIChzb21lIGlzc3VlcnMgZnJvbSAxMCwwMDAgS1JXKYIDYGFtb3VudGDqsIAgNeunjOybkCDrr7jrp4zsnbjrjbAgYGNhcmQuZGlyZWN0LnF1b3RhYCDqsJIge3ZhbHVlfSjsnLwp66GcIO2VoOu2gOulvCDsmpTssq3tlojsirXri4jri6QuIO2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4HrtoDthLAg6rCA64ql7ZWp64uI64ukICjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOBKQAA8AZUaGUgS0NQIHBhZ2U6IGluc3RhbGxtZW50cyBuZWVkIDUwLDAwMCBLUlcgb3IgbW9yZSAoc29tZSBpc3N1ZXJzIDEwLDAwMCBLUlcpLiBBIGRpcmVjdCBjYWxsIGZpeGVzIHRoZSBtb250aCBjb3VudCwgc28gdW5saWtlIHRoZSB3aW5kb3cgbGlzdCB0aGUgYnV5ZXIgY2Fubm90IGZhbGwgYmFjayB0byBsdW1wIHN1bTogdGhlIHBheW1lbnQgaXMgbGlrZWx5IHRvIGZhaWwgKEtDUCBDQzM0L0NDNDcpLiBUaGUgYmFzZSBtb250aHMgYXJlIHRoZSBxdW90YSBtaW51cyB0aGUgY2FyZC1wb2ludCBvZmZzZXQgKDgwIGZvciBIeXVuZGFpIDM2NywgNjAgZm9yIHRoZSBuaW5lICs2MCBjYXJkcyk7IGJhc2UgMCBpcyBsdW1wIHN1bSBhbmQgaXMgbm90IGZsYWdnZWQuIEEgd2FybmluZyBiZWNhdXNlIHNvbWUgaXNzdWVycyBhbGxvdyBpbnN0YWxsbWVudHMgZnJvbSAxMCwwMDAgS1JXLpgJS0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IO2VoOu2gOuKlCA1MCwwMDDsm5Ag7J207IOB67aA7YSwIOqwgOuKpe2VqeuLiOuLpCjsnbzrtoAg7Lm065Oc7IKs64qUIDEwLDAwMOybkCDsnbTsg4EpLiDri6TsnbTroIntirgg7Zi47Lac7J2AIOqwnOyblCDsiJjrpbwg6rOg7KCV7ZWY66+A66GcIOqysOygnOywvSDrqqnroZ3qs7wg64us66asIOq1rOunpOyekOqwgCDsnbzsi5zrtojroZwg67CU6r+AIOyImCDsl4bslrQsIOqysOygnOqwgCDsi6TtjKjtlaAg6rCA64ql7ISx7J20IOuGkuyKteuLiOuLpChLQ1AgQ0MzNC9DQzQ3KS4g6riw67O4IOqwnOyblCDsiJjripQgcXVvdGHsl5DshJwg7Lm065OcIO2PrOyduO2KuCDqsIDsgrDqsJIo7ZiE64yA7Lm065OcIDM2N+ydgCA4MCwgKzYwIOy5tOuTnCA56rCc7IKs64qUIDYwKeydhCDruoAg6rCS7J2066mwLCDquLDrs7gg6rCc7JuUIOyImCAw7J2AIOydvOyLnOu2iOydtOuvgOuhnCDrs7Tqs6DtlZjsp4Ag7JWK7Iq164uI64ukLiDsnbzrtoAg7Lm065Oc7IKs64qUIDEwLDAwMOybkCDsnbTsg4HrtoDthLAg7ZWg67aA66W8IO2XiOyaqe2VmOuvgOuhnCDqsr3qs6DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQESS0NQLVEtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbMoeCjBjb21wYW55LXdpdGgtY2FyZC1kaXJlY3Q+YGNhcmQuZGlyZWN0YCB3aXRob3V0IGBjb21wYW55YFJgY2FyZC5kaXJlY3RgIOyCrOyaqSDsi5wgYGNvbXBhbnlgIOuIhOudvQ53YXJuaW5nAQECFnNkay1wYXltZW50AQAEBhZjYXJkLmRpcmVjdAAEAAhjYXJkIAAMZGlyZWN0bgIAAQIEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgAABhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCGNhcmQCAAIOY29tcGFueQACAA5jb21wYW55LAAAAAGyAmBjb21wYW55YCBpcyBtaXNzaW5nOiB3aXRoIGBjYXJkLmRpcmVjdGAgdGhlIGNhcmQgY29tcGFueSdzIG1vZHVsZSBzaG93cyAiaWFtcG9ydCIgaW5zdGVhZCBvZiB5b3VyIHNob3AgbmFtZSwgYW5kIHNldmVyYWwgaXNzdWVycyByZXF1aXJlIGEgbWVyY2hhbnQgbmFtZY4DYGNvbXBhbnlg6rCAIOyXhuyKteuLiOuLpC4gYGNhcmQuZGlyZWN0YCDsgqzsmqkg7IucIOydtCDqsJLsnYQg7ISk7KCV7ZWY7KeAIOyViuycvOuptCDsubTrk5zsgqwg66qo65OIIOywveyXkCDsg4HtmLjrqoUg64yA7IugIGlhbXBvcnTroZwg7ZGc6riw65CY66mwIOydvOu2gCDsubTrk5zsgqzripQg7IOB7Zi466qF7J20IO2VhOyImOyeheuLiOuLpAAA2ARUaGUgS0NQIHBhZ2UncyBkaXJlY3QtY2FsbCBleGFtcGxlOiAi7ZW064u5IO2MjOudvOuvuO2EsOulvCDshKTsoJXtlZjsp4Ag7JWK7Jy866m0IOy5tOuTnOyCrCDrqqjrk4gg7LC97JeQIGlhbXBvcnQg66GcIO2RnOq4sCIuIFBvcnRPbmUncyBLQ1AgKFYyKSBwYWdlIGFkZHMgdGhhdCBLQ1AgcmVxdWlyZXMgdGhlIG1lcmNoYW50IG5hbWUgZm9yIGRpcmVjdCBjYWxscyB0byBTaGluaGFuLCBXb29yaSwgSHl1bmRhaSwgU2Ftc3VuZywgTkgsIEhhbmEsIExvdHRlIGFuZCBDaXRpIG9uIFBDLCBhbmQgYWx3YXlzIG9uIG1vYmlsZS64BktDUCDsl7Drj5kg66y47ISc7J2YIOuLpOydtOugie2KuCDtmLjstpwg7JiI7KCc7JeQ64qUICLtlbTri7kg7YyM652866+47YSw66W8IOyEpOygle2VmOyngCDslYrsnLzrqbQg7Lm065Oc7IKsIOuqqOuTiCDssL3sl5AgaWFtcG9ydCDroZwg7ZGc6riwIuudvOqzoCDrkJjslrQg7J6I7Iq164uI64ukLiDtj6ztirjsm5DsnZggS0NQKFYyKSDsl7Drj5kg66y47ISc64qUIOyXrOq4sOyXkCDrjZTtlbQsIEtDUOqwgCBQQ+yXkOyEnOuKlCDsi6DtlZzCt+yasOumrMK37ZiE64yAwrfsgrzshLHCt+uGje2YkcK37ZWY64KYwrfroa/rjbDCt+yUqO2LsOy5tOuTnCDri6TsnbTroIntirgg7Zi47LacIOyLnCwg66qo67CU7J287JeQ7ISc64qUIO2VreyDgSDsg4HtmLjrqoXsnYQg7JqU6rWs7ZWc64uk6rOgIOyViOuCtO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDQAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1stB8KLGNhcmQtZGlyZWN0LWFuZC1kZXRhaWxQYGNhcmQuZGlyZWN0YCBhbmQgYGNhcmQuZGV0YWlsYCB0b2dldGhlclhgY2FyZC5kaXJlY3Rg7JmAIGBjYXJkLmRldGFpbGAg64+Z7IucIOyCrOyaqQ53YXJuaW5nAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACBgQWY2FyZC5kaXJlY3QABAAIY2FyZCAADGRpcmVjdG4WY2FyZC5kZXRhaWwABAAIY2FyZCAADGRldGFpbGYAAAAB+AFgY2FyZC5kZXRhaWxgIGlzIHNlbnQgdG9nZXRoZXIgd2l0aCBgY2FyZC5kaXJlY3RgOiB0aGUgS0NQIHBhZ2UgZGVmaW5lcyBgY2FyZGAgYXMgb25lIG9mIHRoZSB0d287IGtlZXAgb25seSB0aGUgb25lIHlvdSBuZWVk3AJgY2FyZC5kaXJlY3Rg7JmAIGBjYXJkLmRldGFpbGDsnYQg7ZWo6ruYIOyeheugpe2WiOyKteuLiOuLpC4gS0NQIOusuOyEnOyXkOyEnCBgY2FyZGDripQg65GYIOykkSDtlZjrgpjrp4wg7IKs7Jqp7ZWY64qUKG9uZW9mKSDqsJ3ssrTsnbTrr4DroZwg7ZWE7JqU7ZWcIO2VmOuCmOunjCDrgqjquLDshLjsmpQAAN4CVGhlIEtDUCBwYWdlIHR5cGVzIGBjYXJkYCBhcyAib25lb2Ygb2JqZWN0IjogYGRpcmVjdGAgb3BlbnMgb25lIGlzc3VlcidzIG1vZHVsZSwgYGRldGFpbGAgZmlsdGVycyB0aGUgbGlzdCBvZiB0aGUgaW50ZWdyYXRlZCB3aW5kb3cuIFdpdGggYm90aCwgd2hpY2ggb25lIHdpbnMgaXMgdW5kb2N1bWVudGVkLqAES0NQIOyXsOuPmSDrrLjshJzripQgYGNhcmRg7J2YIO2DgOyeheydhCAib25lb2Ygb2JqZWN0IuuhnCDsoJXsnZjtlanri4jri6QuIGBkaXJlY3Rg64qUIO2VnCDsubTrk5zsgqzsnZgg66qo65OI7J2EIOyXtOqzoCwgYGRldGFpbGDsnYAg7Ya17ZWp6rKw7KCc7LC97J2YIOy5tOuTnOyCrCDrqqnroZ3snYQg6rGw66aF64uI64ukLiDrkZgg64ukIOuztOuCtOuptCDslrTripAg7Kq97J20IOyggeyaqeuQmOuKlOyngCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuyKteuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtQ0FSRC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s/B8KNGNhcmQtZGlyZWN0LW5vdC1rY3AtbGlzdGVkWENhcmQgY29tcGFueSBub3QgbGlzdGVkIGZvciBLQ1AgZGlyZWN0IGNhbGxzZEtDUCDri6TsnbTroIntirgg7Zi47LacIOuqqeuhneyXkCDsl4bripQg7Lm065Oc7IKsCGluZm8BAQIWc2RrLXBheW1lbnQAAgggY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACBAYGBjM3MgYGMDg5BgYwOTAAAAABgANjYXJkIGNvbXBhbnkgY29kZSB7dmFsdWV9IGlzIG9uZSBvZiBKZW9uYnVrICgzNzIpLCBLIEJhbmsgKDA4OSkgYW5kIEtha2FvIEJhbmsgKDA5MCksIHdoaWNoIGFyZSBub3QgaW4gS0NQJ3MgbGlzdCBvZiBkaXJlY3QtY2FsbGFibGUgaXNzdWVyczogdGVzdCB0aGUgZGlyZWN0IGNhbGwsIG9yIHVzZSBgY2FyZC5kZXRhaWxgIGluc3RlYWTmA+y5tOuTnOyCrCDsvZTrk5wge3ZhbHVlfeydgCjripQpIEtDUCDri6TsnbTroIntirgg7Zi47LacIOqwgOuKpSDsubTrk5zsgqwg66qp66Gd7JeQIOyXhuuKlCDsoITrtoEoMzcyKcK37LyA7J2067GF7YGsKDA4OSnCt+y5tOy5tOyYpOuxhe2BrCgwOTApIOykkSDtlZjrgpjsnoXri4jri6QuIOuLpOydtOugie2KuCDtmLjstpzsnYQg7YWM7Iqk7Yq47ZW0IOuztOqxsOuCmCBgY2FyZC5kZXRhaWxg7J2EIOyCrOyaqe2VmOyEuOyalAAAsAZQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBsaXN0cyB0aGUgaXNzdWVycyBLQ1AgY2FuIG9wZW4gZGlyZWN0bHkgKFNoaW5oYW4sIEh5dW5kYWksIFNhbXN1bmcsIE5ILCBIYW5hLCBMb3R0ZSwgQ2l0aSwgV29vcmksIEJDLCBLQiwgUG9zdCBPZmZpY2UsIEd3YW5nanUsIE1HIFNhZW1hdWwsIFN1aHl1cCwgSmVqdSwgU2hpbmh5dXAsIHNhdmluZ3MgYmFua3MsIEtEQik7IEplb25idWsgKDM3MiksIEsgQmFuayAoMDg5KSBhbmQgS2FrYW8gQmFuayAoMDkwKSBhcmUgaW4gUG9ydE9uZSdzIGNvZGUgdGFibGUgYnV0IG5vdCBpbiB0aGF0IGxpc3QuIFRoZSBTREsgcmVmZXJlbmNlIGFsc28gc2F5cyBkaXJlY3QtY2FsbCBzdXBwb3J0IGRpZmZlcnMgcGVyIFBHLiBBIFBHIGZhY3QgZnJvbSB0aGUgVjIgcGFnZSwgc28gaW5mby6gCe2PrO2KuOybkOydmCBLQ1AoVjIpIOyXsOuPmSDrrLjshJzripQgS0NQ6rCAIOuLpOydtOugie2KuCDtmLjstpztlaAg7IiYIOyeiOuKlCDsubTrk5zsgqwo7Iug7ZWcLCDtmITrjIAsIOyCvOyEsSwg64aN7ZiRLCDtlZjrgpgsIOuhr+uNsCwg7JSo7YuwLCDsmrDrpqwsIOu5hOyUqCwg6rWt66+8LCDsmrDssrTqta0sIOq0keyjvCwgTUfsg4jrp4jsnYTquIjqs6AsIOyImO2YkSwg7KCc7KO8LCDsi6DtmJEsIOyggOy2leydgO2WiSwgS0RC7IKw7JeF7J2A7ZaJKeulvCDrgpjsl7Ttlanri4jri6QuIOyghOu2gSgzNzIpLCDsvIDsnbTrsYXtgawoMDg5KSwg7Lm07Lm07Jik67GF7YGsKDA5MCnripQg7Y+s7Yq47JuQIOy5tOuTnOyCrCDsvZTrk5ztkZzsl5DripQg7J6I7KeA66eMIOydtCDrqqnroZ3sl5DripQg7JeG7Iq164uI64ukLiBTREsg7YyM652866+47YSwIOusuOyEnOuPhCDri6TsnbTroIntirgg7Zi47LacIOyngOybkCDsl6zrtoDqsIAgUEfsgqzrp4jri6Qg64uk66W064uk6rOgIOyViOuCtO2VqeuLiOuLpC4gVjIg66y47ISc7JeQ7IScIOqwgOyguOyYqCBQR+yCrCDsoJXrs7TsnbTrr4DroZwg7KCV67O0IOyImOykgOyeheuLiOuLpC6EAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92Mi9rY3AtdjI/dj12MgEYS0NQLUNBUkQtMDA2AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbLAgCixjYXJkLWNvZGUtc2F2aW5ncy1iYW5rOFNhdmluZ3MtYmFuayBjYXJkIGNvZGUgYDA1MGBG7KCA7LaV7J2A7ZaJIOy5tOuTnOyCrCDsvZTrk5wgYDA1MGAOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAggY2FyZC5kaXJlY3QuY29kZQAGAAhjYXJkIAAMZGlyZWN0bgAIY29kZXACBAIGBjA1MAAAAAgwY2FyZC5kZXRhaWxbKl0uY2FyZF9jb2RlAAgACGNhcmQgAAxkZXRhaWxmBAASY2FyZF9jb2RldAIEAgYGMDUwAAAAAc4CYHtmaWVsZH1gICIwNTAiIChzYXZpbmdzIGJhbmtzKSBpcyBub3QgaW4gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZTogS0NQIGxpc3RzIHNhdmluZ3MtYmFuayBjYXJkcyBhcyBkaXJlY3QtY2FsbGFibGUsIGJ1dCBjaGVjayB3aXRoIFBvcnRPbmUgdGhhdCB0aGlzIGNvZGUgcmVhY2hlcyBLQ1DWA2B7ZmllbGR9YCDqsJIgIjA1MCIo7KCA7LaV7J2A7ZaJKeydgCDtj6ztirjsm5Ag7Lm065Oc7IKsIOy9lOuTnO2RnOyXkCDsl4bsirXri4jri6QuIEtDUOuKlCDsoIDstpXsnYDtlokg7Lm065Oc66W8IOuLpOydtOugie2KuCDtmLjstpwg6rCA64qlIOy5tOuTnOyCrOuhnCDslYjrgrTtlZjsp4Drp4wg7J20IOy9lOuTnOqwgCBLQ1DroZwg7KCE64us65CY64qU7KeAIO2PrO2KuOybkOyXkCDtmZXsnbjtlZjshLjsmpQAAIYFVGhlIEtDUCBwYWdlIHBvaW50cyBjYXJkIGNvZGVzIHRvIFBvcnRPbmUncyBjYXJkIGNvZGUgdGFibGUsIHdoaWNoIGhhcyBubyBzYXZpbmdzLWJhbmsgZW50cnk7IEtDUCdzIG93biBkb2N1bWVudGF0aW9uIGxpc3RzIHNhdmluZ3MtYmFuayBjYXJkcyBhbW9uZyB0aGUgY2FyZHMgYSBtZXJjaGFudCBjYW4gY2FsbCBkaXJlY3RseSwgYW5kIHRoaXJkLXBhcnR5IHR5cGluZ3MgdXNlIGAwNTBgIGZvciB0aGVtLiBXaGV0aGVyIFBvcnRPbmUgdjEgcGFzc2VzIHRoZSBjb2RlIG9uIGlzIG5vdCBkb2N1bWVudGVkLCBzbyBpdCBpcyBhIHdhcm5pbmcsIG5vdCBhbiBlcnJvci6KB0tDUCDsl7Drj5kg66y47ISc64qUIOy5tOuTnOyCrCDsvZTrk5zroZwg7Y+s7Yq47JuQIOy5tOuTnOyCrCDsvZTrk5ztkZzrpbwg7JWI64K07ZWY7KeA66eMLCDsnbQg7L2U65Oc7ZGc7JeQ64qUIOyggOy2leydgO2WiSDtla3rqqnsnbQg7JeG7Iq164uI64ukLiBLQ1Ag7J6Q7LK0IOusuOyEnOuKlCDqs6DqsJ3sgqzqsIAg64uk7J2066CJ7Yq4IO2YuOy2nO2VoCDsiJgg7J6I64qUIOy5tOuTnOyXkCDsoIDstpXsnYDtlokg7Lm065Oc66W8IO2PrO2VqO2VmOupsCwg7ISc65Oc7YyM7YuwIO2DgOyehSDsoJXsnZjripQg7KCA7LaV7J2A7ZaJ7JeQIGAwNTBg7J2EIOyCrOyaqe2VqeuLiOuLpC4g7Y+s7Yq47JuQIHYx7J20IOydtCDsvZTrk5zrpbwg7KCE64us7ZWY64qU7KeA64qUIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOyYpOulmOqwgCDslYTri4wg6rK96rOg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL2NhcmQtY29kZT92PXYxARhLQ1AtQ0FSRC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8CAKIGNhcmQtZGV0YWlsLWNvZGViYGNhcmQuZGV0YWlsW10uY2FyZF9jb2RlYCBub3QgYSBjYXJkIGNvbXBhbnkgY29kZWJgY2FyZC5kZXRhaWxbXS5jYXJkX2NvZGVgIOy5tOuTnOyCrCDsvZTrk5wg7Jik66WYCmVycm9yAQEEHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACCDBjYXJkLmRldGFpbFsqXS5jYXJkX2NvZGUACAAIY2FyZCAADGRldGFpbGYEABJjYXJkX2NvZGV0AgIsBgIqBgYzNjEGBjM4MQYGMzY3BgYzNjUGBjM2OAYGMzcxBgYwNDEGBjM3NAYGMDQ1BgYzNzMGBjM2NAYGMzY2BgYwMDIGBjM2OQYGMDQ4BgYzNzAGBjA3MQYGMDg5BgYzNzIGBjA5MAYGMDUwAAAAAZICYHtmaWVsZH1gIHt2YWx1ZX0gaXMgbm90IGEgY2FyZCBjb21wYW55IGNvZGU6IHVzZSAiKiIgKGFsbCBjYXJkcykgb3IgYSBjb2RlIHN0cmluZyBmcm9tIFBvcnRPbmUncyBjYXJkIGNvZGUgdGFibGUsIHdpdGggaXRzIGxlYWRpbmcgemVyb3P6AmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOy5tOuTnOyCrCDsvZTrk5zqsIAg7JWE64uZ64uI64ukLiAiKiIo7KCE7LK0IOy5tOuTnOyCrCkg65iQ64qUIO2PrO2KuOybkCDsubTrk5zsgqwg7L2U65Oc7ZGc7J2YIOy9lOuTnOulvCDslZ7snpDrpqwgMOydhCDtj6ztlajtlZwg66y47J6Q7Je066GcIOyeheugpe2VmOyEuOyalAAAhgRUaGUgS0NQIHBhZ2UgcG9pbnRzIGBjYXJkLmRldGFpbFtdLmNhcmRfY29kZWAgdG8gUG9ydE9uZSdzIGNhcmQgY29kZSB0YWJsZSwgYW5kIGl0cyBleGFtcGxlIHVzZXMgYCpgIGZvciBldmVyeSBjYXJkIGNvbXBhbnkuIEFueSBvdGhlciB2YWx1ZSAoYSBjYXJkIG5hbWUsIGEgbnVtYmVyIHRoYXQgbG9zdCBpdHMgbGVhZGluZyB6ZXJvKSBtYXRjaGVzIG5vIGlzc3Vlciwgc28gdGhlIGludGVuZGVkIGNhcmQgaXMgbm90IGVuYWJsZWQgb3IgZGlzYWJsZWQu5AVLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgY2FyZC5kZXRhaWxbXS5jYXJkX2NvZGVg7JeQIO2PrO2KuOybkCDsubTrk5zsgqwg7L2U65Oc7ZGc66W8IOyCrOyaqe2VmOuPhOuhnSDslYjrgrTtlZjrqbAsIOyYiOygnOyXkOyEnOuKlCDrqqjrk6Ag7Lm065Oc7IKs66W8IOucu+2VmOuKlCBgKmDrpbwg7IKs7Jqp7ZWp64uI64ukLiDqt7gg67CW7J2YIOqwkijsubTrk5zsgqwg7J2066aELCDslZ7snpDrpqwgMOydtCDsgqzrnbzsp4Qg7Iir7J6QKeydgCDslrTrlqQg7Lm065Oc7IKs7JmA64+EIOydvOy5mO2VmOyngCDslYrslYQsIOydmOuPhO2VnCDsubTrk5zsgqzqsIAg7Zmc7ISx7ZmU65CY6rGw64KYIOu5hO2ZnOyEse2ZlOuQmOyngCDslYrsirXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vY2FyZC1jb2RlP3Y9djEBGEtDUC1DQVJELTAwNwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWywIQo2Y2FyZC1kZXRhaWwtbm90aGluZy1lbmFibGVkSGBjYXJkLmRldGFpbGAgbGVhdmVzIG5vIGNhcmQgZW5hYmxlZGhgY2FyZC5kZXRhaWxg66GcIOuqqOuToCDsubTrk5zsgqzqsIAg67mE7Zmc7ISx7ZmU65CoDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQAEBhZjYXJkLmRldGFpbAAEAAhjYXJkIAAMZGV0YWlsZgIUAAQGEmNhcmRfY29kZQACABJjYXJkX2NvZGV0AgIGAioGDmVuYWJsZWQAAgAOZW5hYmxlZGgCAgIABhZjYXJkLmRldGFpbAAEAAhjYXJkIAAMZGV0YWlsZgIYAAQEBhJjYXJkX2NvZGUAAgASY2FyZF9jb2RldAICBgIqBAYOZW5hYmxlZAACAA5lbmFibGVkaAICAgACAgIWY2FyZC5kZXRhaWwABAAIY2FyZCAADGRldGFpbGYAAAAB3AFgY2FyZC5kZXRhaWxgIGRpc2FibGVzIGV2ZXJ5IGNhcmQgKCIqIiB3aXRoIGVuYWJsZWQ6IGZhbHNlKSBhbmQgZW5hYmxlcyBub25lOiB0aGUgYnV5ZXIgY2Fubm90IGNob29zZSBhbnkgY2FyZOACYGNhcmQuZGV0YWlsYOyXkOyEnCDrqqjrk6Ag7Lm065Oc7IKs66W8IOu5hO2ZnOyEse2ZlCgiKiIsIGVuYWJsZWQ6IGZhbHNlKe2VmOqzoCDtmZzshLHtmZTtlZwg7Lm065Oc7IKs6rCAIOyXhuyKteuLiOuLpC4g6rWs66ek7J6Q6rCAIOyEoO2Dne2VoCDsiJgg7J6I64qUIOy5tOuTnOqwgCDsl4bsirXri4jri6QAALwCVGhlIEtDUCBwYWdlJ3MgZXhhbXBsZSBkaXNhYmxlcyBgKmAgYW5kIHRoZW4gZW5hYmxlcyB0aGUgd2FudGVkIGNhcmQgKGAzNjZgKS4gRGlzYWJsaW5nIGAqYCB3aXRob3V0IGVuYWJsaW5nIGFueSBjb2RlIGxlYXZlcyBhbiBlbXB0eSBjYXJkIGxpc3QgaW4gdGhlIHdpbmRvdy7GA0tDUCDsl7Drj5kg66y47ISc7J2YIOyYiOygnOuKlCBgKmDrpbwg67mE7Zmc7ISx7ZmU7ZWcIOuSpCDsm5DtlZjripQg7Lm065Oc7IKsKGAzNjZgKeulvCDtmZzshLHtmZTtlanri4jri6QuIGAqYOulvCDruYTtmZzshLHtmZTtlZjqs6Ag7Ja065akIOy9lOuTnOuPhCDtmZzshLHtmZTtlZjsp4Ag7JWK7Jy866m0IOqysOygnOywveydmCDsubTrk5zsgqwg66qp66Gd7J20IOu5hOqyjCDrkKnri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDA4AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOghCk5jYXJkLW1lcmNoYW50LWludGVyZXN0LWZyZWUtdW5zdXBwb3J0ZWSCAU1lcmNoYW50LXBhaWQgaW50ZXJlc3QtZnJlZSBpbnN0YWxsbWVudHMgYXJlIG5vdCBzdXBwb3J0ZWQgYnkgS0NQXuyDgeygkCDrtoDri7Qg66y07J207J6QIO2VoOu2gOuKlCBLQ1Ag66+47KeA7JuQDndhcm5pbmcBAQIWc2RrLXBheW1lbnQABAICMGNhcmQuZGV0YWlsWypdLm1heF9tb250aAAIAAhjYXJkIAAMZGV0YWlsZgQAEm1heF9tb250aHYAAAAILnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsAAIALnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsZAIcBAYCLgAAAgICAQAAAAHaAWB7ZmllbGR9YCBzZXRzIG1lcmNoYW50LXBhaWQgaW50ZXJlc3QtZnJlZSBpbnN0YWxsbWVudHMsIHdoaWNoIFBvcnRPbmUgZG9lcyBub3Qgc3VwcG9ydCBvbiBLQ1A6IGl0IGlzIGlnbm9yZWToAWB7ZmllbGR9YOydgCjripQpIOyDgeygkCDrtoDri7Qg66y07J207J6QIO2VoOu2gCDshKTsoJXsnbTrqbAgS0NQ7JeQ7ISc64qUIOyngOybkOuQmOyngCDslYrsnLzrr4DroZwg66y07Iuc65Cp64uI64ukAACUA1RoZSBTREsgcmVmZXJlbmNlIGxpc3RzIHRoZSBQR3MgdGhhdCBzdXBwb3J0IGB1c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGAgd2l0aCBgY2FyZC5kZXRhaWxbXS5tYXhfbW9udGhgOiBUb3NzIFBheW1lbnRzIChuZXcpLCBLU05FVCwgTklDRSAobmV3KSwgV2VsY29tZSwgS1NORVQgZGlyZWN0IGFuZCBLRyBJbmljaXM7IEtDUCBpcyBub3QgYW1vbmcgdGhlbS66BFNESyDtjIzrnbzrr7jthLAg66y47ISc64qUIGBjYXJkLmRldGFpbFtdLm1heF9tb250aGDsmYAg7ZWo6ruYIGB1c2VGcmVlSW50ZXJlc3RGcm9tTWFsbGDsnYQg7KeA7JuQ7ZWY64qUIFBH7IKs66GcIO2GoOyKpO2OmOydtOuovOy4oCjsi6Drqqjrk4gpLCBLU05FVCwg64KY7J207Iqk7Y6Y7J2066i87LigKOyLoOuqqOuTiCksIOybsOy7tO2OmOydtOuovOy4oCwgS1NORVQg7KeB7Jew64+ZLCBLR+ydtOuLiOyLnOyKpOulvCDrgpjsl7TtlZjrqbAsIEtDUOuKlCDsl6zquLDsl5Ag7JeG7Iq164uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARhLQ1AtQ0FSRC0wMDkAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1ssCIKLmNhcmQtZGlyZWN0LWJpbGxpbmcta2V5SmBjYXJkLmRpcmVjdGAgb24gYSBiaWxsaW5nLWtleSB3aW5kb3dS67mM66eB7YKkIOuwnOq4iSDsi5wgYGNhcmQuZGlyZWN0YCDsgqzsmqkIaW5mbwEBAh5zZGstYmlsbGluZy1rZXkAAgICFmNhcmQuZGlyZWN0AAQACGNhcmQgAAxkaXJlY3RuAAAAAfoBYGNhcmQuZGlyZWN0YCBpcyBub3Qgc3VwcG9ydGVkIGJ5IEtDUCB3aGVuIGlzc3VpbmcgYSBiaWxsaW5nIGtleTogdGhlIHdpbmRvdyB3aWxsIG5vdCBvcGVuIHRoZSBjYXJkIGNvbXBhbnkncyBtb2R1bGUgZGlyZWN0bHmCAktDUOuKlCDruYzrp4HtgqQg67Cc6riJIOyLnCDsubTrk5zsgqwg64uk7J2066CJ7Yq4IO2YuOy2nOydhCDsp4Dsm5DtlZjsp4Ag7JWK7Jy866+A66GcIGBjYXJkLmRpcmVjdGDripQg7KCB7Jqp65CY7KeAIOyViuyKteuLiOuLpAAA2gJQb3J0T25lJ3MgS0NQIChWMikgcGFnZSBzdGF0ZXMgdGhhdCBkaXJlY3QgY2FyZC1jb21wYW55IGNhbGxzIGFyZSBub3QgYXZhaWxhYmxlIGZvciBiaWxsaW5nIGtleSBpc3N1YW5jZS4gQSBQRyBmYWN0IGZyb20gdGhlIFYyIHBhZ2UgKHBhcmFtZXRlciBuYW1lcyBkaWZmZXIgaW4gdjEpLCBzbyBpbmZvLu4D7Y+s7Yq47JuQ7J2YIEtDUChWMikg7Jew64+ZIOusuOyEnOuKlCDruYzrp4HtgqQg67Cc6riJIOyLnCDsubTrk5zsgqwg64uk7J2066CJ7Yq4IO2YuOy2nOydhCDsgqzsmqntlaAg7IiYIOyXhuuLpOqzoCDslYjrgrTtlanri4jri6QuIFYyIOusuOyEnOyXkOyEnCDqsIDsoLjsmKggUEfsgqwg7KCV67O07J2066+A66GcKHYx6rO8IO2MjOudvOuvuO2EsCDsnbTrpoTsnbQg64uk66aF64uI64ukKSDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLoQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YyL2tjcC12Mj92PXYyARhLQ1AtQ0FSRC0wMTEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s8CIKOmFwcC1jYXJkLXdpdGgtbm9uLWNhcmQtbWV0aG9kUGBhcHBDYXJkYCB3aXRoIGEgbm9uLWNhcmQgcGF5bWVudCBtZXRob2RW7Lm065OcIOyZuCDqsrDsoJzsiJjri6jsl5AgYGFwcENhcmRgIOyCrOyaqQhpbmZvAQECFnNkay1wYXltZW50AQAGBg5hcHBDYXJkAAIADmFwcENhcmQiAgICAQYUcGF5X21ldGhvZAACABRwYXlfbWV0aG9kBgIIAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAICAg5hcHBDYXJkAAIADmFwcENhcmQiAAAAAZQBYGFwcENhcmQ6IHRydWVgIG9ubHkgYWZmZWN0cyBjYXJkIHBheW1lbnRzLCBidXQgYHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGC6AWBhcHBDYXJkOiB0cnVlYOuKlCDsubTrk5wg6rKw7KCc7JeQ66eMIOyggeyaqeuQmOuKlOuNsCBgcGF5X21ldGhvZGDqsIAgYGNhcmRg6rCAIOyVhOuLmeuLiOuLpAAApANUaGUgS0NQIHBhZ2U6IGBhcHBDYXJkOiB0cnVlYCBlbmFibGVzIG9ubHkgdGhlIGNhcmQgaXNzdWVycycgYXBwLWNhcmQgcGF5bWVudCwgaS5lLiBpdCBzaGFwZXMgdGhlIGNhcmQgd2luZG93LiBXaXRoIGFub3RoZXIgbWV0aG9kIGl0IGhhcyBubyBkb2N1bWVudGVkIGVmZmVjdDsgdXN1YWxseSBhIGxlZnRvdmVyIGZyb20gYSBzaGFyZWQgcGFyYW1ldGVyIG9iamVjdC7oBEtDUCDsl7Drj5kg66y47ISc7JeQIOuUsOultOuptCBgYXBwQ2FyZDogdHJ1ZWDripQg7Lm065Oc7IKsIOyVsey5tOuTnCDqsrDsoJzrp4wg7Zmc7ISx7ZmU7ZWp64uI64ukLiDspokg7Lm065OcIOqysOygnOywveydmCDqtazshLHsnYQg7KCV7ZWY64qUIOqwkuyeheuLiOuLpC4g64uk66W4IOqysOygnOyImOuLqOyXkOyEnOuKlCDrrLjshJztmZTrkJwg7Zqo6rO86rCAIOyXhuycvOupsCwg64yA6rCcIOyXrOufrCDsmpTssq3snbQg6rO17Jyg7ZWY64qUIO2MjOudvOuvuO2EsCDqsJ3ssrTsl5Ag64Ko7JWEIOyeiOuNmCDqsJLsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1spCMKPGVzY3Jvdy1wcm9kdWN0cy13aXRob3V0LWVzY3Jvd0hga2NwUHJvZHVjdHNgIHdpdGhvdXQgYGVzY3JvdzogdHJ1ZWBUYGVzY3JvdzogdHJ1ZWAg7JeG7J20IGBrY3BQcm9kdWN0c2Ag7IKs7JqpDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAQGFmtjcFByb2R1Y3RzAAIAFmtjcFByb2R1Y3RzJgIAAQQGDGVzY3JvdwACAAxlc2Nyb3ckAgICAQICAhZrY3BQcm9kdWN0cwACABZrY3BQcm9kdWN0cyYAAAAB5AFga2NwUHJvZHVjdHNgIGlzIG9ubHkgdXNlZCBmb3IgZXNjcm93IHBheW1lbnRzLCBidXQgYGVzY3Jvd2AgaXMgbm90IHRydWU6IHNldCBgZXNjcm93OiB0cnVlYCBvciBkcm9wIGBrY3BQcm9kdWN0c2C+AmBrY3BQcm9kdWN0c2DripQg7JeQ7Iqk7YGs66GcIOqysOygnOyXkOunjCDsgqzsmqnrkJjripTrjbAgYGVzY3Jvd2DqsIAgdHJ1ZeqwgCDslYTri5nri4jri6QuIGBlc2Nyb3c6IHRydWVg66W8IOyEpOygle2VmOqxsOuCmCBga2NwUHJvZHVjdHNg66W8IOyCreygnO2VmOyEuOyalAAA8gNUaGUgS0NQIHBhZ2U6IGZvciBhbiBlc2Nyb3cgcGF5bWVudCBgZXNjcm93YCBtdXN0IGJlIHRydWUsIGFuZCB3aGVuIGFuIGVzY3JvdyBvcmRlciBidW5kbGVzIGNhcnQgaXRlbXMgdGhlaXIgZGV0YWlscyBnbyBpbiBga2NwUHJvZHVjdHNgLiBXaXRob3V0IGVzY3JvdyB0aGUgY2FydCBkZXRhaWxzIGFyZSBub3QgdXNlZDsgbW9zdCBvZnRlbiB0aGUgYGVzY3Jvd2AgZmxhZyB3YXMgZm9yZ290dGVuIChvciBzZW50IGFzIGEgc3RyaW5nKS7YBUtDUCDsl7Drj5kg66y47ISc7JeQIOuUsOultOuptCDsl5DsiqTtgazroZwg6rKw7KCc7JeQ64qUIGBlc2Nyb3dg6rCAIHRydWXsl6zslbwg7ZWY66mwLCDsl5DsiqTtgazroZwg7KO866y47J20IOyepeuwlOq1rOuLiCDsg4HtkojsnYQg66y264qUIOqyveyasCDqsIEg7IOB7ZKIIOygleuztOulvCBga2NwUHJvZHVjdHNg7JeQIOuEo+yKteuLiOuLpC4g7JeQ7Iqk7YGs66Gc6rCAIOyVhOuLiOuptCDsnqXrsJTqtazri4gg7IOB7ZKIIOygleuztOuKlCDsgqzsmqnrkJjsp4Ag7JWK7Iq164uI64ukLiDrjIDqsJwgYGVzY3Jvd2Ag7ZSM656Y6re466W8IOu5oOucqOuguOqxsOuCmCDrrLjsnpDsl7TroZwg67O064K4IOqyveyasOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtRVNDLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzkIwouZXNjcm93LXdpdGhvdXQtcHJvZHVjdHNIRXNjcm93IHBheW1lbnQgd2l0aG91dCBga2NwUHJvZHVjdHNgWOyXkOyKpO2BrOuhnCDqsrDsoJwg7IucIGBrY3BQcm9kdWN0c2Ag7JeG7J2MCGluZm8BAQIWc2RrLXBheW1lbnQBBgxlc2Nyb3cAAgAMZXNjcm93JAICAgEEAAIWa2NwUHJvZHVjdHMAAgAWa2NwUHJvZHVjdHMmAAAACBZrY3BQcm9kdWN0cwACABZrY3BQcm9kdWN0cyYCEAECAAHKAWBrY3BQcm9kdWN0c2AgaXMgZW1wdHk6IEtDUCBlc2Nyb3cgbmVlZHMgYXQgbGVhc3Qgb25lIGNhcnQgaXRlbSAob3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5LCBhbW91bnQprgJga2NwUHJvZHVjdHNg6rCAIOu5hOyWtCDsnojsirXri4jri6QuIEtDUCDsl5DsiqTtgazroZwg6rKw7KCc7JeQ64qUIOyDge2SiCDsoJXrs7Qob3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5LCBhbW91bnQp6rCAIO2VmOuCmCDsnbTsg4Eg7ZWE7JqU7ZWp64uI64ukAAABiAJga2NwUHJvZHVjdHNgIGlzIG5vdCBzZXQ6IHdoZW4gYW4gZXNjcm93IG9yZGVyIGJ1bmRsZXMgc2V2ZXJhbCBjYXJ0IGl0ZW1zLCBLQ1AgbmVlZHMgZWFjaCBpdGVtIChvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudCniAmBrY3BQcm9kdWN0c2DqsIAg7JeG7Iq164uI64ukLiDsnqXrsJTqtazri4gg7IOB7ZKI7J2EIOustuyWtOyEnCDsl5DsiqTtgazroZwg6rKw7KCc7ZWY64qUIOqyveyasCDqsIEg7IOB7ZKIIOygleuztChvcmRlck51bWJlciwgbmFtZSwgcXVhbnRpdHksIGFtb3VudCnrpbwg7KCE64us7ZW07JW8IO2VqeuLiOuLpAAAhgNUaGUgS0NQIHBhZ2UgcmVxdWlyZXMgYGtjcFByb2R1Y3RzYCBvbmx5IHdoZW4gYW4gZXNjcm93IHBheW1lbnQgYnVuZGxlcyBjYXJ0IGl0ZW1zLCB3aGljaCB0aGUgcGF5bG9hZCBjYW5ub3QgdGVsbDsgUG9ydE9uZSdzIEtDUCAoVjIpIHBhZ2Ugc2F5cyBLQ1AgZXNjcm93IG5lZWRzIGF0IGxlYXN0IG9uZSBwcm9kdWN0LiBBZHZpY2Ugb25seS6OBUtDUCDsl7Drj5kg66y47ISc64qUIOyXkOyKpO2BrOuhnCDqsrDsoJzqsIAg7J6l67CU6rWs64uIIOyDge2SiOydhCDrrLbripQg6rK97Jqw7JeQ66eMIGBrY3BQcm9kdWN0c2Drpbwg7ZWE7IiY66GcIOyalOq1rO2VmOuKlOuNsCwg7J2064qUIO2OmOydtOuhnOuTnOunjOycvOuhnCDslYwg7IiYIOyXhuyKteuLiOuLpC4g7Y+s7Yq47JuQ7J2YIEtDUChWMikg7Jew64+ZIOusuOyEnOuKlCBLQ1Ag7JeQ7Iqk7YGs66Gc7JeQIOyDge2SiOydtCDtlZjrgpgg7J207IOBIO2VhOyalO2VmOuLpOqzoCDslYjrgrTtlanri4jri6QuIOq2jOqzoCDsgqztla3snbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1FU0MtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKYkCjRlc2Nyb3ctcHJvZHVjdHMtd3JvbmctbmFtZUJFc2Nyb3cgaXRlbXMgdW5kZXIgYSBub24tS0NQIG5hbWVqS0NQ6rCAIOyVhOuLjCDsl5DsiqTtgazroZwg7IOB7ZKIIO2MjOudvOuvuO2EsCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAACAgQQcHJvZHVjdHMAAgAQcHJvZHVjdHN4HGVzY3Jvd1Byb2R1Y3RzAAIAHGVzY3Jvd1Byb2R1Y3RzegAAAAGkAmB7ZmllbGR9YCBpcyBub3QgcmVhZCBieSBLQ1AgKGBwcm9kdWN0c2AgaXMgZm9yIFRvc3MgUGF5bWVudHMgZXNjcm93KTogc2VuZCB0aGUgaXRlbXMgYXMgYGtjcFByb2R1Y3RzYCB3aXRoIG9yZGVyTnVtYmVyLCBuYW1lLCBxdWFudGl0eSBhbmQgYW1vdW50mgNge2ZpZWxkfWDsnYAo64qUKSBLQ1Dsl5DshJwg7IKs7Jqp65CY7KeAIOyViuyKteuLiOuLpCAoYHByb2R1Y3RzYOuKlCDthqDsiqTtjpjsnbTrqLzsuKAg7JeQ7Iqk7YGs66GcIOyghOyaqSkuIOyDge2SiCDsoJXrs7TripQgb3JkZXJOdW1iZXIsIG5hbWUsIHF1YW50aXR5LCBhbW91bnTrpbwg6rCA7KeEIGBrY3BQcm9kdWN0c2DroZwg7KCE64us7ZWY7IS47JqUAADGA1RoZSBTREsgcmVmZXJlbmNlIHNheXMgYHByb2R1Y3RzYCBpcyBvbmx5IHZhbGlkIGZvciBUb3NzIFBheW1lbnRzIChuZXcgbW9kdWxlKSBlc2Nyb3c7IHRoaXJkLXBhcnR5IHR5cGluZ3MgY2FsbCBpdCBgZXNjcm93UHJvZHVjdHNgLiBGb3IgS0NQIHRoZSBwYWdlIGRvY3VtZW50cyBga2NwUHJvZHVjdHNgLCBzbyBpdGVtcyBzZW50IHVuZGVyIHRoZSBvdGhlciBuYW1lcyBuZXZlciByZWFjaCBLQ1AurgVTREsg7YyM652866+47YSwIOusuOyEnOyXkCDrlLDrpbTrqbQgYHByb2R1Y3RzYOuKlCDthqDsiqTtjpjsnbTrqLzsuKAo7Iug66qo65OIKSDsl5DsiqTtgazroZzsl5DshJzrp4wg7Jyg7Zqo7ZWY66mwLCDshJzrk5ztjIzti7Ag7YOA7J6FIOygleydmOuKlCDsnbTrpbwgYGVzY3Jvd1Byb2R1Y3RzYOudvOqzoCDrtoDrpoXri4jri6QuIEtDUOyXkCDrjIDtlbTshJzripQgS0NQIOyXsOuPmSDrrLjshJzqsIAgYGtjcFByb2R1Y3RzYOulvCDslYjrgrTtlZjrr4DroZwsIOuLpOuluCDsnbTrpoTsnLzroZwg67O064K4IOyDge2SiCDsoJXrs7TripQgS0NQ7JeQIOyghOuLrOuQmOyngCDslYrsirXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBFktDUC1FU0MtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbO4kCjhieXBhc3MtY291cG9uLWFwcGx5LXluLXZhbHVlRmBieXBhc3MuY291cG9uX2FwcGx5X3luYCBub3QgWSBvciBORmBieXBhc3MuY291cG9uX2FwcGx5X3luYCDqsJIg7Jik66WYCmVycm9yAQECFnNkay1wYXltZW50AAIILGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW4ABAAMYnlwYXNzTgAeY291cG9uX2FwcGx5X3lufAICBAYCWQYCTgAAAAHIAWBieXBhc3MuY291cG9uX2FwcGx5X3luYCBtdXN0IGJlICJZIiAoc2hvdyB0aGUgZGlzY291bnQtY291cG9uIGFyZWEpIG9yICJOIiAoaGlkZSBpdCksIGZvdW5kIHt2YWx1ZX3qAWBieXBhc3MuY291cG9uX2FwcGx5X3luYOydgCAiWSIo7ZWg7J247L+g7Y+wIOyYgeyXrSDtmZzshLEpIOuYkOuKlCAiTiIo67mE7Zmc7ISxKeydtOyWtOyVvCDtlZjripTrjbAge3ZhbHVlfeyeheuLiOuLpAAAhgJUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGV4YWN0bHkgdHdvIHZhbHVlcywgYFlgICjtmZzshLEpIGFuZCBgTmAgKOu5hO2ZnOyEsSksIGFzIHN0cmluZ3M7IGJvb2xlYW5zIG9yIGxvd2VyIGNhc2UgYXJlIG5vdCBkb2N1bWVudGVkLsACS0NQIOyXsOuPmSDrrLjshJzripQg66y47J6Q7Je0IOqwkiDrkZAg6rCA7KeALCBgWWAo7Zmc7ISxKeyZgCBgTmAo67mE7Zmc7ISxKeunjCDslYjrgrTtlanri4jri6QuIGJvb2xlYW7snbTrgpgg7IaM66y47J6Q64qUIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sqiUKOmJ5cGFzcy1jb3Vwb24tbmVlZHMtYWdyZWVtZW50VERpc2NvdW50LWNvdXBvbiBhcmVhIG5lZWRzIGEgS0NQIGFncmVlbWVudFDtlaDsnbjsv6Dtj7Ag7JiB7Jet7J2AIEtDUCDtmJHsnZgg7ZWE7JqUCGluZm8BAQIWc2RrLXBheW1lbnQBBixieXBhc3MuY291cG9uX2FwcGx5X3luAAQADGJ5cGFzc04AHmNvdXBvbl9hcHBseV95bnwCBAQGAlkGAk4CAgIsYnlwYXNzLmNvdXBvbl9hcHBseV95bgAEAAxieXBhc3NOAB5jb3Vwb25fYXBwbHlfeW58AAAAAdgBYGJ5cGFzcy5jb3Vwb25fYXBwbHlfeW5gIG9ubHkgd29ya3MgYWZ0ZXIgYW4gYWdyZWVtZW50IHdpdGggS0NQOiBjaGVjayB0aGF0IGl0IGlzIGVuYWJsZWQgZm9yIHlvdXIgc2l0ZSBjb2RlkgJgYnlwYXNzLmNvdXBvbl9hcHBseV95bmDsnYAgS0NQ7JmAIO2YkeydmCDtm4Qg7IKs7JqpIOqwgOuKpe2VnCDquLDriqXsnoXri4jri6QuIOyCrOydtO2KuOy9lOuTnOyXkCDsoIHsmqnrkJjslrQg7J6I64qU7KeAIO2ZleyduO2VmOyEuOyalAAA+gFUaGUgS0NQIHBhZ2U6ICLtlbTri7kg6riw64ql7J2AIEtDUOyZgCDtmJHsnZgg7ZuEIOyCrOyaqSDqsIDriqXtlanri4jri6QiLiBXaXRob3V0IHRoZSBhZ3JlZW1lbnQgdGhlIHBhcmFtZXRlciBoYXMgbm8gZWZmZWN0LugCS0NQIOyXsOuPmSDrrLjshJzsl5DripQgIu2VtOuLuSDquLDriqXsnYAgS0NQ7JmAIO2YkeydmCDtm4Qg7IKs7JqpIOqwgOuKpe2VqeuLiOuLpCLrnbzqs6Ag65CY7Ja0IOyeiOyKteuLiOuLpC4g7ZiR7J2Y7ZWY7KeAIOyViuyVmOuLpOuptCDsnbQg7YyM652866+47YSw64qUIO2aqOqzvOqwgCDsl4bsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWziJQowYnlwYXNzLXNraW4taW5keC1udW1lcmljPmBieXBhc3Muc2tpbl9pbmR4YCBub3QgYSBudW1iZXJMYGJ5cGFzcy5za2luX2luZHhg6rCAIOyIq+yekOqwgCDslYTri5gKZXJyb3IBAQIWc2RrLXBheW1lbnQAAgggYnlwYXNzLnNraW5faW5keAAEAAxieXBhc3NOABJza2luX2luZHh+AhwCBAYCLgAAAggEBgIuAAACBgpeXGQrJAAAAAGQAWBieXBhc3Muc2tpbl9pbmR4YCBtdXN0IGJlIGEgc2tpbiBudW1iZXIgZnJvbSAiMSIgdG8gIjExIiwgZm91bmQge3ZhbHVlfbgBYGJ5cGFzcy5za2luX2luZHhg64qUICIxIuu2gO2EsCAiMTEi6rmM7KeA7J2YIOyKpO2CqCDrsojtmLjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAKICVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgc2tpbl9pbmR4YCBhcyBhIHNraW4gbnVtYmVyIDEtMTEgKFBvcnRPbmUncyBLQ1AgVjIgcGFnZTogYW4gaW50ZWdlciAxLTEyKTsgYW55dGhpbmcgdGhhdCBpcyBub3QgYSBudW1iZXIgc2VsZWN0cyBubyBza2luLqQDS0NQIOyXsOuPmSDrrLjshJzripQgYHNraW5faW5keGDrpbwgMX4xMeydmCDsiqTtgqgg67KI7Zi466GcIOyViOuCtO2VqeuLiOuLpCjtj6ztirjsm5DsnZggS0NQIFYyIOyXsOuPmSDrrLjshJzsl5DshJzripQgMX4xMuydmCDsoJXsiJgpLiDsiKvsnpDqsIAg7JWE64uMIOqwkuycvOuhnOuKlCDslrTrlqQg7Iqk7YKo64+EIOyEoO2DneuQmOyngCDslYrsirXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyWJgosYnlwYXNzLXNraW4taW5keC1yYW5nZT5gYnlwYXNzLnNraW5faW5keGAgb3V0c2lkZSAxLTExSmBieXBhc3Muc2tpbl9pbmR4YOqwgCAxfjExIOuylOychCDrsJYOd2FybmluZwEBAhZzZGstcGF5bWVudAECBAYgYnlwYXNzLnNraW5faW5keAAEAAxieXBhc3NOABJza2luX2luZHh+AggEBiBieXBhc3Muc2tpbl9pbmR4AAQADGJ5cGFzc04AEnNraW5faW5keH4CBgpeXGQrJAIIIGJ5cGFzcy5za2luX2luZHgABAAMYnlwYXNzTgASc2tpbl9pbmR4fgIcAgQGAi4AAAIGIl4wKihbMS05XXwxWzAxXSkkBgIuAAAGCAQKBmd0ZQAAAAAAAADwPwIxCgZsdGUAAAAAAAAAJkAEMTEAAAABqgFgYnlwYXNzLnNraW5faW5keGAge3ZhbHVlfSBpcyBvdXRzaWRlIHRoZSBza2lucyAxLTExIGRvY3VtZW50ZWQgZm9yIHRoZSBLQ1AgdjEgd2luZG93wgFgYnlwYXNzLnNraW5faW5keGAg6rCSIHt2YWx1ZX3snYAo64qUKSBLQ1Ag66y47ISc7J2YIOyKpO2CqCDrsojtmLggMX4xMSDrspTsnITrpbwg67KX7Ja064Kp64uI64ukAACmAlRoZSB2MSBLQ1AgcGFnZSBhbGxvd3Mgc2tpbnMgMS0xMTsgUG9ydE9uZSdzIEtDUCBWMiBwYWdlIHNheXMgMS0xMi4gVGhlIHNvdXJjZXMgZGlzYWdyZWUgb24gMTIsIHNvIHZhbHVlcyBvdXRzaWRlIDEtMTEgYXJlIGEgd2FybmluZywgbm90IGFuIGVycm9yLrYDdjEgS0NQIOyXsOuPmSDrrLjshJzripQg7Iqk7YKoIDF+MTHsnYQg7ZeI7Jqp7ZWY7KeA66eMLCDtj6ztirjsm5DsnZggS0NQIFYyIOyXsOuPmSDrrLjshJzripQgMX4xMuudvOqzoCDslYjrgrTtlanri4jri6QuIDEy7JeQIOuMgO2VtCDstpzsspjrgbzrpqwg7ISc66GcIOuLpOultOuvgOuhnCAxfjExIOuwluydmCDqsJLsnYAg7Jik66WY6rCAIOyVhOuLjCDqsr3qs6DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUJQLTAwMgAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzSJgooYnlwYXNzLXNpdGUtbG9nby11cmxMYGJ5cGFzcy5zaXRlX2xvZ29gIG5vdCBhbiBhYnNvbHV0ZSBVUkxUYGJ5cGFzcy5zaXRlX2xvZ29g6rCAIOygiOuMgCBVUkzsnbQg7JWE64uYDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQYgYnlwYXNzLnNpdGVfbG9nbwAEAAxieXBhc3NOABJzaXRlX2xvZ2+AAQIIAgIIIGJ5cGFzcy5zaXRlX2xvZ28ABAAMYnlwYXNzTgASc2l0ZV9sb2dvgAECFAZ1cmwAAAAB1AJgYnlwYXNzLnNpdGVfbG9nb2Age3ZhbHVlfSBtdXN0IGJlIGFuIGFic29sdXRlIGh0dHAocykgVVJMIG9mIHRoZSBsb2dvIGltYWdlOiB0aGUgS0NQIHdpbmRvdyBpcyBzZXJ2ZWQgZnJvbSBLQ1AncyBkb21haW4sIHNvIGEgcmVsYXRpdmUgcGF0aCBkb2VzIG5vdCBwb2ludCB0byB5b3VyIHNlcnZlcsgDYGJ5cGFzcy5zaXRlX2xvZ29gIOqwkiB7dmFsdWV97J2AKOuKlCkg66Gc6rOgIOydtOuvuOyngOydmCDsoIjrjIAgVVJMKGh0dHAvaHR0cHMp7J207Ja07JW8IO2VqeuLiOuLpC4gS0NQIOqysOygnOywveydgCBLQ1Ag64+E66mU7J247JeQ7IScIOyXtOumrOuvgOuhnCDsg4HrjIAg6rK966Gc66Gc64qUIOqzoOqwneyCrCDshJzrsoTsnZgg7J2066+47KeA66W8IOywvuydhCDsiJgg7JeG7Iq164uI64ukAAC4A1RoZSBLQ1AgcGFnZSBkb2N1bWVudHMgYHNpdGVfbG9nb2AgYXMgdGhlIGxvZ28gc2hvd24gYXQgdGhlIHRvcCBsZWZ0IG9mIHRoZSBQQyB3aW5kb3c7IHRoZSB3aW5kb3cgaXMgc2VydmVkIGJ5IEtDUCwgc28gYSByZWxhdGl2ZSBwYXRoIG9yIGEgYmFyZSBmaWxlIG5hbWUgY2Fubm90IGJlIHJlc29sdmVkLiBUaGUgbGVnYWN5IG1hbnVhbCBhZGRzOiBHSUYvSlBHIHVuZGVyIDE1MHg1MC7MBEtDUCDsl7Drj5kg66y47ISc64qUIGBzaXRlX2xvZ29g66W8IFBDIOqysOygnOywvSDsmbzsqr0g7JyE7JeQIO2RnOyLnOuQmOuKlCDroZzqs6DroZwg7JWI64K07ZWp64uI64ukLiDqsrDsoJzssL3snYAgS0NQ6rCAIOygnOqzte2VmOuvgOuhnCDsg4HrjIAg6rK966Gc64KYIO2MjOydvCDsnbTrpoTrp4zsnLzroZzripQg7J2066+47KeA66W8IOywvuydhCDsiJgg7JeG7Iq164uI64ukLiDqtawg66ek64m07Ja87J2AIDE1MHg1MCDsnbTtlZjsnZggR0lGL0pQR+udvOuKlCDsobDqsbTsnYQg642n67aZ7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDMAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1smCcKNmJ5cGFzcy1jb21wbGV4LXBudC15bi12YWx1ZURgYnlwYXNzLmNvbXBsZXhfcG50X3luYCBub3QgWSBvciBORGBieXBhc3MuY29tcGxleF9wbnRfeW5gIOqwkiDsmKTrpZgKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggqYnlwYXNzLmNvbXBsZXhfcG50X3luAAQADGJ5cGFzc04AHGNvbXBsZXhfcG50X3luggECAgQGAlkGAk4AAAABuAFgYnlwYXNzLmNvbXBsZXhfcG50X3luYCBtdXN0IGJlICJZIiAocG9pbnRzIHdpdGggYSBjYXJkKSBvciAiTiIgKHBvaW50cyBvbmx5KSwgZm91bmQge3ZhbHVlfY4CYGJ5cGFzcy5jb21wbGV4X3BudF95bmDsnYAgIlkiKO2PrOyduO2KuOyZgCDsubTrk5wg67O17ZWp6rKw7KCcKSDrmJDripQgIk4iKO2PrOyduO2KuCDri6jrj4XqsrDsoJwp7J207Ja07JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACUAVRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgdHdvIHZhbHVlcyBmb3IgdGhlIEJlbmVwaWEgcG9pbnQgbW9kZSwgYFlgIGFuZCBgTmAu5AFLQ1Ag7Jew64+ZIOusuOyEnOuKlCDrsqDrhKTtlLzslYQg7Y+s7J247Yq4IOqysOygnCDrsKnsi53sl5Ag64yA7ZW0IOuRkCDqsIDsp4Ag6rCSLCBgWWDsmYAgYE5g7J2EIOyViOuCtO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbNYnCjhieXBhc3MtYmF0Y2gtYmlydGgtZGF5LXZhbHVlUGBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBvdGhlciB0aGFuIFlcYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5gIOqwkuydtCBZ6rCAIOyVhOuLmA53YXJuaW5nAQECHnNkay1iaWxsaW5nLWtleQACCDJieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luAAQADGJ5cGFzc04AJGJhdGNoX2JpcnRoX2RheV95boQBAgYGAlkAAAABmAJgYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bmAgaGFzIG9uZSBkb2N1bWVudGVkIHZhbHVlLCAiWSIgKGFsd2F5cyBzaG93IHRoZSBiaXJ0aC1kYXRlIGJveCksIGZvdW5kIHt2YWx1ZX06IHRvIGtlZXAgdGhlIGRlZmF1bHQsIGxlYXZlIGl0IG91dPgCYGJ5cGFzcy5iYXRjaF9iaXJ0aF9kYXlfeW5g7J2YIOqwkuydgCAiWSIo7IOd64WE7JuU7J28IOyeheugpeuwleyKpCDtla3sg4Eg7ZGc7IucKeunjCDrrLjshJztmZTrkJjslrQg7J6I64qU642wIHt2YWx1ZX3snoXri4jri6QuIOq4sOuzuCDrj5nsnpHsnYQg7JuQ7ZWY66m0IO2MjOudvOuvuO2EsOulvCDsg53rnrXtlZjshLjsmpQAAPQCVGhlIEtDUCBwYWdlJ3MgYmlsbGluZyBzZWN0aW9uIGRvY3VtZW50cyBvbmx5IGBZYCAoIuyDneuFhOyblOydvCDsnoXroKXrsJXsiqQg7ZWt7IOBIO2RnOyLnCIpOyB0aGUgZGVmYXVsdCBiZWhhdmlvdXIgaXMgb2J0YWluZWQgYnkgb21pdHRpbmcgdGhlIHBhcmFtZXRlci4gT3RoZXIgdmFsdWVzIGFyZSB1bmRvY3VtZW50ZWQu0gNLQ1Ag7Jew64+ZIOusuOyEnOydmCDruYzrp4HtgqQg67Cc6riJIO2VreuqqeydgCBgWWAoIuyDneuFhOyblOydvCDsnoXroKXrsJXsiqQg7ZWt7IOBIO2RnOyLnCIp66eMIOyViOuCtO2VmOupsCwg6riw67O4IOuPmeyekeydhCDsm5DtlZjrqbQg7YyM652866+47YSw66W8IOyDneuete2VmOuptCDrkKnri4jri6QuIOq3uCDrsJbsnZgg6rCS7J2AIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1CUC0wMDUAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1shigKTGJ5cGFzcy1iYXRjaC1iaXJ0aC1kYXktb3V0c2lkZS1iaWxsaW5nUGBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBvbiBhIHBheW1lbnRk7J2867CY6rKw7KCc7JeQIGBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAACAgIyYnlwYXNzLmJhdGNoX2JpcnRoX2RheV95bgAEAAxieXBhc3NOACRiYXRjaF9iaXJ0aF9kYXlfeW6EAQAAAAHmAWBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYCBvbmx5IGFwcGxpZXMgdG8gdGhlIGJpbGxpbmcta2V5IHdpbmRvdyAod2l0aCBgY3VzdG9tZXJfdWlkYCk7IHRoaXMgcmVxdWVzdCBpcyBhIHBheW1lbnSIAmBieXBhc3MuYmF0Y2hfYmlydGhfZGF5X3luYOydgCDruYzrp4HtgqQg67Cc6riJKGBjdXN0b21lcl91aWRgIOyeheugpSkg7Iuc7JeQ66eMIOyggeyaqeuQmOuKlOuNsCDsnbQg7JqU7LKt7J2AIOydvOuwmOqysOygnOyeheuLiOuLpAAAiANUaGUgS0NQIHBhZ2UgZG9jdW1lbnRzIGBiYXRjaF9iaXJ0aF9kYXlfeW5gIGluIHRoZSBiaWxsaW5nLWtleSBzZWN0aW9uIG9ubHkuIE9uIGEgcGF5bWVudCBpdCBpcyBpZ25vcmVkOyBvZnRlbiBgY3VzdG9tZXJfdWlkYCB3YXMgZm9yZ290dGVuLCB0dXJuaW5nIGFuIGludGVuZGVkIGJpbGxpbmcta2V5IHJlcXVlc3QgaW50byBhIHBheW1lbnQu+ANLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgYmF0Y2hfYmlydGhfZGF5X3luYOydhCDruYzrp4HtgqQg67Cc6riJIO2VreuqqeyXkOyEnOunjCDslYjrgrTtlanri4jri6QuIOydvOuwmOqysOygnOyXkOyEnOuKlCDrrLTsi5zrkJjrqbAsIOuMgOqwnCBgY3VzdG9tZXJfdWlkYOulvCDruaDrnKjroKQg67mM66eB7YKkIOuwnOq4ieycvOuhnCDsnZjrj4TtlZwg7JqU7LKt7J20IOydvOuwmOqysOygnCDsmpTssq3snbQg65CcIOqyveyasOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQlAtMDA1AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbL4oCipieXBhc3MtYXBwLWZsYWctdmFsdWU+YGJ5cGFzcy5hcHBfZmxhZ2Agbm90IFksIE4gb3IgUzhgYnlwYXNzLmFwcF9mbGFnYCDqsJIg7Jik66WYCmVycm9yAQECFnNkay1wYXltZW50AAIIHmJ5cGFzcy5hcHBfZmxhZwAEAAxieXBhc3NOABBhcHBfZmxhZ4YBAgIGBgJZBgJOBgJTAAAAAcoBYGJ5cGFzcy5hcHBfZmxhZ2AgbXVzdCBiZSAiWSIgKEtCIFBheSBhcHAgY2FyZCksICJOIiAoSVNQKSBvciAiUyIgKG9mZmVyIGJvdGgsIG1vYmlsZSksIGZvdW5kIHt2YWx1ZX2AAmBieXBhc3MuYXBwX2ZsYWdg64qUICJZIihLQiBQYXkg7JWx7Lm065OcKSwgIk4iKElTUCksICJTIijrkZgg64ukIOuFuOy2nCwg66qo67CU7J28KSDspJEg7ZWY64KY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukAACqAVRoZSBLQ1AgcGFnZSBkb2N1bWVudHMgdGhyZWUgdmFsdWVzIGZvciB0aGUgS0IgS29va21pbiBkaXJlY3QgY2FsbDogYFlgLCBgTmAgYW5kIGBTYC7WAUtDUCDsl7Drj5kg66y47ISc64qUIEtC6rWt66+87Lm065OcIOuLpOydtOugie2KuCDtmLjstpzsl5AgYFlgLCBgTmAsIGBTYCDshLgg6rCA7KeAIOqwkuydhCDslYjrgrTtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLUNBUkQtMDEwAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPQoCkJieXBhc3MtYXBwLWZsYWctd2l0aG91dC1rYi1kaXJlY3RUYGJ5cGFzcy5hcHBfZmxhZ2Agd2l0aG91dCBhIEtCIGRpcmVjdCBjYWxshAFLQuq1reuvvOy5tOuTnCDri6TsnbTroIntirgg7Zi47LacIOyXhuydtCBgYnlwYXNzLmFwcF9mbGFnYCDsgqzsmqkOd2FybmluZwEBAhZzZGstcGF5bWVudAEEBiBjYXJkLmRpcmVjdC5jb2RlAAYACGNhcmQgAAxkaXJlY3RuAAhjb2RlcAICBgYzODECAgIeYnlwYXNzLmFwcF9mbGFnAAQADGJ5cGFzc04AEGFwcF9mbGFnhgEAAAABgAJgYnlwYXNzLmFwcF9mbGFnYCBvbmx5IGFwcGxpZXMgdG8gYSBkaXJlY3QgY2FsbCB0byBLQiBLb29rbWluIENhcmQgKGBjYXJkLmRpcmVjdC5jb2RlOiAiMzgxImApLCB3aGljaCB0aGlzIHJlcXVlc3QgZG9lcyBub3QgbWFrZbYCYGJ5cGFzcy5hcHBfZmxhZ2DripQgS0Lqta3rr7zsubTrk5wg64uk7J2066CJ7Yq4IO2YuOy2nChgY2FyZC5kaXJlY3QuY29kZTogIjM4MSJgKSDsi5zsl5Drp4wg7KCB7Jqp65CY64qU642wIOydtCDsmpTssq3sl5DripQg7ZW064u5IO2YuOy2nOydtCDsl4bsirXri4jri6QAANgBVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgYXBwX2ZsYWdgIGZvciB0aGUgS0IgS29va21pbiBkaXJlY3QgY2FsbCBvbmx5OyB3aXRoIGFueSBvdGhlciBjYWxsIGl0IGhhcyBubyBlZmZlY3QuqgJLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgYXBwX2ZsYWdg66W8IEtC6rWt66+87Lm065OcIOuLpOydtOugie2KuCDtmLjstpzsl5Ag64yA7ZW07ISc66eMIOyViOuCtO2VqeuLiOuLpC4g64uk66W4IO2YuOy2nOyXkOyEnOuKlCDtmqjqs7zqsIAg7JeG7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1DQVJELTAxMAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWykKQoocmVkaXJlY3QtdXJsLW1pc3NpbmcwYG1fcmVkaXJlY3RfdXJsYCBtaXNzaW5nLmBtX3JlZGlyZWN0X3VybGAg64iE6529Dndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQIEBhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgAABhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgYKXlxzKiQCAAIcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAAAAAYICYG1fcmVkaXJlY3RfdXJsYCBpcyBtaXNzaW5nOiBvbiBtb2JpbGUgdGhlIEtDUCB3aW5kb3cgcmVkaXJlY3RzIGluc3RlYWQgb2YgY2FsbGluZyB0aGUgY2FsbGJhY2ssIHNvIHRoZSByZXN1bHQgaXMgbG9zdCB3aXRob3V0IGl0/AJgbV9yZWRpcmVjdF91cmxg7J20IOyXhuyKteuLiOuLpC4g66qo67CU7J287JeQ7ISc64qUIOqysOygnCDqsrDqs7zqsIAgY2FsbGJhY2vsnbQg7JWE64uMIG1fcmVkaXJlY3RfdXJs66GcIOumrOuUlOugieyFmOuQmOuvgOuhnCDsnbQg6rCS7J20IOyXhuycvOuptCDqsrDsoJwg6rKw6rO866W8IOuwm+ydhCDsiJgg7JeG7Iq164uI64ukAZ4BYGFwcF9zY2hlbWVgIGlzIGVtcHR5LCBzbyB0aGUgY2FsbCBpcyBjaGVja2VkIGFzIG9uZSBmcm9tIGEgYnJvd3Nlciwgbm90IGFuIGFwcLwBYGFwcF9zY2hlbWVg7J20IOu5hOyWtCDsnojslrQg7JWx7J20IOyVhOuLjCDruIzrnbzsmrDsoIDsl5DshJzsnZgg7Zi47Lac66GcIOqygOyCrO2WiOyKteuLiOuLpAD6BFRoZSBLQ1AgcGFnZTogb24gUEMgdGhlIHJlc3VsdCBnb2VzIHRvIHRoZSBjYWxsYmFjaywgb24gbW9iaWxlIGl0IGlzIHJlZGlyZWN0ZWQgdG8gYG1fcmVkaXJlY3RfdXJsYDsgdGhlIFNESyByZWZlcmVuY2UgYWRkcyB0aGF0IGluIHJlZGlyZWN0IGVudmlyb25tZW50cyB0aGUgcmVzdWx0IGlzIG5vdCByZWNlaXZlZCB3aXRob3V0IGl0LiBBIFBDLW9ubHkgaW50ZWdyYXRpb24gbWF5IG9taXQgaXQsIGhlbmNlIGEgd2FybmluZy4gQSBjYWxsIHdpdGggYGFwcF9zY2hlbWVgIChmcm9tIGFuIGFwcCkgaXMgcmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBwJ3MuhgdLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQgUEPsl5DshJzripQg6rKw7KCcIOqysOqzvOqwgCBjYWxsYmFja+ycvOuhnCDsoITri6zrkJjqs6AsIOuqqOuwlOydvOyXkOyEnOuKlCBgbV9yZWRpcmVjdF91cmxg66GcIOumrOuUlOugieyFmOuQqeuLiOuLpC4gU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQg66as65SU66CJ7IWYIO2ZmOqyveyXkOyEnCDsnbQg6rCS7J20IOyXhuycvOuptCDqsrDsoJwg6rKw6rO866W8IOuwm+ydhCDsiJgg7JeG64uk6rOgIOuNp+u2meyeheuLiOuLpC4gUEMg7KCE7JqpIOyXsOuPmeydtOudvOuptCDsg53rnrXtlaAg7IiYIOyeiOycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QuIGBhcHBfc2NoZW1lYOydtCDsnojripQg7Zi47LacKOyVseyXkOyEnOydmCDtmLjstpwp7J2AIHJlZGlyZWN0LXVybC1taXNzaW5nLWluLWFwcOydtCDsspjrpqztlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLVVSTC0wMDEAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1s4CkKNnJlZGlyZWN0LXVybC1taXNzaW5nLWluLWFwcERgbV9yZWRpcmVjdF91cmxgIG1pc3NpbmcgaW4gYW4gYXBwSuyVsSDqsrDsoJzsl5AgYG1fcmVkaXJlY3RfdXJsYCDriITrnb0IaW5mbwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQBBhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAgYEXFMCAAIcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAAAAAfwCYG1fcmVkaXJlY3RfdXJsYCBpcyBtaXNzaW5nOiBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIGFuZCBGbHV0dGVyIHdyYXBwZXJzIHNldCBpdCB0aGVtc2VsdmVzLCBidXQgYSBXZWJWaWV3IHBhZ2Ugb2YgeW91ciBvd24gdGhhdCBjYWxscyBgSU1QLnJlcXVlc3RfcGF5YCBuZWVkcyBpdCwgb3IgdGhlIG1vYmlsZSByZXN1bHQgaXMgbG9zdIgEYG1fcmVkaXJlY3RfdXJsYOydtCDsl4bsirXri4jri6QuIO2PrO2KuOybkCBSZWFjdCBOYXRpdmXCt0ZsdXR0ZXIg66qo65OI7J2AIOydtCDqsJLsnYQg7KeB7KCRIOyEpOygle2VmOyngOunjCwg7JWx7J2YIFdlYlZpZXfsl5DshJwg7KeB7KCRIGBJTVAucmVxdWVzdF9wYXlg66W8IO2YuOy2nO2VmOuKlCDtjpjsnbTsp4DrnbzrqbQg7J20IOqwkuydtCDsnojslrTslbwg66qo67CU7J28IOqysOygnCDqsrDqs7zrpbwg67Cb7J2EIOyImCDsnojsirXri4jri6QAANAHYGFwcF9zY2hlbWVgIG1hcmtzIGEgY2FsbCBtYWRlIGZyb20gYW4gYXBwLiBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIG1vZHVsZSBtYXJrcyBgbV9yZWRpcmVjdF91cmxgIGRlcHJlY2F0ZWQgc2luY2UgdjEuMC4zIChpdHMgUkVBRE1FJ3MgZXhhbXBsZXMgc2F5IHNvIGFuZCBzZW5kIG5vbmUpIGFuZCwgbGlrZSB0aGUgRmx1dHRlciBtb2R1bGUsIHNldHMgaXRzIG93biByZWRpcmVjdCBhZGRyZXNzOyByZWFsIGFwcHMgY29weSB0aG9zZSBleGFtcGxlcy4gQW4gYXBwIHRoYXQgbG9hZHMgaXRzIG93biBwYWdlIGluIGEgV2ViVmlldywgdGhvdWdoLCBpcyBhIG1vYmlsZSBicm93c2VyIHRvIHRoZSBLQ1Agd2luZG93LCBhbmQgbG9zZXMgdGhlIHJlc3VsdCB3aXRob3V0IGBtX3JlZGlyZWN0X3VybGAgKHJlZGlyZWN0LXVybC1taXNzaW5nKS4gV2hpY2ggb2YgdGhlIHR3byBhIHBheWxvYWQgaXMgY2Fubm90IGJlIHRvbGQgZnJvbSBpdCwgaGVuY2UgYW4gaW5mby6WC2BhcHBfc2NoZW1lYOydgCDslbHsl5DshJwg7ZWcIO2YuOy2nOyehOydhCDrgpjtg4Drg4Xri4jri6QuIO2PrO2KuOybkCBSZWFjdCBOYXRpdmUg66qo65OI7J2AIHYxLjAuM+u2gO2EsCBgbV9yZWRpcmVjdF91cmxg7J2EIOyngOybkCDspJHri6gg7JiI7KCV7Jy866GcIO2RnOyLnO2VmOupsChSRUFETUXsnZgg7JiI7KCc7JeQ64+EIOq3uOugh+qyjCDsoIHtmIAg7J6I6rOgIOyYiOygnOuKlCDsnbQg6rCS7J2EIOuztOuCtOyngCDslYrsirXri4jri6QpLCBGbHV0dGVyIOuqqOuTiOqzvCDrp4jssKzqsIDsp4DroZwg7J6Q7LK0IOumrOuUlOugieyFmCDso7zshozrpbwg7ISk7KCV7ZWp64uI64ukLiDsi6TsoJwg7JWx7J2AIOydtCDsmIjsoJzrpbwg67O17IKs7ZWp64uI64ukLiDtlZjsp4Drp4wgV2ViVmlld+yXkOyEnCDsnpDssrQg7Y6Y7J207KeA66W8IOu2iOufrOyYpOuKlCDslbHsnYAgS0NQIOqysOygnOywvSDsnoXsnqXsl5DshJzripQg66qo67CU7J28IOu4jOudvOyasOyggOydtOuvgOuhnCwgYG1fcmVkaXJlY3RfdXJsYOydtCDsl4bsnLzrqbQg6rKw7KCcIOqysOqzvOulvCDrsJvsp4Ag66q77ZWp64uI64ukKHJlZGlyZWN0LXVybC1taXNzaW5nKS4g7Y6Y7J2066Gc65Oc6rCAIOuRmCDspJEg7Ja064qQIOqyveyasOyduOyngOuKlCDtjpjsnbTroZzrk5zrp4zsnLzroZwg7JWMIOyImCDsl4bsnLzrr4DroZwg7KCV67O0IOyImOykgOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtVVJMLTAwMQAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWyyKgoyYXBwLXNjaGVtZS1taXNzaW5nLWluLWFwcDxgYXBwX3NjaGVtZWAgbWlzc2luZyBpbiBhbiBhcHBC7JWxIOqysOygnOyXkCBgYXBwX3NjaGVtZWAg64iE6529Dndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AQYcbV9yZWRpcmVjdF91cmwAAgAcbV9yZWRpcmVjdF91cmwaAgZ6XlxzKmh0dHBzPzovL2RldGVjdGNoYW5naW5nd2Vidmlldy9pYW1wb3J0LyhpfHJufGZ8Y29yKS8/XHMqJAIAAhRhcHBfc2NoZW1lAAIAFGFwcF9zY2hlbWUcAAAAAYgDYGFwcF9zY2hlbWVgIGlzIG1pc3NpbmcsIHRob3VnaCBgbV9yZWRpcmVjdF91cmxgIGlzIHRoZSBhZGRyZXNzIFBvcnRPbmUncyBhcHAgU0RLcyBzZXQ6IHdpdGhvdXQgeW91ciBhcHAncyBVUkwgc2NoZW1lLCBjYXJkIGFuZCBiYW5rIGFwcHMgKElTUCwgYXBwIGNhcmRzKSBjYW5ub3QgcmV0dXJuIHRoZSBidXllciB0byB0aGUgYXBwIG9uIGlPU9YDYG1fcmVkaXJlY3RfdXJsYOydgCDtj6ztirjsm5Ag7JWxIFNES+qwgCDshKTsoJXtlZjripQg7KO87IaM7J24642wIGBhcHBfc2NoZW1lYOydtCDsl4bsirXri4jri6QuIOyVseydmCBVUkwgc2NoZW1l7J20IOyXhuycvOuptCBpT1Psl5DshJwg7Lm065Oc7IKswrfsnYDtlokg7JWxKElTUCwg7JWx7Lm065OcKSDsnbjspp0g7ZuEIOq1rOunpOyekOqwgCDslbHsnLzroZwg64+M7JWE7Jik7KeAIOuqu+2VqeuLiOuLpAAA2ghUaGUgU0RLIHJlZmVyZW5jZSBsaXN0cyBgYXBwX3NjaGVtZWAgYXMgdGhlIFVSTCBzY2hlbWUgY2FyZCBhbmQgYmFuayBhcHBzIHJldHVybiB0byBhZnRlciBhdXRoZW50aWNhdGlvbiwgbmVlZGVkIGluIGFwcCBXZWJWaWV3cyAoS0NQOiBtb2JpbGUgb25seSksIGFuZCBQb3J0T25lJ3MgUmVhY3QgTmF0aXZlIG1vZHVsZSByZWZ1c2VzIGEgY2FsbCB3aXRob3V0IGl0LiBBIGJyb3dzZXIgcGF5bG9hZCBjYW5ub3QgYmUgdG9sZCBmcm9tIGFuIGFwcCdzLCBidXQgdGhpcyBvbmUgY2FuOiBgaHR0cDovL2RldGVjdGNoYW5naW5nd2Vidmlldy9pYW1wb3J0L2lgIChhbmQgYC9ybmAsIGAvZmAsIGAvY29yYCkgaXMgdGhlIHJlZGlyZWN0IGFkZHJlc3MgUG9ydE9uZSdzIGlPUywgUmVhY3QgTmF0aXZlLCBGbHV0dGVyIGFuZCBDb3Jkb3ZhIFNES3Mgc2V0LCBzZWVuIGluIHJlYWwgYXBwIGNvZGUgdGhhdCBsZWZ0IGBhcHBfc2NoZW1lYCBvdXQuIFRoZSBBbmRyb2lkIFNESydzIGFkZHJlc3MgKGAvYWApIGlzIG5vdCBjaGVja2VkOiBBbmRyb2lkIHJldHVybnMgdGhyb3VnaCBpbnRlbnRzLvoLU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYGFwcF9zY2hlbWVg7J2EIOy5tOuTnOyCrMK37J2A7ZaJIOyVseydtCDsnbjspp0g7ZuEIOuPjOyVhOyYrCBVUkwgc2NoZW1l7Jy866GcIOyViOuCtO2VmOupsCDslbEgV2ViVmlld+yXkOyEnCDtlYTsmpTtlZjri6Tqs6Ag7ZWY6rOgKEtDUDog66qo67CU7J28IOyghOyaqSksIO2PrO2KuOybkCBSZWFjdCBOYXRpdmUg66qo65OI7J2AIOydtCDqsJLsnbQg7JeG7Jy866m0IO2YuOy2nOydhCDqsbDrtoDtlanri4jri6QuIOuztO2GteydgCDruIzrnbzsmrDsoIDsnZgg7Y6Y7J2066Gc65Oc7JmAIOyVseydmCDtjpjsnbTroZzrk5zrpbwg6rWs67OE7ZWgIOyImCDsl4bsp4Drp4wsIOydtCDtjpjsnbTroZzrk5zripQg6rWs67OE7ZWgIOyImCDsnojsirXri4jri6QuIGBodHRwOi8vZGV0ZWN0Y2hhbmdpbmd3ZWJ2aWV3L2lhbXBvcnQvaWAo6re466as6rOgIGAvcm5gLCBgL2ZgLCBgL2NvcmAp64qUIO2PrO2KuOybkCBpT1MsIFJlYWN0IE5hdGl2ZSwgRmx1dHRlciwgQ29yZG92YSBTREvqsIAg7ISk7KCV7ZWY64qUIOumrOuUlOugieyFmCDso7zshozroZwsIGBhcHBfc2NoZW1lYOydhCDruaDrnKjrprAg7Iuk7KCcIOyVsSDsvZTrk5zsl5DshJwg67Cc6rKs65CY7JeI7Iq164uI64ukLiBBbmRyb2lkIFNES+ydmCDso7zshowoYC9hYCnripQg6rKA7IKs7ZWY7KeAIOyViuyKteuLiOuLpC4gQW5kcm9pZOyXkOyEnOuKlCDsnbjthZDtirjroZwg7JWx7JeQIOuPjOyVhOyYpOq4sCDrlYzrrLjsnoXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEAAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbPoqCh51cmwtcGxhY2Vob2xkZXI6VVJMIGxlZnQgYXMgYSBkb2MgcGxhY2Vob2xkZXJeVVJM7JeQIOusuOyEnOydmCDsmIjsi5wg7ZGc6riw6rCAIOuCqOyVhCDsnojsnYwKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAgIHG1fcmVkaXJlY3RfdXJsAAIAHG1fcmVkaXJlY3RfdXJsGgIKCFt7fV0AAAAIFG5vdGljZV91cmwAAgAUbm90aWNlX3VybIgBAgoIW3t9XQAAAAgabm90aWNlX3VybFsqXQAEABRub3RpY2VfdXJsiAEEAgoIW3t9XQAAAAgWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AgoIW3t9XQAAAAHaAmB7ZmllbGR9YCB7dmFsdWV9IGhvbGRzIGB7YCBvciBgfWA6IGEgcGxhY2Vob2xkZXIgY29waWVkIGZyb20gdGhlIGRvY3MsIG9yIGRhdGEgdGhhdCBuZWVkcyBwZXJjZW50LWVuY29kaW5nIChgJTdCYCwgYCU3RGApOyBwdXQgdGhlIGFic29sdXRlIFVSTCBvZiB5b3VyIG93biBwYWdlIG9yIGVuZHBvaW50xANge2ZpZWxkfWAg6rCSIHt2YWx1ZX3sl5AgYHtgIOuYkOuKlCBgfWDqsIAg7J6I7Iq164uI64ukLiDrrLjshJzsnZgg7JiI7IucIO2RnOq4sOydtOqxsOuCmCDtjbzshLztirgg7J247L2U65SpKGAlN0JgLCBgJTdEYCnsnbQg7ZWE7JqU7ZWcIOqwkuyeheuLiOuLpC4g6rOg6rCd7IKsIO2OmOydtOyngCDrmJDripQg7JeU65Oc7Y+s7J247Yq47J2YIOygiOuMgCBVUkzsnYQg7J6F66Cl7ZWY7IS47JqUAADgBU9sZGVyIFBvcnRPbmUgc2FtcGxlcyB3cml0ZSBgbV9yZWRpcmVjdF91cmw6ICd766qo67CU7J287JeQ7IScIOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmCDrkKAgVVJMfSdgLCBhbmQgbWVyY2hhbnQgY29kZSBjb3BpZXMgaXQgdmVyYmF0aW0gKHNlZW4gaW4gcHVibGljIHJlcG9zaXRvcmllcykuIEl0IGlzIG5vdCBhIFVSTCwgc28gdGhlIG1vYmlsZSByZXN1bHQgKG9yIHRoZSB3ZWJob29rKSBnb2VzIG5vd2hlcmUuIEJyYWNlcyBuZXZlciBvY2N1ciBpbiBhIHJlYWwgVVJMIHVuZW5jb2RlZC4gVGhpcyByZXBsYWNlcyB0aGUgZ2VuZXJpYyBVUkwtZm9ybWF0IGVycm9yIGF0IHRoZSBzYW1lIG1lbWJlciB3aXRoIGEgcHJlY2lzZSBvbmUu6AfsnbTsoIQg7Y+s7Yq47JuQIOyYiOygnOuKlCBgbV9yZWRpcmVjdF91cmw6ICd766qo67CU7J287JeQ7IScIOqysOygnCDsmYTro4wg7ZuEIOumrOuUlOugieyFmCDrkKAgVVJMfSdg7J2065286rOgIOyTsOupsCwg6rOg6rCd7IKsIOy9lOuTnOqwgCDsnbTrpbwg6re464yA66GcIOuzteyCrO2VqeuLiOuLpCjqs7XqsJwg7KCA7J6l7IaM7JeQ7IScIOuwnOqyrOuQqCkuIOydtOuKlCBVUkzsnbQg7JWE64uI66+A66GcIOuqqOuwlOydvCDqsrDsoJwg6rKw6rO8KOuYkOuKlCDsm7ntm4Up6rCAIOyWtOuUlOyXkOuPhCDsoITri6zrkJjsp4Ag7JWK7Iq164uI64ukLiDsi6TsoJwgVVJM7JeQ64qUIOyduOy9lOuUqeuQmOyngCDslYrsnYAg7KSR6rSE7Zi46rCAIOuCmOyYpOyngCDslYrsirXri4jri6QuIOqwmeydgCDrqaTrsoTsl5Ag64yA7ZWcIOydvOuwmOyggeyduCBVUkwg7ZiV7IudIOyYpOulmCDrjIDsi6Ag7J20IOq1rOyytOyggeyduCDsmKTrpZjrpbwg67O06rOg7ZWp64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxAAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzMKwo4cmVkaXJlY3QtdXJsLWRvYy1wbGFjZWhvbGRlclBgbV9yZWRpcmVjdF91cmxgIGxlZnQgYXMgdGhlIGRvYyBleGFtcGxlXmBtX3JlZGlyZWN0X3VybGAg7JiI7IucIOqwkuydhCDqt7jrjIDroZwg7IKs7JqpDndhcm5pbmcBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIIHG1fcmVkaXJlY3RfdXJsAAIAHG1fcmVkaXJlY3RfdXJsGgIKlgEoP2kpXmh0dHBzPzovLyh0ZXN0dGVzdFwudGVzdHwod3d3XC4pP3lvdXJkb21haW5cLmNvbSkoOlswLTldKyk/KFsvPyNdLiopPyQAAAAB/AFgbV9yZWRpcmVjdF91cmxgIHt2YWx1ZX0gaXMgdGhlIGRvYyBleGFtcGxlOiBtb2JpbGUgYnV5ZXJzIHdvdWxkIGJlIHNlbnQgdG8gYSBwYWdlIHRoYXQgaXMgbm90IHlvdXJzOyB1c2UgeW91ciBvd24gcmVzdWx0IHBhZ2WiA2BtX3JlZGlyZWN0X3VybGAg6rCSIHt2YWx1ZX3snYAo64qUKSDrrLjshJzsnZgg7JiI7IucIOqwkuyeheuLiOuLpC4g66qo67CU7J28IOq1rOunpOyekOqwgCDqs6DqsJ3sgqzsnZgg7Y6Y7J207KeA6rCAIOyVhOuLjCDqs7PsnLzroZwg7J2064+Z7ZWY66+A66GcIOqzoOqwneyCrOydmCDqsrDsoJwg6rKw6rO8IO2OmOydtOyngCBVUkzsnYQg7J6F66Cl7ZWY7IS47JqUAAC4BkJvdGggU0RLIGV4YW1wbGVzIG9uIHRoZSBLQ1AgcGFnZSBzZW5kIGBtX3JlZGlyZWN0X3VybDogImh0dHBzOi8vdGVzdHRlc3QudGVzdCJgOyBgLnRlc3RgIGlzIGEgcmVzZXJ2ZWQgZG9tYWluIHRoYXQgbmV2ZXIgcmVzb2x2ZXMsIHNvIHRoZSBtb2JpbGUgcmVzdWx0IHBhZ2UgaXMgbG9zdC4gVGhlIGxlZ2FjeSBpYW1wb3J0IG1hbnVhbCdzIHNhbXBsZSwgc3RpbGwgY29waWVkIGludG8gbWVyY2hhbnQgY29kZSwgc2VuZHMgYGh0dHBzOi8vd3d3LnlvdXJkb21haW4uY29tL3BheW1lbnRzL2NvbXBsZXRlYDogYSByZWFsIGRvbWFpbiB0aGF0IGlzIG5vdCB0aGUgbWVyY2hhbnQncywgd2hpY2ggdGhlbiByZWNlaXZlcyB0aGUgbW9iaWxlIGJ1eWVyIGFuZCB0aGUgcGF5bWVudCByZXN1bHQgaW4gaXRzIHF1ZXJ5IHN0cmluZy60CEtDUCDsl7Drj5kg66y47ISc7J2YIFNESyDsmIjsoJwg65GQIOqwnOuKlCDrqqjrkZAgYG1fcmVkaXJlY3RfdXJsOiAiaHR0cHM6Ly90ZXN0dGVzdC50ZXN0ImDrpbwg67O064OF64uI64ukLiBgLnRlc3Rg64qUIOyjvOyGjOqwgCDtlbTshJ3rkJjsp4Ag7JWK64qUIOyYiOyVvSDrj4TrqZTsnbjsnbTrr4DroZwg66qo67CU7J28IOqysOygnCDqsrDqs7wg7Y6Y7J207KeA6rCAIOyCrOudvOynkeuLiOuLpC4g7KeA6riI64+EIOqzoOqwneyCrCDsvZTrk5zsl5Ag67O17IKs65CY64qUIOq1rCDslYTsnoTtj6ztirgg66ek64m07Ja87J2YIOyYiOygnOuKlCBgaHR0cHM6Ly93d3cueW91cmRvbWFpbi5jb20vcGF5bWVudHMvY29tcGxldGVg66W8IOuztOuCtOuKlOuNsCwg7J2064qUIOqzoOqwneyCrOydmCDqsoPsnbQg7JWE64uMIOyLpOygnCDrj4TrqZTsnbjsnbTslrTshJwg66qo67CU7J28IOq1rOunpOyekOyZgCDsv7zrpqwg66y47J6Q7Je07JeQIOuLtOq4tCDqsrDsoJwg6rKw6rO866W8IOq3uCDrj4TrqZTsnbjsnbQg67Cb6rKMIOuQqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARhLQ1AtTUlTQy0wMDYAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sjiwKLmFwcC1zY2hlbWUtc2FtcGxlLXZhbHVlRmBhcHBfc2NoZW1lYCBsZWZ0IGFzIGEgc2FtcGxlIHZhbHVlVmBhcHBfc2NoZW1lYCDsmIjsi5wg6rCS7J2EIOq3uOuMgOuhnCDsgqzsmqkOd2FybmluZwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAggUYXBwX3NjaGVtZQACABRhcHBfc2NoZW1lHAIK1gEoP2kpXlxzKihleGFtcGxlfGlhbXBvcnRhcHB8ZXhhbXBsZWZvcnJufGV4YW1wbGVmb3JtYW5hZ2VkZXhwb3xmbHV0dGVyZXhhbXBsZXxpb1wuaW9uaWNcLnN0YXJ0ZXIpKDovLyk/XHMqJAAAAAGkA2BhcHBfc2NoZW1lYCB7dmFsdWV9IGlzIHRoZSBzYW1wbGUgdmFsdWUgb2YgUG9ydE9uZSdzIGFwcCBleGFtcGxlczogY2FyZCBhbmQgYmFuayBhcHBzIHJldHVybiB0byB0aGlzIHNjaGVtZSBhZnRlciBhdXRoZW50aWNhdGlvbiwgc28gdXNlIHRoZSBVUkwgc2NoZW1lIHJlZ2lzdGVyZWQgZm9yIHlvdXIgYXBwIChJbmZvLnBsaXN0LCBBbmRyb2lkTWFuaWZlc3QueG1sKeADYGFwcF9zY2hlbWVgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Y+s7Yq47JuQIOyVsSDsmIjsoJzsnZgg7JiI7IucIOqwkuyeheuLiOuLpC4g7Lm065Oc7IKswrfsnYDtlokg7JWx7J20IOyduOymnSDtm4Qg7J20IFVSTCBzY2hlbWXsnLzroZwg64+M7JWE7Jik66+A66GcIOqzoOqwneyCrCDslbHsl5Ag65Ox66Gd7ZWcIFVSTCBzY2hlbWUoSW5mby5wbGlzdCwgQW5kcm9pZE1hbmlmZXN0LnhtbCnsnYQg7J6F66Cl7ZWY7IS47JqUAADcCmBhcHBfc2NoZW1lYCBpcyB0aGUgVVJMIHNjaGVtZSB0aGF0IElTUCwgYXBwLWNhcmQgYW5kIGJhbmsgYXBwcyBvcGVuIHRvIHJldHVybiB0aGUgYnV5ZXIgdG8gdGhlIG1lcmNoYW50J3MgYXBwIGFmdGVyIGF1dGhlbnRpY2F0aW9uIChLQ1AgcGFnZSBhbmQgU0RLIHJlZmVyZW5jZTogcmVxdWlyZWQgaW4gYXBwIFdlYlZpZXdzKS4gVGhlIHNhbXBsZXM6IGBleGFtcGxlZm9ycm5gICh0aGUgUmVhY3QgTmF0aXZlIHdyYXBwZXIncyBleGFtcGxlIGFwcCksIGBleGFtcGxlZm9ybWFuYWdlZGV4cG9gIChpdHMgRXhwbyBleGFtcGxlKSwgYGZsdXR0ZXJleGFtcGxlYCAodGhlIEZsdXR0ZXIgd3JhcHBlcidzKSwgYGlvLmlvbmljLnN0YXJ0ZXJgICh0aGUgQ2FwYWNpdG9yIHdyYXBwZXIncyksIGBleGFtcGxlYCAodGhlIHdyYXBwZXJzJyBSRUFETUVzKSBhbmQgYGlhbXBvcnRhcHBgICh0aGUgbGVnYWN5IGlhbXBvcnQgbWFudWFsKS4gUmVhbCBhcHBzIGNvcHkgdGhlbTsgbGVmdCBhcyBpcywgdGhlIGJ1eWVyIGlzIHNlbnQgdG8gYW5vdGhlciBhcHAgKG9yIG5vbmUpIGFuZCB0aGUgcGF5bWVudCBpcyBzdHJhbmRlZC4gUG9ydE9uZSBzdGFmZiBoYXZlIGFuc3dlcmVkIG1lcmNoYW50IHJlcG9ydHMgb2YgdGhpcyBmYWlsdXJlIHdpdGggInJlcGxhY2UgdGhlIGFwcF9zY2hlbWUgdmFsdWUgd2l0aCB5b3VyIG93biIu9gxgYXBwX3NjaGVtZWDsnYAgSVNQLCDslbHsubTrk5wsIOydgO2WiSDslbHsnbQg7J247KadIO2bhCDqtazrp6TsnpDrpbwg6rOg6rCd7IKsIOyVseycvOuhnCDrj4zroKTrs7TrgrTquLAg7JyE7ZW0IOyXrOuKlCBVUkwgc2NoZW1l7J6F64uI64ukKEtDUCDsl7Drj5kg66y47ISc7JmAIFNESyDtjIzrnbzrr7jthLAg66y47IScOiDslbEgV2ViVmlld+yXkOyEnCDtlYTsiJgpLiDsmIjsi5wg6rCS7J2AIGBleGFtcGxlZm9ycm5gKFJlYWN0IE5hdGl2ZSDrqqjrk4jsnZgg7JiI7KCcIOyVsSksIGBleGFtcGxlZm9ybWFuYWdlZGV4cG9gKOqwmeydgCDrqqjrk4jsnZggRXhwbyDsmIjsoJwpLCBgZmx1dHRlcmV4YW1wbGVgKEZsdXR0ZXIg66qo65OI7J2YIOyYiOygnCksIGBpby5pb25pYy5zdGFydGVyYChDYXBhY2l0b3Ig66qo65OI7J2YIOyYiOygnCksIGBleGFtcGxlYCjqsIEg66qo65OI7J2YIFJFQURNRSksIGBpYW1wb3J0YXBwYCjqtawg7JWE7J6E7Y+s7Yq4IOunpOuJtOyWvCnsnoXri4jri6QuIOyLpOygnCDslbHsnbQg7J20IOqwkuydhCDrs7XsgqztlZjripTrjbAsIOq3uOuMgOuhnCDrkZDrqbQg6rWs66ek7J6Q6rCAIOuLpOuluCDslbHsnLzroZwg67O064K07KeA6rGw64KYIOyWtOuWpCDslbHsnLzroZzrj4Qg64+M7JWE6rCA7KeAIOuqu+2VtCDqsrDsoJzqsIAg7KSR6rCE7JeQIOupiOy2peuLiOuLpC4g7Y+s7Yq47JuQIOuLtOuLueyekOuKlCDsnbQg66y47KCc66W8IOqyquydgCDqs6DqsJ3sgqwg66y47J2Y7JeQICJhcHBfc2NoZW1lIOqwkuydhCDqs6DqsJ3sgqzsnZgg6rCS7Jy866GcIOuwlOq+uOudvCLqs6Ag64u167OA7ZaI7Iq164uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxAAAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzaLAombm90aWNlLXVybC1hYnNvbHV0ZUBgbm90aWNlX3VybGAgbm90IGFuIGFic29sdXRlIFVSTEhgbm90aWNlX3VybGDsnbQg7KCI64yAIFVSTOydtCDslYTri5gKZXJyb3IBAQQec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAQIFG5vdGljZV91cmwAAgAUbm90aWNlX3VybIgBAhwCCAYCLgAAAghABgIuAAACBgpeXHMqJAYCLgAAAhAGdXJsBgIuAAACBghbe31dAAAACBpub3RpY2VfdXJsWypdAAQAFG5vdGljZV91cmyIAQQCHAIEBgIuAAACEAZ1cmwGAi4AAAIGCFt7fV0AAAABtgFge2ZpZWxkfWAge3ZhbHVlfSBtdXN0IGJlIGFuIGFic29sdXRlIGh0dHAocykgVVJMOiBQb3J0T25lJ3Mgc2VydmVyIHBvc3RzIHRoZSB3ZWJob29rIHRvIGl0ggJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsoIjrjIAgVVJMKGh0dHAvaHR0cHMp7J207Ja07JW8IO2VqeuLiOuLpC4g7Y+s7Yq47JuQIOyEnOuyhOqwgCDsnbQg7KO87IaM66GcIOybue2bheydhCDrs7Trg4Xri4jri6QAAIIFYG5vdGljZV91cmxgIChhIHN0cmluZyBvciwgb24gdGhlIEtDUCBwYWdlLCBhbiBhcnJheSBvZiBzdHJpbmdzKSByZXBsYWNlcyB0aGUgY29uc29sZSdzIHdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgYW5kIHRoZSBjb25zb2xlIFVSTCBpcyB0aGVuIG5vdCBjYWxsZWQ7IFBvcnRPbmUncyBzZXJ2ZXIgY2FuIG9ubHkgcG9zdCB0byBhbiBhYnNvbHV0ZSBodHRwKHMpIFVSTCwgc28gYSByZWxhdGl2ZSBwYXRoIGxvc2VzIGV2ZXJ5IHdlYmhvb2suIFZhbHVlcyB3aXRoIGB7Li4ufWAgZG9jIHBsYWNlaG9sZGVycyBhcmUgbGVmdCB0byB1cmwtcGxhY2Vob2xkZXIuuAZgbm90aWNlX3VybGAo66y47J6Q7Je0LCDrmJDripQgS0NQIOyXsOuPmSDrrLjshJzsl5Ag65Sw66W066m0IOusuOyekOyXtCDrsLDsl7Qp7J2AIOydtCDqsrDsoJzsl5Ag64yA7ZW0IOy9mOyGlOydmCDsm7ntm4UgVVJM7J2EIOuMgOyytO2VmOupsCwg7J2065WMIOy9mOyGlOydmCBVUkzsnYAg7Zi47Lac65CY7KeAIOyViuyKteuLiOuLpC4g7Y+s7Yq47JuQIOyEnOuyhOuKlCDsoIjrjIAgaHR0cChzKSBVUkzroZzrp4wg7JqU7LKt7J2EIOuztOuCvCDsiJgg7J6I7Jy866+A66GcLCDsg4HrjIAg6rK966Gc66W8IOyTsOuptCDrqqjrk6Ag7Ju57ZuF7J20IOycoOyLpOuQqeuLiOuLpC4gYHsuLi59YCDrrLjshJwg7JiI7IucIO2RnOq4sOqwgCDsnojripQg6rCS7J2AIHVybC1wbGFjZWhvbGRlcuqwgCDsspjrpqztlanri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vd2ViaG9vay9yZWFkbWUtdjE/dj12MQEWS0NQLVVSTC0wMDIAAADg6amVDQAALlJ1bGVzLzIwLXNkay1ydWxlcy55YW1sui0KNHVybC11bnJlYWNoYWJsZS1ieS1wb3J0b25lYFNlcnZlci1jYWxsZWQgVVJMIG9uIGEgbG9jYWwgb3IgcGxhY2Vob2xkZXIgaG9zdFjtj6ztirjsm5Ag7ISc67KE6rCAIO2YuOy2nO2VoCDsiJgg7JeG64qUIFVSTA53YXJuaW5nAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAgIFG5vdGljZV91cmwAAgAUbm90aWNlX3VybIgBAhYSbG9jYWwtdXJsAAAACBpub3RpY2VfdXJsWypdAAQAFG5vdGljZV91cmyIAQQCFhJsb2NhbC11cmwAAAAIFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAIWEmxvY2FsLXVybAAAAAguc2NoZWR1bGVzWypdLm5vdGljZV91cmwABgASc2NoZWR1bGVzAAQAFG5vdGljZV91cmyIAQIWEmxvY2FsLXVybAAAAAGgAmB7ZmllbGR9YCB7dmFsdWV9IHBvaW50cyB0byBhIGxvY2FsLCBwcml2YXRlIG9yIHBsYWNlaG9sZGVyIGhvc3QgdGhhdCBQb3J0T25lJ3Mgc2VydmVycyBjYW5ub3QgcmVhY2g6IHVzZSBhIHB1YmxpYyBVUkwgKGEgdHVubmVsIGluIGRldmVsb3BtZW50KY4DYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7Y+s7Yq47JuQIOyEnOuyhOqwgCDsoJHqt7ztlaAg7IiYIOyXhuuKlCDroZzsu6zCt+yCrOyEpMK37JiI7IucIOyjvOyGjOyeheuLiOuLpC4g7Jm467aA7JeQ7IScIOygkeq3vCDqsIDriqXtlZwgVVJM7J2EIOyeheugpe2VmOyEuOyalCAo6rCc67CcIOykkeyXkOuKlCDthLDrhJDrp4Eg7KO87IaMKQAA1AZgbm90aWNlX3VybGAgKHdlYmhvb2spIGFuZCBgY29uZmlybV91cmxgIChjb25maXJtIHByb2Nlc3MpIGFyZSBjYWxsZWQgYnkgUG9ydE9uZSdzIHNlcnZlcnMsIG5vdCBieSB0aGUgYnV5ZXIncyBicm93c2VyLCBzbyBgbG9jYWxob3N0YCwgcHJpdmF0ZSBhZGRyZXNzZXMgYW5kIHJlc2VydmVkIG5hbWVzIHN1Y2ggYXMgdGhlIGRvY3MnIGB0ZXN0dGVzdC50ZXN0YCBuZXZlciByZWNlaXZlIHRoZW06IHdlYmhvb2tzIGFyZSBsb3N0LCBhbmQgYW4gdW5yZWFjaGFibGUgY29uZmlybV91cmwgbWFrZXMgZXZlcnkgcGF5bWVudCBmYWlsLiBUaGUgc2FtZSBob2xkcyBmb3IgYG5vdGljZV91cmxgIG9mIHRoZSBSRVNUIGNhbGxzIGFuZCBvZiBlYWNoIHNjaGVkdWxlLiBXYXJuaW5nLCBzaW5jZSBhIHRlc3Qgc2V0dXAgbWF5IGRvIHRoaXMgb24gcHVycG9zZS6gCGBub3RpY2VfdXJsYCjsm7ntm4Up6rO8IGBjb25maXJtX3VybGAoY29uZmlybSBwcm9jZXNzKeydgCDqtazrp6TsnpDsnZgg67iM65287Jqw7KCA6rCAIOyVhOuLiOudvCDtj6ztirjsm5Ag7ISc67KE6rCAIO2YuOy2nO2VmOuvgOuhnCwgYGxvY2FsaG9zdGAsIOyCrOyEpCDso7zshowsIOusuOyEnOydmCBgdGVzdHRlc3QudGVzdGAg6rCZ7J2AIOyYiOyVveuQnCDsnbTrpoTsnLzroZzripQg7Zi47Lac7J2EIOuwm+ydhCDsiJgg7JeG7Iq164uI64ukLiDsm7ntm4XsnbQg7Jyg7Iuk65CY6rOgLCDsoJHqt7ztlaAg7IiYIOyXhuuKlCBjb25maXJtX3VybOydgCDrqqjrk6Ag6rKw7KCc66W8IOyLpO2MqO2VmOqyjCDrp4zrk63ri4jri6QuIFJFU1QgQVBJIOyalOyyreqzvCDqsIEg7JiI7JW9IOqxtOydmCBgbm90aWNlX3VybGDsl5Drj4Qg66eI7LCs6rCA7KeA7J6F64uI64ukLiDthYzsiqTtirgg7ZmY6rK97JeQ7ISc64qUIOydmOuPhOyggeycvOuhnCDsnbTroIfqsowg7ZWgIOyImCDsnojsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3dlYmhvb2svcmVhZG1lLXYxP3Y9djEBFktDUC1VUkwtMDAzAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbJIuCjhjb25maXJtLXVybC1uZWVkcy1hY3RpdmF0aW9uUmBjb25maXJtX3VybGAgbmVlZHMgYWN0aXZhdGlvbiBieSBQb3J0T25lVmBjb25maXJtX3VybGDsnYAg7Y+s7Yq47JuQIO2ZnOyEse2ZlCDtlYTsmpQIaW5mbwEBAhZzZGstcGF5bWVudAEABAYWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AhAGdXJsBAYWY29uZmlybV91cmwAAgAWY29uZmlybV91cmw0AhASbG9jYWwtdXJsAgICFmNvbmZpcm1fdXJsAAIAFmNvbmZpcm1fdXJsNAAAAAGyAmBjb25maXJtX3VybGAgb25seSB3b3JrcyBhZnRlciBQb3J0T25lIHRlY2ggc3VwcG9ydCBlbmFibGVzIHRoZSBjb25maXJtIHByb2Nlc3M7IHRoZSBlbmRwb2ludCBtdXN0IGFuc3dlciAyMDAgd2l0aGluIDEwIHNlY29uZHMgb3IgdGhlIHBheW1lbnQgaXMgYWJvcnRlZKQDYGNvbmZpcm1fdXJsYOydgCDtj6ztirjsm5Ag6riw7Iig7KeA7JuQ7YyA7JeQIOyalOyyre2VtCBjb25maXJtIHByb2Nlc3Prpbwg7Zmc7ISx7ZmU7ZWcIO2bhCDsgqzsmqntlaAg7IiYIOyeiOyKteuLiOuLpC4g7JeU65Oc7Y+s7J247Yq46rCAIDEw7LSIIOyViOyXkCAyMDDsnLzroZwg7J2R64u17ZWY7KeAIOyViuycvOuptCDqsrDsoJzqsIAg7KSR64uo65Cp64uI64ukAAD+A1RoZSBTREsgcmVmZXJlbmNlOiB1c2luZyBgY29uZmlybV91cmxgIG5lZWRzIGEgc2VwYXJhdGUgcmVxdWVzdCB0byBzdXBwb3J0QHBvcnRvbmUuaW8uIFRoZSBjb25maXJtLXByb2Nlc3MgcGFnZTogUG9ydE9uZSBwb3N0cyBpbXBfdWlkLCBtZXJjaGFudF91aWQgYW5kIGFtb3VudCBqdXN0IGJlZm9yZSBhcHByb3ZhbCwgd2FpdHMgMTAgc2Vjb25kcywgYW5kIGFueSBub24tMjAwIGFuc3dlciBhYm9ydHMgdGhlIHBheW1lbnQuIEFkdmljZSBvbmx5LsYFU0RLIO2MjOudvOuvuO2EsCDrrLjshJzsl5Ag65Sw66W066m0IGBjb25maXJtX3VybGDsnYQg7IKs7Jqp7ZWY66Ck66m0IHN1cHBvcnRAcG9ydG9uZS5pb+yXkCDrs4Trj4TroZwg7JqU7LKt7ZW07JW8IO2VqeuLiOuLpC4gY29uZmlybSBwcm9jZXNzIOusuOyEnOyXkCDrlLDrpbTrqbQg7Y+s7Yq47JuQ7J2AIOyKueyduCDsp4HsoITsl5AgaW1wX3VpZCwgbWVyY2hhbnRfdWlkLCBhbW91bnTrpbwgUE9TVOuhnCDrs7Trgrgg65KkIDEw7LSI6rCEIOq4sOuLpOumrOupsCwgMjAw7J20IOyVhOuLjCDsnZHri7XsnbQg7Jik66m0IOqysOygnOulvCDspJHri6jtlanri4jri6QuIOq2jOqzoCDsgqztla3snbwg67+Q7J6F64uI64ukLpIBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2V4dHJhL2NvbmZpcm0tcHJvY2Vzcy9yZWFkbWUtdjE/dj12MQEYS0NQLU1JU0MtMDA0AAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbOYuCiBhdXRoLW1vZGUta2V5LWluOmBhdXRoX21vZGVgIG90aGVyIHRoYW4ga2V5LWluLGBhdXRoX21vZGVgIOqwkiDsmKTrpZgKZXJyb3IBAQIWc2RrLXBheW1lbnQAAggSYXV0aF9tb2RlAAIAEmF1dGhfbW9kZTICAgIGDGtleS1pbgAAAAGGAmBhdXRoX21vZGVgIHt2YWx1ZX0gaXMgbm90IHN1cHBvcnRlZCBieSBLQ1A6IHRoZSBvbmx5IHZhbHVlIGlzICJrZXktaW4iIChrZXktaW4gcGF5bWVudCB3aW5kb3cpOyBsZWF2ZSBpdCBvdXQgZm9yIHRoZSBub3JtYWwgd2luZG931gJgYXV0aF9tb2RlYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUOyXkOyEnCDsp4Dsm5DtlZjsp4Ag7JWK7Iq164uI64ukLiDtgqTsnbgg6rKw7KCc7LC97J2AICJrZXktaW4i7Jy866Gc66eMIO2YuOy2nO2VmOupsCDsnbzrsJgg6rKw7KCc7LC97J2AIO2MjOudvOuvuO2EsOulvCDsg53rnrXtlZjshLjsmpQAAL4BVGhlIEtDUCBwYWdlIGRvY3VtZW50cyBgYXV0aF9tb2RlOiAia2V5LWluImAgKO2CpOyduOqysOygnCDsnbTsmqnsi5wg7ISk7KCVKSBhcyB0aGUgb25seSB2YWx1ZS7cAUtDUCDsl7Drj5kg66y47ISc64qUIGBhdXRoX21vZGU6ICJrZXktaW4iYCjtgqTsnbjqsrDsoJwg7J207Jqp7IucIOyEpOyglSkg7ZWY64KY66eMIOqwkuycvOuhnCDslYjrgrTtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEYS0NQLU1JU0MtMDAyAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKgvCjJzZGstcGFyYW1zLWlnbm9yZWQtYnkta2NwOFBhcmFtZXRlciBvZiBhbm90aGVyIGdhdGV3YXlA64uk66W4IFBH7IKsIOyghOyaqSDtjIzrnbzrr7jthLAIaW5mbwEBBB5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgIcDmJpel9udW0AAgAOYml6X251bYoBDHBlcmlvZAACAAxwZXJpb2SMARhuaWNlTW9iaWxlVjIAAgAYbmljZU1vYmlsZVYyjgEWbmF2ZXJVc2VDZm0AAgAWbmF2ZXJVc2VDZm2QARxuYXZlclBvcHVwTW9kZQACABxuYXZlclBvcHVwTW9kZZIBGm5hdmVyUHJvZHVjdHMAAgAabmF2ZXJQcm9kdWN0c5QBJm5hdmVyQ3VsdHVyZUJlbmVmaXQAAgAmbmF2ZXJDdWx0dXJlQmVuZWZpdJYBIG5hdmVyUHJvZHVjdENvZGUAAgAgbmF2ZXJQcm9kdWN0Q29kZZgBHm5hdmVyQWN0aW9uVHlwZQACAB5uYXZlckFjdGlvblR5cGWaARxuYXZlckludGVyZmFjZQACABxuYXZlckludGVyZmFjZZwBGG5hdmVyQ2hhaW5JZAACABhuYXZlckNoYWluSWSeAShuYXZlck1lcmNoYW50VXNlcktleQACAChuYXZlck1lcmNoYW50VXNlcktleaABJG5hdmVyUHVyY2hhc2VyTmFtZQACACRuYXZlclB1cmNoYXNlck5hbWWiASxuYXZlclB1cmNoYXNlckJpcnRoZGF5AAIALG5hdmVyUHVyY2hhc2VyQmlydGhkYXmkAQAAAAHQAWB7ZmllbGR9YCBpcyBhIHBhcmFtZXRlciBvZiBhbm90aGVyIGdhdGV3YXkgKERhbmFsLCBOSUNFLCBLRyBJbmljaXMgb3IgTmF2ZXIgUGF5IGRpcmVjdCk6IEtDUCBpZ25vcmVzIGl0xAJge2ZpZWxkfWDsnYAo64qUKSDri6TrpbggUEfsgqwo64uk64KgLCDrgpjsnbTsiqTtjpjsnbTrqLzsuKAsIEtH7J2064uI7Iuc7IqkLCDrhKTsnbTrsoTtjpjsnbQg7KeB7Jew64+ZKSDsoITsmqkg7YyM652866+47YSw7J2066+A66GcIEtDUOyXkOyEnOuKlCDrrLTsi5zrkKnri4jri6QAAJQJVGhlIFNESyByZWZlcmVuY2UgbWFya3MgYGJpel9udW1gIGFzIERhbmFsIHZpcnR1YWwgYWNjb3VudHMgb25seTsgUG9ydE9uZSdzIE5JQ0UgcGFnZSBkb2N1bWVudHMgYG5pY2VNb2JpbGVWMmA7IGBwZXJpb2RgIGlzIGZvciBJbmljaXMsIERhbmFsIGFuZCBOSUNFOyB0aGUgYG5hdmVyKmAgcGFyYW1ldGVycyBiZWxvbmcgdG8gYSBOYXZlciBQYXkgZGlyZWN0IGNoYW5uZWwgKEtDUCdzIGBuYXZlcnBheWAgbWV0aG9kIGdvZXMgdGhyb3VnaCBLQ1ApLiBIYXJtbGVzcywgYnV0IGEgc2lnbiBvZiBhIHBhcmFtZXRlciBvYmplY3Qgc2hhcmVkIGJldHdlZW4gZ2F0ZXdheXMuIEEgYmlsbGluZy1rZXkgd2luZG93IGlzIHRoZSBzYW1lIGByZXF1ZXN0X3BheWAgY2FsbCwgc28gdGhlIHNhbWUgaG9sZHMgdGhlcmUgKFBvcnRPbmUncyBBbmRyb2lkIGFuZCBpT1MgU0RLcyBhbmQgaXRzIENvcmRvdmEgcGx1Z2luIHNlbmQgYG5pY2VNb2JpbGVWMjogdHJ1ZWAgd2l0aCBldmVyeSByZXF1ZXN0LCB0aGUgRmx1dHRlciBtb2R1bGUgd2hlbiB0aGUgYXBwIHBhc3NlcyBpdCk6IGFuIGluZm8sIG5vdCBgZmllbGQtdW5rbm93bmAncyB3YXJuaW5nLsIMU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQgYGJpel9udW1g7J2EIOuLpOuCoCDqsIDsg4Hqs4Tsoowg7KCE7Jqp7Jy866GcIO2RnOyLnO2VmOqzoCwg7Y+s7Yq47JuQ7J2YIOuCmOydtOyKpO2OmOydtOuovOy4oCDsl7Drj5kg66y47ISc64qUIGBuaWNlTW9iaWxlVjJg66W8IOyViOuCtO2VqeuLiOuLpC4gYHBlcmlvZGDripQgS0fsnbTri4jsi5zsiqQsIOuLpOuCoCwg64KY7J207Iqk7Y6Y7J2066i87Lig7Jqp7J2066mwLCBgbmF2ZXIqYCDtjIzrnbzrr7jthLDripQg64Sk7J2067KE7Y6Y7J20IOyngeyXsOuPmSDssYTrhJDsl5Ag7IaN7ZWp64uI64ukKEtDUOydmCBgbmF2ZXJwYXlgIOqysOygnOyImOuLqOydgCBLQ1Drpbwg6rGw7Lmp64uI64ukKS4g7ZW066Gt7KeA64qUIOyViuyngOunjCwg7Jes65+sIFBH7IKs6rCAIO2MjOudvOuvuO2EsCDqsJ3ssrTrpbwg6rO17Jyg7ZWY6rOgIOyeiOuLpOuKlCDsi6DtmLjsnoXri4jri6QuIOu5jOunge2CpCDrsJzquIkg6rKw7KCc7LC964+EIOqwmeydgCBgcmVxdWVzdF9wYXlgIO2YuOy2nOydtOuvgOuhnCDrp4jssKzqsIDsp4DsnoXri4jri6Qo7Y+s7Yq47JuQIEFuZHJvaWTCt2lPUyBTREvsmYAgQ29yZG92YSDtlIzrn6zqt7jsnbjsnYAg66qo65OgIOyalOyyreyXkCBgbmljZU1vYmlsZVYyOiB0cnVlYOulvCDrs7TrgrTrqbAsIEZsdXR0ZXIg66qo65OI7J2AIOyVseydtCDsnbQg6rCS7J2EIOuEmOq4uCDrlYwg67O064OF64uI64ukKS4g65Sw65287IScIGBmaWVsZC11bmtub3duYOydmCDqsr3qs6DqsIAg7JWE64uMIOygleuztCDsiJjspIDsnoXri4jri6QuigFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9zZGsva28vdjEtc2RrL2phdmFzY3JpcHQtc2RrL3BheXJxP3Y9djEBGEtDUC1NSVNDLTAwMwAAAODpqZUNAAAuUnVsZXMvMjAtc2RrLXJ1bGVzLnlhbWzYLwosdGVzdC1zaXRlLWFtb3VudC1yYW5nZVBBbW91bnQgb3V0c2lkZSB0aGUgS0NQIHRlc3Qgc2l0ZSdzIHJhbmdlXktDUCDthYzsiqTtirgg7IKs7J207Yq47L2U65OcIOq4iOyVoSDrspTsnIQg67CWCGluZm8BAQIWc2RrLXBheW1lbnQBAAQGBHBnAAIABHBnFgICBhJrY3AuVDAwMDAGDGFtb3VudAACAAxhbW91bnQMAggEAggMYW1vdW50AAIADGFtb3VudAwCHAIEBgIuAAAECgZndGUAAAAAAABAj0AIMTAwMAoGbHRlAAAAAAAAjLNACDUwMDQGAi4AAAICBAAAAACAauhACjUwMDA0AAAAAbwCYGFtb3VudGAge3ZhbHVlfSBvbiB0aGUgcHVibGljIEtDUCB0ZXN0IHNpdGUgKGBrY3AuVDAwMDBgKSBtYXkgYmUgcmVmdXNlZDogS0NQIHRlc3QgdHJhbnNhY3Rpb25zIHRha2UgMSwwMDAtNSwwMDQgS1JXIGx1bXAgc3VtIG9yIDUwLDAwNCBLUlcgd2l0aCBpbnN0YWxsbWVudHOQA0tDUCDqs7Xsmqkg7YWM7Iqk7Yq4IOyCrOydtO2KuOy9lOuTnChga2NwLlQwMDAwYCnsl5DshJwgYGFtb3VudGAg6rCSIHt2YWx1ZX3snYAo64qUKSDqsbDsoIjrkKAg7IiYIOyeiOyKteuLiOuLpC4g7YWM7Iqk7Yq4IOqxsOuemOuKlCDsnbzsi5zrtoggMSwwMDB+NSwwMDTsm5Ag65iQ64qUIO2VoOu2gCA1MCwwMDTsm5Drp4wg6rCA64ql7ZWp64uI64ukAADIBEtDUCdzIHJlc3VsdCBjb2RlIDgxMjkgKFBvcnRPbmUncyBLQ1AgY29kZSB3b3JrYm9vaykgc2F5cyB0ZXN0IHRyYW5zYWN0aW9ucyBtdXN0IGJlIDEsMDAwIHRvIDUsMDA0IEtSVyBsdW1wIHN1bSBvciA1MCwwMDQgS1JXIHdpdGggaW5zdGFsbG1lbnRzLiBPbmx5IHRoZSBwdWJsaWMgdGVzdCBzaXRlIGNvZGUgaXMgcmVjb2duaXNhYmxlIGluIHRoZSBwYXlsb2FkLCBhbmQgUG9ydE9uZSdzIHBsYXlncm91bmQgdXNlcyBvdGhlciBhbW91bnRzIG9uIGl0cyBvd24gdGVzdCBjaGFubmVsLCBzbyBhZHZpY2Ugb25seS70BUtDUCDqsrDqs7wg7L2U65OcIDgxMjko7Y+s7Yq47JuQ7J2YIEtDUCDsvZTrk5wg7JuM7YGs67aBKeyXkCDrlLDrpbTrqbQg7YWM7Iqk7Yq4IOqxsOuemOuKlCDsnbzsi5zrtoggMSwwMDB+NSwwMDTsm5Ag65iQ64qUIO2VoOu2gCA1MCwwMDTsm5DsnbTslrTslbwg7ZWp64uI64ukLiDtjpjsnbTroZzrk5zsl5DshJwg7JWM7JWE67O8IOyImCDsnojripQg6rKD7J2AIOqzteyaqSDthYzsiqTtirgg7IKs7J207Yq47L2U65Oc67+Q7J2066mwLCDtj6ztirjsm5Ag7ZSM66CI7J206re465287Jq065Oc64qUIOyekOyytCDthYzsiqTtirgg7LGE64SQ7JeQ7IScIOuLpOuluCDquIjslaHsnYQg7IKs7Jqp7ZWY66+A66GcIOq2jOqzoCDsgqztla3snbwg67+Q7J6F64uI64ukLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnLTM/dj12MQEYS0NQLVRFU1QtMDAxAAAA4OmplQ0AAC5SdWxlcy8yMC1zZGstcnVsZXMueWFtbKwwCihtZXJjaGFudC11aWQtbWlzc2luZzJgbWVyY2hhbnRfdWlkYCBpcyBtaXNzaW5nKmBtZXJjaGFudF91aWRgIOuIhOudvQplcnJvcgEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQAAgACGG1lcmNoYW50X3VpZAACABhtZXJjaGFudF91aWQKAAAAAbABYG1lcmNoYW50X3VpZGAgaXMgcmVxdWlyZWQ6IHNlbmQgeW91ciBvd24gb3JkZXIgbnVtYmVyLCB1bmlxdWUgZm9yIGV2ZXJ5IHBheW1lbnQgcmVxdWVzdPQBYG1lcmNoYW50X3VpZGAo6rOg6rCd7IKsIOyjvOusuCDqs6DsnKAg67KI7Zi4KeuKlCDtlYTsiJjsnoXri4jri6QuIOqysOygnCDsmpTssq3rp4jri6Qg6rOg7Jyg7ZWY6rKMIOyxhOuyiO2VtOyVvCDtlanri4jri6QAAIYEVGhlIEtDUCBwYWdlIGxpc3RzIGBtZXJjaGFudF91aWRgIGFtb25nIHRoZSBtYWluIHBhcmFtZXRlcnMgb2YgSU1QLnJlcXVlc3RfcGF5IChhbHNvIGluIGl0cyBiaWxsaW5nLWtleSBleGFtcGxlKSBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGl0IHJlcXVpcmVkIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSBhbmQgL3N1YnNjcmliZS9wYXltZW50cy9hZ2Fpbi4gQW4gZW1wdHkgb3IgYmxhbmsgc3RyaW5nIGNvdW50cyBhcyBtaXNzaW5nLpQFS0NQIOyXsOuPmSDrrLjshJzripQgYG1lcmNoYW50X3VpZGDrpbwgSU1QLnJlcXVlc3RfcGF57J2YIOyjvOyalCDtjIzrnbzrr7jthLDroZwg7IaM6rCc7ZWY6rOgKOu5jOunge2CpCDrsJzquIkg7JiI7Iuc7JeQ64+EIOyeiOyKteuLiOuLpCksIHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWXqs7wgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbuyXkOyEnCDsnbTrpbwg7ZWE7IiY66GcIO2RnOyLnO2VqeuLiOuLpC4g67mIIOusuOyekOyXtOydtOuCmCDqs7XrsLHrv5Dsnbgg66y47J6Q7Je07J2AIOuIhOudveycvOuhnCDrtIXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUlELTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sVgo8c2NoZWR1bGVzLW1lcmNoYW50LXVpZC1taXNzaW5nUEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYG1lcmNoYW50X3VpZGBG7JiI7JW9IOqxtOydmCBgbWVyY2hhbnRfdWlkYCDriITrnb0KZXJyb3IBAQIacmVzdC1zY2hlZHVsZQACAAIyc2NoZWR1bGVzWypdLm1lcmNoYW50X3VpZAAGABJzY2hlZHVsZXMABAAYbWVyY2hhbnRfdWlkCgAAAAGQAWB7ZmllbGR9YCBpcyByZXF1aXJlZDogZXZlcnkgc2NoZWR1bGVkIGNoYXJnZSBuZWVkcyBpdHMgb3duIG9yZGVyIG51bWJlcsgBYHtmaWVsZH1g7J2AKOuKlCkg7ZWE7IiY7J6F64uI64ukLiDsmIjslb0g6rG066eI64ukIOqzoOycoO2VnCDso7zrrLjrsojtmLjrpbwg7KCE64us7ZW07JW8IO2VqeuLiOuLpAAA4AJgbWVyY2hhbnRfdWlkYCBpcyByZXF1aXJlZCBpbiBldmVyeSBpdGVtIG9mIGBzY2hlZHVsZXNgIChTY2hlZHVsZUFubm90YXRpb24gaW4gdGhlIHYxIFJFU1Qgc2NoZW1hKTsgUG9ydE9uZSBydW5zIGVhY2ggaXRlbSBhcyBhIHNlcGFyYXRlIC9hZ2FpbiBwYXltZW50IHVuZGVyIHRoYXQgb3JkZXIgbnVtYmVyLqIDYHNjaGVkdWxlc2DsnZgg66qo65OgIO2VreuqqeyXkOyEnCBgbWVyY2hhbnRfdWlkYOuKlCDtlYTsiJjsnoXri4jri6QodjEgUkVTVCBBUEkg7Iqk7YKk66eI7J2YIFNjaGVkdWxlQW5ub3RhdGlvbikuIO2PrO2KuOybkOydgCDqsIEg7ZWt66qp7J2EIOq3uCDso7zrrLjrsojtmLjroZwg65CcIOuzhOuPhOydmCAvYWdhaW4g6rKw7KCc66GcIOyLpO2Wie2VqeuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARRLQ1AtSUQtMDAxAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyeAQoubWVyY2hhbnQtdWlkLW5vdC1zdHJpbmc8YG1lcmNoYW50X3VpZGAgaXMgbm90IGEgc3RyaW5nSmBtZXJjaGFudF91aWRg6rCAIOusuOyekOyXtOydtCDslYTri5gKZXJyb3IBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCAAIAAAAIMnNjaGVkdWxlc1sqXS5tZXJjaGFudF91aWQABgASc2NoZWR1bGVzAAQAGG1lcmNoYW50X3VpZAoCAAIAAAABkAFge2ZpZWxkfWAgbXVzdCBiZSBhIHN0cmluZywgZm91bmQge3ZhbHVlfTogc2VuZCB0aGUgb3JkZXIgbnVtYmVyIGFzIHRleHTiAWB7ZmllbGR9YOydgCjripQpIOusuOyekOyXtOydtOyWtOyVvCDtlZjripTrjbAge3ZhbHVlfeyeheuLiOuLpC4g7KO866y467KI7Zi464qUIOusuOyekOyXtOuhnCDrs7TrgrTslbwg7ZWp64uI64ukAACkA0V2ZXJ5IFBvcnRPbmUgc291cmNlIHR5cGVzIGBtZXJjaGFudF91aWRgIGFzIGEgc3RyaW5nLiBBIG51bWJlciBsb3NlcyBsZWFkaW5nIHplcm9zIGFuZCwgYWJvdmUgMl41MywgZGlnaXRzIChKYXZhU2NyaXB0IG51bWJlcnMpLCBzbyB0aGUgb3JkZXIgbnVtYmVyIFBvcnRPbmUgc3RvcmVzIGlzIG5vdCB0aGUgb25lIHRoZSBtZXJjaGFudCdzIGRhdGFiYXNlIGhvbGRzLvAE7Y+s7Yq47JuQ7J2YIOyWtOuKkCDsnpDro4zsl5DshJzrgpggYG1lcmNoYW50X3VpZGDsnZgg7YOA7J6F7J2AIOusuOyekOyXtOyeheuLiOuLpC4g7Iir7J6Q66GcIOuztOuCtOuptCDslZ7snpDrpqzsnZggMOydtCDsgqzrnbzsp4Dqs6AsIDJeNTPsnYQg64SY7Jy866m0IOyekOumv+yImOuPhCDshpDsi6TrkJjrr4DroZwoSmF2YVNjcmlwdOydmCDsiKvsnpApLCDtj6ztirjsm5Dsl5Ag7KCA7J6l65CY64qUIOyjvOusuOuyiO2YuOqwgCDqs6DqsJ3sgqwg642w7J207YSw67Kg7J207Iqk7J2YIOyjvOusuOuyiO2YuOyZgCDri6zrnbzsp5Hri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbNQBCihtZXJjaGFudC11aWQtY2hhcnNldF5gbWVyY2hhbnRfdWlkYCBoYXMgY2hhcmFjdGVycyBLQ1AgZG9lcyBub3QgdGFrZW5gbWVyY2hhbnRfdWlkYOyXkCBLQ1DqsIAg67Cb7KeAIOyViuuKlCDrrLjsnpDqsIAg7J6I7J2MDndhcm5pbmcBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQABAgYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCHAIGBAYCLgAAAgYcW15BLVphLXowLTlfLV0EBgIuAAACBgRcUwYCLgAAAgYMW3t9PD5dAAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAhwCBgQGAi4AAAIGHFteQS1aYS16MC05Xy1dBAYCLgAAAgYEXFMGAi4AAAIGDFt7fTw+XQAAAAHyAWB7ZmllbGR9YCBjb250YWlucyBjaGFyYWN0ZXJzIG90aGVyIHRoYW4gbGV0dGVycywgZGlnaXRzLCBgLWAgYW5kIGBfYDogS0NQIHRha2VzIG9yZGVyIG51bWJlcnMgbWFkZSBvZiBsZXR0ZXJzIGFuZCBkaWdpdHOAAmB7ZmllbGR9YOyXkCDsmIHrrLgsIOyIq+yekCwgYC1gLCBgX2Ag7Jm47J2YIOusuOyekOqwgCDsnojsirXri4jri6QuIEtDUOuKlCDsmIHrrLjqs7wg7Iir7J6Q66GcIOuQnCDso7zrrLjrsojtmLjrpbwg67Cb7Iq164uI64ukAACuC1BvcnRPbmUgcGFzc2VzIGBtZXJjaGFudF91aWRgIHRvIEtDUCBhcyB0aGUgb3JkZXIgbnVtYmVyLiBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpIGFsbG93cyBvbmx5IGxldHRlcnMgYW5kIGRpZ2l0cyBpbiBpdDsgdGhlIHYxIEtDUCBwYWdlJ3Mgb3duIGV4YW1wbGVzIHVzZSBgLWAgYW5kIGBfYCAoYG9yZGVyX25vXzAwMDFgLCBgQTAwMDIxLVRFU1RgKSwgc28gdGhvc2UgdHdvIGFyZSBhY2NlcHRlZC4gQW55dGhpbmcgZWxzZSAoSGFuZ3VsLCBzcGFjZXMsIGAjYCwgYC9gLCBgLmApIGlzIGEgd2FybmluZywgbm90IGFuIGVycm9yLCBiZWNhdXNlIHRoZSB2MSBkb2N1bWVudGF0aW9uIGRvZXMgbm90IHN0YXRlIHRoZSBsaW1pdC4gQmxhbmsgdmFsdWVzIGFyZSBgbWVyY2hhbnQtdWlkLW1pc3NpbmdgOyBhIHBsYWNlaG9sZGVyIGxlZnQgYXMgd3JpdHRlbiAoYHtNZXJjaGFudCBjcmVhdGVkIE9yZGVyIElEfWApIGlzIGBtZXJjaGFudC11aWQtZG9jLXNhbXBsZWAuIEEgdmFsdWUgb3ZlciA0MCBjaGFyYWN0ZXJzIGRyYXdzIGJvdGggdGhpcyB3YXJuaW5nIGFuZCBmaWVsZC1sZW5ndGgncyBlcnJvciAoYGFsb25nc2lkZWApOiBgdGltZS5Ob3coKS5TdHJpbmcoKWAgaW4gYSBHbyBjbGllbnQgaXMgdG9vIGxvbmcgYW5kIGhhcyBzcGFjZXMsIGA6YCwgYCtgIGFuZCBgLmAsIGFuZCBjdXR0aW5nIGl0IHRvIDQwIGNoYXJhY3RlcnMga2VlcHMgdGhlbS7sDe2PrO2KuOybkOydgCBgbWVyY2hhbnRfdWlkYOulvCBLQ1Dsl5Ag7KO866y467KI7Zi466GcIOyghOuLrO2VqeuLiOuLpC4g7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScKFBH7IKsIOyekOyytOyXkCDqtIDtlZwg7IKs7IukKeuKlCDso7zrrLjrsojtmLjsl5Ag7JiB66y46rO8IOyIq+yekOunjCDtl4jsmqntlZjsp4Drp4wsIHYxIEtDUCDsl7Drj5kg66y47ISc7J2YIOyYiOyLnOqwgCDsp4HsoJEgYC1g7JmAIGBfYOulvCDsk7Drr4DroZwoYG9yZGVyX25vXzAwMDFgLCBgQTAwMDIxLVRFU1RgKSDsnbQg65GQIOusuOyekOuKlCDtl4jsmqntlanri4jri6QuIOq3uCDrsJbsnZgg66y47J6QKO2VnOq4gCwg6rO167CxLCBgI2AsIGAvYCwgYC5gKeuKlCB2MSDrrLjshJzsl5Ag7KCc7ZWc7J20IOuqheyLnOuQmOyWtCDsnojsp4Ag7JWK7Jy866+A66GcIOyYpOulmOqwgCDslYTri4wg6rK96rOg66GcIOuztOqzoO2VqeuLiOuLpC4g67mIIOqwkuydgCBgbWVyY2hhbnQtdWlkLW1pc3Npbmdg7J20LCDqt7jrjIDroZwg64Ko7J2AIOyekOumrO2RnOyLnOyekChge01lcmNoYW50IGNyZWF0ZWQgT3JkZXIgSUR9YCnripQgYG1lcmNoYW50LXVpZC1kb2Mtc2FtcGxlYOydtCDrs7Tqs6Dtlanri4jri6QuIDQw7J6Q66W8IOuEmOuKlCDqsJLsl5DripQg7J20IOqyveqzoOyZgCBmaWVsZC1sZW5ndGjsnZgg7Jik66WY6rCAIO2VqOq7mCDrs7Tqs6DrkKnri4jri6QoYGFsb25nc2lkZWApLiBHbyDtgbTrnbzsnbTslrjtirjsnZggYHRpbWUuTm93KCkuU3RyaW5nKClg7J2AIOuEiOustCDquLjqs6Ag6rO167CxLCBgOmAsIGArYCwgYC5g7J2EIO2PrO2VqO2VmOupsCwgNDDsnpDroZwg7J6Y652864+EIOydtCDrrLjsnpDrk6TsnbQg64Ko6riwIOuVjOusuOyeheuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtSUQtMDAzAAEA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyYAgoubWVyY2hhbnQtdWlkLWRvYy1zYW1wbGWQAWBtZXJjaGFudF91aWRgIGlzIGEgc2FtcGxlIHZhbHVlIGZyb20gdGhlIGRvY3VtZW50YXRpb24gb3IgYSBwbGFjZWhvbGRlcoQBYG1lcmNoYW50X3VpZGDqsIAg66y47ISc7J2YIOyYiOyLnCDqsJLsnbTqsbDrgpgg7J6Q66as7ZGc7Iuc7J6Q7J6EDndhcm5pbmcBAQoUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZR5zZGstYmlsbGluZy1rZXkWc2RrLXBheW1lbnQACAgYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCBBAGGm9yZGVyX25vXzAwMDEGIG9yZGVyX2lkXzgyMzczNTIGJG9yZGVyX21vbnRobHlfMDAwMQYWQTAwMDIxLVRFU1QGJHlvdXJfbWVyY2hhbnRfdWlkMQYkeW91cl9tZXJjaGFudF91aWQyBiZPUkQyMDE4MDEzMS0wMDAwMDExBhw1NzAwODgzMy0zMzAwNAAAAAgyc2NoZWR1bGVzWypdLm1lcmNoYW50X3VpZAAGABJzY2hlZHVsZXMABAAYbWVyY2hhbnRfdWlkCgIEEAYab3JkZXJfbm9fMDAwMQYgb3JkZXJfaWRfODIzNzM1MgYkb3JkZXJfbW9udGhseV8wMDAxBhZBMDAwMjEtVEVTVAYkeW91cl9tZXJjaGFudF91aWQxBiR5b3VyX21lcmNoYW50X3VpZDIGJk9SRDIwMTgwMTMxLTAwMDAwMTEGHDU3MDA4ODMzLTMzMDA0AAAACBhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIcAgQEBgIuAAACBhxbXkEtWmEtejAtOV8tXQQGAi4AAAIGDFt7fTw+XQGSA2B7ZmllbGR9YCBpcyB7dmFsdWV9LCBhIHBsYWNlaG9sZGVyIHRoYXQgd2FzIG5ldmVyIGZpbGxlZCBpbjogZXZlcnkgcmVxdWVzdCBzZW5kcyB0aGUgc2FtZSBvcmRlciBudW1iZXIsIHdoaWNoIGlzIHJlZnVzZWQgb25jZSBpdCBoYXMgYmVlbiBwYWlkIChGMTAwMik7IGdlbmVyYXRlIGEgdW5pcXVlIG9yZGVyIG51bWJlciBmb3IgZXZlcnkgcGF5bWVudPoDYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7LGE7JuM7KeA7KeAIOyViuydgCDsnpDrpqztkZzsi5zsnpDsnoXri4jri6QuIOuqqOuToCDsmpTssq3snbQg6rCZ7J2AIOyjvOusuOuyiO2YuOulvCDrs7TrgrTqsowg65CY7Ja0IO2VnCDrsogg6rKw7KCc65CcIOuSpOyXkOuKlCDqsbDsoIjrkKnri4jri6QoRjEwMDIpLiDqsrDsoJwg7JqU7LKt66eI64ukIOqzoOycoO2VnCDso7zrrLjrsojtmLjrpbwg7LGE67KI7ZW07JW8IO2VqeuLiOuLpAAACDJzY2hlZHVsZXNbKl0ubWVyY2hhbnRfdWlkAAYAEnNjaGVkdWxlcwAEABhtZXJjaGFudF91aWQKAhwCBAQGAi4AAAIGHFteQS1aYS16MC05Xy1dBAYCLgAAAgYMW3t9PD5dAZIDYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIGEgcGxhY2Vob2xkZXIgdGhhdCB3YXMgbmV2ZXIgZmlsbGVkIGluOiBldmVyeSByZXF1ZXN0IHNlbmRzIHRoZSBzYW1lIG9yZGVyIG51bWJlciwgd2hpY2ggaXMgcmVmdXNlZCBvbmNlIGl0IGhhcyBiZWVuIHBhaWQgKEYxMDAyKTsgZ2VuZXJhdGUgYSB1bmlxdWUgb3JkZXIgbnVtYmVyIGZvciBldmVyeSBwYXltZW50+gNge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDssYTsm4zsp4Dsp4Ag7JWK7J2AIOyekOumrO2RnOyLnOyekOyeheuLiOuLpC4g66qo65OgIOyalOyyreydtCDqsJnsnYAg7KO866y467KI7Zi466W8IOuztOuCtOqyjCDrkJjslrQg7ZWcIOuyiCDqsrDsoJzrkJwg65Kk7JeQ64qUIOqxsOygiOuQqeuLiOuLpChGMTAwMikuIOqysOygnCDsmpTssq3rp4jri6Qg6rOg7Jyg7ZWcIOyjvOusuOuyiO2YuOulvCDssYTrsojtlbTslbwg7ZWp64uI64ukAAAB5gFge2ZpZWxkfWAgaXMge3ZhbHVlfSwgYSBzYW1wbGUgdmFsdWUgZnJvbSBQb3J0T25lJ3MgZG9jdW1lbnRhdGlvbjogZ2VuZXJhdGUgYSB1bmlxdWUgb3JkZXIgbnVtYmVyIGZvciBldmVyeSBwYXltZW50lgJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag66y47ISc7J2YIOyYiOyLnCDqsJLsnoXri4jri6QuIOqysOygnCDsmpTssq3rp4jri6Qg6rOg7Jyg7ZWcIOyjvOusuOuyiO2YuOulvCDssYTrsojtlbTslbwg7ZWp64uI64ukAACADEEgYG1lcmNoYW50X3VpZGAgdGhhdCBoYXMgYWxyZWFkeSBiZWVuIHBhaWQgaXMgcmVmdXNlZCBiZWZvcmUgdGhlIHdpbmRvdyBvcGVucyAoRjEwMDIsICJhbHJlYWR5IHBhaWQiKSwgYW5kIGEgdmFsdWUgY29waWVkIGZyb20gdGhlIGRvY3VtZW50YXRpb24gaXMgcmV1c2VkIGJ5IGV2ZXJ5IHRlc3QgcnVuIGFuZCBldmVyeSBpbnRlZ3JhdGlvbiB0aGF0IGNvcGllZCBpdC4gVGhlIGxpc3QgaG9sZHMgdGhlIHZhbHVlcyBvZiB0aGUgS0NQIHBhZ2UgKGBvcmRlcl9ub18wMDAxYCwgYG9yZGVyX2lkXzgyMzczNTJgLCBgb3JkZXJfbW9udGhseV8wMDAxYCwgYEEwMDAyMS1URVNUYCkgYW5kIG9mIHRoZSBSRVNUIHJlZmVyZW5jZSdzIHNjaGVkdWxlIGV4YW1wbGUgKGB5b3VyX21lcmNoYW50X3VpZDFgLCBgeW91cl9tZXJjaGFudF91aWQyYCksIGFuZCB0aGUgdHdvIG9mIFBvcnRPbmUncyBnZW5lcmljIHYxIFNESyBzYW1wbGVzIHRoYXQgbWVyY2hhbnQgY29kZSBjb3BpZXMgbW9zdCAoYE9SRDIwMTgwMTMxLTAwMDAwMTFgLCBgNTcwMDg4MzMtMzMwMDRgKS4gQSBwbGFjZWhvbGRlciBsZWZ0IGFzIHdyaXR0ZW4gKGB7TWVyY2hhbnQgY3JlYXRlZCBPcmRlciBJRH1gIGluIFBvcnRPbmUncyBFbmdsaXNoIGd1aWRlcywgYDxtZXJjaGFudF91aWQ+YCwgYSB0ZW1wbGF0ZSdzIGAke29yZGVySWR9YCBvciBge3tpZH19YCkgaGFzIHRoZSBzYW1lIGVmZmVjdC4gQSB3YXJuaW5nOiB0aGUgZmlyc3QgdXNlIG9mIHRoZSB2YWx1ZSBpbiBhbiBhY2NvdW50IHdvcmtzLsAN7J2066+4IOqysOygnOuQnCBgbWVyY2hhbnRfdWlkYOuKlCDqsrDsoJzssL3snbQg7Je066as6riwIOyghOyXkCDqsbDsoIjrkJjrqbAoRjEwMDIsICLsnbTrr7gg6rKw7KCc65CcIOyjvOusuCIpLCDrrLjshJzsl5DshJwg67O17IKs7ZWcIOqwkuydgCDrqqjrk6Ag7YWM7Iqk7Yq4IOyLpO2WieqzvCDqt7gg6rCS7J2EIOuzteyCrO2VnCDrqqjrk6Ag7Jew64+Z7JeQ7IScIOuQmO2SgOydtO2VtCDsk7DsnoXri4jri6QuIOuqqeuhneyXkOuKlCBLQ1Ag7Jew64+ZIOusuOyEnOydmCDqsJIoYG9yZGVyX25vXzAwMDFgLCBgb3JkZXJfaWRfODIzNzM1MmAsIGBvcmRlcl9tb250aGx5XzAwMDFgLCBgQTAwMDIxLVRFU1RgKSwgUkVTVCBBUEkg66y47ISc7J2YIOyYiOyVvSDqsrDsoJwg7JiI7IucIOqwkihgeW91cl9tZXJjaGFudF91aWQxYCwgYHlvdXJfbWVyY2hhbnRfdWlkMmApLCDqt7jrpqzqs6Ag7Y+s7Yq47JuQ7J2YIOuylOyaqSB2MSBTREsg7JiI7KCcIOykkSDqs6DqsJ3sgqwg7L2U65Oc6rCAIOqwgOyepSDrp47snbQg67O17IKs7ZWY64qUIOuRkCDqsJIoYE9SRDIwMTgwMTMxLTAwMDAwMTFgLCBgNTcwMDg4MzMtMzMwMDRgKeydtCDrk6TslrQg7J6I7Iq164uI64ukLiDqt7jrjIDroZwg64Ko7J2AIOyekOumrO2RnOyLnOyekCjtj6ztirjsm5Ag7JiB66y4IOqwgOydtOuTnOydmCBge01lcmNoYW50IGNyZWF0ZWQgT3JkZXIgSUR9YCwgYDxtZXJjaGFudF91aWQ+YCwg7YWc7ZSM66a/7J2YIGAke29yZGVySWR9YOuCmCBge3tpZH19YCnrj4Qg6rKw6rO86rCAIOqwmeyKteuLiOuLpC4g6rOE7KCV7JeQ7IScIOq3uCDqsJLsnYQg7LKY7J2MIOyTuCDrlYzripQg6rKw7KCc6rCAIOuQmOuvgOuhnCDqsr3qs6DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUlELTAwNAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sigMKQHNjaGVkdWxlcy1tZXJjaGFudC11aWQtZHVwbGljYXRlWFR3byBzY2hlZHVsZWQgY2hhcmdlcyBzaGFyZSBhIGBtZXJjaGFudF91aWRgRuyYiOyVvSDqsbTsnZggYG1lcmNoYW50X3VpZGAg7KSR67O1CmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAggSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACGhhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgAAAAH0AWB7ZmllbGR9YCBpcyB7dmFsdWV9LCB0aGUgb3JkZXIgbnVtYmVyIG9mIGFuIGVhcmxpZXIgc2NoZWR1bGVkIGNoYXJnZTogZXZlcnkgc2NoZWR1bGVkIGNoYXJnZSBuZWVkcyBpdHMgb3duIGBtZXJjaGFudF91aWRgqAJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDslZ7shKAg7JiI7JW9IOqxtOydmCDso7zrrLjrsojtmLjsmYAg6rCZ7Iq164uI64ukLiDsmIjslb0g6rG066eI64ukIOqzoOycoO2VnCBgbWVyY2hhbnRfdWlkYOulvCDsoITri6ztlbTslbwg7ZWp64uI64ukAADaA1RoZSBSRVNUIHJlZmVyZW5jZSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIHNheXMgZWFjaCBzY2hlZHVsZWQgY2hhcmdlIG11c3QgY2FycnkgaXRzIG93biBgbWVyY2hhbnRfdWlkYCBhbmQgdGhhdCBvbmUgb3JkZXIgbnVtYmVyIGNhbm5vdCBiZSBwYWlkIHR3aWNlLCBzbyB0aGUgc2Vjb25kIG9mIHR3byBpdGVtcyB3aXRoIHRoZSBzYW1lIGBtZXJjaGFudF91aWRgIGNhbiBuZXZlciBiZSBjaGFyZ2VkLqQEL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydmCBSRVNUIEFQSSDrrLjshJzsl5Ag65Sw66W066m0IOyYiOyVvSDqsbTrp4jri6Qg6rOg7Jyg7ZWcIGBtZXJjaGFudF91aWRg6rCAIOyeiOyWtOyVvCDtlZjqs6Ag7ZWcIOyjvOusuOuyiO2YuOuhnCDrkZAg67KIIOqysOygnO2VoCDsiJgg7JeG7Jy866+A66GcLCBgbWVyY2hhbnRfdWlkYOqwgCDqsJnsnYAg65GQIO2VreuqqSDspJEg65GQIOuyiOynuCDtla3rqqnsnYAg6rKw7L2UIOqysOygnOuQoCDsiJgg7JeG7Iq164uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFEtDUC1JRC0wMDUAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJgECjhtZXJjaGFudC11aWQtaXMtY3VzdG9tZXItdWlkUmBtZXJjaGFudF91aWRgIHJlcGVhdHMgdGhlIGBjdXN0b21lcl91aWRgVGBtZXJjaGFudF91aWRg6rCAIGBjdXN0b21lcl91aWRg7JmAIOqwmeydjA53YXJuaW5nAQEEFHJlc3QtYWdhaW4acmVzdC1zY2hlZHVsZQAECBhtZXJjaGFudF91aWQAAgAYbWVyY2hhbnRfdWlkCgIcBAYCLgAAAhocJC5jdXN0b21lcl91aWQBAgAYY3VzdG9tZXJfdWlkBAAAAAgyc2NoZWR1bGVzWypdLm1lcmNoYW50X3VpZAAGABJzY2hlZHVsZXMABAAYbWVyY2hhbnRfdWlkCgIcBAYCLgAAAhocJC5jdXN0b21lcl91aWQBAgAYY3VzdG9tZXJfdWlkBAAAAAH8AmB7ZmllbGR9YCBpcyB7dmFsdWV9LCB0aGUgc2FtZSBhcyBgY3VzdG9tZXJfdWlkYDogYSBiaWxsaW5nIGtleSBpcyBjaGFyZ2VkIG1hbnkgdGltZXMsIGFuZCBlYWNoIGNoYXJnZSBuZWVkcyBhIG5ldyBvcmRlciBudW1iZXIsIHNvIGV2ZXJ5IGNoYXJnZSBhZnRlciB0aGUgZmlyc3QgZmFpbHMgYXMgYWxyZWFkeSBwYWlkIChGMTAwMinkA2B7ZmllbGR9YCDqsJIge3ZhbHVlfeydtCjqsIApIGBjdXN0b21lcl91aWRg7JmAIOqwmeyKteuLiOuLpC4g67mM66eB7YKk66Gc64qUIOyXrOufrCDrsogg6rKw7KCc7ZWY66mwIOqysOygnOuniOuLpCDsg4gg7KO866y467KI7Zi46rCAIO2VhOyalO2VmOuvgOuhnCwg7LKrIOqysOygnCDsnbTtm4TsnZgg6rKw7KCc64qUIOuqqOuRkCDsnbTrr7gg6rKw7KCc65CcIOyjvOusuChGMTAwMinsnLzroZwg7Iuk7Yyo7ZWp64uI64ukAADOBmBjdXN0b21lcl91aWRgIG5hbWVzIHRoZSBiaWxsaW5nIGtleSBhbmQgc3RheXMgdGhlIHNhbWUgZm9yIGV2ZXJ5IGNoYXJnZSBvbiB0aGUgY2FyZCwgd2hpbGUgYG1lcmNoYW50X3VpZGAgbXVzdCBiZSB1bmlxdWUgcGVyIHBheW1lbnQgKHRoZSBSRVNUIHJlZmVyZW5jZSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluIGFuZCAvc2NoZWR1bGU7IGEgcmUtdXNlZCBvcmRlciBudW1iZXIgaXMgcmVmdXNlZCBhcyBhbHJlYWR5IHBhaWQsIEYxMDAyKS4gTWVyY2hhbnQgY29kZSB0aGF0IHBhc3NlcyB0aGUgYmlsbGluZyBrZXkncyBpZCBhcyB0aGUgb3JkZXIgbnVtYmVyIHdvcmtzIG9uY2UgYW5kIHRoZW4gZmFpbHMgb24gZXZlcnkgcmVuZXdhbC4gQSB3YXJuaW5nLCBub3QgYW4gZXJyb3I6IHRoZSBmaXJzdCBjaGFyZ2UgZ29lcyB0aHJvdWdoLvAHYGN1c3RvbWVyX3VpZGDripQg67mM66eB7YKk66W8IOqwgOumrO2CpOuKlCDqsJLsnLzroZwg6re4IOy5tOuTnOuhnCDqsrDsoJztlaAg65WM66eI64ukIOqwmeyngOunjCwgYG1lcmNoYW50X3VpZGDripQg6rKw7KCc66eI64ukIOqzoOycoO2VtOyVvCDtlanri4jri6QoL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbuqzvCAvc2NoZWR1bGXsnZggUkVTVCBBUEkg66y47IScLiDri6Tsi5wg7JO0IOyjvOusuOuyiO2YuOuKlCDsnbTrr7gg6rKw7KCc65CcIOyjvOusuChGMTAwMinsnLzroZwg6rGw7KCI65Cp64uI64ukKS4g67mM66eB7YKk7J2YIOyLneuzhOyekOulvCDso7zrrLjrsojtmLjroZwg64SY6riw64qUIOqzoOqwneyCrCDsvZTrk5zripQg7ZWcIOuyiOydgCDrj5nsnpHtlZjsp4Drp4wg7J207ZuEIOqwseyLoCDqsrDsoJzripQg66ek67KIIOyLpO2MqO2VqeuLiOuLpC4g7LKrIOqysOygnOuKlCDsirnsnbjrkJjrr4DroZwg7Jik66WY6rCAIOyVhOuLjCDqsr3qs6DsnoXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbNIECihjdXN0b21lci11aWQtbWlzc2luZzJgY3VzdG9tZXJfdWlkYCBpcyBtaXNzaW5nKmBjdXN0b21lcl91aWRgIOuIhOudvQplcnJvcgEBBhRyZXN0LWFnYWluGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5AAIAAhhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAAAAAGUAWBjdXN0b21lcl91aWRgIGlzIHJlcXVpcmVkOiBpdCBuYW1lcyB0aGUgYmlsbGluZyBrZXkgdG8gaXNzdWUgb3IgdG8gY2hhcmdlxgFgY3VzdG9tZXJfdWlkYOuKlCDtlYTsiJjsnoXri4jri6QuIOuwnOq4ie2VmOqxsOuCmCDqsrDsoJztlaAg67mM66eB7YKk66W8IOyngOygle2VmOuKlCDqsJLsnoXri4jri6QAAI4GYGN1c3RvbWVyX3VpZGAgaXMgd2hhdCBtYWtlcyBJTVAucmVxdWVzdF9wYXkgaXNzdWUgYSBiaWxsaW5nIGtleSAoS0NQIHBhZ2U6ICLruYzrp4HtgqQg67Cc6riJIOyalOyyrSDsi5zsl5DripQgY3VzdG9tZXJfdWlkIO2MjOudvOuvuO2EsOulvCDsnoXroKXtlZwg7ZuEIO2YuOy2nO2VtOyVvCDtlanri4jri6QiKSwgYW5kIHRoZSB2MSBSRVNUIHNjaGVtYSByZXF1aXJlcyBpdCBvbiAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluIGFuZCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlLiBPbiAvc3Vic2NyaWJlL2N1c3RvbWVycyBpdCBpcyBhIHBhdGggcGFyYW1ldGVyIGFuZCBpcyBub3QgY2hlY2tlZCBpbiB0aGUgYm9keS4gQW4gZW1wdHkgc3RyaW5nIGNvdW50cyBhcyBtaXNzaW5nLqIHSU1QLnJlcXVlc3RfcGF56rCAIOu5jOunge2CpOulvCDrsJzquIntlZjqsowg7ZWY64qUIOqyg+ydtCBgY3VzdG9tZXJfdWlkYOydtOupsChLQ1Ag7Jew64+ZIOusuOyEnDogIuu5jOunge2CpCDrsJzquIkg7JqU7LKtIOyLnOyXkOuKlCBjdXN0b21lcl91aWQg7YyM652866+47YSw66W8IOyeheugpe2VnCDtm4Qg7Zi47Lac7ZW07JW8IO2VqeuLiOuLpCIpLCB2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbuqzvCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxl7JeQ7IScIOydtOulvCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukLiAvc3Vic2NyaWJlL2N1c3RvbWVyc+yXkOyEnOuKlCDqsr3roZwg7YyM652866+47YSw7J2066+A66GcIOuzuOusuOyXkOyEnCDqsoDsgqztlZjsp4Ag7JWK7Iq164uI64ukLiDruYgg66y47J6Q7Je07J2AIOuIhOudveycvOuhnCDrtIXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFEtDUC1JRC0wMDYAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbKIFCi5jdXN0b21lci11aWQtZG9jLXNhbXBsZYYBYGN1c3RvbWVyX3VpZGAgaXMgdGhlIGRvY3VtZW50YXRpb24ncyBzYW1wbGUgdmFsdWUgb3IgYSBwbGFjZWhvbGRlcoQBYGN1c3RvbWVyX3VpZGDqsIAg66y47ISc7J2YIOyYiOyLnCDqsJLsnbTqsbDrgpgg7J6Q66as7ZGc7Iuc7J6Q7J6EDndhcm5pbmcBAQoUcmVzdC1hZ2FpbiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleQAECBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIEBAYueW91ci1jdXN0b21lci11bmlxdWUtaWQGImdpbGRvbmdfMDAwMV8xMjM0AAAACBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIKDFt7fTw+XQGuAmBjdXN0b21lcl91aWRgIGlzIHt2YWx1ZX0sIGEgcGxhY2Vob2xkZXIgdGhhdCB3YXMgbmV2ZXIgZmlsbGVkIGluOiBldmVyeSBjdXN0b21lciB3b3VsZCBzaGFyZSBvbmUgYmlsbGluZyBrZXk7IHVzZSB5b3VyIG93biBpZCBmb3IgZWFjaCBjdXN0b21lcidzIGNhcmSYA2BjdXN0b21lcl91aWRgIOqwkiB7dmFsdWV97J2AKOuKlCkg7LGE7JuM7KeA7KeAIOyViuydgCDsnpDrpqztkZzsi5zsnpDsnoXri4jri6QuIOuqqOuToCDqs6DqsJ3snbQg67mM66eB7YKkIO2VmOuCmOulvCDtlajqu5gg7JOw6rKMIOuQmOuvgOuhnCDqs6DqsJ3snZgg7Lm065Oc66eI64ukIOqzoOycoO2VnCDqsJLsnYQg7KeA7KCV7ZW07JW8IO2VqeuLiOuLpAAAAeABYGN1c3RvbWVyX3VpZGAgaXMge3ZhbHVlfSwgYSBzYW1wbGUgdmFsdWUgZnJvbSBQb3J0T25lJ3MgZG9jdW1lbnRhdGlvbjogdXNlIHlvdXIgb3duIGlkIGZvciBlYWNoIGN1c3RvbWVyJ3MgY2FyZJQCYGN1c3RvbWVyX3VpZGAg6rCSIHt2YWx1ZX3snYAo64qUKSDtj6ztirjsm5Ag66y47ISc7J2YIOyYiOyLnCDqsJLsnoXri4jri6QuIOqzoOqwneydmCDsubTrk5zrp4jri6Qg6rOg7Jyg7ZWcIOqwkuydhCDsp4DsoJXtlbTslbwg7ZWp64uI64ukAADeCWBjdXN0b21lcl91aWRgIG1hcHMgb25lIHRvIG9uZSB0byBhIGJpbGxpbmcga2V5LiBXaGVuIGV2ZXJ5IGN1c3RvbWVyIHNoYXJlcyB0aGUgc2FtcGxlIHZhbHVlLCBlYWNoIG5ldyBjYXJkIHJlLW1hcHMgaXQgKHRoZSBwcmV2aW91cyBrZXkgc3RheXMgYWN0aXZlIGF0IEtDUCkgYW5kIGxhdGVyIGNoYXJnZXMgaGl0IHdoaWNoZXZlciBjYXJkIHdhcyByZWdpc3RlcmVkIGxhc3QuIEEgd2FybmluZywgYmVjYXVzZSBhIHRlc3QgYWNjb3VudCBtYXkgdXNlIGl0IG9uIHB1cnBvc2UuIFRoZSBsaXN0IGhvbGRzIHRoZSBLQ1AgcGFnZSdzIHZhbHVlIChgeW91ci1jdXN0b21lci11bmlxdWUtaWRgKSBhbmQgdGhhdCBvZiBQb3J0T25lJ3MgZ2VuZXJpYyBiaWxsaW5nLWtleSBndWlkZSAoYGdpbGRvbmdfMDAwMV8xMjM0YCksIHdoaWNoIG1lcmNoYW50IGNvZGUgY29waWVzIGludG8gc2NoZWR1bGUgYm9kaWVzLiBBIHBsYWNlaG9sZGVyIGxlZnQgYXMgd3JpdHRlbiAoYHvqs6DqsJ0g7JWE7J2065SUfWAgZnJvbSBhIGNsaWVudCBsaWJyYXJ5J3MgUkVBRE1FLCBgPGN1c3RvbWVyX3VpZD5gLCBhIHRlbXBsYXRlJ3MgYCR7Y3VzdG9tZXJVaWR9YCBvciBge3t1aWR9fWApIGhhcyB0aGUgc2FtZSBlZmZlY3Qu5AxgY3VzdG9tZXJfdWlkYOuKlCDruYzrp4HtgqTsmYAg7J2864yA7J2866GcIOuMgOydke2VqeuLiOuLpC4g66qo65OgIOqzoOqwneydtCDsmIjsi5wg6rCS7J2EIO2VqOq7mCDsk7DrqbQg7IOIIOy5tOuTnOqwgCDrk7HroZ3rkKAg65WM66eI64ukIOq3uCDqsJLsnbQg7IOIIOy5tOuTnOuhnCDri6Tsi5wg66ek7ZWR65CY6rOgKOydtOyghCDruYzrp4HtgqTripQgS0NQ7JeQ7IScIOqzhOyGjSDsnKDtmqjtlanri4jri6QpLCDsnbTtm4Qg6rKw7KCc64qUIOuIhOq1rOydmCDqsrDsoJzrk6Ag66eI7KeA66eJ7Jy866GcIOuTseuhneuQnCDsubTrk5zroZwg7LKt6rWs65Cp64uI64ukLiDthYzsiqTtirgg6rOE7KCV7JeQ7ISc64qUIOydvOu2gOufrCDsk7gg7IiY64+EIOyeiOycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QuIOuqqeuhneyXkOuKlCBLQ1Ag7Jew64+ZIOusuOyEnOydmCDqsJIoYHlvdXItY3VzdG9tZXItdW5pcXVlLWlkYCnqs7wsIOqzoOqwneyCrCDsvZTrk5zqsIAg7JiI7JW9IOqysOygnCDsmpTssq0g67O466y47JeQIOuzteyCrO2VtCDrhKPripQg7Y+s7Yq47JuQIOuylOyaqSDruYzrp4HtgqQg6rCA7J2065Oc7J2YIOqwkihgZ2lsZG9uZ18wMDAxXzEyMzRgKeydtCDrk6TslrQg7J6I7Iq164uI64ukLiDqt7jrjIDroZwg64Ko7J2AIOyekOumrO2RnOyLnOyekCjtgbTrnbzsnbTslrjtirgg65287J2067iM65+s66asIFJFQURNReydmCBge+qzoOqwnSDslYTsnbTrlJR9YCwgYDxjdXN0b21lcl91aWQ+YCwg7YWc7ZSM66a/7J2YIGAke2N1c3RvbWVyVWlkfWDrgpggYHt7dWlkfX1gKeuPhCDqsrDqs7zqsIAg6rCZ7Iq164uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1JRC0wMDgAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbOoFCihjdXN0b21lci11aWQtaW4tYm9keWRgY3VzdG9tZXJfdWlkYCBpbiB0aGUgYm9keSBvZiAvc3Vic2NyaWJlL2N1c3RvbWVyc2gvc3Vic2NyaWJlL2N1c3RvbWVycyDsmpTssq0g67O466y47J2YIGBjdXN0b21lcl91aWRgCGluZm8BAQIgcmVzdC1iaWxsaW5nLWtleQACCBhjdXN0b21lcl91aWQAAgAYY3VzdG9tZXJfdWlkBAIcBAAEBgIuAAACCAIGAi4AAAIMAAGgAQAAAAGAAmBjdXN0b21lcl91aWRgIGJlbG9uZ3MgaW4gdGhlIFVSTCBwYXRoIG9mIHRoaXMgY2FsbCAoL3N1YnNjcmliZS9jdXN0b21lcnMvIGZvbGxvd2VkIGJ5IHRoZSBpZCk7IHRoZSBjb3B5IGluIHRoZSBib2R5IGlzIG5vdCB1c2VkqgJgY3VzdG9tZXJfdWlkYOuKlCDsmpTssq0g67O466y47J20IOyVhOuLiOudvCBVUkwg6rK966GcKC9zdWJzY3JpYmUvY3VzdG9tZXJzLyDrkqQp7JeQIOuEo+uKlCDqsJLsnoXri4jri6QuIOuzuOusuOydmCDqsJLsnYAg7IKs7Jqp65CY7KeAIOyViuyKteuLiOuLpAAA7ARUaGUgdjEgUkVTVCBzY2hlbWEgZGVmaW5lcyBgY3VzdG9tZXJfdWlkYCBvZiBQT1NUIC9zdWJzY3JpYmUvY3VzdG9tZXJzL3tjdXN0b21lcl91aWR9IGFzIGEgcGF0aCBwYXJhbWV0ZXIgb25seTsgdGhlIGJpbGxpbmcga2V5IGlzIHNhdmVkIHVuZGVyIHRoZSBwYXRoIHZhbHVlLiBrY3BsaW50IGFjY2VwdHMgdGhlIGJvZHkgY29weSAodGhlIGRpY3Rpb25hcnkga25vd3MgaXQpIGFuZCBzYXlzIHdoZXJlIGl0IGJlbG9uZ3MuIFdoZXRoZXIgaXQgZGlmZmVycyBmcm9tIHRoZSBwYXRoIGNhbm5vdCBiZSB0b2xkIGZyb20gdGhlIGJvZHkgYWxvbmUujAZ2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgUE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfeydmCBgY3VzdG9tZXJfdWlkYOulvCDqsr3roZwg7YyM652866+47YSw66Gc66eMIOygleydmO2VmOupsCwg67mM66eB7YKk64qUIOqyveuhnOydmCDqsJLsnLzroZwg7KCA7J6l65Cp64uI64ukLiBrY3BsaW5064qUIOuzuOusuOyXkCDtlajqu5gg64Sj7J2AIOqwkuydhCDtl4jsmqntlZjqs6Ao7ZWE65OcIOyCrOyghOyXkCDsnojsirXri4jri6QpIOydtCDqsJLsnbQg65Ok7Ja06rCIIOyekOumrOulvCDslYzroKQg7KSN64uI64ukLiDrs7jrrLjrp4zsnLzroZzripQg7J20IOqwkuydtCDqsr3roZzsnZgg6rCS6rO8IOuLpOuluOyngCDslYwg7IiYIOyXhuyKteuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtSUQtMDA5AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzOBgpMY3VzdG9tZXItdWlkLW9uZXRpbWUtc2F2ZXMtYmlsbGluZy1rZXlqL29uZXRpbWUgd2l0aCBgY3VzdG9tZXJfdWlkYCBhbHNvIHNhdmVzIGEgYmlsbGluZyBrZXl2YGN1c3RvbWVyX3VpZGDqsIAg7J6I64qUIC9vbmV0aW1l7J2AIOu5jOunge2CpOuPhCDsoIDsnqXtlagIaW5mbwEBAhhyZXN0LW9uZXRpbWUAAggYY3VzdG9tZXJfdWlkAAIAGGN1c3RvbWVyX3VpZAQCHAQABAYCLgAAAgYEXFMGAi4AAAIMAAGgAQAAAAG4AndpdGggYGN1c3RvbWVyX3VpZGAsIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSBhbHNvIHNhdmVzIHRoaXMgY2FyZCBhcyB0aGUgYmlsbGluZyBrZXkge3ZhbHVlfTsgcmV1c2luZyBhbiBleGlzdGluZyBgY3VzdG9tZXJfdWlkYCByZS1tYXBzIGl0IHRvIHRoaXMgY2FyZKoDYGN1c3RvbWVyX3VpZGDrpbwg7KeA7KCV7ZWY66m0IC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSDqsrDsoJzsmYAg7ZWo6ruYIOydtCDsubTrk5zqsIAge3ZhbHVlfSDruYzrp4HtgqTroZwg7KCA7J6l65Cp64uI64ukLiDsnbTrr7gg7IKs7Jqp7ZWcIGBjdXN0b21lcl91aWRg66W8IOuLpOyLnCDsk7DrqbQg7J20IOy5tOuTnOuhnCDri6Tsi5wg66ek7ZWR65Cp64uI64ukAACgBFRoZSBLQ1AgcGFnZTogY2FsbGluZyAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUgd2l0aCBgY3VzdG9tZXJfdWlkYCBpc3N1ZXMgYSBiaWxsaW5nIGtleSBhbmQgcGF5cyBhdCBvbmNlOyB3aXRob3V0IGl0LCB0aGUgY2FyZCBpcyB1c2VkIG9uY2UgYW5kIG5vdCBzdG9yZWQuIFJlLXVzaW5nIGEgYGN1c3RvbWVyX3VpZGAgcmUtbWFwcyBpdCB0byB0aGUgbmV3ZXN0IGNhcmQgKFBvcnRPbmUncyBub24tYXV0aGVudGljYXRlZCBwYXltZW50IGd1aWRlKS4gQWR2aWNlIG9ubHkulgZLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1l7J2EIGBjdXN0b21lcl91aWRg7JmAIO2VqOq7mCDtmLjstpztlZjrqbQg67mM66eB7YKk66W8IOuwnOq4ie2VmOuptOyEnCDrsJTroZwg6rKw7KCc7ZWY6rOgLCBgY3VzdG9tZXJfdWlkYOqwgCDsl4bsnLzrqbQg7Lm065Oc66W8IO2VnCDrsojrp4wg7JOw6rOgIOyggOyepe2VmOyngCDslYrsirXri4jri6QuIOydtOuvuCDsk7QgYGN1c3RvbWVyX3VpZGDrpbwg64uk7IucIOyTsOuptCDqsIDsnqUg7LWc6re8IOy5tOuTnOuhnCDri6Tsi5wg66ek7ZWR65Cp64uI64ukKO2PrO2KuOybkCDruYTsnbjspp0g6rKw7KCcIOqwgOydtOuTnCkuIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEAAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyUBwocYW1vdW50LW1pc3NpbmcmYGFtb3VudGAgaXMgbWlzc2luZx5gYW1vdW50YCDriITrnb0KZXJyb3IBAQgUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAIAAgxhbW91bnQAAgAMYW1vdW50DAAAAAFsYGFtb3VudGAgaXMgcmVxdWlyZWQ6IHNlbmQgdGhlIGFtb3VudCBhcyBhIEpTT04gbnVtYmVyxgFgYW1vdW50YCjqsrDsoJzquIjslaEp7J2AIO2VhOyImOyeheuLiOuLpC4g65Sw7Ji07ZGcIOyXhuuKlCBKU09OIOyIq+yekCjsmIg6IDEwMDAwKeuhnCDrs7TrgrTshLjsmpQAAOQDVGhlIEtDUCBwYWdlIGxpc3RzIGBhbW91bnRgIGFtb25nIHRoZSBtYWluIHBhcmFtZXRlcnMgb2YgYSBwYXltZW50IGFuZCBvZiBhIGJpbGxpbmcta2V5IHJlcXVlc3QgKHdoZXJlIGl0IGlzIHRoZSBhbW91bnQgc2hvd24gaW4gdGhlIHdpbmRvdywgMCBhbGxvd2VkKTsgdGhlIHYxIFJFU1Qgc2NoZW1hIHJlcXVpcmVzIGl0IG9uIC9vbmV0aW1lIGFuZCAvYWdhaW4uIEFuIGVtcHR5IHN0cmluZyBjb3VudHMgYXMgbWlzc2luZy6YBUtDUCDsl7Drj5kg66y47ISc64qUIGBhbW91bnRg66W8IOqysOygnCDsmpTssq3qs7wg67mM66eB7YKkIOuwnOq4iSDsmpTssq3snZgg7KO87JqUIO2MjOudvOuvuO2EsOuhnCDshozqsJztlZjqs6Ao67mM66eB7YKkIOuwnOq4iSDsmpTssq3sl5DshJzripQg6rKw7KCc7LC97JeQIO2RnOyLnOuQmOuKlCDquIjslaHsnbTrqbAgMOuPhCDtl4jsmqnrkKnri4jri6QpLCB2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL29uZXRpbWXqs7wgL2FnYWlu7JeQ7IScIOydtOulvCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukLiDruYgg66y47J6Q7Je07J2AIOuIhOudveycvOuhnCDrtIXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUFNVC0wMDEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbNgHCjBzY2hlZHVsZXMtYW1vdW50LW1pc3NpbmdEQSBzY2hlZHVsZWQgY2hhcmdlIGhhcyBubyBgYW1vdW50YDrsmIjslb0g6rG07J2YIGBhbW91bnRgIOuIhOudvQplcnJvcgEBAhpyZXN0LXNjaGVkdWxlAAIAAiZzY2hlZHVsZXNbKl0uYW1vdW50AAYAEnNjaGVkdWxlcwAEAAxhbW91bnQMAAAAAZgBYHtmaWVsZH1gIGlzIHJlcXVpcmVkOiB0aGUgYW1vdW50IG9mIHRoaXMgc2NoZWR1bGVkIGNoYXJnZSwgYXMgYSBKU09OIG51bWJlctYBYHtmaWVsZH1gKOyYiOyVvSDqsrDsoJzquIjslaEp7J2AIO2VhOyImOyeheuLiOuLpC4g65Sw7Ji07ZGcIOyXhuuKlCBKU09OIOyIq+yekCjsmIg6IDEwMDAwKeuhnCDrs7TrgrTshLjsmpQAALoBYGFtb3VudGAgaXMgcmVxdWlyZWQgaW4gZXZlcnkgaXRlbSBvZiBgc2NoZWR1bGVzYCAoU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSku2AFgc2NoZWR1bGVzYOydmCDrqqjrk6Ag7ZWt66qp7JeQ7IScIGBhbW91bnRg64qUIO2VhOyImOyeheuLiOuLpCh2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggU2NoZWR1bGVBbm5vdGF0aW9uKS6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtQU1ULTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1snAgKLmFtb3VudC1mb3JtYXR0ZWQtc3RyaW5nPGBhbW91bnRgIGlzIGEgZm9ybWF0dGVkIHN0cmluZ1hgYW1vdW50YOqwgCDshJzsi53snbQg65Ok7Ja06rCEIOusuOyekOyXtOyehAplcnJvcgEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAAECAxhbW91bnQAAgAMYW1vdW50DAIcBAYCLgAAAgYQW14wLTlcc10AAAAIJnNjaGVkdWxlc1sqXS5hbW91bnQABgASc2NoZWR1bGVzAAQADGFtb3VudAwCHAQGAi4AAAIGEFteMC05XHNdAAAAAcoCYHtmaWVsZH1gIG11c3QgYmUgYSBKU09OIG51bWJlciB3aXRob3V0IHF1b3RlcyBzdWNoIGFzIDEwMDAwLCBub3QgdGhlIHN0cmluZyB7dmFsdWV9OiBkcm9wIHNlcGFyYXRvcnMgYW5kIGN1cnJlbmN5IHNpZ25zLCBhbmQgc2VuZCBLUlcgYXMgd2hvbGUgd29uLCB3aXRob3V0IGRlY2ltYWxzvANge2ZpZWxkfWDsnYAo64qUKSAxMDAwMOyymOufvCDrlLDsmLTtkZwg7JeG64qUIEpTT04g7Iir7J6Q66GcIOuztOuCtOyVvCDtlZjrqbAg66y47J6Q7Je0IHt2YWx1ZX3snYAo64qUKSDsk7gg7IiYIOyXhuyKteuLiOuLpC4g7Im87ZGc7JmAIO2Gte2ZlCDquLDtmLjrpbwg67m86rOgLCDsm5DtmZTripQg7IaM7IiY7KCQIOyXhuydtCDsm5Ag64uo7JyEIOygleyImOuhnCDrs7TrgrTshLjsmpQAAMYEVGhlIEtDUCBwYWdlIHR5cGVzIGBhbW91bnRgIGFzIGFuIGludGVnZXIgYW5kIHRoZSBSRVNUIHNjaGVtYSBhcyBhIG51bWJlci4gQSBkaXNwbGF5IHN0cmluZyBzdWNoIGFzICIxMCwwMDAiLCAi4oKpNjQsOTAwIiBvciAiOSw5MDDsm5AiIGNhbm5vdCBiZSByZWFkIGFzIGFuIGFtb3VudCAoS0NQIHJlc3VsdCBjb2RlcyA5MDA5LCA4MTA1OiBhbW91bnQgbXVzdCBiZSBkaWdpdHMpLiBBIHBsYWluIGRpZ2l0IHN0cmluZyBzdWNoIGFzICIxMDAwIiBpcyB0aGUgZGljdGlvbmFyeSdzIGZpZWxkLXR5cGUgZXJyb3Iu0AVLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgYW1vdW50YOydmCDtg4DsnoXsnYQg7KCV7IiY66GcLCBSRVNUIEFQSSDsiqTtgqTrp4jripQg7Iir7J6Q66GcIOygleydmO2VqeuLiOuLpC4gIjEwLDAwMCIsICLigqk2NCw5MDAiLCAiOSw5MDDsm5AiIOqwmeydgCDtkZzsi5zsmqkg66y47J6Q7Je07J2AIOq4iOyVoeycvOuhnCDsnb3snYQg7IiYIOyXhuyKteuLiOuLpChLQ1Ag6rKw6rO8IOy9lOuTnCA5MDA5LCA4MTA1OiDquIjslaHsnYAg7Iir7J6Q7Jes7JW8IO2VqCkuICIxMDAwIuyymOufvCDsiKvsnpDroZzrp4wg65CcIOusuOyekOyXtOydgCDtlYTrk5wg7IKs7KCE7J2YIGZpZWxkLXR5cGUg7Jik66WY66GcIOuztOqzoO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARZLQ1AtQU1ULTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1syggKGmFtb3VudC1vYmplY3RAYGFtb3VudGAgaXMgYW4gb2JqZWN0IChWMiBzaGFwZSlCYGFtb3VudGDqsIAg6rCd7LK07J6EIChWMiDtmJXsi50pCmVycm9yAQEKFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAQIDGFtb3VudAACAAxhbW91bnQMAhwEBgIuAAACCCAAAAAIJnNjaGVkdWxlc1sqXS5hbW91bnQABgASc2NoZWR1bGVzAAQADGFtb3VudAwCHAQGAi4AAAIIIAAAAAGUAmB7ZmllbGR9YCBtdXN0IGJlIGEgSlNPTiBudW1iZXIsIGZvdW5kIHRoZSBvYmplY3Qge3ZhbHVlfTogdGhlIHYxIEFQSSBhY2NlcHRzIG5vIG9iamVjdCBoZXJlIChhbiBvYmplY3Qgd2l0aCBgdG90YWxgIGlzIHRoZSBWMiBBUEkncyBmb3JtKeICYHtmaWVsZH1g7J2AKOuKlCkgSlNPTiDsiKvsnpDsl6zslbwg7ZWY64qU642wIOqwneyytCB7dmFsdWV97J6F64uI64ukLiB2MSBBUEnripQg7J20IOyekOumrOyXkCDqsJ3ssrTrpbwg67Cb7KeAIOyViuyKteuLiOuLpCAoYHRvdGFsYOydhCDri7TsnYAg6rCd7LK064qUIFYyIEFQSSDtmJXsi53snoXri4jri6QpAAC8BFRoZSB2MSBSRVNUIHNjaGVtYSBhbmQgdGhlIEtDUCBwYWdlIHR5cGUgYGFtb3VudGAgYXMgYSBudW1iZXIuIFBvcnRPbmUncyBvd24gdjEgbm9uLWF1dGhlbnRpY2F0ZWQgcGF5bWVudCBndWlkZSBzaG93cyAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWluIHdpdGggYGFtb3VudGAgYXMgYW4gb2JqZWN0IGhvbGRpbmcgYHRvdGFsYCwgd2hpY2ggaXMgdGhlIFYyIEFQSSdzIHNoYXBlOyBjb3BpZWQgaW50byBhIHYxIGNhbGwgaXQgaXMgcmVqZWN0ZWQuIFRoZSBzY2hlbWEgd2lucyBvdmVyIHRoZSBndWlkZS7ABXYxIFJFU1QgQVBJIOyKpO2CpOuniOyZgCBLQ1Ag7Jew64+ZIOusuOyEnOuKlCBgYW1vdW50YOydmCDtg4DsnoXsnYQg7Iir7J6Q66GcIOygleydmO2VqeuLiOuLpC4g7Y+s7Yq47JuQ7J2YIHYxIOu5hOyduOymnSDqsrDsoJwg6rCA7J2065Oc7JeQ64qUIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW7snZggYGFtb3VudGDqsIAgYHRvdGFsYOydhCDri7TsnYAg6rCd7LK066GcIOuCmOyYpOuKlOuNsCwg7J2064qUIFYyIEFQSeydmCDtmJXsi53snbTslrTshJwgdjEg7Zi47Lac7JeQIOq3uOuMgOuhnCDsmK7quLDrqbQg6rGw7KCI65Cp64uI64ukLiDqsIDsnbTrk5zrs7Tri6Qg7Iqk7YKk66eI66W8IOuUsOumheuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLUFNVC0wMDEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbJoJCiRhbW91bnQtbm90LWludGVnZXIuYGFtb3VudGAgaGFzIGEgZnJhY3Rpb244YGFtb3VudGDqsIAg7KCV7IiY6rCAIOyVhOuLmAplcnJvcgEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAEEAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwQIDGFtb3VudAACAAxhbW91bnQMAhwCBAQGAi4AAAIICAYCLgAAAhAYd2hvbGUtbnVtYmVyAAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAIGBgxhbW91bnQAAgAMYW1vdW50DAIQGHdob2xlLW51bWJlcgQGDGFtb3VudAACAAxhbW91bnQMAggIAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwAAAQxhbW91bnQAAgAMYW1vdW50DAGiAmB7ZmllbGR9YCBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIG9mIHdvbiwgZm91bmQge3ZhbHVlfTogcm91bmQgaXQgYmVmb3JlIHNlbmRpbmcgKGZsb2F0aW5nLXBvaW50IGFyaXRobWV0aWMgbGVhdmVzIHZhbHVlcyBsaWtlIDI3ODA2Ljk5OTk5OTk5OTk5NinaAmB7ZmllbGR9YOydgCjripQpIOybkCDri6jsnIQg7KCV7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukLiDrtoDrj5nshozsiJjsoJAg6rOE7IKw7Jy866GcIOyDneq4tCDqsJIo7JiIOiAyNzgwNi45OTk5OTk5OTk5OTYp7J2AIOuwmOyYrOumvO2VtOyEnCDrs7TrgrTslbwg7ZWp64uI64ukAXx0aGUgY3VycmVuY3kgaXMgS1JXIChvciBub3Qgc2V0KSwgd2hpY2ggaGFzIG5vIGZyYWN0aW9uYWwgdW5pdKIB7Ya17ZmU6rCAIEtSVyjrmJDripQg66+47KeA7KCVKeydtOupsCwg7JuQ7ZmU7JeQ64qUIOyGjOyImCDri6jsnITqsIAg7JeG7Iq164uI64ukAMgIVGhlIEtDUCBwYWdlIHR5cGVzIGBhbW91bnRgIGFzIGFuIGludGVnZXIgYW5kIHRoZSB3b24gaGFzIG5vIG1pbm9yIHVuaXQ7IEtDUCByZWZ1c2VzIGFtb3VudHMgdGhhdCBhcmUgbm90IHBsYWluIGRpZ2l0cyAocmVzdWx0IGNvZGVzIDgxMDUsIDgxNTYtODE1OCkuIFByaWNlcyBjb21wdXRlZCB3aXRoIGRpc2NvdW50cyBvciBwZXJjZW50YWdlcyBpbiBmbG9hdGluZyBwb2ludCBvZnRlbiBjb21lIG91dCBhcyAyNzgwNi45OTk5OTk5OTk5OTYuIFBheWxvYWRzIGluIGFub3RoZXIgY3VycmVuY3kgKFVTRCkgYXJlIG5vdCBjaGVja2VkIGhlcmU6IGNlbnRzIGFyZSBsZWdpdGltYXRlIHRoZXJlLiBUaGUgdmFsdWUgaXMgY2hlY2tlZCwgbm90IGhvdyBpdCBpcyB3cml0dGVuOiBgOTkwMC4wYCAod2hhdCBQeXRob24ncyBgZmxvYXRgIGFuZCBtYW55IEpTT04gZW5jb2RlcnMgd3JpdGUpIGlzIDk5MDAgd29uLCB0aGUgU0RLIHJlY2VpdmVzIGl0IGFzIHRoZSBudW1iZXIgOTkwMCwgYW5kIHRoZSBSRVNUIHJlZmVyZW5jZSB0eXBlcyBgYW1vdW50YCBhcyBhIG51bWJlci6wC0tDUCDsl7Drj5kg66y47ISc64qUIGBhbW91bnRg7J2YIO2DgOyeheydhCDsoJXsiJjroZwg7KCV7J2Y7ZWY66mwIOybkO2ZlOyXkOuKlCDsm5Ag66+466eMIOuLqOychOqwgCDsl4bsirXri4jri6QuIEtDUOuKlCDsiKvsnpDroZzrp4wg7J2066Oo7Ja07KeA7KeAIOyViuydgCDquIjslaHsnYQg6rGw7KCI7ZWp64uI64ukKOqysOqzvCDsvZTrk5wgODEwNSwgODE1Nn44MTU4KS4g7ZWg7J247J2064KYIOu5hOycqOydhCDrtoDrj5nshozsiJjsoJDsnLzroZwg6rOE7IKw7ZWcIOqwgOqyqeydgCDtnZTtnoggMjc4MDYuOTk5OTk5OTk5OTk2IOqwmeydgCDqsJLsnbQg65Cp64uI64ukLiDri6Trpbgg7Ya17ZmUKFVTRCnsnZgg7Y6Y7J2066Gc65Oc64qUIOyXrOq4sOyEnCDqsoDsgqztlZjsp4Ag7JWK7Iq164uI64ukLiDqt7gg7Ya17ZmU7JeQ7ISc64qUIOyEvO2KuCDri6jsnITqsIAg7KCV7IOB7J206riwIOuVjOusuOyeheuLiOuLpC4g7ZGc6riwIOuwqeyLneydtCDslYTri4jrnbwg6rCS7J2EIOqygOyCrO2VqeuLiOuLpC4gYDk5MDAuMGAoUHl0aG9u7J2YIGBmbG9hdGDsmYAg7Jes65+sIEpTT04g7J247L2U642U6rCAIOydtOugh+qyjCDslIHri4jri6Qp7J2AIDk5MDDsm5DsnbTqs6AsIFNES+uKlCDsnbTrpbwg7Iir7J6QIDk5MDDsnLzroZwg67Cb7Jy866mwLCBSRVNUIEFQSSDrrLjshJzripQgYGFtb3VudGDsnZgg7YOA7J6F7J2EIOyIq+yekOuhnCDsoJXsnZjtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUFNVC0wMDIAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbOIJChZhbW91bnQtemVybxpgYW1vdW50YCBpcyAwIGBhbW91bnRg6rCAIDDsnoQKZXJyb3IBAQgUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZRZzZGstcGF5bWVudAAECAxhbW91bnQAAgAMYW1vdW50DAIEAgQAAAAAAAAAAAIwAAAACCZzY2hlZHVsZXNbKl0uYW1vdW50AAYAEnNjaGVkdWxlcwAEAAxhbW91bnQMAgQCBAAAAAAAAAAAAjAAAAAB2AFge2ZpZWxkfWAgaXMgMDogYSBwYXltZW50IG11c3QgY2hhcmdlIG1vcmUgdGhhbiAwIChvbmx5IGEgYmlsbGluZy1rZXkgcmVxdWVzdCB0aHJvdWdoIHRoZSB3aW5kb3cgbWF5IHNob3cgMCmsAmB7ZmllbGR9YOydtCjqsIApIDDsnoXri4jri6QuIOqysOygnOq4iOyVoeydgCAw67O064ukIOy7pOyVvCDtlanri4jri6QgKDDsm5DsnYAg6rKw7KCc7LC9IOu5jOunge2CpCDrsJzquIkg7JqU7LKt7JeQ7ISc66eMIOyCrOyaqe2VoCDsiJgg7J6I7Iq164uI64ukKQAAsANBIHBheW1lbnQgb2YgMCB3b24gaXMgbm90IGEgcGF5bWVudDogdGhlIEtDUCBwYWdlIHVzZXMgMCBvbmx5IGluIHRoZSBiaWxsaW5nLWtleSBleGFtcGxlLCB3aGVyZSB0aGUgYW1vdW50IGlzIG1lcmVseSBzaG93biBhbmQgbm90aGluZyBpcyBhcHByb3ZlZC4gTmVnYXRpdmUgYW1vdW50cyBhcmUgdGhlIGRpY3Rpb25hcnkncyBmaWVsZC1yYW5nZSBlcnJvciAobWluaW11bSAwKS6aBDDsm5Ag6rKw7KCc64qUIOqysOygnOqwgCDslYTri5nri4jri6QuIEtDUCDsl7Drj5kg66y47ISc64qUIOu5jOunge2CpCDrsJzquIkg7JiI7Iuc7JeQ7ISc66eMIDDsnYQg7JOw64qU642wLCDsnbTrlYwg6riI7JWh7J2AIO2RnOyLnOunjCDrkKAg67+QIOyVhOustOqyg+uPhCDsirnsnbjrkJjsp4Ag7JWK7Iq164uI64ukLiDsnYzsiJgg6riI7JWh7J2AIO2VhOuTnCDsgqzsoITsnZggZmllbGQtcmFuZ2Ug7Jik66WYKOy1nOyGn+qwkiAwKeuhnCDrs7Tqs6Dtlanri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEWS0NQLUFNVC0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbOIKCjJhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtOENhcmQgcGF5bWVudCBiZWxvdyAxLDAwMCB3b25Y7Iug7Jqp7Lm065OcIOqysOygnOq4iOyVoeydtCAxLDAwMOybkCDrr7jrp4wOd2FybmluZwEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AQAEAgQGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAAGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAgYIY2FyZAQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBAgMYW1vdW50AAIADGFtb3VudAwCHAIGAAQEBgIuAAACCAgEBgIuAAACBiJeWzEtOV1bMC05XXswLDJ9JAYCLgAAAgoGbHRlAAAAAAAAAAAAAjAGAi4AAAIKBmd0ZQAAAAAAAECPQAgxMDAwAAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAIIBgxhbW91bnQAAgAMYW1vdW50DAIKBmd0ZQAAAAAAAECPQAgxMDAwAAQEBgxhbW91bnQAAgAMYW1vdW50DAIICAQGDGFtb3VudAACAAxhbW91bnQMAgYiXlsxLTldWzAtOV17MCwyfSQGDGFtb3VudAACAAxhbW91bnQMAgoGbHRlAAAAAAAAAAAAAjAABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXAAABDGFtb3VudAACAAxhbW91bnQMAYYBYHtmaWVsZH1gIGlzIHt2YWx1ZX0sIGJlbG93IEtDUCdzIG1pbmltdW0gY2FyZCBwYXltZW50IG9mIDEsMDAwIHdvbr4BYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkgS0NQIOyLoOyaqey5tOuTnCDstZzshowg6rKw7KCc6riI7JWhKDEsMDAw7JuQKeuztOuLpCDsnpHsirXri4jri6QBOnRoaXMgaXMgYSBjYXJkIHBheW1lbnQgaW4gS1JXRuybkO2ZlCDsi6DsmqnsubTrk5wg6rKw7KCc7J6F64uI64ukAOQFS0NQJ3MgcmVzdWx0IGNvZGUgOTAxMCByZWZ1c2VzIGNhcmQgcGF5bWVudHMgYmVsb3cgMSwwMDAgd29uLiBBIHdhcm5pbmcgcmF0aGVyIHRoYW4gYW4gZXJyb3I6IFBvcnRPbmUncyBwbGF5Z3JvdW5kIGNoYXJnZXMgMTAwIHdvbiBvbiBLQ1AncyBwdWJsaWMgdGVzdCBjaGFubmVsLiAwIGlzIGBhbW91bnQtemVyb2AgYW5kIG5lZ2F0aXZlIGFtb3VudHMgYXJlIGEgZmllbGQtcmFuZ2UgZXJyb3IuIEFuIGFtb3VudCBzZW50IGFzIGEgc3RyaW5nIG9mIGRpZ2l0cyAoYCIxMDAiYCwgYXMgUG9ydE9uZSdzIEFuZHJvaWQgYW5kIGlPUyBTREtzIHNlbmQgaXQpIGlzIGhlbGQgdG8gdGhlIG1pbmltdW0gdG9vLCBiZXNpZGUgZmllbGQtdHlwZSdzIGVycm9yLqgHS0NQ64qUIDEsMDAw7JuQIOuvuOunjOydmCDsi6DsmqnsubTrk5wg6rKw7KCc66W8IOqysOqzvCDsvZTrk5wgOTAxMOycvOuhnCDqsbDsoIjtlanri4jri6QuIOuLpOunjCDtj6ztirjsm5Ag7ZSM66CI7J206re465287Jq065Oc6rCAIEtDUCDqs7Xsmqkg7YWM7Iqk7Yq4IOyxhOuEkOyXkOyEnCAxMDDsm5DsnYQg6rKw7KCc7ZWY66+A66GcIOyYpOulmOqwgCDslYTri4wg6rK96rOg7J6F64uI64ukLiAw7J2AIGBhbW91bnQtemVyb2DqsIAsIOydjOyImCDquIjslaHsnYAgZmllbGQtcmFuZ2Ug7Jik66WY6rCAIOuztOqzoO2VqeuLiOuLpC4g7Iir7J6QIOusuOyekOyXtOuhnCDrs7Trgrgg6riI7JWhKO2PrO2KuOybkCBBbmRyb2lkwrdpT1MgU0RL6rCAIOuztOuCtOuKlCBgIjEwMCJgIOqwmeydgCDqsJIp64+EIGZpZWxkLXR5cGUg7Jik66WY7JmAIO2VqOq7mCDstZzshowg6riI7JWhIOqygOyCrOulvCDrsJvsirXri4jri6QugAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vc3VwcG9ydC9jb2RlLWluZm8vcGctMz92PXYxARZLQ1AtQU1ULTAwNAABAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sqAsKKnRheC1mcmVlLW91dC1vZi1yYW5nZVBgdGF4X2ZyZWVgIGlzIG5lZ2F0aXZlIG9yIGFib3ZlIGBhbW91bnRgYGB0YXhfZnJlZWDqsIAg7J2M7IiY7J206rGw64KYIGBhbW91bnRg67O064ukIO2BvAplcnJvcgEBCBRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlFnNkay1wYXltZW50AAgIEHRheF9mcmVlAAIAEHRheF9mcmVlpgECDAAAAAAAAAAAAAIwAXpge2ZpZWxkfWAgaXMge3ZhbHVlfTogdGhlIHRheC1mcmVlIHBvcnRpb24gY2Fubm90IGJlIG5lZ2F0aXZlnAFge2ZpZWxkfWDsnbQo6rCAKSB7dmFsdWV97J6F64uI64ukLiDrqbTshLjquIjslaHsnYAg7J2M7IiY7J28IOyImCDsl4bsirXri4jri6QAAAgQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIcAgYEBgIuAAACCAgEBhAkLmFtb3VudAECAAxhbW91bnQMAggIBgIuAAACCgZsdGUCECQuYW1vdW50AQIADGFtb3VudAwAAAAIKnNjaGVkdWxlc1sqXS50YXhfZnJlZQAGABJzY2hlZHVsZXMABAAQdGF4X2ZyZWWmAQIMAAAAAAAAAAAAAjABemB7ZmllbGR9YCBpcyB7dmFsdWV9OiB0aGUgdGF4LWZyZWUgcG9ydGlvbiBjYW5ub3QgYmUgbmVnYXRpdmWcAWB7ZmllbGR9YOydtCjqsIApIHt2YWx1ZX3snoXri4jri6QuIOuptOyEuOq4iOyVoeydgCDsnYzsiJjsnbwg7IiYIOyXhuyKteuLiOuLpAAACBhzY2hlZHVsZXNbKl0ABAASc2NoZWR1bGVzAAQCHAIGBAYQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIICAQGDGFtb3VudAACAAxhbW91bnQMAggIBhB0YXhfZnJlZQACABB0YXhfZnJlZaYBAgoGbHRlAgxhbW91bnQAAgAMYW1vdW50DAHGAWB7ZmllbGR9YCBpcyB7dmFsdWV9LCBtb3JlIHRoYW4gdGhlIHNjaGVkdWxlJ3MgYGFtb3VudGA6IHRoZSB0YXgtZnJlZSBwb3J0aW9uIGlzIHBhcnQgb2YgdGhlIGFtb3VudIgCYHtmaWVsZH1gIOqwkiB7dmFsdWV97J20KOqwgCkg7ZW064u5IOyYiOyVvSDqsbTsnZggYGFtb3VudGDrs7Tri6Qg7YG964uI64ukLiDrqbTshLjquIjslaHsnYAg6rKw7KCc6riI7JWhIOykkSDsnbzrtoDsl6zslbwg7ZWp64uI64ukAAEQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQGyAWB0YXhfZnJlZWAgKHt2YWx1ZX0pIGlzIGdyZWF0ZXIgdGhhbiBgYW1vdW50YDogdGhlIHRheC1mcmVlIHBvcnRpb24gaXMgcGFydCBvZiB0aGUgYW1vdW500AFgdGF4X2ZyZWVgKHt2YWx1ZX0p6rCAIGBhbW91bnRg67O064ukIO2BveuLiOuLpC4g66m07IS46riI7JWh7J2AIOqysOygnOq4iOyVoSDspJEg7J2867aA7Jes7JW8IO2VqeuLiOuLpAAA0gNgdGF4X2ZyZWVgIGlzICJ0aGUgdGF4LWV4ZW1wdCBwYXJ0IG9mIGBhbW91bnRgIiAoU0RLIHJlZmVyZW5jZSBhbmQgdjEgUkVTVCBzY2hlbWEpOiB0aGUgVkFUIGlzIChhbW91bnQgLSB0YXhfZnJlZSkgLyAxMSwgc28gYSBuZWdhdGl2ZSB2YWx1ZSBvciBvbmUgYWJvdmUgYGFtb3VudGAgbWFrZXMgbm8gc2Vuc2UgYW5kIEtDUCByZWZ1c2VzIHRoZSBtaXNtYXRjaCAocmVzdWx0IGNvZGVzIDg1NjQsIDgwNzQpLsIEYHRheF9mcmVlYOuKlCAiYGFtb3VudGAg7KSRIOuptOyEuOq4iOyVoSLsnoXri4jri6QoU0RLIO2MjOudvOuvuO2EsCDrrLjshJzsmYAgdjEgUkVTVCBBUEkg7Iqk7YKk66eIKS4g67aA6rCA7IS464qUIChhbW91bnQgLSB0YXhfZnJlZSkgLyAxMeydtOuvgOuhnCDsnYzsiJjrgpggYGFtb3VudGDrs7Tri6Qg7YGwIOqwkuydgCDsnZjrr7jqsIAg7JeG7Jy866mwLCBLQ1DripQg7J2066CH6rKMIOunnuyngCDslYrripQg6riI7JWh7J2EIOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDg1NjQsIDgwNzQpLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtVEFYLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1ssAwKNnRheC1mcmVlLW5lZWRzLWtjcC1jb250cmFjdFxgdGF4X2ZyZWVgIG5lZWRzIGEgS0NQIG1peGVkLXRheGF0aW9uIGNvbnRyYWN0ZGB0YXhfZnJlZWDripQgS0NQIOuzte2VqeqzvOyEuCDqs4Tslb3snbQg7ZWE7JqU7ZWoCGluZm8BAQgUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZRZzZGstcGF5bWVudAAECBB0YXhfZnJlZQACABB0YXhfZnJlZaYBAhwEAAQGAi4AAAIKBGd0AAAAAAAAAAAAAjAGAi4AAAIKBmx0ZQIQJC5hbW91bnQBAgAMYW1vdW50DAAAAAgYc2NoZWR1bGVzWypdAAQAEnNjaGVkdWxlcwAEAhwEAAQGEHRheF9mcmVlAAIAEHRheF9mcmVlpgECCgRndAAAAAAAAAAAAAIwAgQEBgxhbW91bnQAAgAMYW1vdW50DAIICAYQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQIKBmx0ZQIMYW1vdW50AAIADGFtb3VudAwAAAEQdGF4X2ZyZWUAAgAQdGF4X2ZyZWWmAQG8AmB7ZmllbGR9YCBzZXRzIGEgdGF4LWZyZWUgcG9ydGlvbjogS0NQIGFwcGxpZXMgaXQgb25seSBvbiBhIHNpdGUgY29kZSBjb250cmFjdGVkIGZvciBtaXhlZCB0YXhhdGlvbjsgb3RoZXJ3aXNlIHRoZSBzZXR0bGVkIGFtb3VudHMgY2FuIGRpZmZlciBmcm9tIHRoZSByZXF1ZXN0kANge2ZpZWxkfWAo7Jy8KeuhnCDrqbTshLjquIjslaHsnYQg7KeA7KCV7ZaI7Iq164uI64ukLiBLQ1DsmYAg67O17ZWp6rO87IS4IOqzhOyVveydtCDrkJwg7IKs7J207Yq47L2U65Oc7JeQ7ISc66eMIOyggeyaqeuQmOupsCwg6re466CH7KeAIOyViuycvOuptCDsoJXsgrAg6riI7JWh7J20IOyalOyyreqzvCDri6zrnbzsp4gg7IiYIOyeiOyKteuLiOuLpAAAlARTZXR0aW5nIHRoZSB0YXgtZnJlZSBhbW91bnQgb3IgdGhlIFZBVCBkaXJlY3RseSBuZWVkcyBhIHNlcGFyYXRlIGNvbnRyYWN0IHdpdGggS0NQIChQb3J0T25lJ3MgVjIgS0NQIHBhZ2UsIGEgZmFjdCBhYm91dCB0aGUgUEc7IEtDUCByZXN1bHQgY29kZSA4MDExICJtaXhlZC10YXggYW1vdW50IHNldHVwIikuIDAsIHRoZSBkb2N1bWVudGVkIGRlZmF1bHQsIGRyYXdzIG5vdGhpbmc7IG91dC1vZi1yYW5nZSB2YWx1ZXMgYXJlIGB0YXgtZnJlZS1vdXQtb2YtcmFuZ2VgLpwF66m07IS46riI7JWh7J2064KYIOu2gOqwgOyEuOulvCDsp4HsoJEg7KeA7KCV7ZWY66Ck66m0IEtDUOyZgCDrs4Trj4Qg6rOE7JW97J20IO2VhOyalO2VqeuLiOuLpCjtj6ztirjsm5AgVjIgS0NQIOyXsOuPmSDrrLjshJwsIFBH7IKsIOyekOyytOyXkCDqtIDtlZwg7IKs7IukLiBLQ1Ag6rKw6rO8IOy9lOuTnCA4MDExICLrs7Xtlanqs7zshLgg6riI7JWhIOyEpOyglSIpLiDrrLjshJzsg4Eg6riw67O46rCS7J24IDDsnYAg67O06rOg7ZWY7KeAIOyViuycvOupsCwg67KU7JyE66W8IOuyl+yWtOuCnCDqsJLsnYAgYHRheC1mcmVlLW91dC1vZi1yYW5nZWDqsIAg67O06rOg7ZWp64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFktDUC1UQVgtMDAyAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyuDQowdmF0LWFtb3VudC1ub3Qtc3VwcG9ydGVkSGB2YXRfYW1vdW50YCBpcyBub3Qgc3VwcG9ydGVkIGJ5IEtDUFpgdmF0X2Ftb3VudGDripQgS0NQ7JeQ7IScIOyngOybkO2VmOyngCDslYrsnYwOd2FybmluZwEBChRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlHnNkay1iaWxsaW5nLWtleRZzZGstcGF5bWVudAACAgQUdmF0X2Ftb3VudAACABR2YXRfYW1vdW50qAEuc2NoZWR1bGVzWypdLnZhdF9hbW91bnQABgASc2NoZWR1bGVzAAQAFHZhdF9hbW91bnSoAQAAAAGoAmB7ZmllbGR9YCBpcyBub3Qgc3VwcG9ydGVkIGJ5IE5ITiBLQ1AgKG9ubHkgTklDRSwgS0cgSW5pY2lzLCBXZWxjb21lIGFuZCB0aGUgbmV3IFRvc3MgUGF5IHRha2UgaXQpOiB0aGUgVkFUIGlzIGNvbXB1dGVkIGZyb20gYGFtb3VudGAgYW5kIGB0YXhfZnJlZWCwA2B7ZmllbGR9YOydgCjripQpIE5ITiBLQ1Dsl5DshJwg7KeA7JuQ7ZWY7KeAIOyViuuKlCDtjIzrnbzrr7jthLDsnoXri4jri6QgKOuCmOydtOyKpO2OmOydtOuovOy4oCwgS0fsnbTri4jsi5zsiqQsIOybsOy7tO2OmOydtOuovOy4oCwgKOyLoCkg7Yag7Iqk7Y6Y7J20IOyghOyaqSkuIOu2gOqwgOyEuOuKlCBgYW1vdW50YOyZgCBgdGF4X2ZyZWVg66GcIOqzhOyCsOuQqeuLiOuLpAAAyAJUaGUgU0RLIHJlZmVyZW5jZSBhbmQgdGhlIHYxIFJFU1Qgc2NoZW1hIGxpc3QgdGhlIGdhdGV3YXlzIHRoYXQgaG9ub3VyIGB2YXRfYW1vdW50YDsgS0NQIGlzIG5vdCBhbW9uZyB0aGVtLCBzbyBhIFZBVCB0aGUgbWVyY2hhbnQgcmVsaWVzIG9uIGlzIHNpbGVudGx5IG5vdCBhcHBsaWVkLsADU0RLIO2MjOudvOuvuO2EsCDrrLjshJzsmYAgdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIGB2YXRfYW1vdW50YOulvCDrsJjsmIHtlZjripQgUEfsgqzrpbwg64KY7Je07ZWY64qU642wIEtDUOuKlCDqt7gg66qp66Gd7JeQIOyXhuycvOuvgOuhnCwg6rOg6rCd7IKs6rCAIOq4sOuMgO2VnCDrtoDqsIDshLjqsIAg7JWE66y0IOyVjOumvCDsl4bsnbQg7KCB7Jqp65CY7KeAIOyViuyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLVRBWC0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbIoOChx2YXQtZGVwcmVjYXRlZCZgdmF0YCBpcyBkZXByZWNhdGVkVGB2YXRg64qUIOyngOybkCDspJHri6gg7JiI7KCVIO2MjOudvOuvuO2EsA53YXJuaW5nAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lFnNkay1wYXltZW50AAICAgZ2YXQAAgAGdmF0qgEAAAAB3gFgdmF0YCBpcyBkZXByZWNhdGVkOiBzZW5kIHRoZSB0YXgtZnJlZSBwb3J0aW9uIGluIGB0YXhfZnJlZWAgaW5zdGVhZCAodGhlIFZBVCBpcyB0aGVuIChhbW91bnQgLSB0YXhfZnJlZSkgLyAxMSm6AmB2YXRg64qUIOyngOybkCDspJHri6gg7JiI7KCVIO2MjOudvOuvuO2EsOyeheuLiOuLpC4g66m07IS46riI7JWh7J2EIGB0YXhfZnJlZWDroZwg7KCE64us7ZWY7IS47JqUICjrtoDqsIDshLjripQgKGFtb3VudCAtIHRheF9mcmVlKSAvIDEx66GcIOqzhOyCsOuQqeuLiOuLpCkAAMwCVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGB2YXRgIGRlcHJlY2F0ZWQgKCJ1c2UgdGhlIHRheF9mcmVlIHBhcmFtZXRlciIpIG9uIC9vbmV0aW1lIGFuZCAvYWdhaW4sIGFuZCB0aGUgMjAxOCBTREsgcGFyYW1ldGVyIHRhYmxlIGFscmVhZHkgcmVwbGFjZWQgaXQgd2l0aCBgdGF4X2ZyZWVgLsADdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1l6rO8IC9hZ2FpbuydmCBgdmF0YOulvCDsp4Dsm5Ag7KSR64uoKGRlcHJlY2F0ZWQp7Jy866GcIO2RnOyLnO2VmOupsCgidGF4X2ZyZWUg7YyM652866+47YSw66W8IOyCrOyaqe2VmOyEuOyalCIpLCAyMDE464WEIFNESyDtjIzrnbzrr7jthLAg7ZGc7JeQ7IScIOydtOuvuCBgdGF4X2ZyZWVg66GcIOuMgOyytOuQmOyXiOyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLVRBWC0wMDQAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMgOCixjdXJyZW5jeS1ub3Qtc3VwcG9ydGVkOkN1cnJlbmN5IG5vdCBzdXBwb3J0ZWQgYnkgS0NQQktDUOqwgCDsp4Dsm5DtlZjsp4Ag7JWK64qUIO2Gte2ZlA53YXJuaW5nAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUWc2RrLXBheW1lbnQABAgQY3VycmVuY3kAAgAQY3VycmVuY3lsAhwCBgQGAi4AAAIIAgYCLgAAAgQEBgZLUlcGBlVTRAYCLgAAAgYqKD9pKV5ccyooa3J3fHVzZClccyokAAAACCpzY2hlZHVsZXNbKl0uY3VycmVuY3kABgASc2NoZWR1bGVzAAQAEGN1cnJlbmN5bAIcAgYEBgIuAAACCAIGAi4AAAIEBAYGS1JXBgZVU0QGAi4AAAIGKig/aSleXHMqKGtyd3x1c2QpXHMqJAAAAAFsYHtmaWVsZH1gIGlzIHt2YWx1ZX06IE5ITiBLQ1Agc2V0dGxlcyBvbmx5IEtSVyBhbmQgVVNEmAFge2ZpZWxkfWDsnbQo6rCAKSB7dmFsdWV97J6F64uI64ukLiBOSE4gS0NQ64qUIEtSV+yZgCBVU0Trp4wg7KeA7JuQ7ZWp64uI64ukAADqA1RoZSB2MSBLQ1AgcGFnZSBkb2VzIG5vdCBsaXN0IGN1cnJlbmNpZXM7IFBvcnRPbmUncyBWMiBLQ1AgcGFnZSAoYSBmYWN0IGFib3V0IHRoZSBQRykgc2F5cyBLQ1Agc3VwcG9ydHMgS1JXIGFuZCBVU0Qgb25seSwgYW5kIEtDUCBhbnN3ZXJzIG90aGVyIGNvZGVzIHdpdGggInVuc3VwcG9ydGVkIGN1cnJlbmN5IiAocmVzdWx0IGNvZGVzIDkwMTQsIDgxNzYpLiBBIHdhcm5pbmcgYmVjYXVzZSB0aGUgdjEgcGFnZSBpcyBzaWxlbnQujAV2MSBLQ1Ag7Jew64+ZIOusuOyEnOyXkOuKlCDthrXtmZQg66qp66Gd7J20IOyXhuyngOunjCwg7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScKFBH7IKsIOyekOyytOyXkCDqtIDtlZwg7IKs7IukKeyXkCDrlLDrpbTrqbQgS0NQ64qUIEtSV+yZgCBVU0Trp4wg7KeA7JuQ7ZWY66mwLCBLQ1DripQg64uk66W4IO2Gte2ZlCDsvZTrk5zsl5AgIuyngOybkO2VmOyngCDslYrripQg7Ya17ZmUIuuhnCDsnZHri7Xtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA5MDE0LCA4MTc2KS4gdjEg66y47ISc7JeQ64qUIOyWuOq4ieydtCDsl4bsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1shg8KLGN1cnJlbmN5LWNvZGUtc3BlbGxpbmc+Q3VycmVuY3kgY29kZSBub3QgaW4gdXBwZXIgY2FzZVLthrXtmZQg7L2U65OcIOuMgOyGjOusuOyekMK36rO167CxIOyYpOulmA53YXJuaW5nAQEIFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUWc2RrLXBheW1lbnQABAgQY3VycmVuY3kAAgAQY3VycmVuY3lsAhwCBAYCLgAAAgQEBgZLUlcGBlVTRAQGAi4AAAIGKig/aSleXHMqKGtyd3x1c2QpXHMqJAABAAAYBgggS1JXBgggVVNEBggga3J3BgggdXNkBghLUlcgBgZLcncGCFVTRCAGBlVzZAYIa3J3IAYGa3J3Bgh1c2QgBgZ1c2QYBgZLUlcGBlVTRAYGS1JXBgZVU0QGBktSVwYGS1JXBgZVU0QGBlVTRAYGS1JXBgZLUlcGBlVTRAYGVVNEAVh3cml0ZSB0aGUgY29kZSBpbiB1cHBlciBjYXNlLCB3aXRob3V0IHNwYWNlc1zsvZTrk5zrpbwg6rO167CxIOyXhuydtCDrjIDrrLjsnpDroZwg7JOw7IS47JqUAQAIKnNjaGVkdWxlc1sqXS5jdXJyZW5jeQAGABJzY2hlZHVsZXMABAAQY3VycmVuY3lsAhwCBAYCLgAAAgQEBgZLUlcGBlVTRAQGAi4AAAIGKig/aSleXHMqKGtyd3x1c2QpXHMqJAABAAAYBgggS1JXBgggVVNEBggga3J3BgggdXNkBghLUlcgBgZLcncGCFVTRCAGBlVzZAYIa3J3IAYGa3J3Bgh1c2QgBgZ1c2QYBgZLUlcGBlVTRAYGS1JXBgZVU0QGBktSVwYGS1JXBgZVU0QGBlVTRAYGS1JXBgZLUlcGBlVTRAYGVVNEAVh3cml0ZSB0aGUgY29kZSBpbiB1cHBlciBjYXNlLCB3aXRob3V0IHNwYWNlc1zsvZTrk5zrpbwg6rO167CxIOyXhuydtCDrjIDrrLjsnpDroZwg7JOw7IS47JqUAQABugJge2ZpZWxkfWAgaXMge3ZhbHVlfTogUG9ydE9uZSBkb2N1bWVudHMgdGhlIGN1cnJlbmN5IGNvZGVzIGluIHVwcGVyIGNhc2Ugd2l0aG91dCBzcGFjZXMgKGBLUldgLCBgVVNEYCksIGFuZCBLQ1AgcmVqZWN0cyBhIGN1cnJlbmN5IGNvZGUgaXQgZG9lcyBub3QgcmVjb2duaXNl5gJge2ZpZWxkfWAg6rCS7J20IHt2YWx1ZX3snoXri4jri6QuIO2PrO2KuOybkCDrrLjshJzsnZgg7Ya17ZmUIOy9lOuTnOuKlCDqs7XrsLEg7JeG64qUIOuMgOusuOyekChgS1JXYCwgYFVTRGAp7J2066mwLCBLQ1DripQg7J247Iud7ZWY7KeAIOuqu+2VmOuKlCDthrXtmZQg7L2U65Oc66W8IOqxsOygiO2VqeuLiOuLpAAAjgdQb3J0T25lIGRvY3VtZW50cyBgY3VycmVuY3lgIGFzIGBLUldgLCBgVVNEYCwgLi4uIChJU08gNDIxNyBjb2RlcywgdXBwZXIgY2FzZSksIGFuZCBLQ1AgYW5zd2VycyBhIGN1cnJlbmN5IGl0IGRvZXMgbm90IGtub3cgd2l0aCAidW5zdXBwb3J0ZWQgY3VycmVuY3kiIChyZXN1bHQgY29kZXMgOTAxNCwgODE3NikuIEEgbG93ZXItY2FzZSBvciBwYWRkZWQgYGtyd2AgaXMgdGhlIHJpZ2h0IGN1cnJlbmN5IHNwZWx0IHdyb25nbHksIHNvIGl0IGdldHMgdGhpcyB3YXJuaW5nIGFuZCBhIHNhZmUgZml4IGluc3RlYWQgb2YgY3VycmVuY3ktbm90LXN1cHBvcnRlZCdzICJvbmx5IEtSVyBhbmQgVVNEIi4gVGhlIEtSVy1vbmx5IGNoZWNrcyAoYSB3aG9sZSBudW1iZXIgb2Ygd29uLCB0aGUgY2FyZCBtaW5pbXVtKSBzdGlsbCB0cmVhdCBpdCBhcyBhbm90aGVyIGN1cnJlbmN5IHVudGlsIGl0IGlzIGZpeGVkLvYI7Y+s7Yq47JuQIOusuOyEnOuKlCBgY3VycmVuY3lgIOqwkuydhCBgS1JXYCwgYFVTRGAsIC4uLiAo64yA66y47J6QIElTTyA0MjE3IOy9lOuTnCnroZwg7JWI64K07ZWY66mwLCBLQ1DripQg7JWM7KeAIOuqu+2VmOuKlCDthrXtmZTsl5AgIuyngOybkO2VmOyngCDslYrripQg7Ya17ZmUIuuhnCDsnZHri7Xtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA5MDE0LCA4MTc2KS4g7IaM66y47J6Q7J206rGw64KYIOyVnuuSpOyXkCDqs7XrsLHsnbQg67aZ7J2AIGBrcndg64qUIO2Gte2ZlOuKlCDrp57sp4Drp4wg7ZGc6riw6rCAIO2LgOumsCDqsoPsnbTrr4DroZwsIGN1cnJlbmN5LW5vdC1zdXBwb3J0ZWTsnZggIktSV+yZgCBVU0Trp4wg7KeA7JuQIiDrjIDsi6Ag7J20IOqyveqzoOyZgCDslYjsoITtlZwg7IiY7KCV7JWI7J2EIOygnOyLnO2VqeuLiOuLpC4g7JuQ7ZmUIOyghOyaqSDqsoDsgqwo7JuQIOuLqOychCDsoJXsiJgsIOy5tOuTnCDstZzshowg6rKw7KCc6riI7JWhKeuKlCDtkZzquLDrpbwg6rOg7LmY6riwIOyghOq5jOyngCDsnbQg6rCS7J2EIOuLpOuluCDthrXtmZTroZwg7Leo6riJ7ZWp64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s1g8KKmN1cnJlbmN5LXVzZC1ub24tY2FyZFJVU0Qgd2l0aCBhIHBheW1lbnQgbWV0aG9kIG90aGVyIHRoYW4gY2FyZGLsi6DsmqnsubTrk5zqsIAg7JWE64uMIOqysOygnOyImOuLqOydmCBVU0Qg6rKw7KCcDndhcm5pbmcBAQIWc2RrLXBheW1lbnQBAAYGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAICBgZVU0QGFHBheV9tZXRob2QAAgAUcGF5X21ldGhvZAYCAAEEBhRwYXlfbWV0aG9kAAIAFHBheV9tZXRob2QGAgIGCGNhcmQCCBBjdXJyZW5jeQACABBjdXJyZW5jeWwCBAIGBlVTRAAAAAGwAWBjdXJyZW5jeWAgVVNEIGlzIGFjY2VwdGVkIGJ5IEtDUCBmb3IgY2FyZCBwYXltZW50cyBvbmx5LCBhbmQgYHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGDYAUtDUOuKlCDsi6DsmqnsubTrk5wg6rKw7KCc7JeQ7ISc66eMIGBjdXJyZW5jeWAgVVNE66W8IOyngOybkO2VmOuKlOuNsCBgcGF5X21ldGhvZGDqsIAgYGNhcmRg6rCAIOyVhOuLmeuLiOuLpAE0YHBheV9tZXRob2RgIGlzIG5vdCBgY2FyZGBMYHBheV9tZXRob2Rg6rCAIGBjYXJkYOqwgCDslYTri5nri4jri6QA/AFQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpOiBLQ1AgdGFrZXMgVVNEIGZvciBjYXJkIHBheW1lbnRzIG9ubHkuIFRoZSB2MSBLQ1AgcGFnZSBpcyBzaWxlbnQsIGhlbmNlIGEgd2FybmluZy6MA+2PrO2KuOybkCBWMiBLQ1Ag7Jew64+ZIOusuOyEnChQR+yCrCDsnpDssrTsl5Ag6rSA7ZWcIOyCrOyLpCnsl5Ag65Sw66W066m0IEtDUOuKlCDsi6DsmqnsubTrk5wg6rKw7KCc7JeQ7ISc66eMIFVTROulvCDrsJvsirXri4jri6QuIHYxIEtDUCDsl7Drj5kg66y47ISc7JeQ64qUIOyWuOq4ieydtCDsl4bsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLooBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vc2RrL2tvL3YxLXNkay9qYXZhc2NyaXB0LXNkay9wYXlycT92PXYxARZLQ1AtQ1VSLTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sthAKJGJ1eWVyLWVtYWlsLWZvcm1hdD5FLW1haWwgYWRkcmVzcyBpcyBub3QgcGxhdXNpYmxlXOydtOuplOydvCDso7zshowg7ZiV7Iud7J20IOyYrOuwlOultOyngCDslYrsnYwOd2FybmluZwEBDBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAYIFmJ1eWVyX2VtYWlsAAIAFmJ1eWVyX2VtYWlsVgIcAggGAi4AAAIQCmVtYWlsBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIMAYIBAAAAAAgwc2NoZWR1bGVzWypdLmJ1eWVyX2VtYWlsAAYAEnNjaGVkdWxlcwAEABZidXllcl9lbWFpbFYCHAIIBgIuAAACEAplbWFpbAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAGCAQAAAAAIHGN1c3RvbWVyX2VtYWlsAAIAHGN1c3RvbWVyX2VtYWlsFAIcAggEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBkgMABgIuAAACEAplbWFpbAAAAAG+AWB7ZmllbGR9YCBpcyBub3QgYSBwbGF1c2libGUgZS1tYWlsIGFkZHJlc3M6IHt2YWx1ZX07IEtDUCBtYXkgcmVmdXNlIGEgbWFsZm9ybWVkIGUtbWFpbCBhZGRyZXNztAJge2ZpZWxkfWAg6rCSIHt2YWx1ZX3snYAo64qUKSDsmKzrsJTrpbgg7J2066mU7J28IOyjvOyGjCDtmJXsi53snbQg7JWE64uZ64uI64ukLiBLQ1DripQg7ZiV7Iud7J20IOyemOuqu+uQnCDsnbTrqZTsnbwg7KO87IaM66W8IOqxsOygiO2VoCDsiJgg7J6I7Iq164uI64ukAACoBEtDUCB2YWxpZGF0ZXMgdGhlIGJ1eWVyIGUtbWFpbCAocmVzdWx0IGNvZGVzIDg1MDkgImJ1eWVyIGUtbWFpbCBmb3JtYXQiLCA5MDEyKS4gVGhlIGNoZWNrIGlzIGEgcGxhdXNpYmlsaXR5IHRlc3QgKGxvY2FsQGRvbWFpbi50bGQpLCBzbyBpdCBpcyBhIHdhcm5pbmcuIEVtcHR5IHN0cmluZ3MgYXJlIG5vdCByZXBvcnRlZCAodGhlIG1lbWJlciBpcyBvcHRpb25hbCk7IHZhbHVlcyBvdmVyIHRoZSBSRVNUIGxlbmd0aCBsaW1pdCBhcmUgYWxyZWFkeSBmaWVsZC1sZW5ndGggZXJyb3JzLrAFS0NQ64qUIOq1rOunpOyekCDsnbTrqZTsnbwg7KO87IaM66W8IOqygOymne2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDg1MDkgIuq1rOunpOyekCDsnbTrqZTsnbwg7ZiV7IudIiwgOTAxMikuIOydtCDqsoDsgqzripQg6re465+065Ov7ZWcIO2YleyLnShsb2NhbEBkb21haW4udGxkKeyduOyngOunjCDrs7Trr4DroZwg6rK96rOg7J6F64uI64ukLiDruYgg66y47J6Q7Je07J2AIOuztOqzoO2VmOyngCDslYrsnLzrqbAo7ISg7YOdIOuppOuyhOyeheuLiOuLpCksIFJFU1Qg6ri47J20IO2VnOuPhOulvCDrhJjripQg6rCS7J2AIOydtOuvuCBmaWVsZC1sZW5ndGgg7Jik66WY66GcIOuztOqzoOuQqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0zP3Y9djEBFktDUC1CVVktMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz8EAogYnV5ZXItdGVsLWZvcm1hdDpQaG9uZSBudW1iZXIgaXMgbm90IHBsYXVzaWJsZVTsoITtmZTrsojtmLgg7ZiV7Iud7J20IOyYrOuwlOultOyngCDslYrsnYwOd2FybmluZwEBDBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50AAYIEmJ1eWVyX3RlbAACABJidXllcl90ZWxSAhwCCAYCLgAAAgZKXlxzKlsrKF0/KFswLTldWyAoKS4tXSopezcsfVswLTldXHMqJAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAEiAAAAAAgsc2NoZWR1bGVzWypdLmJ1eWVyX3RlbAAGABJzY2hlZHVsZXMABAASYnV5ZXJfdGVsUgIcAggGAi4AAAIGSl5ccypbKyhdPyhbMC05XVsgKCkuLV0qKXs3LH1bMC05XVxzKiQEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAgwBIgAAAAAIGGN1c3RvbWVyX3RlbAACABhjdXN0b21lcl90ZWwSAhwCCAQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACDAEqAAYCLgAAAgZKXlxzKlsrKF0/KFswLTldWyAoKS4tXSopezcsfVswLTldXHMqJAAAAAGwAWB7ZmllbGR9YCBpcyBub3QgYSBwbGF1c2libGUgcGhvbmUgbnVtYmVyOiB7dmFsdWV9OyBLQ1AgcmVmdXNlcyBhIG1hbGZvcm1lZCBwaG9uZSBudW1iZXKOAmB7ZmllbGR9YCDqsJIge3ZhbHVlfeydgCjripQpIOyYrOuwlOuluCDsoITtmZTrsojtmLgg7ZiV7Iud7J20IOyVhOuLmeuLiOuLpC4gS0NQ64qUIO2YleyLneydtCDsnpjrqrvrkJwg7KCE7ZmU67KI7Zi466W8IOqxsOygiO2VqeuLiOuLpAAAlApLQ1AgdmFsaWRhdGVzIHRoZSBidXllcidzIHBob25lIG51bWJlciAocmVzdWx0IGNvZGVzIDg1MDcgYW5kIDg1MDgsICJidXllciBwaG9uZSBmb3JtYXQiKS4gTWVyY2hhbnQgY29kZSBzZW5kcyBwbGFjZWhvbGRlcnMgdGhhdCB3ZXJlIG5ldmVyIGZpbGxlZCBpbiAoYDAxMC0jIyMjLSMjIyNgLCBg6rWs66ek7J6Q7Jew65297LKYYCkgb3IgYSBsYWJlbCBpbnN0ZWFkIG9mIHRoZSBudW1iZXIuIFRoZSBjaGVjayBpcyBhIHBsYXVzaWJpbGl0eSB0ZXN0OiBlaWdodCBvciBtb3JlIGRpZ2l0cywgc2VwYXJhdGVkIGJ5IG5vdGhpbmcgb3IgYnkgc3BhY2VzLCBoeXBoZW5zLCBkb3RzIG9yIHBhcmVudGhlc2VzLCB3aXRoIGFuIG9wdGlvbmFsIGxlYWRpbmcgYCtgIChgMDEwMTIzNDU2NzhgLCBgMDEwLTEyMzQtNTY3OGAsIGAwMik1NTUtMTIzNGAsIGAxNTg4LTEyMzRgLCBgKzgyIDEwLTEyMzQtNTY3OGApLCBzbyBpdCBpcyBhIHdhcm5pbmcuIEVtcHR5IHN0cmluZ3MgYXJlIG5vdCByZXBvcnRlZCAodGhlIG1lbWJlciBpcyBvcHRpb25hbDsgYHNkay1idXllci10ZWwtbWlzc2luZ2AgY292ZXJzIGEgYmxhbmsgb25lIG9uIHRoZSBTREspOyB2YWx1ZXMgb3ZlciB0aGUgbGVuZ3RoIGxpbWl0cyBhcmUgYWxyZWFkeSBmaWVsZC1sZW5ndGggZXJyb3JzLv4LS0NQ64qUIOq1rOunpOyekCDsoITtmZTrsojtmLjrpbwg6rKA7Kad7ZWp64uI64ukKOqysOqzvCDsvZTrk5wgODUwNywgODUwOCAi6rWs66ek7J6QIOyghO2ZlOuyiO2YuCDtmJXsi50iKS4g6rOg6rCd7IKsIOy9lOuTnOuKlCDssYTsm4zsp4Dsp4Ag7JWK7J2AIOyekOumrO2RnOyLnOyekChgMDEwLSMjIyMtIyMjI2AsIGDqtazrp6TsnpDsl7Drnb3ssphgKeuCmCDrsojtmLgg64yA7IugIO2VreuqqSDsnbTrpoTsnYQg67O064K06rOkIO2VqeuLiOuLpC4g7J20IOqygOyCrOuKlCDqt7jrn7Trk6/tlZwg7ZiV7Iud7J247KeA66eMIOu0heuLiOuLpC4gOOyekOumrCDsnbTsg4HsnZgg7Iir7J6Q66W8IOq1rOu2hCDrrLjsnpAg7JeG7J20LCDrmJDripQg6rO167CxLCDtlZjsnbTtlIgsIOygkCwg6rSE7Zi466GcIOq1rOu2hO2VtCDsk7Dqs6Ag7JWe7JeQIGArYOulvCDrtpnsnbwg7IiYIOyeiOyKteuLiOuLpChgMDEwMTIzNDU2NzhgLCBgMDEwLTEyMzQtNTY3OGAsIGAwMik1NTUtMTIzNGAsIGAxNTg4LTEyMzRgLCBgKzgyIDEwLTEyMzQtNTY3OGApLiDqt7jrnpjshJwg6rK96rOg7J6F64uI64ukLiDruYgg66y47J6Q7Je07J2AIOuztOqzoO2VmOyngCDslYrsnLzrqbAo7ISg7YOdIOuppOuyhOydtOqzoCwgU0RL7JeQ7IScIOu5iCDqsJLsnYAgYHNkay1idXllci10ZWwtbWlzc2luZ2DsnbQg64uk66O564uI64ukKSwg6ri47J20IO2VnOuPhOulvCDrhJjripQg6rCS7J2AIOydtOuvuCBmaWVsZC1sZW5ndGgg7Jik66WY66GcIOuztOqzoOuQqeuLiOuLpC6AAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9zdXBwb3J0L2NvZGUtaW5mby9wZy0zP3Y9djEAAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzkEQombmFtZS10b28tbWFueS1ieXRlc0BgbmFtZWAgb3ZlciBLQ1AncyAxMDAtYnl0ZSBsaW1pdFxgbmFtZWDsnbQgS0NQ7J2YIDEwMOuwlOydtO2KuCDtlZzrj4Trpbwg64SY7J2MCGluZm8BAQYUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQAECAhuYW1lAAIACG5hbWVcAhwCBgQGAi4AAAIIAgYCLgAAAgwBUgAGAi4AAAIOAAHIAQAAAAgic2NoZWR1bGVzWypdLm5hbWUABgASc2NoZWR1bGVzAAQACG5hbWVcAhwCBgQGAi4AAAIIAgYCLgAAAgwBUgAGAi4AAAIOAAHIAQAAAAHkAWB7ZmllbGR9YCBpcyBsb25nZXIgdGhhbiAxMDAgYnl0ZXMgaW4gVVRGLTg6IGlmIEtDUCByZWNlaXZlcyBpdCBpbiBVVEYtOCwgaXRzIDEwMC1ieXRlIG9yZGVyLW5hbWUgbGltaXQgbWF5IGN1dCBpdLYCYHtmaWVsZH1g7J20KOqwgCkgVVRGLTgg6riw7KSAIDEwMOuwlOydtO2KuOulvCDrhJjsirXri4jri6QuIEtDUOqwgCBVVEYtOOuhnCDrsJvripQg6rK97JqwIOyjvOusuOuqhSDtlZzrj4QoMTAw67CU7J207Yq4KeyXkCDqsbjroKQg7J6Y66a0IOyImCDsnojsirXri4jri6QAAIgGUG9ydE9uZSBsaW1pdHMgYG5hbWVgIHRvIDQwIGNoYXJhY3RlcnMgKHYxIFJFU1Qgc2NoZW1hLCBmaWVsZC1sZW5ndGgpOyBLQ1AgbGltaXRzIHRoZSBwcm9kdWN0IG5hbWUgdG8gMTAwIGJ5dGVzIChQb3J0T25lJ3MgVjIgS0NQIHBhZ2UsIGEgZmFjdCBhYm91dCB0aGUgUEcpLiBBIEhhbmd1bCBzeWxsYWJsZSBpcyAzIGJ5dGVzIGluIFVURi04LCBzbyAzNCB0byA0MCBIYW5ndWwgcGFzcyBQb3J0T25lJ3MgbGltaXQgYnV0IG5vdCBLQ1Ancy4gSW5mbywgbm90IHdhcm5pbmc6IHRoZSBlbmNvZGluZyBLQ1AgY291bnRzIGluIGlzIG5vdCBkb2N1bWVudGVkLCBhbmQgaW4gRVVDLUtSLCBLQ1AncyB0cmFkaXRpb25hbCBlbmNvZGluZywgNDAgSGFuZ3VsIGFyZSBvbmx5IDgwIGJ5dGVzLoAJ7Y+s7Yq47JuQ7J2AIGBuYW1lYOydhCA0MOyekOuhnCDsoJztlZztlZjqs6AodjEgUkVTVCBBUEkg7Iqk7YKk66eILCBmaWVsZC1sZW5ndGgpLCBLQ1DripQg7IOB7ZKI66qF7J2EIDEwMOuwlOydtO2KuOuhnCDsoJztlZztlanri4jri6Qo7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScLCBQR+yCrCDsnpDssrTsl5Ag6rSA7ZWcIOyCrOyLpCkuIO2VnOq4gCDtlZwg7J2M7KCI7J2AIFVURi047JeQ7IScIDPrsJTsnbTtirjsnbTrr4DroZwg7ZWc6riAIDM0fjQw7J6Q64qUIO2PrO2KuOybkOydmCDtlZzrj4TripQg7Ya16rO87ZWY7KeA66eMIEtDUOydmCDtlZzrj4TripQg64SY7Iq164uI64ukLiDqsr3qs6DqsIAg7JWE64uMIOygleuztCDsiJjspIDsnoXri4jri6QuIEtDUOqwgCDslrTrlqQg7J247L2U65Sp7Jy866GcIOuwlOydtO2KuOulvCDshLjripTsp4Ag66y47ISc7ZmU65CY7Ja0IOyeiOyngCDslYrsnLzrqbAsIEtDUOqwgCDsoITthrXsoIHsnLzroZwg7I2oIOyYqCBFVUMtS1Lsl5DshJzripQg7ZWc6riAIDQw7J6Q6rCAIDgw67CU7J207Yq47JeQIOu2iOqzvO2VmOq4sCDrlYzrrLjsnoXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBGEtDUC1OQU1FLTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s3BIKGG5hbWUtbWlzc2luZzZgbmFtZWAgaXMgbWlzc2luZyBvbiAvYWdhaW48L2FnYWluIOyalOyyreyXkCBgbmFtZWAg64iE6529CGluZm8BAQIUcmVzdC1hZ2FpbgACAAIIbmFtZQACAAhuYW1lXAAAAAGyAWBuYW1lYCBpcyBtaXNzaW5nOiB0aGUgdjEgQVBJIHNjaGVtYSByZXF1aXJlcyB0aGUgb3JkZXIgbmFtZSBvbiAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu4AFgbmFtZWAo7KO866y466qFKeydtCDsl4bsirXri4jri6QuIHYxIEFQSSDsiqTtgqTrp4jsl5DshJwgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbuydmCBgbmFtZWDsnYAg7ZWE7IiY7J6F64uI64ukAACqBlRoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBgbmFtZWAgcmVxdWlyZWQgb24gL2FnYWluIChzaW5jZSBhdCBsZWFzdCAyMDIzKS4gVGhlIEtDUCBwYWdlJ3Mgb3duIC9hZ2FpbiBleGFtcGxlIGFuZCBQb3J0T25lJ3MgUHl0aG9uIGNsaWVudCBvbWl0IGl0LCBhbmQgd2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIGl0IGlzIG5vdCBrbm93bi4gU2V2ZXJpdHkgaW5mbywgbm90IHdhcm5pbmc6IHRoZSBLQ1AgcGFnZSAodGhlIGhpZ2hlc3QgYXV0aG9yaXR5KSBzZW5kcyAvYWdhaW4gd2l0aG91dCBgbmFtZWAsIHNvIGEgcGF5bG9hZCB0aGF0IGNvcGllcyBpdCBtdXN0IG5vdCBkcmF3IGEgd2FybmluZzsgdGhlIHNjaGVtYSdzIHJlcXVpcmVtZW50IGlzIHJlYWwgYnV0IGl0cyBlbmZvcmNlbWVudCBpcyB1bmtub3duLtgIdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9hZ2FpbuydmCBgbmFtZWDsnYQg7ZWE7IiY66GcIO2RnOyLnO2VqeuLiOuLpCjsoIHslrTrj4QgMjAyM+uFhOu2gO2EsCkuIEtDUCDsl7Drj5kg66y47ISc7J2YIC9hZ2FpbiDsmIjsi5zsmYAg7Y+s7Yq47JuQIFB5dGhvbiDtgbTrnbzsnbTslrjtirjripQgYG5hbWVg7J2EIOyDneuete2VmOupsCwg7ISc67KE6rCAIOydtOulvCDqsJXsoJztlZjripTsp4DripQg7JWM66Ck7KC4IOyeiOyngCDslYrsirXri4jri6QuIOqyveqzoOqwgCDslYTri4jrnbwg7KCV67O0IOyImOykgOyeheuLiOuLpC4g6rCA7J6lIOyasOyEoO2VmOuKlCDstpzsspjsnbggS0NQIOyXsOuPmSDrrLjshJzqsIAgYG5hbWVgIOyXhuydtCAvYWdhaW7snYQg67O064K066+A66GcIOydtOulvCDrlLDrnbwg7ZWcIO2OmOydtOuhnOuTnOyXkCDqsr3qs6DqsIAg64KY7JmA7ISc64qUIOyViCDrkKnri4jri6QuIOyKpO2CpOuniOydmCDtlYTsiJgg7KGw6rG07J2AIOyLpOygnOuhnCDsnojsp4Drp4wg6rCV7KCc65CY64qU7KeA64qUIOyVjCDsiJgg7JeG7Iq164uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARhLQ1AtTkFNRS0wMDMAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbLATCixzY2hlZHVsZXMtbmFtZS1taXNzaW5nQEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYG5hbWVgNuyYiOyVvSDqsbTsnZggYG5hbWVgIOuIhOudvQhpbmZvAQECGnJlc3Qtc2NoZWR1bGUAAgACInNjaGVkdWxlc1sqXS5uYW1lAAYAEnNjaGVkdWxlcwAEAAhuYW1lXAAAAAGwAWB7ZmllbGR9YCBpcyBtaXNzaW5nOiB0aGUgdjEgQVBJIHNjaGVtYSByZXF1aXJlcyBhbiBvcmRlciBuYW1lIGluIGV2ZXJ5IHNjaGVkdWxlZCBjaGFyZ2XOAWB7ZmllbGR9YCjso7zrrLjrqoUp7J20IOyXhuyKteuLiOuLpC4gdjEgQVBJIOyKpO2CpOuniOyXkOyEnCDsmIjslb0g6rG066eI64ukIGBuYW1lYOydgCDtlYTsiJjsnoXri4jri6QAAMwEU2NoZWR1bGVBbm5vdGF0aW9uIGluIHRoZSB2MSBSRVNUIHNjaGVtYSBsaXN0cyBgbmFtZWAgYXMgcmVxdWlyZWQgKGFkZGVkIGJldHdlZW4gMjAyNC0wMyBhbmQgMjAyNS0wMSk7IFBvcnRPbmUncyBvbGRlciBleGFtcGxlcyBvbWl0IGl0IGFuZCBlbmZvcmNlbWVudCBpcyBub3Qga25vd24uIFNldmVyaXR5IGluZm8sIG5vdCB3YXJuaW5nOiBQb3J0T25lJ3Mgb3duIHNjaGVkdWxlIGV4YW1wbGVzIG9taXQgYG5hbWVgLCBhbmQgZW5mb3JjZW1lbnQgb2YgdGhlIHNjaGVtYSdzIHJlcXVpcmVtZW50IGlzIHVua25vd24u1gZ2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggU2NoZWR1bGVBbm5vdGF0aW9u7J2AIGBuYW1lYOydhCDtlYTsiJjroZwg7ZGc7Iuc7ZWp64uI64ukKDIwMjQtMDPqs7wgMjAyNS0wMSDsgqzsnbTsl5Ag7LaU6rCA65CoKS4g7Y+s7Yq47JuQ7J2YIOydtOyghCDsmIjsi5zrk6TsnYAg7J2066W8IOyDneuete2VmOupsCwg7Iuk7KCc66GcIOqwleygnOuQmOuKlOyngOuKlCDslYzroKTsoLgg7J6I7KeAIOyViuyKteuLiOuLpC4g6rK96rOg6rCAIOyVhOuLiOudvCDsoJXrs7Qg7IiY7KSA7J6F64uI64ukLiDtj6ztirjsm5Ag7J6Q7LK07J2YIOyYiOyVvSDqsrDsoJwg7JiI7Iuc6rCAIGBuYW1lYOydhCDsg53rnrXtlZjqs6AsIOyKpO2CpOuniOydmCDtlYTsiJgg7KGw6rG07J20IOqwleygnOuQmOuKlOyngCDslYwg7IiYIOyXhuq4sCDrlYzrrLjsnoXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEYS0NQLU5BTUUtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzsEwowbmFtZS1taXNzaW5nLXNkay1wYXltZW50QGBuYW1lYCBpcyBtaXNzaW5nIGZyb20gYSBwYXltZW50POqysOygnCDsmpTssq3sl5AgYG5hbWVgIOuIhOudvQhpbmZvAQECFnNkay1wYXltZW50AAIAAghuYW1lAAIACG5hbWVcAAAAAZgBYG5hbWVgIGlzIG5vdCBzZXQ6IEtDUCBzaG93cyB0aGUgb3JkZXIgbmFtZSB0byB0aGUgYnV5ZXIgYXMgdGhlIHByb2R1Y3QgbmFtZcABYG5hbWVgKOyjvOusuOuqhSnsnbQg7JeG7Iq164uI64ukLiDso7zrrLjrqoXsnYAgS0NQIOqysOygnOywveyXkCDsg4HtkojrqoXsnLzroZwg7ZGc7Iuc65Cp64uI64ukAACmA1RoZSBLQ1AgcGFnZSBsaXN0cyBgbmFtZWAgd2l0aG91dCBhIHF1ZXN0aW9uIG1hcmsgKGEgbWFpbiBwYXJhbWV0ZXIpIGFuZCBldmVyeSBLQ1AgZXhhbXBsZSBzZW5kcyBpdDsgS0NQJ3MgcmVzdWx0IGNvZGUgOTAwNyBpcyAicHJvZHVjdCBuYW1lIG1pc3NpbmciLiBUaGUgU0RLIHJlZmVyZW5jZSBtYXJrcyBpdCBvcHRpb25hbCwgc28gdGhpcyBpcyBhZHZpY2Ugb25seS60BEtDUCDsl7Drj5kg66y47ISc64qUIGBuYW1lYOydhCDrrLzsnYztkZwg7JeG7J20KOyjvOyalCDtjIzrnbzrr7jthLDroZwpIOyGjOqwnO2VmOqzoCDrqqjrk6AgS0NQIOyYiOyLnOqwgCDsnbTrpbwg67O064K066mwLCBLQ1Ag6rKw6rO8IOy9lOuTnCA5MDA37J2AICLsg4HtkojrqoUg64iE6529IuyeheuLiOuLpC4gU0RLIO2MjOudvOuvuO2EsCDrrLjshJzripQg7J2066W8IOyEoO2DnSDtla3rqqnsnLzroZwg7ZGc7Iuc7ZWY66+A66GcIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBGEtDUC1OQU1FLTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1spBQKSGNhcmQtcXVvdGEtYmVsb3ctaW5zdGFsbG1lbnQtbWluaW11bTpJbnN0YWxsbWVudHMgYmVsb3cgNTAsMDAwIHdvbjg166eM7JuQIOuvuOunjCDtlaDrtoAg7JqU7LKtDndhcm5pbmcBAQYUcmVzdC1hZ2FpbhhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQEEAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwQIFGNhcmRfcXVvdGEAAgAUY2FyZF9xdW90YWoCHAIGBAAEBgIuAAACCAQGAi4AAAIKBmd0ZQAAAAAAAAAAQAIyBAYQJC5hbW91bnQBAgAMYW1vdW50DAIICAYQJC5hbW91bnQBAgAMYW1vdW50DAIKBmd0ZQAAAAAAAGroQAo1MDAwMAAAAAgYc2NoZWR1bGVzWypdAAQAEnNjaGVkdWxlcwAEAhwCCAQABAYUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIQGHdob2xlLW51bWJlcgYUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIKBmd0ZQAAAAAAAAAAQAIyBgxhbW91bnQAAgAMYW1vdW50DAIKBmd0ZQAAAAAAAGroQAo1MDAwMAQGDGFtb3VudAACAAxhbW91bnQMAggIAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwGoAmB7ZmllbGR9YCBhc2tzIGZvciB7dmFsdWV9IG1vbnRobHkgaW5zdGFsbG1lbnRzLCBidXQgdGhlIHNjaGVkdWxlJ3MgYGFtb3VudGAgaXMgYmVsb3cgNTAsMDAwIHdvbiwgdGhlIGluc3RhbGxtZW50IG1pbmltdW0gKHNvbWUgaXNzdWVyczogMTAsMDAwIHdvbiniAmB7ZmllbGR9YOuhnCB7dmFsdWV96rCc7JuUIO2VoOu2gOulvCDsmpTssq3tlojsp4Drp4wg7ZW064u5IOyYiOyVvSDqsbTsnZggYGFtb3VudGDqsIAg7ZWg67aAIOqysOygnCDstZzshowg6riI7JWh7J24IDXrp4zsm5Ag66+466eM7J6F64uI64ukICjsnbzrtoAg7Lm065Oc7IKs64qUIDHrp4zsm5Ag7J207IOBKQABFGNhcmRfcXVvdGEAAgAUY2FyZF9xdW90YWoBigJgY2FyZF9xdW90YWAgYXNrcyBmb3Ige3ZhbHVlfSBtb250aGx5IGluc3RhbGxtZW50cywgYnV0IGluc3RhbGxtZW50cyBuZWVkIGFuIGFtb3VudCBvZiBhdCBsZWFzdCA1MCwwMDAgd29uIChzb21lIGlzc3VlcnM6IDEwLDAwMCB3b24pxAJgY2FyZF9xdW90YWDroZwge3ZhbHVlfeqwnOyblCDtlaDrtoDrpbwg7JqU7LKt7ZaI7KeA66eMIO2VoOu2gCDqsrDsoJzripQgNeunjOybkCDsnbTsg4Eg6rKw7KCcIOyLnCDsnbTsmqntlaAg7IiYIOyeiOyKteuLiOuLpCAo7J2867aAIOy5tOuTnOyCrOuKlCAx66eM7JuQIOydtOyDgSkBKHRoZSBhbW91bnQgaXMgaW4gS1JXLOybkO2ZlCDqsrDsoJzsnoXri4jri6QAvgNUaGUgS0NQIHBhZ2U6IGluc3RhbGxtZW50cyBhcmUgYXZhaWxhYmxlIGZyb20gNTAsMDAwIHdvbiAoc29tZSBpc3N1ZXJzIGZyb20gMTAsMDAwIHdvbik7IHRoZSB2MSBSRVNUIHNjaGVtYSBzYXlzIHRoZSBzYW1lIG9mIGBjYXJkX3F1b3RhYCAoIuqysOygnOq4iOyVoSA1MCwwMDDsm5Ag7J207IOBIO2VnOyglSIpLiBBIHdhcm5pbmcgYmVjYXVzZSBvZiB0aGUgaXNzdWVyIGV4Y2VwdGlvbnMu6ARLQ1Ag7Jew64+ZIOusuOyEnOyXkCDrlLDrpbTrqbQg7ZWg67aA64qUIDUwLDAwMOybkCDsnbTsg4HrtoDthLAg7J207Jqp7ZWgIOyImCDsnojsirXri4jri6Qo7J2867aAIOy5tOuTnOyCrOuKlCAxMCwwMDDsm5Ag7J207IOBKS4gdjEgUkVTVCBBUEkg7Iqk7YKk66eI64+EIGBjYXJkX3F1b3RhYOyXkCDrjIDtlbQg6rCZ7J2AIOuCtOyaqeydhCDsoIHqs6Ag7J6I7Iq164uI64ukKCLqsrDsoJzquIjslaEgNTAsMDAw7JuQIOydtOyDgSDtlZzsoJUiKS4g7Lm065Oc7IKs67OEIOyYiOyZuOqwgCDsnojsnLzrr4DroZwg6rK96rOg7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBEktDUC1RLTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s3BQKJGNhcmQtcXVvdGEtaW52YWxpZEZgY2FyZF9xdW90YWAgaXMgbm90IDAgb3IgMiBhbmQgbW9yZVZgY2FyZF9xdW90YWDqsIAgMCDrmJDripQgMiDsnbTsg4HsnbQg7JWE64uYCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgUY2FyZF9xdW90YQACABRjYXJkX3F1b3RhagIcAgQEBgIuAAACCAgABgYCLgAAAhAYd2hvbGUtbnVtYmVyBgIuAAACCgZndGUAAAAAAAAAAAACMAQGAi4AAAICBAAAAAAAAPA/AjEAAAAILnNjaGVkdWxlc1sqXS5jYXJkX3F1b3RhAAYAEnNjaGVkdWxlcwAEABRjYXJkX3F1b3RhagIcAgQEBgIuAAACCAgABgYCLgAAAhAYd2hvbGUtbnVtYmVyBgIuAAACCgZndGUAAAAAAAAAAAACMAQGAi4AAAICBAAAAAAAAPA/AjEAAAABlAFge2ZpZWxkfWAgbXVzdCBiZSAwIChsdW1wIHN1bSkgb3IgYSBudW1iZXIgb2YgbW9udGhzIGZyb20gMiwgZm91bmQge3ZhbHVlfcQBYHtmaWVsZH1g7J2AKOuKlCkgMCjsnbzsi5zrtogpIOuYkOuKlCAyIOydtOyDgeydmCDtlaDrtoDqsJzsm5TsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAOgFVGhlIHYxIFJFU1Qgc2NoZW1hOiBgY2FyZF9xdW90YWAgaXMgYW4gaW50ZWdlciwgMCBmb3IgYSBsdW1wIHN1bSAodGhlIGRlZmF1bHQpLCBvdGhlcndpc2UgMiBvciBtb3JlIG1vbnRocyAoIjIg7J207IOB7J2YIGludGVnZXIg7ZWg67aA6rCc7JuU7IiYIikuIFRoZXJlIGlzIG5vIDEtbW9udGggaW5zdGFsbG1lbnQ7IEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBpbnN0YWxsbWVudCBwZXJpb2RzIChyZXN1bHQgY29kZXMgODEwNiwgQ0MxNikuIEEgd2hvbGUgbnVtYmVyIHdyaXR0ZW4gd2l0aCBhIGZyYWN0aW9uIChgMy4wYCkgaXMgdGhlIHNhbWUgaW50ZWdlciBhbmQgaXMgYWNjZXB0ZWQsIGF0IHRoZSB0b3AgbGV2ZWwgYW5kIGluIGBzY2hlZHVsZXNbXWAusAZ2MSBSRVNUIEFQSSDsiqTtgqTrp4jsl5Ag65Sw66W066m0IGBjYXJkX3F1b3RhYOuKlCDsoJXsiJjroZwsIOydvOyLnOu2iOydgCAwKOq4sOuzuOqwkinsnbTqs6Ag6re4IOuwluyXkOuKlCAy6rCc7JuUIOydtOyDgeyeheuLiOuLpCgiMiDsnbTsg4HsnZggaW50ZWdlciDtlaDrtoDqsJzsm5TsiJgiKS4gMeqwnOyblCDtlaDrtoDripQg7JeG7Jy866mwLCBLQ1DripQg7J6Y66q765CcIO2VoOu2gCDqsJzsm5Qg7IiY66W8IOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMDYsIENDMTYpLiDshozsiJjsoJDsnYQg67aZ7JesIOyTtCDsoJXsiJgoYDMuMGAp64qUIOqwmeydgCDsoJXsiJjsnbTrr4DroZwg7LWc7IOB7JyE7JeQ7ISc64+EIGBzY2hlZHVsZXNbXWAg7JWI7JeQ7ISc64+EIO2XiOyaqe2VqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQESS0NQLVEtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzWFQoscmVzdC1ieXBhc3Mtbm90LXN0cmluZzRSRVNUIGBieXBhc3NgIGlzIGFuIG9iamVjdEJSRVNUIEFQSeydmCBgYnlwYXNzYOqwgCDqsJ3ssrTsnoQOd2FybmluZwEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAQIDGJ5cGFzcwACAAxieXBhc3NOAhwEBgIuAAACCCAAAAAIJnNjaGVkdWxlc1sqXS5ieXBhc3MABgASc2NoZWR1bGVzAAQADGJ5cGFzc04CHAQGAi4AAAIIIAAAAAHoAWB7ZmllbGR9YCBtdXN0IGJlIGEgSlNPTiBzdHJpbmcgb24gdGhlIFJFU1QgQVBJIChgSlNPTi5zdHJpbmdpZnlgIHRoZSBvYmplY3QpOiBQb3J0T25lIHBhc3NlcyBpdCB0byB0aGUgUEcgdW5jaGFuZ2VkgANSRVNUIEFQSeydmCBge2ZpZWxkfWDsnYAo64qUKSBKU09OIOusuOyekOyXtOydtOyWtOyVvCDtlanri4jri6QgKOqwneyytOuKlCBgSlNPTi5zdHJpbmdpZnlg66GcIOuzgO2ZmO2VtOyEnCDrs7TrgrTslbwg7ZWp64uI64ukKS4g7Y+s7Yq47JuQ7J2AIOydtCDqsJLsnYQg6rCA6rO1IOyXhuydtCBQR+yCrOuhnCDsoITri6ztlanri4jri6QAAOQDT24gL29uZXRpbWUsIC9hZ2FpbiBhbmQgaW4gc2NoZWR1bGVzLCB0aGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGJ5cGFzc2AgYXMgYSBzdHJpbmc6ICJKU09OIHN0cmluZyDtmJXsi53snZggUEfsgqzrs4Qg7YyM652866+47YSwLCDqsIDqs7Ug7JeG7J20IOq3uOuMgOuhnCBQR+yCrOuhnCDsoITri6wiLiBVbmxpa2UgSU1QLnJlcXVlc3RfcGF5LCBhbiBvYmplY3QgaXMgbm90IHNlcmlhbGlzZWQgZm9yIHRoZSBtZXJjaGFudC6mBHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZSwgL2FnYWlu6rO8IOyYiOyVvSDqsbTsnZggYGJ5cGFzc2Drpbwg66y47J6Q7Je066GcIOygleydmO2VqeuLiOuLpCgiSlNPTiBzdHJpbmcg7ZiV7Iud7J2YIFBH7IKs67OEIO2MjOudvOuvuO2EsCwg6rCA6rO1IOyXhuydtCDqt7jrjIDroZwgUEfsgqzroZwg7KCE64usIikuIElNUC5yZXF1ZXN0X3BheeyZgCDri6zrpqwg6rOg6rCd7IKsIOuMgOyLoCDqsJ3ssrTrpbwg7KeB66Cs7ZmU7ZW0IOyjvOyngCDslYrsirXri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFEtDUC1CUC0wMDcAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMAWCjhyZXN0LW5vdGljZS11cmwtbm90LWFic29sdXRlUFJFU1QgYG5vdGljZV91cmxgIGlzIG5vdCBhbiBhYnNvbHV0ZSBVUkxgUkVTVCBBUEnsnZggYG5vdGljZV91cmxg7J20IOygiOuMgCBVUkzsnbQg7JWE64uYCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgUbm90aWNlX3VybAACABRub3RpY2VfdXJsiAECHAIGBAYCLgAAAggCBAYCLgAAAgYEXFMGAi4AAAIQBnVybAAAAAguc2NoZWR1bGVzWypdLm5vdGljZV91cmwABgASc2NoZWR1bGVzAAQAFG5vdGljZV91cmyIAQIcAgYEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAhAGdXJsAAAAAaYBYHtmaWVsZH1gIG11c3QgYmUgYW4gYWJzb2x1dGUgaHR0cChzKSBVUkwsIGZvdW5kIHt2YWx1ZX06IFBvcnRPbmUncyBzZXJ2ZXJzIGNhbGwgaXSqAmB7ZmllbGR9YOydgCjripQpIGh0dHAocynroZwg7Iuc7J6R7ZWY64qUIOygiOuMgCBVUkzsnbTslrTslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QuIO2PrO2KuOybkCDshJzrsoTqsIAg7J20IOyjvOyGjOuhnCDsm7ntm4XsnYQg7Zi47Lac7ZWp64uI64ukAACYA2Bub3RpY2VfdXJsYCByZXBsYWNlcyB0aGUgY29uc29sZSdzIHdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgYW5kIGlzIGNhbGxlZCBieSBQb3J0T25lJ3Mgc2VydmVycywgc28gYSByZWxhdGl2ZSBwYXRoIG9yIGEgaG9zdCB3aXRob3V0IGEgc2NoZW1lIGNhbiBuZXZlciBiZSByZWFjaGVkIGFuZCB0aGUgcmVzdWx0IG5vdGlmaWNhdGlvbiBpcyBsb3N0LuQDYG5vdGljZV91cmxg7J2AIOydtCDqsrDsoJzsl5Ag7ZWc7ZW0IOy9mOyGlOydmCDsm7ntm4UgVVJM7J2EIOuMgOyLoO2VmOupsCDtj6ztirjsm5Ag7ISc67KE6rCAIO2YuOy2nO2VmOuKlCDso7zshozsnbTrr4DroZwsIOyDgeuMgCDqsr3roZzrgpgg7Iqk7YK07J20IOyXhuuKlCDtmLjsiqTtirjroZzripQg6rKw7L2UIOuPhOuLrO2VoCDsiJgg7JeG6rOgIOqysOygnCDqsrDqs7wg7JWM66a87J20IOycoOyLpOuQqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEWS0NQLVVSTC0wMDIAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbIYXCipyZXN0LW5vdGljZS11cmwtYXJyYXk6UkVTVCBgbm90aWNlX3VybGAgaXMgYW4gYXJyYXlKUkVTVCBBUEnsnZggYG5vdGljZV91cmxg7J20IOuwsOyXtOyehAplcnJvcgEBBhRyZXN0LWFnYWluGHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAQIFG5vdGljZV91cmwAAgAUbm90aWNlX3VybIgBAhwEBgIuAAACCEAAAAAILnNjaGVkdWxlc1sqXS5ub3RpY2VfdXJsAAYAEnNjaGVkdWxlcwAEABRub3RpY2VfdXJsiAECHAQGAi4AAAIIQAAAAAHIAWB7ZmllbGR9YCB0YWtlcyBvbmUgVVJMIHN0cmluZyBvbiB0aGUgUkVTVCBBUEk7IGFuIGFycmF5IG9mIFVSTHMgaXMgYWNjZXB0ZWQgb25seSBieSBJTVAucmVxdWVzdF9wYXmGAlJFU1QgQVBJ7J2YIGB7ZmllbGR9YOyXkOuKlCBVUkwg66y47J6Q7Je0IO2VmOuCmOunjCDrhKPsnYQg7IiYIOyeiOyKteuLiOuLpC4gVVJMIOuwsOyXtOydgCBJTVAucmVxdWVzdF9wYXnsl5DshJzrp4wg7KeA7JuQ65Cp64uI64ukAADgAlRoZSBLQ1AgcGFnZSBhbGxvd3MgYG5vdGljZV91cmxgIGFzIGEgc3RyaW5nIG9yIGFuIGFycmF5IG9mIHN0cmluZ3MgaW4gSU1QLnJlcXVlc3RfcGF5LCBidXQgdGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGl0IGFzIGEgc2luZ2xlIHN0cmluZyBvbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMurANLQ1Ag7Jew64+ZIOusuOyEnOuKlCBJTVAucmVxdWVzdF9wYXnsnZggYG5vdGljZV91cmxg7JeQIOusuOyekOyXtOydtOuCmCDrrLjsnpDsl7Qg67Cw7Je07J2EIO2XiOyaqe2VmOyngOunjCwgdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1lLCAvYWdhaW7qs7wg7JiI7JW9IOqxtOyXkOyEnCDsnbTrpbwg66y47J6Q7Je0IO2VmOuCmOuhnCDsoJXsnZjtlanri4jri6Quemh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50P3Y9djEBFktDUC1VUkwtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMFwosY3VzdG9tLWRhdGEtbm90LXN0cmluZ0RSRVNUIGBjdXN0b21fZGF0YWAgaXMgbm90IGEgc3RyaW5nYFJFU1QgQVBJ7J2YIGBjdXN0b21fZGF0YWDqsIAg66y47J6Q7Je07J20IOyVhOuLmAhpbmZvAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgWY3VzdG9tX2RhdGEAAgAWY3VzdG9tX2RhdGGsAQIAAgAAAAgwc2NoZWR1bGVzWypdLmN1c3RvbV9kYXRhAAYAEnNjaGVkdWxlcwAEABZjdXN0b21fZGF0YawBAgACAAAAAYYCYHtmaWVsZH1gIGlzIGEgc3RyaW5nIHBhcmFtZXRlciBvbiB0aGUgUkVTVCBBUEk6IHNlbmQgYEpTT04uc3RyaW5naWZ5YCBvZiB0aGUgb2JqZWN0IHRvIGNvbnRyb2wgZXhhY3RseSB3aGF0IGlzIHN0b3JlZCBhbmQgcmV0dXJuZWTcAlJFU1QgQVBJ7J2YIGB7ZmllbGR9YOydgCjripQpIOusuOyekOyXtCDtjIzrnbzrr7jthLDsnoXri4jri6QuIOyggOyepeuQmOqzoCDsobDtmozrkKAg6rCS7J2EIOygle2Zle2eiCDsp4DsoJXtlZjroKTrqbQg6rCd7LK066W8IGBKU09OLnN0cmluZ2lmeWDroZwg67OA7ZmY7ZW07IScIOuztOuCtOyEuOyalAAAnANUaGUgdjEgUkVTVCBzY2hlbWEgdHlwZXMgYGN1c3RvbV9kYXRhYCBhcyBhIHN0cmluZyBvbiAvb25ldGltZSwgL2FnYWluIGFuZCBpbiBzY2hlZHVsZXMuIE90aGVyIFBvcnRPbmUgb3BlcmF0aW9ucyBzYXkgYW4gb2JqZWN0IGlzIHN0b3JlZCBhcyBpdHMgSlNPTiB0ZXh0LCBzbyBhbiBvYmplY3QgbW9zdCBsaWtlbHkgd29ya3M7IGhlbmNlIGFkdmljZSBvbmx5LrgEdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1lLCAvYWdhaW7qs7wg7JiI7JW9IOqxtOydmCBgY3VzdG9tX2RhdGFg66W8IOusuOyekOyXtOuhnCDsoJXsnZjtlanri4jri6QuIO2PrO2KuOybkOydmCDri6TrpbggQVBJIOyEpOuqheyXkCDrlLDrpbTrqbQg6rCd7LK064qUIEpTT04g7YWN7Iqk7Yq466GcIOyggOyepeuQmOuvgOuhnCDqsJ3ssrTrj4Qg64+Z7J6R7ZWgIOqwgOuKpeyEseydtCDrhpLsirXri4jri6QuIOq3uOuemOyEnCDssLjqs6Dsmqkg7JWI64K07J28IOu/kOyeheuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA1AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyKGAomcHJvbW90aW9uLWlkLXByZWZpeGBgcHJvbW90aW9uX2lkYCBkb2VzIG5vdCBzdGFydCB3aXRoIHByb21vdGlvbi1pZC1sYHByb21vdGlvbl9pZGDqsIAgcHJvbW90aW9uLWlkLeuhnCDsi5zsnpHtlZjsp4Ag7JWK7J2MCmVycm9yAQEGFHJlc3QtYWdhaW4YcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUABAgYcHJvbW90aW9uX2lkAAIAGHByb21vdGlvbl9pZK4BAhwCBgQGAi4AAAIIAgYCLgAAAgYKXlxzKiQGAi4AAAIGHF5wcm9tb3Rpb24taWQtAAAACDJzY2hlZHVsZXNbKl0ucHJvbW90aW9uX2lkAAYAEnNjaGVkdWxlcwAEABhwcm9tb3Rpb25faWSuAQIcAgYEBgIuAAACCAIGAi4AAAIGCl5ccyokBgIuAAACBhxecHJvbW90aW9uLWlkLQAAAAGqAWB7ZmllbGR9YCBtdXN0IGJlIGEgUG9ydE9uZSBwcm9tb3Rpb24gaWQgc3RhcnRpbmcgd2l0aCBgcHJvbW90aW9uLWlkLWAsIGZvdW5kIHt2YWx1ZX3mAWB7ZmllbGR9YOydgCjripQpIGBwcm9tb3Rpb24taWQtYOuhnCDsi5zsnpHtlZjripQg7Y+s7Yq47JuQIO2UhOuhnOuqqOyFmCDslYTsnbTrlJTsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAOQCVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcHJvbW90aW9uX2lkYCBhcyB0aGUgaWQgb2YgYSBQb3J0T25lIHByb21vdGlvbiwgd2hpY2ggc3RhcnRzIHdpdGggYHByb21vdGlvbi1pZC1gOyBhbnkgb3RoZXIgdmFsdWUgKGEgY291cG9uIGNvZGUgb2YgdGhlIHNob3ApIG1hdGNoZXMgbm8gcHJvbW90aW9uLvwDdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIGBwcm9tb3Rpb25faWRg66W8IO2PrO2KuOybkCDtlITroZzrqqjshZjsnZgg7JWE7J2065SU66GcIOyEpOuqhe2VmOupsCwg7J20IOyVhOydtOuUlOuKlCBgcHJvbW90aW9uLWlkLWDroZwg7Iuc7J6R7ZWp64uI64ukLiDqt7gg67CW7J2YIOqwkijsh7ztlZHrqrAg7J6Q7LK07J2YIOy/oO2PsCDsvZTrk5wp7J2AIOyWtOuWpCDtlITroZzrqqjshZjqs7zrj4Qg7J287LmY7ZWY7KeAIOyViuyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA3AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMGAoscmVzdC1maWVsZC1ub3QtZm9yLWtjcDZSRVNUIG1lbWJlciBub3QgdXNlZCBieSBLQ1BeS0NQ7JeQ7IScIOyCrOyaqe2VmOyngCDslYrripQgUkVTVCDtjIzrnbzrr7jthLAIaW5mbwEBCBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAgIcMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQAAgAyaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudLABHHVzZV9jYXJkX3BvaW50AAIAHHVzZV9jYXJkX3BvaW50sgEYcHJvZHVjdF90eXBlAAIAGHByb2R1Y3RfdHlwZbQBImNhc2hfcmVjZWlwdF90eXBlAAIAImNhc2hfcmVjZWlwdF90eXBltgEGY3ZjAAIABmN2Y7gBJnNlY3VyZV8zZF9jaGFyZ2VfaWQAAgAmc2VjdXJlXzNkX2NoYXJnZV9pZLoBHnNlY3VyZV8zZF90b2tlbgACAB5zZWN1cmVfM2RfdG9rZW68ARZjdXN0b21lcl9pZAACABZjdXN0b21lcl9pZL4BImV4dHJhLm5hdmVyVXNlQ2ZtAAQACmV4dHJhwAEAFm5hdmVyVXNlQ2ZtkAFMc2NoZWR1bGVzWypdLmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQABgASc2NoZWR1bGVzAAQAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnSwATZzY2hlZHVsZXNbKl0udXNlX2NhcmRfcG9pbnQABgASc2NoZWR1bGVzAAQAHHVzZV9jYXJkX3BvaW50sgEyc2NoZWR1bGVzWypdLnByb2R1Y3RfdHlwZQAGABJzY2hlZHVsZXMABAAYcHJvZHVjdF90eXBltAE8c2NoZWR1bGVzWypdLmNhc2hfcmVjZWlwdF90eXBlAAYAEnNjaGVkdWxlcwAEACJjYXNoX3JlY2VpcHRfdHlwZbYBPHNjaGVkdWxlc1sqXS5leHRyYS5uYXZlclVzZUNmbQAIABJzY2hlZHVsZXMABAAKZXh0cmHAAQAWbmF2ZXJVc2VDZm2QAQAAAAHMAWB7bmFtZX1gIGlzIG5vdCB1c2VkIGJ5IE5ITiBLQ1AgKFBvcnRPbmUgYXBwbGllcyBpdCBmb3Igb3RoZXIgZ2F0ZXdheXMgb25seSksIHNvIGl0IGhhcyBubyBlZmZlY3QgaGVyZZQCYHtuYW1lfWDsnYAo64qUKSBOSE4gS0NQ7JeQ7IScIOyCrOyaqe2VmOyngCDslYrripQg7YyM652866+47YSw7J6F64uI64ukICjri6TrpbggUEfsgqwg7KCE7JqpKS4gS0NQIOqysOygnOyXkOuKlCDsoIHsmqnrkJjsp4Ag7JWK7Iq164uI64ukAACmBVRoZSB2MSBSRVNUIHNjaGVtYSBuYW1lcyB0aGUgZ2F0ZXdheXMgb2YgZWFjaCBvZiB0aGVzZSBtZW1iZXJzOiBgaW50ZXJlc3RfZnJlZV9ieV9tZXJjaGFudGAgKE5JQ0UsIEtTTkVUKSwgYHVzZV9jYXJkX3BvaW50YCAoTklDRSwgS1NORVQsIFNtYXJ0cm8pLCBgcHJvZHVjdF90eXBlYCAoS1NORVQsIFBheVBhbCksIGBjYXNoX3JlY2VpcHRfdHlwZWAgKFRvc3MgUGF5KSwgYGN2Y2AgYW5kIGBzZWN1cmVfM2RfKmAgKFBheW1lbnR3YWxsKSwgYGN1c3RvbWVyX2lkYCAoVG9zcyBQYXltZW50cyksIGBleHRyYS5uYXZlclVzZUNmbWAgKE5hdmVyIFBheSkuIEtDUCBpcyBuZXZlciBhbW9uZyB0aGVtLuwFdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIOuLpOydjCDrqaTrsoTrp4jri6Qg7KCB7Jqp65CY64qUIFBH7IKs66W8IOuwne2eiOqzoCDsnojsirXri4jri6QuIGBpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50YChOSUNFLCBLU05FVCksIGB1c2VfY2FyZF9wb2ludGAoTklDRSwgS1NORVQsIFNtYXJ0cm8pLCBgcHJvZHVjdF90eXBlYChLU05FVCwgUGF5UGFsKSwgYGNhc2hfcmVjZWlwdF90eXBlYChUb3NzIFBheSksIGBjdmNg7JmAIGBzZWN1cmVfM2RfKmAoUGF5bWVudHdhbGwpLCBgY3VzdG9tZXJfaWRgKFRvc3MgUGF5bWVudHMpLCBgZXh0cmEubmF2ZXJVc2VDZm1gKE5hdmVyIFBheSkuIOyWtOuKkCDrqaTrsoTsl5Drj4QgS0NQ64qUIOyXhuyKteuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEYS0NQLU1JU0MtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyUGQomcmVzdC1wZy1rY3AtYmlsbGluZ3Jga2NwX2JpbGxpbmdgIGNoYW5uZWwgb24gL29uZXRpbWUgb3IgL3N1YnNjcmliZS9jdXN0b21lcnOWAeyImOq4sCDqsrDsoJzCt0FQSSDruYzrp4HtgqQg67Cc6riJIFJFU1QgQVBJ7JeQIGBrY3BfYmlsbGluZ2Ag7LGE64SQIOyCrOyaqQplcnJvcgEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACCARwZwACAARwZxYCHAQGAi4AAAIGJF5rY3BfYmlsbGluZyhcLnwkKQAAAAGkA2BwZ2AgaXMge3ZhbHVlfSwgYSBLQ1Agd2luZG93LWJpbGxpbmcgY2hhbm5lbCwgd2hpY2ggL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBkbyBub3Qgc3VwcG9ydDogdXNlIGBrY3BgLCBvciBga2NwLmAgZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZSBvZiB0aGUgS0NQIEFQSSBjaGFubmVsIChlLmcuIGBrY3AuQU8wOUNgKawDYHBnYCDqsJIge3ZhbHVlfeydgCjripQpIEtDUCDqsrDsoJzssL0g67mM66eBIOyxhOuEkOyeheuLiOuLpC4gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz64qUIGBrY3BgIOuYkOuKlCBga2NwLuyCrOydtO2KuOy9lOuTnGAo7JiIOiBga2NwLkFPMDlDYCkg7ZiV7Iud7J2YIEtDUCBBUEkg7LGE64SQ66eMIOyngOybkO2VqeuLiOuLpAAA6gNUaGUgdjEgUkVTVCBzY2hlbWEgbGlzdHMgYGtjcGAsIG5vdCBga2NwX2JpbGxpbmdgLCBhbW9uZyB0aGUgZ2F0ZXdheXMgb2YgL29uZXRpbWUgYW5kIG9mIC9zdWJzY3JpYmUvY3VzdG9tZXJzLCBhbmQgUG9ydE9uZSdzIGJpbGxpbmcta2V5IHJ1bGVzIHNheSBga2NwX2JpbGxpbmdgIGlzc3VlcyBiaWxsaW5nIGtleXMgdGhyb3VnaCB0aGUgd2luZG93IG9ubHkgd2hpbGUgYGtjcGAgaXNzdWVzIHRoZW0gdGhyb3VnaCB0aGUgQVBJLqAEdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIC9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz7J2YIFBH7IKsIOuqqeuhneyXkCBga2NwX2JpbGxpbmdg7J20IOyVhOuLjCBga2NwYOulvCDsmKzroKQg65GQ7JeI6rOgLCDtj6ztirjsm5DsnZgg67mM66eB7YKkIOuwnOq4iSDqt5zsuZnsl5Ag65Sw66W066m0IGBrY3BfYmlsbGluZ2DsnYAg6rKw7KCc7LC97Jy866Gc66eMIOu5jOunge2CpOulvCDrsJzquIntlZjqs6AgYGtjcGDripQgQVBJ66GcIOuwnOq4ie2VqeuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA4AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz6GQoccmVzdC1wZy1mb3JtYXSWAWBwZ2Agbm90IG9mIHRoZSBmb3JtIGBrY3AuYCArIHNpdGUgY29kZSBvbiAvb25ldGltZSBvciAvc3Vic2NyaWJlL2N1c3RvbWVyc4QB7IiY6riwIOqysOygnMK3QVBJIOu5jOunge2CpCDrsJzquIkgUkVTVCBBUEnsnZggYHBnYCDtmJXsi50g7Jik66WYCmVycm9yAQEEIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lAQAEBgRwZwACAARwZxYECAIGBFxTBAYEcGcAAgAEcGcWAgYkXmtjcF9iaWxsaW5nKFwufCQpAggEcGcAAgAEcGcWAggsXmtjcChcLltBLVphLXowLTldKyk/JAAAAAHwA2BwZ2Age3ZhbHVlfSBpcyBub3QgYSBLQ1AgY2hhbm5lbCBjb2RlOiB3cml0ZSBga2NwYCwgb3IgYGtjcC5gIGZvbGxvd2VkIGJ5IHRoZSBzaXRlIGNvZGUgb2YgdGhlIEtDUCBBUEkgY2hhbm5lbCAoZS5nLiBga2NwLkFPMDlDYCksIHdpdGggYGtjcGAgaW4gbG93ZXIgY2FzZSBhbmQgbm8gc3BhY2VzOyByZXBsYWNlIGFueSBgey4uLn1gIHBsYWNlaG9sZGVyIGNvcGllZCBmcm9tIHRoZSBkb2NzIHdpdGggdGhlIHJlYWwgc2l0ZSBjb2RlkARgcGdgIOqwkiB7dmFsdWV97J2AKOuKlCkg7Jis67CU66W4IEtDUCDssYTrhJAg7L2U65Oc6rCAIOyVhOuLmeuLiOuLpC4gYGtjcGAg65iQ64qUIGBrY3Au7IKs7J207Yq47L2U65OcYCjsmIg6IGBrY3AuQU8wOUNgKSDtmJXsi53snLzroZwsIGBrY3Bg64qUIOyGjOusuOyekOuhnCDqs7XrsLEg7JeG7J20IOyeheugpe2VmOyEuOyalCAo66y47ISc7J2YIGB7Li4ufWAg7JiI7IucIO2RnOq4sOuKlCDsi6TsoJwg7IKs7J207Yq47L2U65Oc66GcIOuwlOq+uOyEuOyalCkAAIAGVGhlIHYxIFJFU1Qgc2NoZW1hIGRlc2NyaWJlcyBgcGdgIG9uIC9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBhcyBge3Byb3ZpZGVyfWAgb3IgYHtwcm92aWRlcn0ue3N0b3JlIGlkfWAsIGFuZCB0aGUgS0NQIHByb3ZpZGVyIG9mIHRoZXNlIEFQSSBjYWxscyBpcyBga2NwYC4gQSB2YWx1ZSB0aGF0IG5hbWVzIG5vIHByb3ZpZGVyIChga2NwIGAsIGBrY3BwYCwgYEtDUGApIG1hdGNoZXMgbm8gY2hhbm5lbCwgYW5kIFBvcnRPbmUgZmFsbHMgYmFjayB0byB0aGUgY29uc29sZSdzIGRlZmF1bHQgb25lLCB3aGljaCBtYXkgbm90IGJlIHRoZSBLQ1AgQVBJIGNoYW5uZWwuIEEgdmFsdWUgbmFtaW5nIGFub3RoZXIgcHJvdmlkZXIgaXMgbm90LWtjcC1nYXRld2F5J3MuzAd2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL29uZXRpbWXqs7wgL3N1YnNjcmliZS9jdXN0b21lcnPsnZggYHBnYOulvCBge3Byb3ZpZGVyfWAg65iQ64qUIGB7cHJvdmlkZXJ9LntzdG9yZSBpZH1gIO2YleyLneycvOuhnCDshKTrqoXtlZjrqbAsIOydtCBBUEkg7Zi47Lac7JeQ7IScIEtDUOydmCBwcm92aWRlciDqsJLsnYAgYGtjcGDsnoXri4jri6QuIOyWtOuWpCBQR+yCrOuPhCDqsIDrpqztgqTsp4Ag7JWK64qUIOqwkihga2NwIGAsIGBrY3BwYCwgYEtDUGAp7J2AIOyWtOuKkCDssYTrhJDqs7zrj4Qg66ee7KeAIOyViuyVhCDtj6ztirjsm5DsnbQg7L2Y7IaU7J2YIOq4sOuzuCDssYTrhJDsnYQg7JOw6rKMIOuQmOuKlOuNsCwg6re4IOyxhOuEkOydgCBLQ1AgQVBJIOyxhOuEkOydtCDslYTri5Ag7IiYIOyeiOyKteuLiOuLpC4g64uk66W4IFBH7IKs66W8IOqwgOumrO2CpOuKlCDqsJLsnYAgbm90LWtjcC1nYXRld2F56rCAIOuztOqzoO2VqeuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0gtMDA1AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy8GgowcmVzdC1jaGFubmVsLWtleS1taXNzaW5nWmBjaGFubmVsX2tleWAgbWlzc2luZyBvbiAvc3Vic2NyaWJlL2N1c3RvbWVyc2Yvc3Vic2NyaWJlL2N1c3RvbWVycyDsmpTssq3sl5AgYGNoYW5uZWxfa2V5YCDriITrnb0IaW5mbwEBAiByZXN0LWJpbGxpbmcta2V5AAIEBBZjaGFubmVsX2tleQACABZjaGFubmVsX2tlecIBIGNoYW5uZWxfZ3JvdXBfaWQAAgAgY2hhbm5lbF9ncm91cF9pZMQBAAAAAZYCYGNoYW5uZWxfa2V5YCBpcyBtaXNzaW5nOiBQb3J0T25lJ3MgQVBJIHJlZmVyZW5jZSByZXF1aXJlcyBpdCBvbiAvc3Vic2NyaWJlL2N1c3RvbWVycyB0byBzZWxlY3QgdGhlIEtDUCBjaGFubmVsIHRoYXQgaXNzdWVzIHRoZSBiaWxsaW5nIGtledYCYGNoYW5uZWxfa2V5YOqwgCDsl4bsirXri4jri6QuIO2PrO2KuOybkCBBUEkg66y47ISc7JeQ7ISc64qUIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyalOyyreyXkCDruYzrp4HtgqTrpbwg67Cc6riJ7ZWgIEtDUCDssYTrhJDsnZggYGNoYW5uZWxfa2V5YOulvCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukAAC0B1RoZSB2MSBSRVNUIHNjaGVtYSBtYXJrcyBgY2hhbm5lbF9rZXlgIHJlcXVpcmVkIG9uIFBPU1QgL3N1YnNjcmliZS9jdXN0b21lcnMve2N1c3RvbWVyX3VpZH0gc2luY2UgMjAyNi0wNS0yMDsgdGhlIEtDUCBwYWdlJ3MgZXhhbXBsZSBwcmVkYXRlcyB0aGF0IGFuZCBvbWl0cyBpdC4gV2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIGl0IGlzIG5vdCBrbm93bi4gQSBzbWFydC1yb3V0aW5nIGBjaGFubmVsX2dyb3VwX2lkYCBhbHNvIHNlbGVjdHMgdGhlIGNoYW5uZWxzIGFuZCBpcyBhY2NlcHRlZCBpbnN0ZWFkLiBTZXZlcml0eSBpbmZvLCBub3Qgd2FybmluZzogdGhlIEtDUCBwYWdlJ3MgYmlsbGluZy1rZXkgZXhhbXBsZSAodGhlIGhpZ2hlc3QgYXV0aG9yaXR5KSBvbWl0cyBgY2hhbm5lbF9rZXlgLCBhbmQgd2hldGhlciB0aGUgc2VydmVyIGVuZm9yY2VzIHRoZSBzY2hlbWEncyBuZXdlciByZXF1aXJlbWVudCBpcyB1bmtub3duLtoJdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIDIwMjYtMDUtMjDrtoDthLAgUE9TVCAvc3Vic2NyaWJlL2N1c3RvbWVycy97Y3VzdG9tZXJfdWlkfeydmCBgY2hhbm5lbF9rZXlg66W8IO2VhOyImOuhnCDtkZzsi5ztlZjsp4Drp4wsIOq3uOuztOuLpCDslZ7shJwg7J6R7ISx65CcIEtDUCDsl7Drj5kg66y47ISc7J2YIOyYiOyLnOyXkOuKlCDsnbQg6rCS7J20IOyXhuyKteuLiOuLpC4g7ISc67KE6rCAIOydtOulvCDqsJXsoJztlZjripTsp4DripQg7JWM66Ck7KC4IOyeiOyngCDslYrsirXri4jri6QuIOyKpOuniO2KuCDrnbzsmrDtjIXsnZggYGNoYW5uZWxfZ3JvdXBfaWRg64+EIOyxhOuEkOydhCDsp4DsoJXtlZjrr4DroZwg64yA7IugIOyTuCDsiJgg7J6I7Iq164uI64ukLiDqsr3qs6DqsIAg7JWE64uI6528IOygleuztCDsiJjspIDsnoXri4jri6QuIOqwgOyepSDsmrDshKDtlZjripQg7Lac7LKY7J24IEtDUCDsl7Drj5kg66y47ISc7J2YIOu5jOunge2CpCDrsJzquIkg7JiI7Iuc7JeQIGBjaGFubmVsX2tleWDqsIAg7JeG6rOgLCDshJzrsoTqsIAg7Iqk7YKk66eI7J2YIOyDiCDtlYTsiJgg7KGw6rG07J2EIOqwleygnO2VmOuKlOyngCDslYwg7IiYIOyXhuq4sCDrlYzrrLjsnoXri4jri6Qucmh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL2JpbGxpbmdrZXk/dj12MQEUS0NQLUNILTAwOQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1slBsKMHJlc3QtY2hhbm5lbC1rZXktb25ldGltZVhgY2hhbm5lbF9rZXlgIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZWYvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWUg7JqU7LKt7J2YIGBjaGFubmVsX2tleWAIaW5mbwEBAhhyZXN0LW9uZXRpbWUAAgICFmNoYW5uZWxfa2V5AAIAFmNoYW5uZWxfa2V5wgEAAAAB2gJgY2hhbm5lbF9rZXlgIGlzIG5vdCBhIGRvY3VtZW50ZWQgcGFyYW1ldGVyIG9mIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZTogc2VsZWN0IHRoZSBLQ1AgY2hhbm5lbCB3aXRoIGBwZ2AgKGBrY3BgLCBvciBga2NwLmAgZm9sbG93ZWQgYnkgdGhlIHNpdGUgY29kZSkgb3IgYGNoYW5uZWxHcm91cElkYOoCYGNoYW5uZWxfa2V5YOuKlCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWXsl5Ag7KCV7J2Y65CcIO2MjOudvOuvuO2EsOqwgCDslYTri5nri4jri6QuIGBwZ2AoYGtjcGAg65iQ64qUIGBrY3Au7IKs7J207Yq47L2U65OcYCnrgpggYGNoYW5uZWxHcm91cElkYOuhnCBLQ1Ag7LGE64SQ7J2EIOyngOygle2VmOyEuOyalAAAjANUaGUgdjEgUkVTVCBzY2hlbWEgZGVmaW5lcyBgcGdgIGFuZCBgY2hhbm5lbEdyb3VwSWRgIG9uIC9vbmV0aW1lIGJ1dCBub3QgYGNoYW5uZWxfa2V5YCAodW5saWtlIC9hZ2FpbiwgL3NjaGVkdWxlIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycykuIElmIHRoZSBzZXJ2ZXIgaWdub3JlcyBpdCwgdGhlIGRlZmF1bHQgQVBJIGNoYW5uZWwgaXMgdXNlZC76A3YxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZeyXkCBgcGdg7JmAIGBjaGFubmVsR3JvdXBJZGDripQg7KCV7J2Y7ZWY7KeA66eMIGBjaGFubmVsX2tleWDripQg7KCV7J2Y7ZWY7KeAIOyViuyKteuLiOuLpCgvYWdhaW4sIC9zY2hlZHVsZSwgL3N1YnNjcmliZS9jdXN0b21lcnPsmYAg64uk66aF64uI64ukKS4g7ISc67KE6rCAIOydtCDqsJLsnYQg66y07Iuc7ZWY66m0IOq4sOuzuCBBUEkg7LGE64SQ7J20IOyCrOyaqeuQqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNILTAxMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s3BsKJmNhcmQtbnVtYmVyLW1pc3NpbmcwYGNhcmRfbnVtYmVyYCBpcyBtaXNzaW5nKGBjYXJkX251bWJlcmAg64iE6529CmVycm9yAQEEIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lAAIAAhZjYXJkX251bWJlcgACABZjYXJkX251bWJlcggAAAABggFgY2FyZF9udW1iZXJgIGlzIHJlcXVpcmVkOiB0aGUgY2FyZCBudW1iZXIgYXMgZGRkZC1kZGRkLWRkZGQtZGRkZJYBYGNhcmRfbnVtYmVyYCjsubTrk5zrsojtmLgp64qUIO2VhOyImOyeheuLiOuLpCAoZGRkZC1kZGRkLWRkZGQtZGRkZCDtmJXsi50pAADOAlRoZSB2MSBSRVNUIHNjaGVtYSByZXF1aXJlcyBgY2FyZF9udW1iZXJgIG9uIC9zdWJzY3JpYmUvcGF5bWVudHMvb25ldGltZSBhbmQgL3N1YnNjcmliZS9jdXN0b21lcnM6IGEga2V5LWluIHBheW1lbnQgYW5kIGFuIEFQSSBiaWxsaW5nIGtleSBhcmUgbWFkZSBmcm9tIHRoZSBjYXJkIGRhdGEuwgN2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1l6rO8IC9zdWJzY3JpYmUvY3VzdG9tZXJz7JeQ7IScIGBjYXJkX251bWJlcmDrpbwg7ZWE7IiY66GcIOyalOq1rO2VqeuLiOuLpC4g7IiY6riwIOqysOygnCjtgqTsnbgp7JmAIEFQSSDruYzrp4HtgqQg67Cc6riJ7J2AIOy5tOuTnCDsoJXrs7TroZwg7J2066Oo7Ja07KeA6riwIOuVjOusuOyeheuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwMQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1slBwKJGNhcmQtbnVtYmVyLWxlbmd0aFZgY2FyZF9udW1iZXJgIGRvZXMgbm90IGhhdmUgMTQgdG8gMTYgZGlnaXRzTGBjYXJkX251bWJlcmDqsIAgMTR+MTbsnpDrpqzqsIAg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACBi5eWyAtXSooXGRbIC1dKil7MTQsMTZ9JAAAAAHcAWBjYXJkX251bWJlcmAgbXVzdCBob2xkIDE0IHRvIDE2IGRpZ2l0cyAoaHlwaGVucyBhbmQgc3BhY2VzIGFzaWRlKTogUG9ydE9uZSBjdXRzIG51bWJlcnMgbG9uZ2VyIHRoYW4gMTYgZGlnaXRzpAJgY2FyZF9udW1iZXJg64qUIO2VmOydtO2UiOqzvCDqs7XrsLHsnYQg7KCc7Jm47ZWY6rOgIDE0fjE27J6Q66asIOyIq+yekOyXrOyVvCDtlanri4jri6QuIDE27J6Q66as66W8IOuEmOuKlCDrsojtmLjripQg7Y+s7Yq47JuQ7JeQ7IScIOyemOumveuLiOuLpAAAkARDYXJkIG51bWJlcnMgb2YgZG9tZXN0aWMgY2FyZHMgaGF2ZSAxNiBkaWdpdHMsIEFNRVggMTUgYW5kIERpbmVycyAxNC4gUG9ydE9uZSBzaWxlbnRseSB0cnVuY2F0ZXMgbnVtYmVycyBsb25nZXIgdGhhbiAxNiBkaWdpdHMgKGlhbXBvcnQtbWFudWFsIGlzc3VlIDIzKSwgYW5kIEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBjYXJkIG51bWJlcnMgKHJlc3VsdCBjb2RlcyA4MTA3LCBDQzE0KS4gTGV0dGVycyBvciBvdGhlciBzeW1ib2xzIGZhaWwgdGhlIGNoZWNrIHRvby7GBeq1reuCtCDsubTrk5zsnZgg7Lm065Oc67KI7Zi464qUIDE27J6Q66asLCBBTUVY64qUIDE17J6Q66asLCBEaW5lcnPripQgMTTsnpDrpqzsnoXri4jri6QuIO2PrO2KuOybkOydgCAxNuyekOumrOulvCDrhJjripQg67KI7Zi466W8IOyVhOustCDslYzrprwg7JeG7J20IOyemOudvCDrgrTrqbAoaWFtcG9ydC1tYW51YWwg7J207IqIIDIzKSwgS0NQ64qUIO2YleyLneydtCDsnpjrqrvrkJwg7Lm065Oc67KI7Zi466W8IOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMDcsIENDMTQpLiDrrLjsnpDrgpgg6re4IOuwluydmCDquLDtmLjqsIAg65Ok7Ja0IOyeiOyWtOuPhCDsnbQg6rKA7IKs7JeQIOqxuOumveuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwMgAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s0BwKJGNhcmQtbnVtYmVyLWxheW91dHIxNi1kaWdpdCBgY2FyZF9udW1iZXJgIG5vdCB3cml0dGVuIGFzIGRkZGQtZGRkZC1kZGRkLWRkZGR8MTbsnpDrpqwgYGNhcmRfbnVtYmVyYOqwgCBkZGRkLWRkZGQtZGRkZC1kZGRkIO2YleyLneydtCDslYTri5gOd2FybmluZwEBBiByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZRpyZXN0LXNjaGVkdWxlAAIIFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAIcAgYEBgIuAAACCAIEBgIuAAACBiheWyAtXSooXGRbIC1dKil7MTZ9JAYCLgAAAgYyXlxkezR9LVxkezR9LVxkezR9LVxkezR9JAAAAAHSAWBjYXJkX251bWJlcmAgc2hvdWxkIGJlIHdyaXR0ZW4gYXMgZGRkZC1kZGRkLWRkZGQtZGRkZCwgdGhlIGxheW91dCBQb3J0T25lIGRvY3VtZW50cyBmb3IgMTYtZGlnaXQgbnVtYmVyc+QBMTbsnpDrpqwgYGNhcmRfbnVtYmVyYOuKlCDtj6ztirjsm5Ag66y47ISc7J2YIO2YleyLneyduCBkZGRkLWRkZGQtZGRkZC1kZGRk66GcIOyeheugpe2VmOuKlCDqsoPsnYQg6raM7J6l7ZWp64uI64ukAADUBFRoZSB2MSBSRVNUIHNjaGVtYSBkZXNjcmliZXMgYGNhcmRfbnVtYmVyYCBhcyAi7Lm065Oc67KI7Zi4KGRkZGQtZGRkZC1kZGRkLWRkZGQpIOq4sOyerCDslpHsi53snYQg7Jyg7J2Y7ZWY7IS47JqUIiBvbiAvb25ldGltZSwgL3NjaGVkdWxlIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycy4gT3RoZXIgbGF5b3V0cyBhcmUgbm90IGRvY3VtZW50ZWQsIHNvIGEgd2FybmluZy4gMTQtIGFuZCAxNS1kaWdpdCBudW1iZXJzIChEaW5lcnMsIEFNRVgpIGhhdmUgbm8gZG9jdW1lbnRlZCBsYXlvdXQgYW5kIGFyZSBub3QgY2hlY2tlZC7WBXYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvb25ldGltZSwgL3NjaGVkdWxlLCAvc3Vic2NyaWJlL2N1c3RvbWVyc+ydmCBgY2FyZF9udW1iZXJg66W8ICLsubTrk5zrsojtmLgoZGRkZC1kZGRkLWRkZGQtZGRkZCkg6riw7J6sIOyWkeyLneydhCDsnKDsnZjtlZjshLjsmpQi65286rOgIOyEpOuqhe2VqeuLiOuLpC4g64uk66W4IO2YleyLneydgCDrrLjshJztmZTrkJjslrQg7J6I7KeAIOyViuycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QuIDE07J6Q66as7JmAIDE17J6Q66asIOuyiO2YuChEaW5lcnMsIEFNRVgp64qUIOusuOyEnOyXkCDsoJXtlbTsp4Qg7ZiV7Iud7J20IOyXhuycvOuvgOuhnCDqsoDsgqztlZjsp4Ag7JWK7Iq164uI64ukLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWycHQogY2FyZC1udW1iZXItbHVobkRgY2FyZF9udW1iZXJgIGZhaWxzIHRoZSBMdWhuIGNoZWNrZmBjYXJkX251bWJlcmDqsIAgTHVobiDqsoDsgqzrpbwg7Ya16rO87ZWY7KeAIOuqu+2VqA53YXJuaW5nAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAhwCBgQGAi4AAAIIAgQGAi4AAAIGLl5bIC1dKihcZFsgLV0qKXsxNCwxNn0kAAQGAi4AAAIQCGx1aG4GAi4AAAIGClsxLTldAAAAAagCYGNhcmRfbnVtYmVyYCBpcyBub3QgYSB2YWxpZCBjYXJkIG51bWJlcjogaXQgZmFpbHMgdGhlIEx1aG4gY2hlY2sgb3IgaXMgYWxsIHplcm9zLCBsaWtlIHRoZSBwbGFjZWhvbGRlcnMgMTIzNC0xMjM0LTEyMzQtMTIzNCBhbmQgMDAwMC0wMDAwLTAwMDAtMDAwMOwCYGNhcmRfbnVtYmVyYOqwgCDsnKDtmqjtlZwg7Lm065Oc67KI7Zi46rCAIOyVhOuLmeuLiOuLpC4gMTIzNC0xMjM0LTEyMzQtMTIzNOuCmCAwMDAwLTAwMDAtMDAwMC0wMDAwIOqwmeydgCDsmIjsi5wg6rCS7LKY65+8IEx1aG4g6rKA7IKs66W8IO2GteqzvO2VmOyngCDrqrvtlZjqsbDrgpgg66qo65GQIDDsnoXri4jri6QAANAGRXZlcnkgaXNzdWVkIGNhcmQgbnVtYmVyIHBhc3NlcyB0aGUgTHVobiBjaGVjayBkaWdpdDsgb25lIHRoYXQgZmFpbHMgaXMgYSB0eXBvIG9yIGEgcGxhY2Vob2xkZXIsIHN1Y2ggYXMgdGhlIEtDUCBwYWdlJ3MgYDEyMzQtMTIzNC0xMjM0LTEyMzRgLCBhbmQgaXMgcmVmdXNlZCBhcyBhbiBpbnZhbGlkIGNhcmQgKEtDUCByZXN1bHQgY29kZXMgODEwOCwgQ0MxNCkuIEEgbnVtYmVyIG9mIHplcm9zIHBhc3NlcyB0aGUgY2hlY2sgZGlnaXQgYnV0IGlzIG5vIGNhcmQgKGNsaWVudCBleGFtcGxlcyBzZW5kIGAwMDAwLTAwMDAtMDAwMC0wMDAwYCkuIEEgd2FybmluZyBiZWNhdXNlIHRlc3QgZW52aXJvbm1lbnRzIG1heSB1c2UgbWFkZS11cCBudW1iZXJzLiBOdW1iZXJzIG9mIHRoZSB3cm9uZyBsZW5ndGggYXJlIGBjYXJkLW51bWJlci1sZW5ndGhgLoQJ67Cc6riJ65CcIOy5tOuTnOuyiO2YuOuKlCDrqqjrkZAgTHVobiDqsoDsgqwg7Iir7J6Q66W8IO2GteqzvO2VqeuLiOuLpC4g7Ya16rO87ZWY7KeAIOuqu+2VmOuKlCDrsojtmLjripQg7Jik7YOA7J206rGw64KYIEtDUCDsl7Drj5kg66y47ISc7J2YIGAxMjM0LTEyMzQtMTIzNC0xMjM0YCDqsJnsnYAg7J6Q66as7ZGc7Iuc7J6Q7J2066mwLCDsnKDtmqjtlZjsp4Ag7JWK7J2AIOy5tOuTnOuhnCDqsbDsoIjrkKnri4jri6QoS0NQIOqysOqzvCDsvZTrk5wgODEwOCwgQ0MxNCkuIDDsnLzroZzrp4wg65CcIOuyiO2YuOuKlCDqsoDsgqwg7Iir7J6Q64qUIO2GteqzvO2VmOyngOunjCDsubTrk5zrsojtmLjqsIAg7JWE64uZ64uI64ukKO2BtOudvOydtOyWuO2KuCDsmIjsoJzqsIAgYDAwMDAtMDAwMC0wMDAwLTAwMDBg7J2EIOuztOuDheuLiOuLpCkuIO2FjOyKpO2KuCDtmZjqsr3sl5DshJzripQg7KeA7Ja064K4IOuyiO2YuOulvCDsk7gg7IiYIOyeiOycvOuvgOuhnCDqsr3qs6DsnoXri4jri6QuIOq4uOydtOqwgCDsnpjrqrvrkJwg67KI7Zi464qUIGBjYXJkLW51bWJlci1sZW5ndGhg6rCAIOuztOqzoO2VqeuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0QtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzmHQocZXhwaXJ5LW1pc3NpbmcmYGV4cGlyeWAgaXMgbWlzc2luZx5gZXhwaXJ5YCDriITrnb0KZXJyb3IBAQQgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUAAgACDGV4cGlyeQACAAxleHBpcnnGAQAAAAFgYGV4cGlyeWAgaXMgcmVxdWlyZWQ6IHRoZSBjYXJkIGV4cGlyeSBhcyBZWVlZLU1NggFgZXhwaXJ5YCjsubTrk5wg7Jyg7Zqo6riw6rCEKeydgCDtlYTsiJjsnoXri4jri6QgKFlZWVktTU0g7ZiV7IudKQAAugFUaGUgdjEgUkVTVCBzY2hlbWEgcmVxdWlyZXMgYGV4cGlyeWAgb24gL3N1YnNjcmliZS9wYXltZW50cy9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycy7yAXYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAvc3Vic2NyaWJlL3BheW1lbnRzL29uZXRpbWXqs7wgL3N1YnNjcmliZS9jdXN0b21lcnPsl5DshJwgYGV4cGlyeWDrpbwg7ZWE7IiY66GcIOyalOq1rO2VqeuLiOuLpC56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1suh4KGmV4cGlyeS1mb3JtYXQuYGV4cGlyeWAgaXMgbm90IFlZWVktTU1IYGV4cGlyeWDqsIAgWVlZWS1NTSDtmJXsi53snbQg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggMZXhwaXJ5AAIADGV4cGlyecYBAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACEBZjYXJkLWV4cGlyeQAAAAG0AWBleHBpcnlgIG11c3QgYmUgWVlZWS1NTSB3aXRoIGEgbW9udGggZnJvbSAwMSB0byAxMiwgc3VjaCBhcyAyMDMwLTEyIChub3QgTU0vWVkgb3IgWVlZWU1NKfwBYGV4cGlyeWDripQgMjAzMC0xMuyymOufvCBZWVlZLU1NIO2YleyLnSjsm5TsnYAgMDF+MTIp7J207Ja07JW8IO2VqeuLiOuLpCAoTU0vWVksIFlZWVlNTSDtmJXsi53snYAg7IKs7Jqp7ZWgIOyImCDsl4bsirXri4jri6QpAACWA1RoZSB2MSBSRVNUIHNjaGVtYTogIuy5tOuTnCDsnKDtmqjquLDqsIQoWVlZWS1NTSkg6riw7J6sIOyWkeyLneydhCDsnKDsnZjtlZjshLjsmpQiLiBUaGUgY2FyZCdzIG93biBNTS9ZWSBsYXlvdXQgYW5kIGNvbXBhY3QgWVlZWU1NIGFyZSBjb21tb24gbWlzdGFrZXM7IEtDUCByZWZ1c2VzIG1hbGZvcm1lZCBleHBpcmllcyAocmVzdWx0IGNvZGUgODEwOSkuogR2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZgg7ISk66qF7J2AICLsubTrk5wg7Jyg7Zqo6riw6rCEKFlZWVktTU0pIOq4sOyerCDslpHsi53snYQg7Jyg7J2Y7ZWY7IS47JqUIuyeheuLiOuLpC4g7Lm065Oc7JeQIOygge2ejCBNTS9ZWSDtmJXsi53qs7wg6rWs67aEIOusuOyekCDsl4bripQgWVlZWU1N7J2AIO2dlO2VnCDsi6TsiJjsnbTrqbAsIEtDUOuKlCDtmJXsi53snbQg7J6Y66q765CcIOycoO2aqOq4sOqwhOydhCDqsbDsoIjtlanri4jri6Qo6rKw6rO8IOy9lOuTnCA4MTA5KS56aHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQ/dj12MQEUS0NQLUNELTAwNQAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1s7h4KFmV4cGlyeS1wYXN0IENhcmQgaGFzIGV4cGlyZWQ67Lm065OcIOycoO2aqOq4sOqwhOydtCDsp4DrgqgKZXJyb3IBAQYgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQEGDGV4cGlyeQACAAxleHBpcnnGAQIIAgIIDGV4cGlyeQACAAxleHBpcnnGAQIYAAAAAYgBYGV4cGlyeWAgaXMgaW4gdGhlIHBhc3Q6IHRoZSBjYXJkIGhhcyBleHBpcmVkIGFuZCBLQ1Agd2lsbCByZWZ1c2UgaXTKAWBleHBpcnlg6rCAIOydtOuvuCDsp4Drgpwg64Kg7Kec7J6F64uI64ukLiDsnKDtmqjquLDqsITsnbQg7KeA64KcIOy5tOuTnOuKlCBLQ1Dsl5DshJwg6rGw7KCI65Cp64uI64ukAYoBYSBjYXJkIGlzIHZhbGlkIHRocm91Z2ggdGhlIGxhc3QgZGF5IG9mIGl0cyBleHBpcnkgbW9udGggKEtvcmVhIHRpbWUptgHsubTrk5zripQg7Jyg7Zqo6riw6rCEIOyblOydmCDrp4jsp4Drp4kg64KgKO2VnOq1rSDsi5zqsIQp6rmM7KeAIOyCrOyaqe2VoCDsiJgg7J6I7Iq164uI64ukAIIEQW4gZXhwaXJlZCBjYXJkIGlzIHJlZnVzZWQgKEtDUCByZXN1bHQgY29kZXMgQ0M1NCwgQ0M1NSkuIFRoZSBLQ1AgcGFnZSdzIC9vbmV0aW1lIGV4YW1wbGVzIHNlbmQgYGV4cGlyeTogIjIwMTktMDEiYCBhbmQgaXRzIC9zdWJzY3JpYmUvY3VzdG9tZXJzIGV4YW1wbGUgYDIwMjUtMTJgLCBib3RoIHBhc3Q7IGNvcGllZCBhcyB0aGV5IGFyZSwgdGhleSBmYWlsLiBUaGUgbW9udGggY291bnRzIHVudGlsIGl0cyBsYXN0IG1vbWVudCwgS29yZWEgdGltZS72BeycoO2aqOq4sOqwhOydtCDsp4Drgpwg7Lm065Oc64qUIOqxsOygiOuQqeuLiOuLpChLQ1Ag6rKw6rO8IOy9lOuTnCBDQzU0LCBDQzU1KS4gS0NQIOyXsOuPmSDrrLjshJzsnZggL29uZXRpbWUg7JiI7Iuc64qUIGBleHBpcnk6ICIyMDE5LTAxImDsnYQsIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyYiOyLnOuKlCBgMjAyNS0xMmDrpbwg67O064K064qU642wIOuRmCDri6Qg7KeA64KcIOuCoOynnOydtOuvgOuhnCDqt7jrjIDroZwg67O17IKs7ZWY66m0IOyLpO2MqO2VqeuLiOuLpC4g7Jyg7Zqo6riw6rCE7J2YIOuLrOydgCDtlZzqta0g7Iuc6rCE7Jy866GcIOq3uCDri6zsnZgg66eI7KeA66eJIOyInOqwhOq5jOyngCDsnKDtmqjtlZwg6rKD7Jy866GcIOu0heuLiOuLpC6UAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL29waS9rby9pbnRlZ3JhdGlvbi9wZy92MS9uaG4ta2NwL3JlYWRtZT92PXYxARRLQ1AtQ0QtMDA2AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWy0HwoYYmlydGgtZm9ybWF0VGBiaXJ0aGAgaXMgbm90IFlZTU1ERCBvciBhIGJ1c2luZXNzIG51bWJlcoQBYGJpcnRoYOqwgCDsg53rhYTsm5TsnbwgNuyekOumrOuCmCDsgqzsl4XsnpDrk7HroZ3rsojtmLjqsIAg7JWE64uYCmVycm9yAQEGIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUAAggKYmlydGgAAgAKYmlydGjIAQIcAggEBgIuAAACCAIEBgIuAAACBgRcUwYCLgAAAhAMeXltbWRkBgIuAAACBhBeXGR7MTB9JAAAAAHuAWBiaXJ0aGAgbXVzdCBiZSBhIGRhdGUgb2YgYmlydGggYXMgNiBkaWdpdHMgWVlNTUREIChhIHJlYWwgZGF0ZSkgb3IsIGZvciBhIGNvcnBvcmF0ZSBjYXJkLCB0aGUgMTAtZGlnaXQgYnVzaW5lc3MgbnVtYmVyhgJgYmlydGhg64qUIOyDneuFhOyblOydvCA27J6Q66asKFlZTU1ERCwg7Iuk7KCcIOuCoOynnCkg65iQ64qUIOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4IDEw7J6Q66as7Jes7JW8IO2VqeuLiOuLpAAAmgNUaGUgdjEgUkVTVCBzY2hlbWE6ICLsg53rhYTsm5Tsnbw27J6Q66asKFlZTU1ERCkgKOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4MTDsnpDrpqwpIi4gQW4gOC1kaWdpdCBZWVlZTU1ERCwgc2VwYXJhdG9ycyBvciBhbiBpbXBvc3NpYmxlIGRhdGUgYXJlIHJlZnVzZWQgYnkgS0NQIChyZXN1bHQgY29kZXMgODExMCwgQ0M2NikuiAR2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZgg7ISk66qF7J2AICLsg53rhYTsm5Tsnbw27J6Q66asKFlZTU1ERCkgKOuyleyduOy5tOuTnOydmCDqsr3smrAg7IKs7JeF7J6Q65Ox66Gd67KI7Zi4MTDsnpDrpqwpIuyeheuLiOuLpC4gOOyekOumrCBZWVlZTU1ERCwg6rWs67aEIOusuOyekOqwgCDrk6TslrTqsIQg6rCSLCDsobTsnqztlaAg7IiYIOyXhuuKlCDrgqDsp5zripQgS0NQ6rCAIOqxsOygiO2VqeuLiOuLpCjqsrDqs7wg7L2U65OcIDgxMTAsIENDNjYpLnpodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudD92PXYxARRLQ1AtQ0QtMDA3AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyAIAoaYmlydGgtbWlzc2luZyRgYmlydGhgIGlzIG1pc3NpbmccYGJpcnRoYCDriITrnb0Od2FybmluZwEBBCByZXN0LWJpbGxpbmcta2V5GHJlc3Qtb25ldGltZQACAAIKYmlydGgAAgAKYmlydGjIAQAAAAH4AWBiaXJ0aGAgaXMgbWlzc2luZzogS0NQIGNoZWNrcyB0aGUgY2FyZCBob2xkZXIncyBkYXRlIG9mIGJpcnRoIChvciBidXNpbmVzcyBudW1iZXIpIGZvciBrZXktaW4gcGF5bWVudHMgYW5kIEFQSSBiaWxsaW5nIGtleXPyAmBiaXJ0aGAo7IOd64WE7JuU7J28IDbsnpDrpqwg65iQ64qUIOyCrOyXheyekOuTseuhneuyiO2YuCAxMOyekOumrCnqsIAg7JeG7Iq164uI64ukLiBLQ1DripQg7IiY6riwIOqysOygnOyZgCBBUEkg67mM66eB7YKkIOuwnOq4iSDsi5wg7Lm065OcIOyGjOycoOyekOydmCDsg53rhYTsm5TsnbzsnYQg7ZmV7J247ZWp64uI64ukAADSA0V2ZXJ5IEtDUCBleGFtcGxlIG9mIC9vbmV0aW1lIGFuZCAvc3Vic2NyaWJlL2N1c3RvbWVycyBzZW5kcyBgYmlydGhgLCBhbmQgUG9ydE9uZSdzIFYyIEtDUCBwYWdlIChhIGZhY3QgYWJvdXQgdGhlIFBHKSBzYXlzIGl0IGlzIHJlcXVpcmVkIGZvciBLQ1AgQVBJIGJpbGxpbmcga2V5cy4gVGhlIHYxIFJFU1Qgc2NoZW1hIG1hcmtzIGl0ICJ2YXJpZXMgYnkgUEcgb3IgY29udHJhY3QiLCBzbyBhIHdhcm5pbmcu6AQvb25ldGltZeqzvCAvc3Vic2NyaWJlL2N1c3RvbWVyc+ydmCDrqqjrk6AgS0NQIOyYiOyLnOqwgCBgYmlydGhg66W8IOuztOuCtOupsCwg7Y+s7Yq47JuQIFYyIEtDUCDsl7Drj5kg66y47IScKFBH7IKsIOyekOyytOyXkCDqtIDtlZwg7IKs7IukKeuKlCBLQ1AgQVBJIOu5jOunge2CpCDrsJzquInsl5Ag7J20IOqwkuydtCDtlYTsiJjrnbzqs6Ag67Cd7Z6Z64uI64ukLiB2MSBSRVNUIEFQSSDsiqTtgqTrp4jripQgIlBH7IKs64KYIOqzhOyVveyXkCDrlLDrnbwg64uk66aEIuycvOuhnCDtkZzsi5ztlZjrr4DroZwg6rK96rOg7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DRC0wMDgAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMogCiJwd2QtMmRpZ2l0LWZvcm1hdDhgcHdkXzJkaWdpdGAgaXMgbm90IDIgZGlnaXRzUGBwd2RfMmRpZ2l0YOydtCDsiKvsnpAgMuyekOumrOqwgCDslYTri5gKZXJyb3IBAQYgcmVzdC1iaWxsaW5nLWtleRhyZXN0LW9uZXRpbWUacmVzdC1zY2hlZHVsZQACCBRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAhwCBgQGAi4AAAIIAgQGAi4AAAIGBFxTBgIuAAACBg5eXGR7Mn0kAAAAAZwBYHB3ZF8yZGlnaXRgIG11c3QgYmUgdGhlIGZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3JkLCBleGFjdGx5IDIgZGlnaXRzjAFgcHdkXzJkaWdpdGDsnYAg7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCDsiKvsnpDsl6zslbwg7ZWp64uI64ukAADaAlRoZSB2MSBSRVNUIHNjaGVtYTogIuy5tOuTnOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCIuIFRoZSB3aG9sZSA0LWRpZ2l0IHBhc3N3b3JkLCBvciBhIHNpbmdsZSBkaWdpdCwgaXMgcmVmdXNlZCAoS0NQIHJlc3VsdCBjb2RlcyA4MTExLCBDQzYzKSBhbmQgbXVzdCBuZXZlciBiZSBzZW50IGluIGZ1bGwu1AN2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZgg7ISk66qF7J2AICLsubTrk5zruYTrsIDrsojtmLgg7JWeIDLsnpDrpqwi7J6F64uI64ukLiA07J6Q66asIOu5hOuwgOuyiO2YuCDsoITssrTrgpgg7ZWcIOyekOumrOunjCDrs7TrgrTrqbQg6rGw7KCI65CY66mwKEtDUCDqsrDqs7wg7L2U65OcIDgxMTEsIENDNjMpLCDruYTrsIDrsojtmLgg7KCE7LK064qUIOygiOuMgCDrs7TrgrTshJzripQg7JWIIOuQqeuLiOuLpC5yaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvYmlsbGluZ2tleT92PXYxARRLQ1AtQ0QtMDA5AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWyEIQokcHdkLTJkaWdpdC1taXNzaW5nWGBwd2RfMmRpZ2l0YCBtaXNzaW5nIG9uIC9zdWJzY3JpYmUvY3VzdG9tZXJzZC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyalOyyreyXkCBgcHdkXzJkaWdpdGAg64iE6529Dndhcm5pbmcBAQIgcmVzdC1iaWxsaW5nLWtleQACAAIUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgAAAAHiAWBwd2RfMmRpZ2l0YCBpcyBtaXNzaW5nOiBLQ1AgbmVlZHMgdGhlIGZpcnN0IDIgZGlnaXRzIG9mIHRoZSBjYXJkIHBhc3N3b3JkIHRvIGlzc3VlIGEgYmlsbGluZyBrZXkgdGhyb3VnaCB0aGUgQVBJoAJgcHdkXzJkaWdpdGAo7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrCnqsIAg7JeG7Iq164uI64ukLiBLQ1AgQVBJIOu5jOunge2CpCDrsJzquInsl5DripQg7Lm065OcIOu5hOuwgOuyiO2YuCDslZ4gMuyekOumrOqwgCDtlYTsmpTtlanri4jri6QAAMYDVGhlIEtDUCBwYWdlJ3MgL3N1YnNjcmliZS9jdXN0b21lcnMgZXhhbXBsZSBzZW5kcyBgcHdkXzJkaWdpdGAsIGFuZCBQb3J0T25lJ3MgVjIgS0NQIHBhZ2UgKGEgZmFjdCBhYm91dCB0aGUgUEcpIHNheXMgaXQgaXMgcmVxdWlyZWQgZm9yIEtDUCBBUEkgYmlsbGluZyBrZXlzLiBUaGUgdjEgUkVTVCBzY2hlbWEgbWFya3MgaXQgInZhcmllcyBieSBQRyBvciBjb250cmFjdCIsIHNvIGEgd2FybmluZy7oBEtDUCDsl7Drj5kg66y47ISc7J2YIC9zdWJzY3JpYmUvY3VzdG9tZXJzIOyYiOyLnOuKlCBgcHdkXzJkaWdpdGDsnYQg67O064K066mwLCDtj6ztirjsm5AgVjIgS0NQIOyXsOuPmSDrrLjshJwoUEfsgqwg7J6Q7LK07JeQIOq0gO2VnCDsgqzsi6Qp64qUIEtDUCBBUEkg67mM66eB7YKkIOuwnOq4ieyXkCDsnbQg6rCS7J20IO2VhOyImOudvOqzoCDrsJ3tnpnri4jri6QuIHYxIFJFU1QgQVBJIOyKpO2CpOuniOuKlCAiUEfsgqzrgpgg6rOE7JW97JeQIOuUsOudvCDri6TrpoQi7Jy866GcIO2RnOyLnO2VmOuvgOuhnCDqsr3qs6DsnoXri4jri6QulAFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9vcGkva28vaW50ZWdyYXRpb24vcGcvdjEvbmhuLWtjcC9yZWFkbWU/dj12MQEUS0NQLUNELTAxMAAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1syCEKNHB3ZC0yZGlnaXQtbWlzc2luZy1vbmV0aW1lQmBwd2RfMmRpZ2l0YCBub3Qgc2VudCBvbiAvb25ldGltZUwvb25ldGltZSDsmpTssq3sl5AgYHB3ZF8yZGlnaXRgIOyXhuydjAhpbmZvAQECGHJlc3Qtb25ldGltZQACAAIUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgAAAAHEAmBwd2RfMmRpZ2l0YCBpcyBub3Qgc2VudDogZGVwZW5kaW5nIG9uIHRoZSBLQ1AgY29udHJhY3QsIGtleS1pbiBwYXltZW50cyAoYW5kIGJpbGxpbmcga2V5cyBzYXZlZCB3aXRoIGBjdXN0b21lcl91aWRgKSBuZWVkIHRoZSBmaXJzdCAyIGRpZ2l0cyBvZiB0aGUgY2FyZCBwYXNzd29yZOwCYHB3ZF8yZGlnaXRg7J20IOyXhuyKteuLiOuLpC4gS0NQIOqzhOyVveyXkCDrlLDrnbwg7IiY6riwIOqysOygnCjrsI8gYGN1c3RvbWVyX3VpZGDroZwg7ZWo6ruYIOyggOyepe2VmOuKlCDruYzrp4HtgqQp7JeQIOy5tOuTnCDruYTrsIDrsojtmLgg7JWeIDLsnpDrpqzqsIAg7ZWE7JqU7ZWgIOyImCDsnojsirXri4jri6QAAOgDVGhlIEtDUCBwYWdlJ3MgL29uZXRpbWUgZXhhbXBsZXMgb21pdCBgcHdkXzJkaWdpdGAsIHdoaWxlIHRoZSBsZWdhY3kgS0NQIEFQSSBndWlkZSBhbmQgUG9ydE9uZSdzIFB5dGhvbiBjbGllbnQgc2VuZCBpdCBhbmQgUG9ydE9uZSdzIFYyIEtDUCBwYWdlIHJlcXVpcmVzIGl0IGZvciBBUEkgYmlsbGluZyBrZXlzLiBBZHZpY2Ugb25seSwgYmVjYXVzZSB0aGUgS0NQIHBhZ2UncyBvd24gZXhhbXBsZSB3b3JrcyB3aXRob3V0IGl0LrQFS0NQIOyXsOuPmSDrrLjshJzsnZggL29uZXRpbWUg7JiI7Iuc7JeQ64qUIGBwd2RfMmRpZ2l0YOydtCDsl4bsp4Drp4wsIOq1rCBLQ1AgQVBJIOqwgOydtOuTnOyZgCDtj6ztirjsm5AgUHl0aG9uIO2BtOudvOydtOyWuO2KuOuKlCDsnbQg6rCS7J2EIOuztOuCtOupsCDtj6ztirjsm5AgVjIgS0NQIOyXsOuPmSDrrLjshJzripQgQVBJIOu5jOunge2CpCDrsJzquInsl5Ag7J20IOqwkuydhCDtlYTsiJjroZwg7JqU6rWs7ZWp64uI64ukLiBLQ1Ag7Jew64+ZIOusuOyEnOydmCDsmIjsi5zqsIAg7J20IOqwkiDsl4bsnbTrj4Qg64+Z7J6R7ZWY66+A66GcIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLpQBaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL2ludGVncmF0aW9uL3BnL3YxL25obi1rY3AvcmVhZG1lP3Y9djEBFEtDUC1DRC0wMTAAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbP4hCj5zY2hlZHVsZS1jYXJkLWZpZWxkcy1pbmNvbXBsZXRlQkluY29tcGxldGUgY2FyZCBkYXRhIG9uIC9zY2hlZHVsZWIvc2NoZWR1bGUg7JqU7LKt7J2YIOy5tOuTnCDsoJXrs7TqsIAg67aI7JmE7KCE7ZWoCmVycm9yAQECGnJlc3Qtc2NoZWR1bGUBAggCBAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgYEXFMABAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAgABBAYWY2FyZF9udW1iZXIAAgAWY2FyZF9udW1iZXIIAggCAgQGDGV4cGlyeQACAAxleHBpcnnGAQIGBFxTAAQGDGV4cGlyeQACAAxleHBpcnnGAQIAAQQGDGV4cGlyeQACAAxleHBpcnnGAQIIAgIEBgpiaXJ0aAACAApiaXJ0aMgBAgYEXFMABAYKYmlydGgAAgAKYmlydGjIAQIAAQQGCmJpcnRoAAIACmJpcnRoyAECCAICBAYUcHdkXzJkaWdpdAACABRwd2RfMmRpZ2l0DgIGBFxTAAQGFHB3ZF8yZGlnaXQAAgAUcHdkXzJkaWdpdA4CAAEEBhRwd2RfMmRpZ2l0AAIAFHB3ZF8yZGlnaXQOAggCAgAGFmNhcmRfbnVtYmVyAAIAFmNhcmRfbnVtYmVyCAxleHBpcnkAAgAMZXhwaXJ5xgEKYmlydGgAAgAKYmlydGjIAQAAAAGoAmB7ZmllbGR9YCBpcyBtaXNzaW5nOiB3aXRoIGNhcmQgZGF0YSwgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZSBmaXJzdCBpc3N1ZXMgYSBiaWxsaW5nIGtleSBhbmQgbmVlZHMgYGNhcmRfbnVtYmVyYCwgYGV4cGlyeWAgYW5kIGBiaXJ0aGAgdG9nZXRoZXKAA2B7ZmllbGR9YOydtCjqsIApIOyXhuyKteuLiOuLpC4g7Lm065OcIOygleuztOulvCDrs7TrgrTrqbQgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydgCDruYzrp4HtgqTrpbwg66i87KCAIOuwnOq4ie2VmOuvgOuhnCBgY2FyZF9udW1iZXJgLCBgZXhwaXJ5YCwgYGJpcnRoYOulvCDrqqjrkZAg7J6F66Cl7ZW07JW8IO2VqeuLiOuLpAGYAXRoZSBib2R5IGNhcnJpZXMgY2FyZCBkYXRhLCBzbyBhIG5ldyBiaWxsaW5nIGtleSBpcyBpc3N1ZWQgYmVmb3JlIHNjaGVkdWxpbmeeAey5tOuTnCDsoJXrs7TqsIAg7J6I7Jy866+A66GcIOyYiOyVvSDsoITsl5Ag67mM66eB7YKk66W8IOyDiOuhnCDrsJzquIntlanri4jri6QA8ANUaGUgUkVTVCByZWZlcmVuY2Ugb2YgL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZTogd2l0aCBhIGBjdXN0b21lcl91aWRgIHRoYXQgaGFzIG5vIGJpbGxpbmcga2V5IHlldCwgYSBrZXkgaXMgaXNzdWVkIGZpcnN0IGFuZCB0aGUgY2FyZCBkYXRhIGlzIG1hbmRhdG9yeTsgd2l0aCBhbiBleGlzdGluZyBrZXkgaXQgaXMgb3B0aW9uYWwuIEEgYm9keSB3aXRoIG9ubHkgcGFydCBvZiB0aGUgY2FyZCBkYXRhIGNhbiBkbyBuZWl0aGVyLroFL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZeydmCBSRVNUIEFQSSDrrLjshJzsl5Ag65Sw66W066m0LCDslYTsp4Eg67mM66eB7YKk6rCAIOyXhuuKlCBgY3VzdG9tZXJfdWlkYOuhnCDsmpTssq3tlZjrqbQg67mM66eB7YKk66W8IOuovOyggCDrsJzquIntlZjrr4DroZwg7Lm065OcIOygleuztOqwgCDtlYTsiJjsnbTqs6AsIOydtOuvuCDruYzrp4HtgqTqsIAg7J6I7Jy866m0IOy5tOuTnCDsoJXrs7TripQg7ISg7YOd7J6F64uI64ukLiDsubTrk5wg7KCV67O066W8IOydvOu2gOunjCDri7TsnYAg7JqU7LKtIOuzuOusuOydgCDslrTripAg7Kq97Jy866Gc64+EIOyymOumrOuQoCDsiJgg7JeG7Iq164uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFEtDUC1DRC0wMTEAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbLQiChpzY2hlZHVsZS1mbGF0WEEgc2NoZWR1bGUgd3JpdHRlbiBmbGF0LCB3aXRob3V0IGBzY2hlZHVsZXNgYmBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5Ag7JO0IOyYiOyVvSDqsrDsoJwKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQEABAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAAGFnNjaGVkdWxlX2F0AAIAFnNjaGVkdWxlX2F0AgIAAQICAhZzY2hlZHVsZV9hdAACABZzY2hlZHVsZV9hdAIAAAABrANgc2NoZWR1bGVfYXRgIGlzIGF0IHRoZSB0b3AgbGV2ZWw6IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgdGFrZXMgYGN1c3RvbWVyX3VpZGAgYW5kIGBzY2hlZHVsZXNgLCBhbiBhcnJheSBvZiBjaGFyZ2VzIGVhY2ggd2l0aCBpdHMgb3duIGBtZXJjaGFudF91aWRgLCBgc2NoZWR1bGVfYXRgIGFuZCBgYW1vdW50YDsgbmVzdCB0aGUgY2hhcmdlIGluIGBzY2hlZHVsZXNg+gNgc2NoZWR1bGVfYXRg7J20IOy1nOyDgeychOyXkCDsnojsirXri4jri6QuIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DripQgYGN1c3RvbWVyX3VpZGDsmYAsIOyYiOyVvSDqsbTrp4jri6QgYG1lcmNoYW50X3VpZGAsIGBzY2hlZHVsZV9hdGAsIGBhbW91bnRg66W8IOqwgOynhCDrsLDsl7QgYHNjaGVkdWxlc2Drpbwg67O064K07JW8IO2VqeuLiOuLpC4g7JiI7JW9IOqxtOydhCBgc2NoZWR1bGVzYCDslYjsl5Ag64Sj7Jy87IS47JqUAACuBVRoZSB2MSBSRVNUIHNjaGVtYSBvZiAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxlIGhhcyBgc2NoZWR1bGVfYXRgIG9ubHkgaW5zaWRlIHRoZSBpdGVtcyBvZiBgc2NoZWR1bGVzYC4gQSBib2R5IHdpdGggYSB0b3AtbGV2ZWwgYHNjaGVkdWxlX2F0YCBhbmQgbm8gYHNjaGVkdWxlc2AgKHRoZSAvYWdhaW4gYm9keSB3aXRoIGEgdGltZSBhZGRlZCkgaXMgcmVmdXNlZCBmb3IgdGhlIG1pc3NpbmcgYHNjaGVkdWxlc2A7IHRoZSBmaXggaXMgdG8gbmVzdCB0aGUgY2hhcmdlLiBUaGUgcnVsZSBzdG9wcyBmdXJ0aGVyIGNoZWNrczogZXZlcnkgb3RoZXIgZmluZGluZyB3b3VsZCBvbmx5IHJlcGVhdCBpdC6eBy9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsnZggdjEgUkVTVCBBUEkg7Iqk7YKk66eI7JeQ7IScIGBzY2hlZHVsZV9hdGDsnYAgYHNjaGVkdWxlc2DsnZgg7ZWt66qpIOyViOyXkOunjCDsnojsirXri4jri6QuIGBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5AgYHNjaGVkdWxlX2F0YOydtCDsnojripQg7JqU7LKtIOuzuOusuCgvYWdhaW4g7JqU7LKtIOuzuOusuOyXkCDsi5zqsIHrp4wg642U7ZWcIOqygynsnYAgYHNjaGVkdWxlc2DqsIAg7JeG7Ja0IOqxsOygiOuQmOuvgOuhnCwg7JiI7JW9IOqxtOydhCBgc2NoZWR1bGVzYCDslYjsl5Ag64Sj7Ja07JW8IO2VqeuLiOuLpC4g7J20IOq3nOy5meydgCDsnbTtm4TsnZgg6rKA7IKs66W8IOupiOy2peuLiOuLpC4g64uk66W4IOynhOuLqOydgCDrqqjrkZAg6rCZ7J2AIOusuOygnOulvCDrkJjtkoDsnbTtlaAg67+Q7J206riwIOuVjOusuOyeheuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMgEAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1siCMKKHNjaGVkdWxlcy1hZ2Fpbi1ib2R5Oi9hZ2FpbiBib2R5IHNlbnQgdG8gL3NjaGVkdWxlVi9zY2hlZHVsZeyXkCAvYWdhaW4g7JqU7LKtIOuzuOusuOydhCDrs7Trg4QKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQEABAYSc2NoZWR1bGVzAAIAEnNjaGVkdWxlcwACAAACBAYYbWVyY2hhbnRfdWlkAAIAGG1lcmNoYW50X3VpZAoCAAEGDGFtb3VudAACAAxhbW91bnQMAgABAgACEnNjaGVkdWxlcwACABJzY2hlZHVsZXMAAAAAAeQDdGhpcyBpcyB0aGUgL3N1YnNjcmliZS9wYXltZW50cy9hZ2FpbiBib2R5IChgY3VzdG9tZXJfdWlkYCwgYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgKSwgbm90IGEgc2NoZWR1bGU6IC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGUgdGFrZXMgYGN1c3RvbWVyX3VpZGAgYW5kIGBzY2hlZHVsZXNgLCBhbiBhcnJheSBvZiBjaGFyZ2VzIGVhY2ggd2l0aCBgbWVyY2hhbnRfdWlkYCwgYHNjaGVkdWxlX2F0YCBhbmQgYGFtb3VudGDABC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4g7JqU7LKtIOuzuOusuChgY3VzdG9tZXJfdWlkYCwgYG1lcmNoYW50X3VpZGAsIGBhbW91bnRgKeydtOupsCDsmIjslb0g6rKw7KCcIOuzuOusuOydtCDslYTri5nri4jri6QuIC9zdWJzY3JpYmUvcGF5bWVudHMvc2NoZWR1bGXsl5DripQgYGN1c3RvbWVyX3VpZGDsmYAsIOyYiOyVvSDqsbTrp4jri6QgYG1lcmNoYW50X3VpZGAsIGBzY2hlZHVsZV9hdGAsIGBhbW91bnRg66W8IOqwgOynhCDrsLDsl7QgYHNjaGVkdWxlc2Drpbwg67O064K07JW8IO2VqeuLiOuLpAGMAXRoZSBib2R5IGhhcyBhIHRvcC1sZXZlbCBgbWVyY2hhbnRfdWlkYCBvciBgYW1vdW50YCBhbmQgbm8gYHNjaGVkdWxlc2CUAWBzY2hlZHVsZXNgIOyXhuydtCDstZzsg4HsnITsl5AgYG1lcmNoYW50X3VpZGDrgpggYGFtb3VudGDqsIAg7J6I7Iq164uI64ukAPAGVGhlIEtDUCBwYWdlJ3MgIkFQSSDruYzrp4HtgqQg7JiI7JW9L+uwmOuztSDqsrDsoJwg7JqU7LKt7ZWY6riwIiBleGFtcGxlIChpbiBlYXJsaWVyIHZlcnNpb25zIG9mIHRoZSBwYWdlIGFuZCBzdGlsbCBpbiB0aGUgY3VycmVudCBvbmUpIHBvc3RzIGB7Y3VzdG9tZXJfdWlkLCBtZXJjaGFudF91aWQsIGFtb3VudH1gIHRvIC9zdWJzY3JpYmUvcGF5bWVudHMvYWdhaW4gaW5zdGVhZCBvZiBzaG93aW5nIGEgc2NoZWR1bGUuIFNlbnQgdG8gL3N1YnNjcmliZS9wYXltZW50cy9zY2hlZHVsZSwgdGhhdCBib2R5IGhhcyBubyBgc2NoZWR1bGVzYCBhbmQgaXMgcmVmdXNlZC4gVGhlIHJ1bGUgc3RvcHMgZnVydGhlciBjaGVja3M6IHRoZSBib2R5IGJlbG9uZ3MgdG8gYW5vdGhlciBlbmRwb2ludCwgYW5kIGV2ZXJ5IG90aGVyIGZpbmRpbmcgd291bGQgb25seSByZXBlYXQgdGhhdC6wCEtDUCDsl7Drj5kg66y47ISc7J2YICJBUEkg67mM66eB7YKkIOyYiOyVvS/rsJjrs7Ug6rKw7KCcIOyalOyyre2VmOq4sCIg7JiI7IucKOydtOyghCDtjJDsnZgg66y47ISc7JeQ64+ELCDtmITsnqwg66y47ISc7JeQ64+EIOyeiOyKteuLiOuLpCnripQg7JiI7JW9IOqysOygnOulvCDrs7Tsl6wg7KO864qUIOuMgOyLoCBge2N1c3RvbWVyX3VpZCwgbWVyY2hhbnRfdWlkLCBhbW91bnR9YOulvCAvc3Vic2NyaWJlL3BheW1lbnRzL2FnYWlu7Jy866GcIOuztOuDheuLiOuLpC4g7J20IOuzuOusuOydhCAvc3Vic2NyaWJlL3BheW1lbnRzL3NjaGVkdWxl66GcIOuztOuCtOuptCBgc2NoZWR1bGVzYOqwgCDsl4bslrQg6rGw7KCI65Cp64uI64ukLiDsnbQg6rec7LmZ7J2AIOydtO2bhOydmCDqsoDsgqzrpbwg66mI7Lal64uI64ukLiDrs7jrrLjsnbQg64uk66W4IOyXlOuTnO2PrOyduO2KuOydmCDqsoPsnbTrqbAsIOuLpOuluCDsp4Tri6jsnYAg66qo65GQIOq3uCDsgqzsi6TsnYQg65CY7ZKA7J207ZWgIOu/kOydtOq4sCDrlYzrrLjsnoXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDIBAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbMwjCiZzY2hlZHVsZS1hdC1taXNzaW5nTkEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYHNjaGVkdWxlX2F0YETsmIjslb0g6rG07J2YIGBzY2hlZHVsZV9hdGAg64iE6529CmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAgACMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAAAAAYABYHtmaWVsZH1gIGlzIHJlcXVpcmVkOiB3aGVuIHRvIGNoYXJnZSwgYXMgYSBVbml4IHRpbWUgaW4gc2Vjb25kc84BYHtmaWVsZH1gKOqysOygnCDsmIjslb0g7Iuc6rCBKeydgCDtlYTsiJjsnoXri4jri6QuIOy0iCDri6jsnIQgVU5JWCB0aW1lc3RhbXDroZwg7J6F66Cl7ZW07JW8IO2VqeuLiOuLpAAAxAFgc2NoZWR1bGVfYXRgIGlzIHJlcXVpcmVkIGluIGV2ZXJ5IGl0ZW0gb2YgYHNjaGVkdWxlc2AgKFNjaGVkdWxlQW5ub3RhdGlvbiBpbiB0aGUgdjEgUkVTVCBzY2hlbWEpLuIBYHNjaGVkdWxlc2DsnZgg66qo65OgIO2VreuqqeyXkOyEnCBgc2NoZWR1bGVfYXRg7J2AIO2VhOyImOyeheuLiOuLpCh2MSBSRVNUIEFQSSDsiqTtgqTrp4jsnZggU2NoZWR1bGVBbm5vdGF0aW9uKS6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sniQKOHNjaGVkdWxlLWF0LW5vdC11bml4LXNlY29uZHNCYHNjaGVkdWxlX2F0YCBpcyBub3QgVW5peCBzZWNvbmRzaGBzY2hlZHVsZV9hdGDsnbQg7LSIIOuLqOychCBVTklYIHRpbWVzdGFtcOqwgCDslYTri5gKZXJyb3IBAQIacmVzdC1zY2hlZHVsZQAGCDBzY2hlZHVsZXNbKl0uc2NoZWR1bGVfYXQABgASc2NoZWR1bGVzAAQAFnNjaGVkdWxlX2F0AgIcBAAEBgIuAAACCAQGAi4AAAIKBmd0ZQAAAADodkg3QhgxMDAwMDAwMDAwMDABvgFge2ZpZWxkfWAgaXMge3ZhbHVlfSwgYSB0aW1lIGluIG1pbGxpc2Vjb25kczogYHNjaGVkdWxlX2F0YCB0YWtlcyBVbml4IHNlY29uZHMgKGRpdmlkZSBieSAxMDAwKZoCYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg67CA66as7LSIIOuLqOychOyeheuLiOuLpC4gYHNjaGVkdWxlX2F0YOydgCDstIgg64uo7JyEIFVOSVggdGltZXN0YW1w7Jes7JW8IO2VqeuLiOuLpCAoMTAwMOycvOuhnCDrgpjriITshLjsmpQpAAAIMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAhwEAAQGAi4AAAIICAQGAi4AAAIQGHdob2xlLW51bWJlcgGKAWB7ZmllbGR9YCBpcyB7dmFsdWV9OiBgc2NoZWR1bGVfYXRgIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kc9ABYHtmaWVsZH1gIOqwkiB7dmFsdWV97J2AKOuKlCkg7KCV7IiY6rCAIOyVhOuLmeuLiOuLpC4gYHNjaGVkdWxlX2F0YOydgCDstIgg64uo7JyEIOygleyImOyXrOyVvCDtlanri4jri6QAAAgwc2NoZWR1bGVzWypdLnNjaGVkdWxlX2F0AAYAEnNjaGVkdWxlcwAEABZzY2hlZHVsZV9hdAICHAIGBgIuAAACEBh1bml4LXNlY29uZHMABAYCLgAAAggEBgIuAAACCgZndGUAAAAA6HZIN0IYMTAwMDAwMDAwMDAwAAQGAi4AAAIICAQGAi4AAAIQGHdob2xlLW51bWJlcgAAAAG8AWB7ZmllbGR9YCBtdXN0IGJlIGEgVW5peCB0aW1lIGluIHNlY29uZHMgYXMgYSBKU09OIGludGVnZXIgKHN1Y2ggYXMgMTg5MzQyMzYwMCksIGZvdW5kIHt2YWx1ZX3IAWB7ZmllbGR9YOydgCjripQpIDE4OTM0MjM2MDDsspjrn7wg7LSIIOuLqOychCBVTklYIHRpbWVzdGFtcCDsoJXsiJjsl6zslbwg7ZWY64qU642wIHt2YWx1ZX3snoXri4jri6QAAI4EVGhlIHYxIFJFU1Qgc2NoZW1hOiBgc2NoZWR1bGVfYXRgIGlzIGFuIGludGVnZXIsICLqsrDsoJzsmpTssq0g7JiI7JW97Iuc6rCBKOy0iCkgKFVOSVggdGltZXN0YW1wIGluIHNlY29uZHMpIi4gSmF2YVNjcmlwdCdzIERhdGUubm93KCkgZ2l2ZXMgbWlsbGlzZWNvbmRzLCB3aGljaCByZWFkIGFzIHNlY29uZHMgbGFuZCB0ZW5zIG9mIHRob3VzYW5kcyBvZiB5ZWFycyBhaGVhZDsgYSBmcmFjdGlvbiBvciBhIGRhdGUgc3RyaW5nIGlzIG5vdCBhIFVuaXggdGltZS6sBXYxIFJFU1QgQVBJIOyKpO2CpOuniOyXkOyEnCBgc2NoZWR1bGVfYXRg7J2AIOygleyImOydtOupsCDshKTrqoXsnYAgIuqysOygnOyalOyyrSDsmIjslb3si5zqsIEo7LSIKSAoVU5JWCB0aW1lc3RhbXAgaW4gc2Vjb25kcyki7J6F64uI64ukLiBKYXZhU2NyaXB07J2YIERhdGUubm93KCnripQg67CA66as7LSIIOqwkuydhCDrj4zroKTso7zripTrjbAsIOydtOulvCDstIjroZwg7J297Jy866m0IOyImOunjCDrhYQg65Kk6rCAIOuQqeuLiOuLpC4g7IaM7IiY7KCQIOydtO2VmOqwgCDsnojripQg6rCS7J2064KYIOuCoOynnCDrrLjsnpDsl7TsnYAgVU5JWCB0aW1lc3RhbXDqsIAg7JWE64uZ64uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1TQ0gtMDAzAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzQJAogc2NoZWR1bGUtYXQtcGFzdDhgc2NoZWR1bGVfYXRgIGlzIGluIHRoZSBwYXN0UGBzY2hlZHVsZV9hdGDsnbQg7J2066+4IOyngOuCnCDsi5zqsIHsnoQOd2FybmluZwEBAhpyZXN0LXNjaGVkdWxlAAIIMHNjaGVkdWxlc1sqXS5zY2hlZHVsZV9hdAAGABJzY2hlZHVsZXMABAAWc2NoZWR1bGVfYXQCAhgAAAAB/AFge2ZpZWxkfWAgaXMgaW4gdGhlIHBhc3Q6IFBvcnRPbmUgZG9jdW1lbnRzIG5vIGJlaGF2aW91ciBmb3IgYSBwYXN0IGBzY2hlZHVsZV9hdGAsIHNvIHRoZSBjaGFyZ2UgbWF5IHJ1biBhdCBvbmNlIG9yIGJlIHJlZnVzZWTkAmB7ZmllbGR9YOydtCjqsIApIOydtOuvuCDsp4Drgpwg7Iuc6rCB7J6F64uI64ukLiDsp4Drgpwg7Iuc6rCB7Jy866GcIOyYiOyVve2VnCDqsr3smrDsnZgg64+Z7J6R7J2AIOusuOyEnO2ZlOuQmOyWtCDsnojsp4Ag7JWK7JWEIOymieyLnCDqsrDsoJzrkJjqsbDrgpgg6rGw7KCI65CgIOyImCDsnojsirXri4jri6QAAOYDQSBzY2hlZHVsZSBpcyBtZWFudCBmb3IgYSBmdXR1cmUgdGltZTsgdGhlIFJFU1QgcmVmZXJlbmNlIGRvY3VtZW50cyBubyBiZWhhdmlvdXIgZm9yIGEgcGFzdCBgc2NoZWR1bGVfYXRgLCB3aGljaCB1c3VhbGx5IGNvbWVzIGZyb20gYSB3cm9uZyBjbG9jaywgYSByZXVzZWQgZml4dHVyZSBvciBzZWNvbmRzIGFuZCBtaWxsaXNlY29uZHMgbWl4ZWQgdXAuIEEgd2FybmluZyBiZWNhdXNlIHRoZSBvdXRjb21lIGlzIHVua25vd24uiAXsmIjslb3snYAg66+4656YIOyLnOqwgeyXkCDqsrDsoJztlZjroKTripQg6rKD7J6F64uI64ukLiBSRVNUIEFQSSDrrLjshJzsl5DripQg7KeA64KcIGBzY2hlZHVsZV9hdGDsl5Ag64yA7ZWcIOuPmeyekeydtCDrgpjsmYAg7J6I7KeAIOyViuycvOupsCwg7KeA64KcIOyLnOqwgeydgCDrjIDqsJwg7J6Y66q765CcIOyLnOqzhCwg7J6s7IKs7Jqp7ZWcIO2FjOyKpO2KuCDrjbDsnbTthLAoZml4dHVyZSksIOy0iOyZgCDrsIDrpqzstIjsnZgg7Zi864+Z7JeQ7IScIOyDneq5geuLiOuLpC4g6rKw6rO866W8IOyVjCDsiJgg7JeG7Jy866+A66GcIOqyveqzoOyeheuLiOuLpC6OAWh0dHBzOi8vZGV2ZWxvcGVycy5wb3J0b25lLmlvL2FwaS9yZXN0LXYxL25vbkF1dGhQYXltZW50LnN1YnNjcmliZT92PXYxARZLQ1AtU0NILTAwMwAAAODpqZUNAAAwUnVsZXMvNDAtcmVzdC1ydWxlcy55YW1sxiUKNHNjaGVkdWxlcy1jdXJyZW5jeS1taXNzaW5nSEEgc2NoZWR1bGVkIGNoYXJnZSBoYXMgbm8gYGN1cnJlbmN5YD7smIjslb0g6rG07J2YIGBjdXJyZW5jeWAg7JeG7J2MCGluZm8BAQIacmVzdC1zY2hlZHVsZQACAAIqc2NoZWR1bGVzWypdLmN1cnJlbmN5AAYAEnNjaGVkdWxlcwAEABBjdXJyZW5jeWwAAAAB/gFge2ZpZWxkfWAgaXMgbm90IHNldDogdGhlIHYxIEFQSSBzY2hlbWEgbGlzdHMgYGN1cnJlbmN5YCBhcyByZXF1aXJlZCBpbiBzY2hlZHVsZXMgKEtSVyB3aGVuIG9taXR0ZWQpOyBzZW5kIGBLUldgIHRvIGJlIGV4cGxpY2l0iANge2ZpZWxkfWDsnbQo6rCAKSDsl4bsirXri4jri6QuIHYxIEFQSSDsiqTtgqTrp4jsl5DshJwg7JiI7JW9IOqxtOydmCBgY3VycmVuY3lg64qUIO2VhOyImOuhnCDtkZzsi5zrkJjslrQg7J6I7Iq164uI64ukICjsg53rnrXtlZjrqbQgS1JXKS4gYEtSV2Drpbwg66qF7Iuc7KCB7Jy866GcIOuztOuCtOuKlCDqsoPsnYQg6raM7J6l7ZWp64uI64ukAAC4AlNjaGVkdWxlQW5ub3RhdGlvbiBsaXN0cyBgY3VycmVuY3lgIGFzIHJlcXVpcmVkIChhZGRlZCBiZXR3ZWVuIDIwMjMtMDggYW5kIDIwMjQtMDMpIHdpdGggdGhlIGRlZmF1bHQgS1JXLCB3aGlsZSBQb3J0T25lJ3Mgb3duIGV4YW1wbGVzIG9taXQgaXQuIEFkdmljZSBvbmx5LqwDU2NoZWR1bGVBbm5vdGF0aW9u7J2AIGBjdXJyZW5jeWDrpbwg6riw67O46rCSIEtSV+yZgCDtlajqu5gg7ZWE7IiY66GcIO2RnOyLnO2VmOyngOunjCgyMDIzLTA46rO8IDIwMjQtMDMg7IKs7J207JeQIOy2lOqwgOuQqCksIO2PrO2KuOybkCDsnpDssrTsnZgg7JiI7Iuc64qUIOydtOulvCDsg53rnrXtlanri4jri6QuIOywuOqzoOyaqSDslYjrgrTsnbwg67+Q7J6F64uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEBFktDUC1TQ0gtMDA0AAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWz+JQouY2hlY2tpbmctYW1vdW50LWludmFsaWRoYGNoZWNraW5nX2Ftb3VudGAgaXMgbm90IGEgd2hvbGUgbnVtYmVyIG9mIDAgb3IgbW9yZWJgY2hlY2tpbmdfYW1vdW50YOqwgCAwIOydtOyDgeydmCDsoJXsiJjqsIAg7JWE64uYCmVycm9yAQECGnJlc3Qtc2NoZWR1bGUAAggeY2hlY2tpbmdfYW1vdW50AAIAHmNoZWNraW5nX2Ftb3VudMoBAhwCBAQGAi4AAAIICAAEBgIuAAACEBh3aG9sZS1udW1iZXIGAi4AAAIKBmd0ZQAAAAAAAAAAAAIwAAAAAbwBYGNoZWNraW5nX2Ftb3VudGAgbXVzdCBiZSBhIHdob2xlIG51bWJlciBvZiB3b24sIDAgb3IgbW9yZSAoMCA9IG5vIHRlc3QgY2hhcmdlKSwgZm91bmQge3ZhbHVlffQBYGNoZWNraW5nX2Ftb3VudGDripQgMCDsnbTsg4HsnZgg7KCV7IiY7Jes7JW8IO2VmOuKlOuNsCB7dmFsdWV97J6F64uI64ukICgw7J2066m0IO2FjOyKpO2KuCDsirnsnbjsnYQg7ZWY7KeAIOyViuyKteuLiOuLpCkAAJACVGhlIHYxIFJFU1Qgc2NoZW1hIHR5cGVzIGBjaGVja2luZ19hbW91bnRgIGFzIGFuIGludGVnZXI6IGFuIGFtb3VudCBhcHByb3ZlZCBhbmQgY2FuY2VsbGVkIHJpZ2h0IGF3YXkgdG8gY2hlY2sgdGhlIGNhcmQsIDAgZm9yIG5vIGNoZWNrLvoCdjEgUkVTVCBBUEkg7Iqk7YKk66eI64qUIGBjaGVja2luZ19hbW91bnRg7J2YIO2DgOyeheydhCDsoJXsiJjroZwg7KCV7J2Y7ZWp64uI64ukLiDsubTrk5wg7ZmV7J247J2EIOychO2VtCDsirnsnbjtlZwg65KkIOuwlOuhnCDst6jshoztlZjripQg6riI7JWh7J2066mwLCAw7J2066m0IO2ZleyduO2VmOyngCDslYrsirXri4jri6QujgFodHRwczovL2RldmVsb3BlcnMucG9ydG9uZS5pby9hcGkvcmVzdC12MS9ub25BdXRoUGF5bWVudC5zdWJzY3JpYmU/dj12MQEWS0NQLVNDSC0wMDUAAADg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbK4mCkRjaGVja2luZy1hbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtVGBjaGVja2luZ19hbW91bnRgIGJlbG93IEtDUCdzIGNhcmQgbWluaW11bXRgY2hlY2tpbmdfYW1vdW50YOqwgCBLQ1Ag7Lm065OcIOy1nOyGjCDqsrDsoJzquIjslaEg66+466eMDndhcm5pbmcBAQIacmVzdC1zY2hlZHVsZQEEAgQABAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgYEXFMEBhBjdXJyZW5jeQACABBjdXJyZW5jeWwCAgYGS1JXBhJzY2hlZHVsZXMAAgASc2NoZWR1bGVzAAIUAAQGEGN1cnJlbmN5AAIAEGN1cnJlbmN5bAIGBFxTBAYQY3VycmVuY3kAAgAQY3VycmVuY3lsAgIGBktSVwIIHmNoZWNraW5nX2Ftb3VudAACAB5jaGVja2luZ19hbW91bnTKAQIcAgYEBgIuAAACCAgGAi4AAAIKBmx0ZQAAAAAAAAAAAAIwBgIuAAACCgZndGUAAAAAAABAj0AIMTAwMAAAAAHiAmBjaGVja2luZ19hbW91bnRgIGlzIHt2YWx1ZX0gd29uOiB0aGUgdGVzdCBjaGFyZ2UgaXMgYSBjYXJkIGFwcHJvdmFsLCBhbmQgS0NQJ3MgbWluaW11bSBjYXJkIHBheW1lbnQgaXMgMSwwMDAgd29uLCBzbyB0aGUgY2FyZCBjaGVjayBmYWlscyAodXNlIDAgZm9yIG5vIGNoZWNrLCBvciAxLDAwMCBvciBtb3JlKd4DYGNoZWNraW5nX2Ftb3VudGDqsIAge3ZhbHVlfeybkOyeheuLiOuLpC4g7YWM7Iqk7Yq4IOyKueyduOuPhCDsubTrk5wg6rKw7KCc7J2066mwIEtDUCDsi6DsmqnsubTrk5wg6rKw7KCc7J2YIOy1nOyGjCDquIjslaHsnYAgMSwwMDDsm5DsnbTrr4DroZwg7Lm065OcIO2ZleyduOydtCDsi6TtjKjtlanri4jri6QgKO2ZleyduO2VmOyngCDslYrsnLzroKTrqbQgMCwg7ZmV7J247ZWY66Ck66m0IDEsMDAw7JuQIOydtOyDgSkBTHRoZSB0ZXN0IGNoYXJnZSBpcyBhIEtSVyBjYXJkIGFwcHJvdmFsYu2FjOyKpO2KuCDsirnsnbjsnYAg7JuQ7ZmUIOy5tOuTnCDqsrDsoJzsnoXri4jri6QAygVgY2hlY2tpbmdfYW1vdW50YCBhcHByb3ZlcyBhIGNoYXJnZSBvZiB0aGF0IGFtb3VudCBvbiB0aGUgbmV3IGNhcmQgYW5kIGNhbmNlbHMgaXQgYXQgb25jZSAodjEgUkVTVCBzY2hlbWEpLiBPbiBLQ1AgdGhhdCBhcHByb3ZhbCBpcyBhIGNhcmQgcGF5bWVudCwgYW5kIEtDUCdzIHJlc3VsdCBjb2RlIDkwMTAgcmVmdXNlcyBjYXJkIHBheW1lbnRzIGJlbG93IDEsMDAwIHdvbi4gUG9ydE9uZSdzIFBIUCBjbGllbnQgZXhhbXBsZSBzZW5kcyAxMDAsIHdoaWNoIG1lcmNoYW50cyBjb3B5LiBBIHdhcm5pbmcsIGFzIGBhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtYCBpcy4gMCAobm8gdGVzdCBjaGFyZ2UpIGlzIG5vdCByZXBvcnRlZC66B2BjaGVja2luZ19hbW91bnRg64qUIOyDiCDsubTrk5zsl5Ag6re4IOq4iOyVoeydhCDsirnsnbjtlZwg65KkIOuwlOuhnCDst6jshoztlanri4jri6QodjEgUkVTVCBBUEkg7Iqk7YKk66eIKS4gS0NQ7JeQ7IScIOydtCDsirnsnbjsnYAg7Iug7Jqp7Lm065OcIOqysOygnOydtOupsCwgS0NQ64qUIDEsMDAw7JuQIOuvuOunjOydmCDsi6DsmqnsubTrk5wg6rKw7KCc66W8IOqysOqzvCDsvZTrk5wgOTAxMOycvOuhnCDqsbDsoIjtlanri4jri6QuIO2PrO2KuOybkCBQSFAg7YG065287J207Ja47Yq4IOyYiOygnOuKlCAxMDDsnYQg67O064K06rOgLCDqs6DqsJ3sgqzripQg7J2066W8IOq3uOuMgOuhnCDrs7Xsgqztlanri4jri6QuIGBhbW91bnQtYmVsb3ctY2FyZC1taW5pbXVtYOqzvCDrp4jssKzqsIDsp4DroZwg6rK96rOg7J6F64uI64ukLiAwKO2FjOyKpO2KuCDsirnsnbgg7JeG7J2MKeydgCDrs7Tqs6DtlZjsp4Ag7JWK7Iq164uI64ukLoABaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vb3BpL2tvL3N1cHBvcnQvY29kZS1pbmZvL3BnLTM/dj12MQEWS0NQLUFNVC0wMDQAAQDg6amVDQAAMFJ1bGVzLzQwLXJlc3QtcnVsZXMueWFtbPQmCiJzY2hlZHVsZXMtaW1wLXVpZD5gaW1wX3VpZGAgaW4gYSBzY2hlZHVsZWQgY2hhcmdlLuyYiOyVvSDqsbTsnZggYGltcF91aWRgDndhcm5pbmcBAQIacmVzdC1zY2hlZHVsZQACAgIoc2NoZWR1bGVzWypdLmltcF91aWQABgASc2NoZWR1bGVzAAQADmltcF91aWTMAQAAAAGeAmBpbXBfdWlkYCBpcyBub3QgYSBwYXJhbWV0ZXIgb2YgYSBzY2hlZHVsZWQgY2hhcmdlOiBQb3J0T25lIGFzc2lnbnMgaXQgd2hlbiB0aGUgY2hhcmdlIHJ1bnM7IGlkZW50aWZ5IGVhY2ggc2NoZWR1bGVkIGNoYXJnZSB3aXRoIGBtZXJjaGFudF91aWRg0AJgaW1wX3VpZGDripQg7JiI7JW9IOqxtOydmCDtjIzrnbzrr7jthLDqsIAg7JWE64uZ64uI64ukLiBgaW1wX3VpZGDripQg6rKw7KCc6rCAIOyLpO2WieuQoCDrlYwg7Y+s7Yq47JuQ7J20IOu2gOyXrO2VmOupsCwg7JiI7JW9IOqxtOydgCBgbWVyY2hhbnRfdWlkYOuhnCDqtazrtoTtlanri4jri6QAAIYDU2NoZWR1bGVBbm5vdGF0aW9uIGhhcyBubyBgaW1wX3VpZGA6IGl0IGFwcGVhcnMgb25seSBpbiByZXNwb25zZXMgKHNjaGVkdWxlIGxvb2t1cHMpLiBTZW50IGluIGEgcmVxdWVzdCBpdCBpcyBpZ25vcmVkLCBhbmQgYW4gaXRlbSB0aGF0IHJlbGllcyBvbiBpdCBmb3IgaWRlbnRpdHkgdXN1YWxseSBsYWNrcyBpdHMgYG1lcmNoYW50X3VpZGAu5ANTY2hlZHVsZUFubm90YXRpb27sl5DripQgYGltcF91aWRg6rCAIOyXhuyKteuLiOuLpC4gYGltcF91aWRg64qUIOydkeuLtSjsmIjslb0g7KGw7ZqMKeyXkOunjCDrgpjsmLXri4jri6QuIOyalOyyreyXkCDrhKPsnLzrqbQg66y07Iuc65CY66mwLCBgaW1wX3VpZGDroZwg7JiI7JW9IOqxtOydhCDqtazrtoTtlZjroKTripQg7ZWt66qp7JeQ64qUIOuMgOqwnCBgbWVyY2hhbnRfdWlkYOqwgCDruaDsoLgg7J6I7Iq164uI64ukLo4BaHR0cHM6Ly9kZXZlbG9wZXJzLnBvcnRvbmUuaW8vYXBpL3Jlc3QtdjEvbm9uQXV0aFBheW1lbnQuc3Vic2NyaWJlP3Y9djEAAAAA4OmplQ0AADBSdWxlcy80MC1yZXN0LXJ1bGVzLnlhbWzMJwoB8AhlcnJvciAgID0gUG9ydE9uZSBvciBLQ1Agd2lsbCByZWplY3QgdGhlIHJlcXVlc3QsIG9yIHNpbGVudGx5IGRvIHRoZSB3cm9uZyB0aGluZyB3aXRoIGl0Lgp3YXJuaW5nID0gdmVyeSBsaWtlbHkgYSBidWcsIGRlcHJlY2F0ZWQsIG9yIG5vdCBkb2N1bWVudGVkIGZvciBLQ1AuCmluZm8gICAgPSBhZHZpY2U6IHRoZSByZXF1ZXN0IHdvcmtzLCBidXQgc29tZXRoaW5nIGlzIHdvcnRoIGtub3dpbmcuCkEgcGF5bG9hZCB0aGF0IGZvbGxvd3MgUG9ydE9uZSdzIGRvY3VtZW50YXRpb24gZHJhd3Mgbm8gZXJyb3IgYW5kIG5vIHdhcm5pbmcgZnJvbSBhIHJ1bGUgdGhhdCB0aGUKZG9jdW1lbnRhdGlvbiBkb2VzIG5vdCBzdXBwb3J0LiBXaGVyZSBzb3VyY2VzIGRpc2FncmVlLCB0aGUgcnVsZSdzIHJhdGlvbmFsZSBzYXlzIHdoaWNoIG9uZSB3aW5zCihvcmRlcjogdGhlIGN1cnJlbnQgS0NQIHBhZ2UsIHRoZSB2MSBPcGVuQVBJIHNjaGVtYSwgdGhlIFNESyBwYXJhbWV0ZXIgcmVmZXJlbmNlLCBvdGhlciBQb3J0T25lCnBhZ2VzLCBQb3J0T25lJ3MgU0RLIHdyYXBwZXJzLCB0aGUgbGVnYWN5IG1hbnVhbCkuCgZrY3Aca2NwLXNkay1maWVsZHMaa2NwLXNkay1ydWxlcx5rY3AtcmVzdC1maWVsZHMca2NwLXJlc3QtcnVsZXMQFHJlc3QtYnV5ZXIScmVzdC1jYXJkJnJlc3QtY2hhcmdlLW9wdGlvbnMUcmVzdC1vcmRlciJzZGstYmlsbGluZy1leHRyYRBzZGstY2FyZBRzZGstY29tbW9uInNkay1wYXltZW50LWV4dHJhChRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlChRidXllcl9uYW1lAgEUQnV5ZXIgbmFtZRjso7zrrLjsnpDrqoUAAAABAAEgAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbC7so7zrrLjsnpAgRS1tYWlsIOyjvOyGjAAAAAEAAYABAAAAAAAAAAEAAAAAABJidXllcl90ZWwCASRCdXllciBwaG9uZSBudW1iZXIs7KO866y47J6QIOyghO2ZlOuyiO2YuAAAAAEAASAAAAAAAAAAAQAAAAAAFGJ1eWVyX2FkZHICARpCdXllciBhZGRyZXNzIOyjvOusuOyekCDso7zshowAAAABAAGAAgAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzso7zrrLjsnpAg7Jqw7Y6467KI7Zi4AAAAAQABEAAAAAAAAAABAAAAAAAKFmNhcmRfbnVtYmVyDGV4cGlyeQpiaXJ0aBRwd2RfMmRpZ2l0BmN2YwoWY2FyZF9udW1iZXICAUJDYXJkIG51bWJlciAoZGRkZC1kZGRkLWRkZGQtZGRkZClE7Lm065Oc67KI7Zi4IChkZGRkLWRkZGQtZGRkZC1kZGRkKQAAAAAAAAAAAAAAAQAAAAEGcGFuAAxleHBpcnkCASpDYXJkIGV4cGlyeSAoWVlZWS1NTSk67Lm065OcIOycoO2aqOq4sOqwhCAoWVlZWS1NTSkAAAAAAAAAAAAAAAEAAAABCGZ1bGwACmJpcnRoAgGOAURhdGUgb2YgYmlydGggWVlNTURELCBvciBhIDEwLWRpZ2l0IGJ1c2luZXNzIG51bWJlciBmb3IgY29ycG9yYXRlIGNhcmRzmAHsg53rhYTsm5TsnbwgNuyekOumrCAo67KV7J247Lm065Oc7J2YIOqyveyasCDsgqzsl4XsnpDrk7HroZ3rsojtmLggMTDsnpDrpqwpAAAAAAAAAAAAAAABAAAAAQhmdWxsABRwd2RfMmRpZ2l0AgFGRmlyc3QgMiBkaWdpdHMgb2YgdGhlIGNhcmQgcGFzc3dvcmQ87Lm065Oc67mE67CA67KI7Zi4IOyVniAy7J6Q66asAAAAAAAAAAAAAAABAAAAAQhmdWxsAAZjdmMCAVJDYXJkIHZlcmlmaWNhdGlvbiBjb2RlIChQYXltZW50d2FsbCBvbmx5KVjsubTrk5wg7J247Kad67KI7Zi4ICjtjpjsnbTrqLztirjsm5Qg7KCE7JqpKQAAAAAAAAAAAAAAAQAAAAEIZnVsbAAYEHRheF9mcmVlFHZhdF9hbW91bnQQY3VycmVuY3kUY2FyZF9xdW90YRZjdXN0b21fZGF0YRRub3RpY2VfdXJsFGJyb3dzZXJfaXAMYnlwYXNzGHByb21vdGlvbl9pZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50HHVzZV9jYXJkX3BvaW50GHByb2R1Y3RfdHlwZRgQdGF4X2ZyZWUIATxUYXgtZnJlZSBwb3J0aW9uIG9mIHRoZSBhbW91bnQk66m07IS46rO16riJ6rCA7JWhAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKUDrtoDqsIDshLgg6riI7JWhIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEsQ3VycmVuY3kgKGRlZmF1bHQgS1JXKTrqsrDsoJwg7Ya17ZmUICjquLDrs7jqsJIgS1JXKQAAAAAAAAAAAAAAAQAAAAAAFGNhcmRfcXVvdGEEAUJJbnN0YWxsbWVudCBtb250aHMgKDAgPSBsdW1wIHN1bSlM7Lm065OcIO2VoOu2gOqwnOyblOyImCAoMCA9IOydvOyLnOu2iCkAAAAAAAAAAAAAAAEAAAAAABZjdXN0b21fZGF0Yf4BAWZDdXN0b20gZGF0YSBzdG9yZWQgd2l0aCB0aGUgcGF5bWVudCAoYSBKU09OIHN0cmluZyl+6rKw7KCc7KCV67O07JmAIO2VqOq7mCDsoIDsnqXtlaAg7LaU6rCAIOygleuztCAoSlNPTiDrrLjsnpDsl7QpAAAAAAAAAAAAAAABAAAAAAAUbm90aWNlX3VybAIBXFdlYmhvb2sgVVJMIGZvciB0aGlzIHBheW1lbnQgKGFuIGFic29sdXRlIFVSTCl26rKw7KCcIOqysOqzvOulvCDthrXsp4DrsJvsnYQgTm90aWZpY2F0aW9uIFVSTChXZWJob29rIFVSTCkAAAAAAAAAAAAAAAEAAAAAABRicm93c2VyX2lwAgEgQnV5ZXIgYnJvd3NlciBJUDLqtazrp6TsnpAg67iM65287Jqw7KCAIElQAAAAAAAAAAAAAAABAAAAAAAMYnlwYXNzIgFOUEctc3BlY2lmaWMgcGFyYW1ldGVycyBhcyBhIEpTT04gc3RyaW5nXEpTT04g66y47J6Q7Je0IO2YleyLneydmCBQR+yCrOuzhCDtjIzrnbzrr7jthLAAAAAAAAAAAAAAAAEAAAAAABhwcm9tb3Rpb25faWQCAT5Qcm9tb3Rpb24gaWQgKHByb21vdGlvbi1pZC3igKYpYO2UhOuhnOuqqOyFmCDslYTsnbTrlJQgKHByb21vdGlvbi1pZC3roZwg7Iuc7J6RKQAAAAAAAAAAAAAAAQAAAAAAMmludGVyZXN0X2ZyZWVfYnlfbWVyY2hhbnQQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKXDqs6DqsJ3sgqwg67aA64u0IOustOydtOyekCDtlaDrtoAg7Jes67aAIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAHHVzZV9jYXJkX3BvaW50EAE8UGF5IHdpdGggY2FyZCBwb2ludHMgKG5vdCBLQ1ApYuy5tOuTnOyCrCDtj6zsnbjtirgg7IKs7JqpIOyXrOu2gCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAABhwcm9kdWN0X3R5cGUCAUxSZWFsIG9yIGRpZ2l0YWwgZ29vZHMgKEtTTkVULCBub3QgS0NQKWTso7zrrLgg7IOB7ZKIIOq1rOu2hCAoS1NORVQg7KCE7JqpLCBLQ1Ag66+47KeA7JuQKQEEBghyZWFsBg5kaWdpdGFsAAAAAAAAAAAAAAEAAAAAAAYYbWVyY2hhbnRfdWlkDGFtb3VudAhuYW1lBhhtZXJjaGFudF91aWQCAVJNZXJjaGFudCBvcmRlciBudW1iZXIgKHVuaXF1ZSBwZXIgY2hhcmdlKTzqs6DqsJ3sgqwg7KO866y4IOqzoOycoCDrsojtmLgAAAABAAFQAAAAAAAAAAEAAAAAAAxhbW91bnQIASxBbW91bnQgdG8gY2hhcmdlIChLUlcpGOqysOygnOq4iOyVoQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAIbmFtZQIBFE9yZGVyIG5hbWUS7KO866y466qFAAAAAQABUAAAAAAAAAABAAAAAAAMDGFtb3VudBhjdXN0b21lcl91aWQMZXNjcm93EHRheF9mcmVlFHZhdF9hbW91bnQMYnlwYXNzDAxhbW91bnQIAVBBbW91bnQgc2hvd24gaW4gdGhlIHdpbmRvdyAobm90IGNoYXJnZWQpZuqysOygnOywveyXkCDtkZzsi5zrkKAg6riI7JWhICjsirnsnbjrkJjsp4Ag7JWK7J2MKQAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAYY3VzdG9tZXJfdWlkAgFKQmlsbGluZyBrZXkgaWQgY2hvc2VuIGJ5IHRoZSBtZXJjaGFudEztj6ztirjsm5Ag67mM66eB7YKkICjqs6DqsJ3sgqwg7KCV7J2YKQAAAAEAAaABAAAAAAAAAAEBAAAAAAxlc2Nyb3cQAVZFc2Nyb3cgcGF5bWVudCAobm8gZWZmZWN0IG9uIGEgYmlsbGluZyBrZXkpggHsl5DsiqTtgazroZwg6rKw7KCcIOyXrOu2gCAo67mM66eB7YKkIOuwnOq4ieyXkOuKlCDtmqjqs7wg7JeG7J2MKQAAAAAAAAAAAAAAAQAAAAAAEHRheF9mcmVlCAFaVGF4LWZyZWUgcG9ydGlvbiAobm8gZWZmZWN0IG9uIGEgYmlsbGluZyBrZXkpZuuptOyEuOq4iOyVoSAo67mM66eB7YKkIOuwnOq4ieyXkOuKlCDtmqjqs7wg7JeG7J2MKQAAAAAAAAAAAAAAAQAAAAAAFHZhdF9hbW91bnSIAQFCVkFUIGFtb3VudCAobm90IHN1cHBvcnRlZCBieSBLQ1ApMuu2gOqwgOyEuCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAAAAAEAAAAAAAxieXBhc3MgAS5LQ1Atc3BlY2lmaWMgcGFyYW1ldGVycy5LQ1Ag7KCE7JqpIO2MjOudvOuvuO2EsAAAAAAAAAAAAAQSc2l0ZV9sb2dvJGJhdGNoX2JpcnRoX2RheV95bgQSc2l0ZV9sb2dvAgEaTG9nbyBVUkwgKFBDKTLqsrDsoJzssL0g66Gc6rOgIFVSTCAoUEMpAAAAAAAAAAAAAAABAAAAAAAkYmF0Y2hfYmlydGhfZGF5X3luAgFEQWx3YXlzIHNob3cgdGhlIGJpcnRoLWRhdGUgYm94IChZKVbsg53rhYTsm5Tsnbwg7J6F66Cl67CV7IqkIO2VreyDgSDtkZzsi5wgKFkpAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACCGNhcmQCCGNhcmQgARhDYXJkIG9wdGlvbnM27Lm065OcIOqysOygnCDshLjrtoAg7ISk7KCVAAAAAAAAAAAABAxkaXJlY3QMZGV0YWlsBAxkaXJlY3QgATBDYXJkIGNvbXBhbnkgZGlyZWN0IGNhbGxI7Lm065Oc7IKsIOuLpOydtOugie2KuCDtmLjstpwg7KCV67O0AAAAAAAAAAAABAhjb2RlCnF1b3RhBAhjb2RlAgEiQ2FyZCBjb21wYW55IGNvZGUg7Lm065Oc7IKsIOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAACnF1b3RhBAFcRml4ZWQgaW5zdGFsbG1lbnQgbW9udGhzICgrIGNhcmQtcG9pbnQgb2Zmc2V0KXzqs6DsoJUg7ZWg67aA6rCc7JuU7IiYICjsubTrk5zsgqwg7Y+s7J247Yq4IOyCrOyaqSDsi5wg6rCA7IKwKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADGRldGFpbEABRENhcmQgY29tcGFuaWVzIHNob3duIGluIHRoZSB3aW5kb3c07Lm065Oc7IKsIOugjOuNlOungSDsoJXrs7QAAAAAAAAAAAEQZGV0YWlsW10gAAAAAAAAAAAAAAYSY2FyZF9jb2RlDmVuYWJsZWQSbWF4X21vbnRoBhJjYXJkX2NvZGUCASxDYXJkIGNvbXBhbnkgY29kZSBvciAqMuy5tOuTnOyCrCDsvZTrk5wg65iQ64qUICoAAAAAAAAAAAAAAAEAAAAAAA5lbmFibGVkEAEYU2hvd24gb3Igbm90IOugjOuNlOungSDsl6zrtoAAAAAAAAAAAAAAAAEAAAAAABJtYXhfbW9udGgEAVhNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgbW9udGhzIChub3QgS0NQKXDsg4HsoJAg67aA64u0IOustOydtOyekCDstZzrjIAg6rCc7JuU7IiYIChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAoFGNoYW5uZWxLZXkEcGcUcGF5X21ldGhvZBhtZXJjaGFudF91aWQIbmFtZRBjdXJyZW5jeRRidXllcl9uYW1lFmJ1eWVyX2VtYWlsEmJ1eWVyX3RlbBRidXllcl9hZGRyHGJ1eWVyX3Bvc3Rjb2RlHG1fcmVkaXJlY3RfdXJsFGFwcF9zY2hlbWUUbm90aWNlX3VybBZjb25maXJtX3VybBZjdXN0b21fZGF0YRBsYW5ndWFnZQ5jb21wYW55DmRpZ2l0YWwKcG9wdXAoFGNoYW5uZWxLZXkCARZDaGFubmVsIGtleRLssYTrhJDtgqQAAAAAAAAAAAAAAAEAAAAAAARwZwIBKFBHIGNvZGUgKGRlcHJlY2F0ZWQpUlBH7IKsIOq1rOu2hOy9lOuTnCAo7KeA7JuQIOykkeuLqCDsmIjsoJUpAAAAAAAAAAAAAAABAAGoAnVwZ3JhZGUgdG8gdGhlIGxhdGVzdCBKYXZhU2NyaXB0IFNESyBhbmQgc2VsZWN0IHRoZSBjaGFubmVsIHdpdGggYGNoYW5uZWxLZXlgIChQb3J0T25lIGNvbnNvbGU6IEludGVncmF0aW9uID4gSW50ZWdyYXRpb24gaW5mbyA+IENoYW5uZWwgbWFuYWdlbWVudCnkAkpTIFNES+ulvCDstZzsi6Ag67KE7KCE7Jy866GcIOyXheq3uOugiOydtOuTnO2VnCDtm4QgYGNoYW5uZWxLZXlgIO2MjOudvOuvuO2EsOuhnCDssYTrhJDsnYQg7KeA7KCV7ZWY7IS47JqUICjtj6ztirjsm5Ag7L2Y7IaUIFvqsrDsoJwg7Jew64+ZXSA+IFvsl7Drj5kg7KCV67O0XSA+IFvssYTrhJAg6rSA66asXSkBFGNoYW5uZWxLZXkAABRwYXlfbWV0aG9kAgEmUGF5bWVudCBtZXRob2QgY29kZTLqsrDsoJzsiJjri6gg6rWs67aE7L2U65OcAAAAAAAAAAAAAAABAAAAAAAYbWVyY2hhbnRfdWlkAgEqTWVyY2hhbnQgb3JkZXIgbnVtYmVyPOqzoOqwneyCrCDso7zrrLgg6rOg7JygIOuyiO2YuAAAAAEAAVAAAAAAAAAAAQEAAAAACG5hbWUCARRPcmRlciBuYW1lEuyjvOusuOuqhQAAAAAAAAAAAAAAAQAAAAAAEGN1cnJlbmN5AgEQQ3VycmVuY3ky6rKw7KCc7Ya17ZmUIOq1rOu2hOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAFGJ1eWVyX25hbWUCARRCdXllciBuYW1lIOq1rOunpOyekCDsnbTrpoQAAAAAAAAAAAAAAAEAAAAAABZidXllcl9lbWFpbAIBGEJ1eWVyIGUtbWFpbCbqtazrp6TsnpAg7J2066mU7J28AAAAAAAAAAAAAAABAAAAAAASYnV5ZXJfdGVsAgEkQnV5ZXIgcGhvbmUgbnVtYmVyJuq1rOunpOyekCDsl7Drnb3sspgAAAAAAAAAAAAAAAEAAAAAABRidXllcl9hZGRyAgEaQnV5ZXIgYWRkcmVzcyDqtazrp6TsnpAg7KO87IaMAAAAAAAAAAAAAAABAAAAAAAcYnV5ZXJfcG9zdGNvZGUCARxCdXllciBwb3N0Y29kZSzqtazrp6TsnpAg7Jqw7Y6467KI7Zi4AAAAAAAAAAAAAAABAAAAAAAcbV9yZWRpcmVjdF91cmwCAUZSZWRpcmVjdCBVUkwgYWZ0ZXIgYSBtb2JpbGUgcGF5bWVudF7rqqjrsJTsnbwg6rKw7KCcIOyZhOujjCDtm4Qg66as65SU66CJ7IWY65CgIFVSTAABBnVybAAAAAAAAAAAAAEAAAAAABRhcHBfc2NoZW1lAgEwQXBwIFVSTCBzY2hlbWUgKFdlYlZpZXcpROyVsSDrs7Xqt4DsmqkgVVJMIHNjaGVtZSAoV2ViVmlldykAAAAAAAAAAAAAAAEAAAAAABRub3RpY2VfdXJsQgE+V2ViaG9vayBVUkwocykgZm9yIHRoaXMgcGF5bWVudCLsm7ntm4Ug7IiY7IugIFVSTAAAAAAAAAAAARhub3RpY2VfdXJsW10CAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAWY29uZmlybV91cmwCATBDb25maXJtLXByb2Nlc3MgZW5kcG9pbnRGY29uZmlybSBwcm9jZXNzIOyXlOuTnO2PrOyduO2KuCBVUkwAAQZ1cmwAAAAAAAAAAAABAAAAAAAWY3VzdG9tX2RhdGH+AQEyTWVyY2hhbnQgZGF0YSBlY2hvZWQgYmFjazTsgqzsmqnsnpAg7KCV7J2YIOuNsOydtO2EsAAAAAAAAAAAAAAAAQAAAAAAEGxhbmd1YWdlAgEuUGF5bWVudCB3aW5kb3cgbGFuZ3VhZ2Ug6rKw7KCc7LC9IOyWuOyWtAEEBgRrbwYEZW4AAAAAAAAAAAAAAQAAAAABDndhcm5pbmcOY29tcGFueQIBQk1lcmNoYW50IG5hbWUgc2hvd24gaW4gdGhlIHdpbmRvd0DqsrDsoJzssL3sl5Ag7ZGc7Iuc65CgIOyDge2YuOuqhQAAAAAAAAAAAAAAAQAAAAAADmRpZ2l0YWwQATxEaWdpdGFsIGdvb2RzIChwaG9uZSBwYXltZW50cylg65SU7KeA7YS4IOyDge2SiCDsl6zrtoAgKO2ctOuMgO2PsCDshozslaHqsrDsoJwpAAAAAAAAAAAAAAABAAAAAAAKcG9wdXAQATRPcGVuIHRoZSB3aW5kb3cgYXMgYSBwb3B1cDztjJ3sl4Ug67Cp7IudIOqysOygnOywvSDtmLjstpwAAAAAAAAAAAAAAAEAAAAAACIMYW1vdW50DGVzY3JvdxZrY3BQcm9kdWN0cxBwcm9kdWN0cxB0YXhfZnJlZRR2YXRfYW1vdW50BnZhdBJ2YmFua19kdWUOZGlzcGxheQ5hcHBDYXJkEmF1dGhfbW9kZQ5wcmVmaWxsDGJ5cGFzcw5iaXpfbnVtLnVzZUZyZWVJbnRlcmVzdEZyb21NYWxsDHBlcmlvZBhuaWNlTW9iaWxlVjIiDGFtb3VudAgBGEFtb3VudCAoS1JXKRjqsrDsoJzquIjslaEAAAAAAAEAAAAAAAAAAAAAAAAAAQEAAAAADGVzY3JvdxABHEVzY3JvdyBwYXltZW50NOyXkOyKpO2BrOuhnCDqsrDsoJwg7Jes67aAAAAAAAAAAAAAAAABAAAAAAAWa2NwUHJvZHVjdHNAASpLQ1AgZXNjcm93IGNhcnQgaXRlbXNWS0NQIOyXkOyKpO2BrOuhnCDsnqXrsJTqtazri4gg7IOB7ZKIIOygleuztAAAAAAAAAAAARprY3BQcm9kdWN0c1tdIAAAAAAAAAAAAAAIFm9yZGVyTnVtYmVyCG5hbWUQcXVhbnRpdHkMYW1vdW50CBZvcmRlck51bWJlcgIBIkl0ZW0gb3JkZXIgbnVtYmVyJOyDge2SiOyjvOusuOuyiO2YuAAAAAAAAAAAAAAAAQEAAAAACG5hbWUCARJJdGVtIG5hbWUS7IOB7ZKI66qFAAAAAAAAAAAAAAABAQAAAAAQcXVhbnRpdHkEARBRdWFudGl0eQzsiJjrn4kAAAAAAAAAAAAAAAEBAAAAAAxhbW91bnQEARRJdGVtIHByaWNlGuyDge2SiCDqsIDqsqkAAAAAAAAAAAAAAAEBAAAAAAAAAAAAAAAAAQAAAAAAEHByb2R1Y3RzQAFIVG9zcyBQYXltZW50cyBlc2Nyb3cgaXRlbXMgKG5vdCBLQ1Apeu2GoOyKpO2OmOydtOuovOy4oCDsl5DsiqTtgazroZwg7IOB7ZKIIOygleuztCAoS0NQIOuvuOyngOybkCkAAAAAAAAAAAEUcHJvZHVjdHNbXSAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAABB0YXhfZnJlZQgBPFRheC1mcmVlIHBvcnRpb24gb2YgdGhlIGFtb3VudBjrqbTshLjquIjslaEAAAAAAAAAAAAAAAEAAAAAABR2YXRfYW1vdW50iAEBQlZBVCBhbW91bnQgKG5vdCBzdXBwb3J0ZWQgYnkgS0NQKTLrtoDqsIDshLggKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAGdmF0CAEgVkFUIChkZXByZWNhdGVkKUDrtoDqsIDshLggKOyngOybkCDspJHri6gg7JiI7KCVKQAAAAAAAAAAAAAAAQABfnVzZSBgdGF4X2ZyZWVgOyB0aGUgVkFUIGlzIGNvbXB1dGVkIGFzIChhbW91bnQgLSB0YXhfZnJlZSkgLyAxMa4BYHRheF9mcmVlYOulvCDsgqzsmqntlZjshLjsmpQuIOu2gOqwgOyEuOuKlCAoYW1vdW50IC0gdGF4X2ZyZWUpIC8gMTHroZwg6rOE7IKw65Cp64uI64ukARB0YXhfZnJlZQAAEnZiYW5rX2R1ZQIBQFZpcnR1YWwgYWNjb3VudCBkZXBvc2l0IGRlYWRsaW5lMuqwgOyDgeqzhOyijCDsnoXquIjquLDtlZwAAAAAAAAAAAAAAAEAAAAAAA5kaXNwbGF5IAEsV2luZG93IGRpc3BsYXkgb3B0aW9uczTqsrDsoJzssL0g66CM642U66eBIOyEpOyglQAAAAAAAAAAAAIUY2FyZF9xdW90YQIUY2FyZF9xdW90YUABhAFJbnN0YWxsbWVudCBtb250aHMgb2ZmZXJlZCAoS0NQOiB0aGUgbGFyZ2VzdCB2YWx1ZSBpcyB0aGUgY2VpbGluZyly7ZWg67aA6rCc7JuU7IiYIChLQ1A6IOqwgOyepSDtgbAg6rCS6rmM7KeAIOyEoO2DnSDqsIDriqUpAAAAAAAAAAABGGNhcmRfcXVvdGFbXQQAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAA5hcHBDYXJkEAEqQXBwLWNhcmQgcGF5bWVudCBvbmx5OuyVsey5tOuTnCDqsrDsoJzrp4wg7Zmc7ISx7ZmUAAAAAAAAAAAAAAABAAAAAAASYXV0aF9tb2RlAgEaS2V5LWluIHdpbmRvdy7tgqTsnbgg6rKw7KCc7LC9IO2YuOy2nAAAAAAAAAAAAAAAAQAAAAAADnByZWZpbGwgASBQcmVmaWxsZWQgdmFsdWVzIuuvuOumrCDssYTsmrgg6rCSAAAAAAAAAAAAAhZwaG9uZU51bWJlcgIWcGhvbmVOdW1iZXICAUpGaXhlZCBwaG9uZSBudW1iZXIgZm9yIHBob25lIHBheW1lbnRzau2ctOuMgO2PsCDshozslaHqsrDsoJwg7IucIOqzoOygle2VoCDtnLTrjIDtj7Ag67KI7Zi4AAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMYnlwYXNzIAEuS0NQLXNwZWNpZmljIHBhcmFtZXRlcnMuS0NQIOyghOyaqSDtjIzrnbzrr7jthLAAAAAAAAAAAAAOGHNob3BfdXNlcl9pZB5jb3Vwb25fYXBwbHlfeW4Sc2tpbl9pbmR4EnNpdGVfbG9nbxxjb21wbGV4X3BudF95bhpwdF9tZW1jb3JwX2NkEGFwcF9mbGFnDhhzaG9wX3VzZXJfaWQCAVpNZXJjaGFudCBtZW1iZXIgSUQgKGdpZnQgY2VydGlmaWNhdGVzLCBwaG9uZSl86rOg6rCd7IKsIO2ajOybkCBJRCAo7IOB7ZKI6raMLCDtnLTrjIDtj7Ag7IaM7JWh6rKw7KCcIO2VhOyImCkAAAAAAAAAAAAAAAEAAAAAAB5jb3Vwb25fYXBwbHlfeW4CATREaXNjb3VudC1jb3Vwb24gYXJlYSAoWS9OKVrqsrDsoJzssL0g7ZWg7J247L+g7Y+wIOyYgeyXrSDtmZzshLHtmZQgKFkvTikAAAAAAAAAAAAAAAEAAAAAABJza2luX2luZHgGASxXaW5kb3cgc2tpbiAoMS0xMSwgUEMpNuqysOygnOywvSDsiqTtgqggKDF+MTEsIFBDKQAAAAAAAAAAAAAAAQAAAAAAEnNpdGVfbG9nbwIBGkxvZ28gVVJMIChQQyky6rKw7KCc7LC9IOuhnOqzoCBVUkwgKFBDKQAAAAAAAAAAAAAAAQAAAAAAHGNvbXBsZXhfcG50X3luAgFOUG9pbnRzIHdpdGggY2FyZCAoWSkgb3IgcG9pbnRzIG9ubHkgKE4pRu2PrOyduO2KuCDrs7XtlanqsrDsoJwg7Jes67aAIChZL04pAAAAAAAAAAAAAAABAAAAAAAacHRfbWVtY29ycF9jZAIBNkJlbmVwaWEgbWVtYmVyLWNvbXBhbnkgY29kZTrrsqDrhKTtlLzslYQg6rOg6rCd7IKsIOy9lOuTnAAAAAAAAAAAAAAAAQAAAAAAEGFwcF9mbGFnAgFES0IgY2FyZCBhcHAgKFkpLCBJU1AgKE4pLCBib3RoIChTKVhLQuq1reuvvOy5tOuTnCDslbHsubTrk5woWSkvSVNQKE4pL+uqqOuRkChTKQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADmJpel9udW0CAVJCdXNpbmVzcyByZWdpc3RyYXRpb24gbnVtYmVyIChEYW5hbCBvbmx5KUrsgqzsl4XsnpDrk7HroZ3rsojtmLggKOuLpOuCoCDsoITsmqkpAAAAAAAAAAAAAAABAAAAAAAudXNlRnJlZUludGVyZXN0RnJvbU1hbGwQAWRNZXJjaGFudC1wYWlkIGludGVyZXN0LWZyZWUgaW5zdGFsbG1lbnRzIChub3QgS0NQKVzsg4HsoJAg67aA64u0IOustOydtOyekCDtlaDrtoAgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAMcGVyaW9kIAEwU2VydmljZSBwZXJpb2QgKG5vdCBLQ1ApTOyEnOu5hOyKpCDsoJzqs7XquLDqsIQgKEtDUCDrr7jsp4Dsm5ApAAAAAAAAAAAAAAABAAAAAAAYbmljZU1vYmlsZVYyEAFATklDRSBuZXcgbW9iaWxlIHdpbmRvdyAobm90IEtDUCl064KY7J207Iqk7Y6Y7J20IOyLoOq3nCDrqqjrsJTsnbwg6rKw7KCc7LC9IChLQ1Ag66+47KeA7JuQKQAAAAAAAAAAAAAAAQAAAAAADBRyZXN0LWFnYWluIHJlc3QtYmlsbGluZy1rZXkYcmVzdC1vbmV0aW1lGnJlc3Qtc2NoZWR1bGUec2RrLWJpbGxpbmcta2V5FnNkay1wYXltZW50DAoEAgAGCNwCMmFtb3VudC1iZWxvdy1jYXJkLW1pbmltdW0uYW1vdW50LWZvcm1hdHRlZC1zdHJpbmccYW1vdW50LW1pc3NpbmckYW1vdW50LW5vdC1pbnRlZ2VyGmFtb3VudC1vYmplY3QWYW1vdW50LXplcm86YXBwLWNhcmQtd2l0aC1ub24tY2FyZC1tZXRob2QyYXBwLXNjaGVtZS1taXNzaW5nLWluLWFwcC5hcHAtc2NoZW1lLXNhbXBsZS12YWx1ZSBhdXRoLW1vZGUta2V5LWluHGJhc2VsaW5lLXN0YWxlNmJpbGxpbmctYW1vdW50LWRpc3BsYXktb25seTRiaWxsaW5nLWtleS1lc2Nyb3ctaWdub3JlZC5iaWxsaW5nLXBheS1tZXRob2QtY2FyZBhiaXJ0aC1mb3JtYXQaYmlydGgtbWlzc2luZzZib29sZWFuLWZpZWxkcy1qc29uLWJvb2xlYW4kYnV5ZXItZW1haWwtZm9ybWF0IGJ1eWVyLXRlbC1mb3JtYXQqYnlwYXNzLWFwcC1mbGFnLXZhbHVlQmJ5cGFzcy1hcHAtZmxhZy13aXRob3V0LWtiLWRpcmVjdExieXBhc3MtYmF0Y2gtYmlydGgtZGF5LW91dHNpZGUtYmlsbGluZzhieXBhc3MtYmF0Y2gtYmlydGgtZGF5LXZhbHVlNmJ5cGFzcy1jb21wbGV4LXBudC15bi12YWx1ZThieXBhc3MtY291cG9uLWFwcGx5LXluLXZhbHVlOmJ5cGFzcy1jb3Vwb24tbmVlZHMtYWdyZWVtZW50KGJ5cGFzcy1zaXRlLWxvZ28tdXJsMGJ5cGFzcy1za2luLWluZHgtbnVtZXJpYyxieXBhc3Mtc2tpbi1pbmR4LXJhbmdlLGNhcmQtY29kZS1zYXZpbmdzLWJhbmsgY2FyZC1kZXRhaWwtY29kZTZjYXJkLWRldGFpbC1ub3RoaW5nLWVuYWJsZWQsY2FyZC1kaXJlY3QtYW5kLWRldGFpbDZjYXJkLWRpcmVjdC1iYXNlLW1vbnRocy1vbmUuY2FyZC1kaXJlY3QtYmlsbGluZy1rZXkgY2FyZC1kaXJlY3QtY29kZUBjYXJkLWRpcmVjdC1oeXVuZGFpLXBvaW50LW9mZnNldD5jYXJkLWRpcmVjdC1pbnN0YWxsbWVudC1taW5pbXVtNGNhcmQtZGlyZWN0LW5vdC1rY3AtbGlzdGVkNmNhcmQtZGlyZWN0LXBvaW50LW9mZnNldC04MEpjYXJkLWRpcmVjdC1wb2ludC1vZmZzZXQtdW5kb2N1bWVudGVkLGNhcmQtZGlyZWN0LXF1b3RhLXR5cGVOY2FyZC1tZXJjaGFudC1pbnRlcmVzdC1mcmVlLXVuc3VwcG9ydGVkJGNhcmQtbnVtYmVyLWxheW91dCRjYXJkLW51bWJlci1sZW5ndGggY2FyZC1udW1iZXItbHVobiZjYXJkLW51bWJlci1taXNzaW5nSGNhcmQtcXVvdGEtYmVsb3ctaW5zdGFsbG1lbnQtbWluaW11bSRjYXJkLXF1b3RhLWludmFsaWQkY2hhbm5lbC1rZXktYW5kLXBnJGNoYW5uZWwta2V5LWZvcm1hdC5jaGFubmVsLWtleS1wbGFjZWhvbGRlch5jaGFubmVsLW1pc3NpbmdEY2hlY2tpbmctYW1vdW50LWJlbG93LWNhcmQtbWluaW11bS5jaGVja2luZy1hbW91bnQtaW52YWxpZDBjb21wYW55LXdpdGgtY2FyZC1kaXJlY3Q4Y29uZmlybS11cmwtbmVlZHMtYWN0aXZhdGlvbixjdXJyZW5jeS1jb2RlLXNwZWxsaW5nLGN1cnJlbmN5LW5vdC1zdXBwb3J0ZWQqY3VycmVuY3ktdXNkLW5vbi1jYXJkLGN1c3RvbS1kYXRhLW5vdC1zdHJpbmcuY3VzdG9tZXItdWlkLWRvYy1zYW1wbGUoY3VzdG9tZXItdWlkLWluLWJvZHkoY3VzdG9tZXItdWlkLW1pc3NpbmdMY3VzdG9tZXItdWlkLW9uZXRpbWUtc2F2ZXMtYmlsbGluZy1rZXkqZGlhZ25vc3RpY3MtdHJ1bmNhdGVkQmRpc3BsYXktcXVvdGEtaW5zdGFsbG1lbnQtbWluaW11bTZkaXNwbGF5LXF1b3RhLWludGVnZXItYXJyYXksZGlzcGxheS1xdW90YS1tYXgtb25seTxlc2Nyb3ctcHJvZHVjdHMtd2l0aG91dC1lc2Nyb3c0ZXNjcm93LXByb2R1Y3RzLXdyb25nLW5hbWUuZXNjcm93LXdpdGhvdXQtcHJvZHVjdHMaZXhwaXJ5LWZvcm1hdBxleHBpcnktbWlzc2luZxZleHBpcnktcGFzdCBmaWVsZC1kZXByZWNhdGVkFGZpZWxkLWVudW0YZmllbGQtZm9ybWF0FmZpZWxkLWl0ZW1zGGZpZWxkLWxlbmd0aBZmaWVsZC1yYW5nZRxmaWVsZC1yZXF1aXJlZBRmaWVsZC10eXBlGmZpZWxkLXVua25vd240Z2lmdC1yZXF1aXJlcy1zaG9wLXVzZXItaWQQanNvbi1ib20kanNvbi1kdXBsaWNhdGUta2V5FGpzb24tbGltaXQWanNvbi1zeW50YXg+a2NwLXF1aWNrLWJ5cGFzcy1vbi1rY3AtY2hhbm5lbCxrY3AtcXVpY2stb3V0LW9mLXNjb3BlGGtpbmQtdW5rbm93bihtZXJjaGFudC11aWQtY2hhcnNldC5tZXJjaGFudC11aWQtZG9jLXNhbXBsZThtZXJjaGFudC11aWQtaXMtY3VzdG9tZXItdWlkKG1lcmNoYW50LXVpZC1taXNzaW5nLm1lcmNoYW50LXVpZC1ub3Qtc3RyaW5nGG5hbWUtbWlzc2luZzBuYW1lLW1pc3Npbmctc2RrLXBheW1lbnQmbmFtZS10b28tbWFueS1ieXRlcx5ub3Qta2NwLWdhdGV3YXkgbm90LWtjcC1xdWlja3BheSZub3QtcG9ydG9uZS1yZXF1ZXN0Jm5vdGljZS11cmwtYWJzb2x1dGUgcGF5LW1ldGhvZC1hbGlhczBwYXktbWV0aG9kLWFsaWFzLWJyb2FkZXI2cGF5LW1ldGhvZC1jb25mbGljdGluZy1kb2NzJHBheS1tZXRob2QtbWlzc2luZyRwYXktbWV0aG9kLW5vdC1rY3AocGF5LW1ldGhvZC1yb2NrZXRwYXkacGF5bG9hZC1zaGFwZTxwZy1iaWxsaW5nLWNoYW5uZWwtZm9yLXBheW1lbnQScGctZm9ybWF0JnBnLW1pc3NwZWx0LWdhdGV3YXlEcGctcGF5bWVudC1jaGFubmVsLWZvci1iaWxsaW5nLWtleRxwZy1wbGFjZWhvbGRlcj5wZy1zaXRlLWNvZGUtZnJvbS1vdGhlci1nYXRld2F5JHBnLXNpdGUtY29kZS1zaGFwZSRwZy1zaXRlLWNvZGUtdW5zZXQycGhvbmUtcHJlZmlsbC1kaWdpdHMtb25seTZwaG9uZS1wcmVmaWxsLW1vYmlsZS1udW1iZXIycGhvbmUtcmVxdWlyZXMtYnV5ZXItbmFtZSxwaG9uZS1yZXF1aXJlcy1kaWdpdGFsNnBob25lLXJlcXVpcmVzLXNob3AtdXNlci1pZDZwb2ludC1yZXF1aXJlcy1tZW1jb3JwLWNvZGUkcG9ydG9uZS12Mi1yZXF1ZXN0JnByb21vdGlvbi1pZC1wcmVmaXgicHdkLTJkaWdpdC1mb3JtYXQkcHdkLTJkaWdpdC1taXNzaW5nNHB3ZC0yZGlnaXQtbWlzc2luZy1vbmV0aW1lOHJlZGlyZWN0LXVybC1kb2MtcGxhY2Vob2xkZXIocmVkaXJlY3QtdXJsLW1pc3Npbmc2cmVkaXJlY3QtdXJsLW1pc3NpbmctaW4tYXBwLHJlc3QtYnlwYXNzLW5vdC1zdHJpbmcwcmVzdC1jaGFubmVsLWtleS1taXNzaW5nMHJlc3QtY2hhbm5lbC1rZXktb25ldGltZSxyZXN0LWZpZWxkLW5vdC1mb3Ita2NwKnJlc3Qtbm90aWNlLXVybC1hcnJheThyZXN0LW5vdGljZS11cmwtbm90LWFic29sdXRlHHJlc3QtcGctZm9ybWF0JnJlc3QtcGcta2NwLWJpbGxpbmcmc2NoZWR1bGUtYXQtbWlzc2luZzhzY2hlZHVsZS1hdC1ub3QtdW5peC1zZWNvbmRzIHNjaGVkdWxlLWF0LXBhc3Q+c2NoZWR1bGUtY2FyZC1maWVsZHMtaW5jb21wbGV0ZRpzY2hlZHVsZS1mbGF0KHNjaGVkdWxlcy1hZ2Fpbi1ib2R5MHNjaGVkdWxlcy1hbW91bnQtbWlzc2luZzRzY2hlZHVsZXMtY3VycmVuY3ktbWlzc2luZyJzY2hlZHVsZXMtaW1wLXVpZEBzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLWR1cGxpY2F0ZTxzY2hlZHVsZXMtbWVyY2hhbnQtdWlkLW1pc3Npbmcsc2NoZWR1bGVzLW5hbWUtbWlzc2luZyxzZGstYnV5ZXItZmllbGQtbGVuZ3RoKnNkay1idXllci10ZWwtbWlzc2luZxxzZGstbmFtZS1ieXRlcx5zZGstbmFtZS1sZW5ndGgyc2RrLXBhcmFtcy1pZ25vcmVkLWJ5LWtjcCRzZWNyZXQtY2FyZC1udW1iZXIic2VjcmV0LWNyZWRlbnRpYWwmc3VwcHJlc3Npb24tZXhwaXJlZCRzdXBwcmVzc2lvbi11bnVzZWQ2dGF4LWZyZWUtbmVlZHMta2NwLWNvbnRyYWN0KnRheC1mcmVlLW91dC1vZi1yYW5nZSx0ZXN0LXNpdGUtYW1vdW50LXJhbmdlHnVybC1wbGFjZWhvbGRlcjR1cmwtdW5yZWFjaGFibGUtYnktcG9ydG9uZTB2YXQtYW1vdW50LW5vdC1zdXBwb3J0ZWQcdmF0LWRlcHJlY2F0ZWQgdmJhbmstYnV5ZXItbmFtZSB2YmFuay1kdWUtZm9ybWF0JHZiYW5rLWR1ZS1rY3AtZm9ybSJ2YmFuay1kdWUtbWlzc2luZxx2YmFuay1kdWUtcGFzdNwC/AH0AfAB+AH2AfoBpgHGAcwB1AEkXF5avgLAAnaMAo4CvgHAAbwBugG4Aa4BsAG2AbIBtAGcAZ4BoAGYAZIBpAGIAYwBlAGaAY4BkAGKAaIBtAKyArYCsAKYApoCODw6NtgC1gKWAdIBiAKGAooCogLqAewB6AHuAR6GAYIBhAGoAawBqgG6ArgCvAIcEBIYFBYaDgxyBAIGADQyCuAB4gHmAdoB3gGSApYCkAIqMCzOAVBSVFhOVghAREZCPkpITHBuaGxqdC6kAsICxALGAsoBwgHEAZwCrAKuAqYCoAKeAqoCqALOAtAC0gLIAsoCzALyAdQC2gLkAdwBlAJiYGZk1gEmKCIggAL+AdgByAHQAYIChAKAAXh6fnzOAQxhbW91bnQOYXBwQ2FyZBBhcHBfZmxhZxRhcHBfc2NoZW1lHGFwcGxpY2F0aW9uX2lkEmF1dGhfbW9kZSRiYXRjaF9iaXJ0aF9kYXlfeW4gYmlsbGluZ0tleU1ldGhvZApiaXJ0aA5iaXpfbnVtFGJ1eWVyX2FkZHIWYnV5ZXJfZW1haWwUYnV5ZXJfbmFtZRxidXllcl9wb3N0Y29kZRJidXllcl90ZWwMYnlwYXNzCGNhcmQSY2FyZF9jb2RlFmNhcmRfbnVtYmVyFGNhcmRfcXVvdGEiY2FzaF9yZWNlaXB0X3R5cGUUY2hhbm5lbEtleSBjaGFubmVsX2dyb3VwX2lkFmNoYW5uZWxfa2V5HmNoZWNraW5nX2Ftb3VudAhjb2RlDmNvbXBhbnkcY29tcGxleF9wbnRfeW4WY29uZmlybV91cmweY291cG9uX2FwcGx5X3luEGN1cnJlbmN5FmN1c3RvbV9kYXRhHGN1c3RvbWVyX2VtYWlsFmN1c3RvbWVyX2lkGmN1c3RvbWVyX25hbWUYY3VzdG9tZXJfdGVsGGN1c3RvbWVyX3VpZAZjdmMMZGV0YWlsDmRpZ2l0YWwMZGlyZWN0DmRpc3BsYXkOZW5hYmxlZAxlc2Nyb3ccZXNjcm93UHJvZHVjdHMMZXhwaXJ5CmV4dHJhLGlkZW50aXR5VmVyaWZpY2F0aW9uSWQOaW1wX3VpZDJpbnRlcmVzdF9mcmVlX2J5X21lcmNoYW50Dmlzc3VlSWQWa2NwUHJvZHVjdHMQa2NwUXVpY2sQbGFuZ3VhZ2UcbV9yZWRpcmVjdF91cmwSbWF4X21vbnRoGG1lcmNoYW50X3VpZAhuYW1lHm5hdmVyQWN0aW9uVHlwZRhuYXZlckNoYWluSWQmbmF2ZXJDdWx0dXJlQmVuZWZpdBxuYXZlckludGVyZmFjZShuYXZlck1lcmNoYW50VXNlcktleRxuYXZlclBvcHVwTW9kZSBuYXZlclByb2R1Y3RDb2RlGm5hdmVyUHJvZHVjdHMsbmF2ZXJQdXJjaGFzZXJCaXJ0aGRheSRuYXZlclB1cmNoYXNlck5hbWUWbmF2ZXJVc2VDZm0YbmljZU1vYmlsZVYyFG5vdGljZV91cmwSb3JkZXJOYW1lEG9yZGVyX2lkEnBheU1ldGhvZBRwYXlfbWV0aG9kEnBheW1lbnRJZAxwZXJpb2QEcGcWcGhvbmVOdW1iZXIKcG9wdXAOcHJlZmlsbApwcmljZRhwcm9kdWN0X3R5cGUQcHJvZHVjdHMYcHJvbW90aW9uX2lkGnB0X21lbWNvcnBfY2QUcHdkXzJkaWdpdApxdW90YRZzY2hlZHVsZV9hdBJzY2hlZHVsZXMmc2VjdXJlXzNkX2NoYXJnZV9pZB5zZWN1cmVfM2RfdG9rZW4Yc2hvcF91c2VyX2lkEnNpdGVfbG9nbxJza2luX2luZHgOc3RvcmVJZBB0YXhfZnJlZRZ0b3RhbEFtb3VudC51c2VGcmVlSW50ZXJlc3RGcm9tTWFsbBx1c2VfY2FyZF9wb2ludAZ2YXQUdmF0X2Ftb3VudBJ2YmFua19kdWXOAQwihgEcODKEAUjIAYoBWFZUWlJOIHQIarYBGMQBwgHKAXAsggE0fGysARS+ARASBLgBZjBuHmgkesYBwAFMzAGwAUomUCoadgpcmgGeAZYBnAGgAZIBmAGUAaQBogGQAY4BiAFCOkYGQIwBFmA2KDy0AXiuAWIOcgIAugG8AV6AAX4+pgFEZLIBqgGoAS4="
}
