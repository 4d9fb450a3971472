//@ compile-fail
// `break 'w 1` out of a `while` loop (E0571).
fn main() {
    let mut n = 0;
    let r = 'w: while n < 5 {
        n += 1;
        if n == 3 {
            break 'w 1; //~ ERROR E0571
        }
    };
    let _ = r;
}
