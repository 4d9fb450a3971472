//@ compile-fail
// `parse()` without a target type: rustc cannot decide `<_ as FromStr>::Err` (E0284).
fn main() {
    let p = "5".parse(); //~ ERROR E0284
    println!("{:?}", p);
}
