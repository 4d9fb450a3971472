//@ compile-fail
// `let ... else` must not be followed by `else if`-like chains: the else block ends in an `if` without `else`.
fn main() {
    let v = vec![1];
    let [a] = v.as_slice() else { //~ ERROR E0308
        if v.is_empty() {
            panic!("empty");
        }
    };
    println!("{a}");
}
