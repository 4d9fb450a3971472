//@ compile-fail
// `if let Some(s) = opt` moves the String out of `opt`.
fn main() {
    let opt = Some(vec![1, 2]);
    if let Some(v) = opt {
        println!("{}", v.len());
    }
    let again = opt; //~ ERROR E0382
    println!("{:?}", again);
}
