//@ compile-fail
// A `break 'outer` value holding a borrow, then mutating the source.
fn main() {
    let mut v = vec![1, 2, 3];
    let found = 'outer: loop {
        for x in &v {
            if *x == 2 { break 'outer x; }
        }
        break &0;
    };
    v.push(4); //~ ERROR E0502
    println!("{}", found);
}
