//@ compile-fail
// `let x: u32 = loop { break; };`.
fn main() {
    let x: u32 = loop {
        break; //~ ERROR E0308
    };
    println!("{x}");
}
