//@ compile-fail
// A label assigned only in guarded match arms may be uninitialised when the last arm runs.
fn main() {
    let n: i32 = -4;
    let label: &str;
    match n {
        0 => label = "zero",
        x if x > 0 => label = "positive",
        _ => println!("negative, no label"),
    }
    println!("{}", label); //~ ERROR E0381
}
