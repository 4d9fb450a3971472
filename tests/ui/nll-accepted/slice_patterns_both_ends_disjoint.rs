// Elements counted from both ends of slices known to be long enough are disjoint, across two patterns too.
fn main() {
    let mut grid = vec![vec![1], vec![2], vec![3]];
    let s = grid.as_mut_slice();
    let [first, _, ..] = s else { return };
    let [.., _, last] = s else { return };
    first.append(last);
    println!("{:?}", grid);
    let mut v = [10, 20, 30, 40];
    if let [a, .., b] = &mut v[..] {
        std::mem::swap(a, b);
    }
    println!("{:?}", v);
}
