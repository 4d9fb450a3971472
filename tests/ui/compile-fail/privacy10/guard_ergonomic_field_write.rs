//@ compile-fail
// Matching `&mut p` binds `q` by mutable reference; its guard still may not write through it.
struct P {
    a: i32,
}

fn main() {
    let mut p = Some(P { a: 1 });
    match &mut p {
        Some(q) if { q.a = 5; true } => println!("{}", q.a), //~ ERROR E0594
        _ => {}
    }
}
