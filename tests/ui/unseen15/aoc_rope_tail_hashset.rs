// Advent-style rope: head moves parsed from "R 4", knots follow with signum, visited tail cells in HashSet<(i32, i32)>
use std::collections::HashSet;

const MOVES: &str = "R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2";

fn follow(head: (i32, i32), tail: (i32, i32)) -> (i32, i32) {
    let (dx, dy) = (head.0 - tail.0, head.1 - tail.1);
    if dx.abs() <= 1 && dy.abs() <= 1 {
        tail
    } else {
        (tail.0 + dx.signum(), tail.1 + dy.signum())
    }
}

fn simulate(moves: &[(char, u32)], knots: usize) -> HashSet<(i32, i32)> {
    let mut rope = vec![(0i32, 0i32); knots];
    let mut visited = HashSet::new();
    visited.insert((0, 0));
    for &(dir, steps) in moves {
        let delta = match dir {
            'R' => (1, 0),
            'L' => (-1, 0),
            'U' => (0, 1),
            'D' => (0, -1),
            other => panic!("bad direction {other}"),
        };
        for _ in 0..steps {
            rope[0].0 += delta.0;
            rope[0].1 += delta.1;
            for i in 1..knots {
                rope[i] = follow(rope[i - 1], rope[i]);
            }
            visited.insert(rope[knots - 1]);
        }
    }
    visited
}

fn main() {
    let moves: Vec<(char, u32)> = MOVES
        .lines()
        .map(|l| {
            let (d, n) = l.split_once(' ').unwrap();
            (d.chars().next().unwrap(), n.parse().unwrap())
        })
        .collect();
    let two = simulate(&moves, 2);
    let ten = simulate(&moves, 10);
    println!("part 1: {}", two.len());
    println!("part 2: {}", ten.len());
    let min_x = two.iter().map(|p| p.0).min().unwrap();
    let max_x = two.iter().map(|p| p.0).max().unwrap();
    let min_y = two.iter().map(|p| p.1).min().unwrap();
    let max_y = two.iter().map(|p| p.1).max().unwrap();
    for y in (min_y..=max_y).rev() {
        let row: String = (min_x..=max_x)
            .map(|x| if (x, y) == (0, 0) { 's' } else if two.contains(&(x, y)) { '#' } else { '.' })
            .collect();
        println!("{row}");
    }
    let mut sorted: Vec<_> = two.into_iter().collect();
    sorted.sort();
    println!("first visited: {:?}", &sorted[..3]);
}
