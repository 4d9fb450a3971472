//@ compile-fail
// A variable assigned only inside a `for` loop may be uninitialised after it (the loop may not run).
fn main() {
    let samples: Vec<i32> = vec![4, 9, 1];
    let mut last;
    for s in &samples {
        last = *s;
    }
    println!("last sample {}", last); //~ ERROR E0381
}
