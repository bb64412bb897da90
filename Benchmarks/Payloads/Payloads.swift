// The payloads the in-process benchmarks and the profiling driver share.

/// A typical IMP.request_pay payload (~700 bytes, Korean text), as in the peer corpus.
public let typicalPayload = Array(
    """
    {
      "channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c",
      "pay_method": "card",
      "merchant_uid": "ORD-20261128-000142",
      "name": "유기농 당근 10kg 외 2건",
      "amount": 64000,
      "buyer_email": "minji.kim@example.com",
      "buyer_name": "김민지",
      "buyer_tel": "010-4242-1004",
      "buyer_addr": "서울특별시 강남구 테헤란로 427",
      "buyer_postcode": "06159",
      "display": { "card_quota": [2, 3, 4, 5, 6] },
      "card": { "direct": { "code": "367", "quota": 3 } },
      "company": "초록마켓",
      "custom_data": { "cart": [{ "sku": "A-1", "qty": 2 }, { "sku": "B-7", "qty": 1 }] },
      "m_redirect_url": "https://shop.example.com/payments/complete"
    }
    """.utf8)

/// A schedule body with `count` entries (the shape of the generator's `--large` mode).
public func schedulePayload(entries count: Int) -> [UInt8] {
    var text = #"{"customer_uid": "cust-7781-card-1", "schedules": ["#
    for index in 0..<count {
        if index > 0 { text += "," }
        text += #"{"merchant_uid": "SCHED-\#(index)", "schedule_at": \#(1_798_729_200 + index * 60), "amount": 14900, "currency": "KRW", "name": "멤버십 \#(index)"}"#
    }
    return Array((text + "]}").utf8)
}
