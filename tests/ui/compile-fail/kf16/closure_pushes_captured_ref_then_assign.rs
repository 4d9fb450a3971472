//@ compile-fail
// A closure pushing its shared capture `&total` into a captured `out: Vec<&i32>` keeps `total` borrowed (E0506).
fn main() {
    let mut total = 1;
    let mut out: Vec<&i32> = Vec::new();
    let mut keep = || out.push(&total);
    keep();
    total += 1; //~ ERROR E0506
    println!("{:?}", out);
}
