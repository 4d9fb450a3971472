//@ compile-fail
// A binary search declares its lower bound without `mut` and moves it inside the loop.
fn lower_bound(v: &[i32], x: i32) -> usize {
    let lo = 0;
    let mut hi = v.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        if v[mid] < x {
            lo = mid + 1; //~ ERROR E0384
        } else {
            hi = mid;
        }
    }
    lo
}

fn main() {
    println!("{}", lower_bound(&[1, 3, 5, 7], 5));
}
