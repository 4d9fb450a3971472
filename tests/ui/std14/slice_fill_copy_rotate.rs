// fill, fill_with, copy_from_slice, clone_from_slice, rotate_left/right on subslices, reverse, swap, split_at_mut with both halves edited.
fn main() {
    let mut a = [0i32; 8];
    a.fill(7);
    println!("{:?}", a);
    let mut n = 0;
    a.fill_with(|| { n += 3; n });
    println!("{:?}", a);
    a[2..5].copy_from_slice(&[-1, -2, -3]);
    println!("{:?}", a);
    a.rotate_left(3);
    println!("{:?}", a);
    a[1..6].rotate_right(2);
    println!("{:?}", a);
    a[..4].reverse();
    println!("{:?}", a);
    a.swap(0, 7);
    println!("{:?}", a);
    let (l, r) = a.split_at_mut(4);
    l[0] += r[0];
    r.copy_from_slice(&[1, 2, 3, 4]);
    println!("{:?}", a);
    let mut names = vec![String::from("x"); 3];
    let src = [String::from("alpha"), String::from("beta"), String::from("gamma")];
    names.clone_from_slice(&src);
    println!("{:?} {}", names, names.iter().map(|s| s.capacity()).sum::<usize>());
    let mut grid = vec![vec![0u8; 4]; 3];
    for (i, row) in grid.iter_mut().enumerate() { row.fill(i as u8 + 1); }
    grid.rotate_right(1);
    println!("{:?}", grid);
    let mut v: Vec<char> = "rotation".chars().collect();
    v.rotate_left(3);
    println!("{}", v.iter().collect::<String>());
}
