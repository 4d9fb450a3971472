// Two-phase borrows: the arguments of `v.push(..)` may read `v`; a `&mut` use of `v` is evaluated into a local first.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len());
    v.insert(0, v.len());
    v.extend(v.iter().map(|x| x * 10).collect::<Vec<usize>>());
    let last = v.pop().unwrap();
    v.push(last);
    let mut grid = vec![vec![1]];
    let copy = grid.last_mut().unwrap().clone();
    grid.push(copy);
    let n = grid.len();
    grid[0].push(n);
    println!("{:?} {:?}", v, grid);
}
