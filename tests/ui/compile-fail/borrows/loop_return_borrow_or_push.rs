//@ compile-fail
// Returning a borrow found in a loop, otherwise pushing: the loan outlives the loop.
fn find_or_add(v: &mut Vec<i32>, x: i32) -> &i32 {
    for item in v.iter() {
        if *item == x {
            return item;
        }
    }
    v.push(x); //~ ERROR E0502
    v.last().unwrap()
}

fn main() {
    let mut v = vec![1];
    println!("{}", find_or_add(&mut v, 2));
}
