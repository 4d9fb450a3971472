//@ compile-fail
// Reassigning bindings of a `for` pattern and of a match arm: rustc proposes `ref mut` only for the match.
fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    for (a, b) in pairs {
        a += b; //~ ERROR E0384
        println!("{a}");
    }
    let opt = Some(5);
    match opt {
        Some(n) => {
            n += 1; //~ ERROR E0384
            println!("{n}");
        }
        None => {}
    }
    let mut total = 0;
    for x in [1, 2, 3].iter() {
        total += x;
    }
    let mut scores = vec![1, 2];
    for s in scores.iter() {
        *s += total; //~ ERROR E0594
    }
    scores.push(0);
}
