// In-place slice edits: rotate_left/right, swap, reverse, fill, fill_with, copy_from_slice, clone_from_slice, swap_with_slice, copy_within.
fn main() {
    let mut v: Vec<i32> = (1..=7).collect();
    v.rotate_left(2);
    println!("{:?}", v);
    v.rotate_right(3);
    println!("{:?}", v);
    v.rotate_left(0);
    v[1..5].rotate_left(1);
    println!("{:?}", v);
    v.swap(0, 6);
    v.reverse();
    println!("{:?}", v);
    v[2..5].reverse();
    println!("{:?}", v);
    v[..3].fill(0);
    println!("{:?}", v);
    let mut n = 0;
    v.fill_with(|| { n += 10; n });
    println!("{:?}", v);
    let mut dst = [0u8; 5];
    dst[1..4].copy_from_slice(&[7, 8, 9]);
    println!("{:?}", dst);
    let mut names = vec![String::new(); 3];
    names.clone_from_slice(&[String::from("a"), String::from("bb"), String::from("ccc")]);
    println!("{:?} {:?}", names, names.iter().map(|s| s.capacity()).collect::<Vec<_>>());
    let mut x = [1, 2, 3];
    let mut y = [4, 5, 6];
    x.swap_with_slice(&mut y);
    println!("{:?} {:?}", x, y);
    let mut buf = *b"Hello, World";
    buf.copy_within(7..12, 0);
    println!("{}", String::from_utf8_lossy(&buf));
    let mut grid = [[0; 3]; 3];
    for (i, row) in grid.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = i * 3 + j;
        }
    }
    grid.swap(0, 2);
    println!("{:?}", grid);
    let mut words = ["d", "a", "c", "b"];
    words.reverse();
    println!("{:?}", words);
}
