// A variable initialised on every path before use.
fn main() {
    let label: String;
    let n = 4;
    if n % 2 == 0 {
        label = String::from("even");
    } else {
        label = String::from("odd");
    }
    let mut out = Vec::new();
    out.push(&label);
    println!("{:?}", out);
}
