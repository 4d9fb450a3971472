// Advent-style dumbo octopuses: a 10x10 [[u8; 10]; 10] grid, eight neighbours, cascading flashes with a work stack, first synchronised step
const START: &str = "5483143223
2745854711
5264556173
6141336146
6357385478
4167524645
2176841721
6882881134
4846848554
5283751526";

type Grid = [[u8; 10]; 10];

fn parse(s: &str) -> Grid {
    let mut g = [[0u8; 10]; 10];
    for (r, line) in s.lines().enumerate() {
        for (c, b) in line.bytes().enumerate() {
            g[r][c] = b - b'0';
        }
    }
    g
}

fn neighbours(r: usize, c: usize) -> impl Iterator<Item = (usize, usize)> {
    (-1i32..=1)
        .flat_map(|dr| (-1i32..=1).map(move |dc| (dr, dc)))
        .filter(|&d| d != (0, 0))
        .map(move |(dr, dc)| (r as i32 + dr, c as i32 + dc))
        .filter(|&(y, x)| (0..10).contains(&y) && (0..10).contains(&x))
        .map(|(y, x)| (y as usize, x as usize))
}

fn step(g: &mut Grid) -> usize {
    let mut stack = Vec::new();
    for r in 0..10 {
        for c in 0..10 {
            g[r][c] += 1;
            if g[r][c] == 10 {
                stack.push((r, c));
            }
        }
    }
    while let Some((r, c)) = stack.pop() {
        for (y, x) in neighbours(r, c) {
            g[y][x] += 1;
            if g[y][x] == 10 {
                stack.push((y, x));
            }
        }
    }
    let mut flashes = 0;
    for row in g.iter_mut() {
        for cell in row.iter_mut().filter(|c| **c > 9) {
            *cell = 0;
            flashes += 1;
        }
    }
    flashes
}

fn main() {
    let mut g = parse(START);
    let mut total = 0;
    for s in 1..=10 {
        total += step(&mut g);
        if s == 2 || s == 10 {
            println!("after step {s}:");
            for row in &g {
                println!("{}", row.iter().map(|d| d.to_string()).collect::<Vec<_>>().concat());
            }
        }
    }
    println!("flashes after 10 steps: {total}");
    let mut g = parse(START);
    let first_sync = (1..).find(|_| step(&mut g) == 100).unwrap();
    println!("first synchronised step: {first_sync}");
}
