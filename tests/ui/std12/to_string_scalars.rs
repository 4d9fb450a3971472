// to_string on every scalar type and on &str/char/bool, with the capacities each reserves.
fn show(label: &str, s: String) {
    println!("{:<6} {:>24} len {:2} cap {:2}", label, s, s.len(), s.capacity());
}

fn main() {
    show("i8", (-128i8).to_string());
    show("u8", 255u8.to_string());
    show("i16", (-32768i16).to_string());
    show("u16", 65535u16.to_string());
    show("i32", i32::MIN.to_string());
    show("u32", u32::MAX.to_string());
    show("i64", i64::MIN.to_string());
    show("u64", u64::MAX.to_string());
    show("isize", (-1isize).to_string());
    show("usize", 0usize.to_string());
    show("u128", 1u128.to_string());
    show("f32", 1.5f32.to_string());
    show("f64", (-0.0f64).to_string());
    show("f64", 1e21f64.to_string());
    show("f64", 1e-7f64.to_string());
    show("f64", f64::NAN.to_string());
    show("f64", f64::NEG_INFINITY.to_string());
    show("f32", 0.1f32.to_string());
    show("f64", (0.1f64 + 0.2).to_string());
    show("char", 'x'.to_string());
    show("char", '€'.to_string());
    show("bool", true.to_string());
    show("str", "hello".to_string());
    show("String", String::from("abc").to_string());
    show("()", format!("{:?}", ()));
    show("tuple", format!("{:?}", (1, 'a', "s")));
    show("i32", 7.to_string() + &8.to_string());
}
