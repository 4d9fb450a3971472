//@ compile-fail
// Mutating a collection while a `for` loop iterates over it: the loop's head is both the borrow and its later use.
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter() {
        v.push(*x); //~ ERROR E0502
    }
    for (i, x) in v.iter().enumerate() {
        v.push(*x + i); //~ ERROR E0502
    }
    for x in &v {
        v.push(*x); //~ ERROR E0502
    }
    let mut s = String::new();
    for c in s.chars() {
        s.push(c); //~ ERROR E0502
    }
    let mut grid = vec![vec![1], vec![2]];
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            *cell += 1;
        }
        grid.clear(); //~ ERROR E0499
    }
}
