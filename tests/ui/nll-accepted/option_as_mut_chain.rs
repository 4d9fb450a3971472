// `as_mut().map(..)` borrows the Option only for the call.
fn main() {
    let mut name: Option<String> = Some(String::from("ann"));
    if let Some(n) = name.as_mut() {
        n.push_str("ie");
    }
    let len = name.as_ref().map(|n| n.len()).unwrap_or(0);
    name = name.map(|n| n.to_uppercase());
    println!("{:?} {}", name, len);
    let r = name.as_deref().unwrap_or("none");
    println!("{}", r);
}
