// labelled loops with `break 'label value`, `continue 'label`, and labelled blocks
fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let found = 'outer: loop {
        for (i, row) in grid.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                if v * v > 30 {
                    break 'outer Some((i, j));
                }
            }
        }
        break None;
    };
    println!("{:?}", found);
    let mut count = 0;
    'rows: for row in &grid {
        for &v in row {
            if v % 2 == 0 {
                continue 'rows;
            }
            count += v;
        }
    }
    println!("{}", count);
    let mut n = 27u64;
    let steps = loop {
        let mut s = 0;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            s += 1;
        }
        break s;
    };
    println!("{}", steps);
    let r = 'check: {
        if grid[0][0] != 1 {
            break 'check "bad";
        }
        "good"
    };
    println!("{}", r);
}
