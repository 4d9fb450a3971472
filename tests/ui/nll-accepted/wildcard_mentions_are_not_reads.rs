// A wildcard pattern on a place only mentions it: no read, no move, no conflict with a live
// mutable borrow and no initialisation check (rustc's PlaceMention).
fn main() {
    let s = String::from("moved");
    drop(s);
    let _ = s;
    match s {
        _ => {}
    }
    if let _ = s {}

    let mut v = vec![1];
    let r = &mut v;
    let _ = v;
    match v {
        _ => {}
    }
    r.push(2);

    let pending: (i32, i32);
    let (_, _) = pending;
    let later: Option<u8>;
    match later {
        _ => {}
    }
    println!("{:?}", v);
}
