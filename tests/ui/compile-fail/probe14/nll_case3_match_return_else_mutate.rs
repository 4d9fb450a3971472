//@ compile-fail
// NLL problem case 3 through `match` returning a shared borrow of `&mut` data.
fn first_or_push(v: &mut Vec<i32>) -> &i32 {
    match v.first() {
        Some(x) => return x,
        None => {}
    }
    v.push(1); //~ ERROR E0502
    &v[0]
}
fn main() {
    let mut v = vec![];
    println!("{}", first_or_push(&mut v));
}
