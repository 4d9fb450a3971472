//@ compile-fail
// The loop moves `buf` and only re-assigns it on some paths.
fn main() {
    let mut buf = String::new();
    let mut all = Vec::new();
    for i in 0..4 {
        all.push(buf); //~ ERROR E0382
        if i % 2 == 0 {
            buf = String::from("even");
        }
    }
    println!("{:?}", all);
}
