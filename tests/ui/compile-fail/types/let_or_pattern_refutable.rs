//@ compile-fail
// An or-pattern in `let` must cover every value: `Some(x) | Some(x)` leaves `None` out (E0005).
fn main() {
    let opt: Option<u8> = Some(1);
    let (Some(x) | Some(x)) = opt; //~ ERROR E0005
    println!("{x}");
}
