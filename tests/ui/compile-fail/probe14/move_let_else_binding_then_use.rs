//@ compile-fail
// `let Some(x) = opt else` moves the payload.
fn main() {
    let opt = Some(String::from("a"));
    let Some(x) = opt else { return };
    println!("{} {:?}", x, opt); //~ ERROR E0382
}
