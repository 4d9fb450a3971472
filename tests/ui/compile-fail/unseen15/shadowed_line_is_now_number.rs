//@ compile-fail
// shadowing a line with its parsed number, then using it as the string again
fn main() {
    let line = "42";
    let line: i64 = line.parse().unwrap();
    let width = line.len(); //~ ERROR E0599
    println!("{line} {width}");
}
