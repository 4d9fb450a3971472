// AsRef<str> and Into<String> arguments, u64 from u32, i64::try_from(u64).
fn show(s: impl AsRef<str>) -> usize { s.as_ref().len() }
fn own(s: impl Into<String>) -> String { s.into() }
fn main() {
    let a = u64::from(5u32);
    let b = i64::try_from(7u64).unwrap();
    let c: u32 = 9u8.into();
    println!("{} {} {} {} {} {}", show("ab"), show(String::from("abc")), own("x"), a, b, c);
}
