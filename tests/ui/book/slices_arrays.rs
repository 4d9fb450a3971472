// Common concepts: arrays and slices — iteration, copies, 2D arrays, slice methods, array equality.
fn stats(xs: &[i32]) -> (i32, i32, f64) {
    let min = *xs.iter().min().unwrap();
    let max = *xs.iter().max().unwrap();
    let mean = xs.iter().sum::<i32>() as f64 / xs.len() as f64;
    (min, max, mean)
}

fn bump(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x += 100;
    }
}

fn main() {
    let months = ["Jan", "Feb", "Mar", "Apr"];
    let a = [3; 5];
    let mut b: [i32; 6] = [4, 8, 15, 16, 23, 42];
    println!("{} {:?} {}", months[1], a, a.len());
    let (lo, hi, mean) = stats(&b);
    println!("{lo} {hi} {mean:.3}");
    bump(&mut b[2..4]);
    println!("{:?}", b);
    let copy = b;
    b[0] = -1;
    println!("{:?} {:?}", copy[0], b[0]);
    println!("{}", copy == [4, 8, 115, 116, 23, 42]);
    let (left, right) = b.split_at(2);
    println!("{:?} {:?}", left, right);
    println!("{:?} {:?}", b.iter().position(|&x| x == 23), b.contains(&42));
    let mut sorted = b;
    sorted.sort_unstable_by(|x, y| y.cmp(x));
    println!("{:?}", sorted);
    sorted.rotate_left(2);
    println!("{:?}", sorted);
    let board = [['.'; 3]; 3];
    let mut board = board;
    board[1][1] = 'X';
    board[0][2] = 'O';
    for row in &board {
        println!("{}", row.iter().collect::<String>());
    }
    let empty: &[i32] = &[];
    println!("{:?} {:?}", empty.first(), b.last());
    let words = ["x", "yy", "zzz"];
    let lens = words.map(|w| w.len());
    println!("{:?}", lens);
    println!("{:?}", b.iter().skip(1).step_by(2).collect::<Vec<_>>());
    println!("{}", std::mem::size_of_val(&b));
    let total: i32 = b.into_iter().filter(|x| *x > 0).sum();
    println!("{total}");
}
