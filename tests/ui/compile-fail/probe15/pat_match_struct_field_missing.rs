//@ compile-fail
// A match on a struct whose field values are not all covered (E0004).
struct P { on: bool, n: u8 }
fn main() {
    let p = P { on: true, n: 1 };
    match p { //~ ERROR E0004
        P { on: true, .. } => println!("on"),
        P { on: false, n: 0 } => println!("off0"),
    }
}
