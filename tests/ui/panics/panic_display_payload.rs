// panic! with a String value built at run time.
fn main() {
    let parts = ["disk", "full"];
    let msg = parts.join(" ");
    println!("{} parts", parts.len());
    if !msg.is_empty() {
        panic!("{}", msg);
    }
    println!("unreachable");
}
