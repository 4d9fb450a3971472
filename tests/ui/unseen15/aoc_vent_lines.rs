// Advent-style hydrothermal vents: "x1,y1 -> x2,y2" lines walked with signum steps, overlaps counted in HashMap<(i32, i32), u32>
use std::collections::HashMap;

const VENTS: &str = "0,9 -> 5,9
8,0 -> 0,8
9,4 -> 3,4
2,2 -> 2,1
7,0 -> 7,4
6,4 -> 2,0
0,9 -> 2,9
3,4 -> 1,4
0,0 -> 8,8
5,5 -> 8,2";

type Line = ((i32, i32), (i32, i32));

fn parse(s: &str) -> Vec<Line> {
    s.lines()
        .map(|l| {
            let nums: Vec<i32> = l
                .split(|c: char| !c.is_ascii_digit())
                .filter(|p| !p.is_empty())
                .map(|p| p.parse().unwrap())
                .collect();
            ((nums[0], nums[1]), (nums[2], nums[3]))
        })
        .collect()
}

fn overlaps(lines: &[Line], diagonals: bool) -> HashMap<(i32, i32), u32> {
    let mut counts = HashMap::new();
    for &((x1, y1), (x2, y2)) in lines {
        if !diagonals && x1 != x2 && y1 != y2 {
            continue;
        }
        let (dx, dy) = ((x2 - x1).signum(), (y2 - y1).signum());
        let steps = (x2 - x1).abs().max((y2 - y1).abs());
        for i in 0..=steps {
            *counts.entry((x1 + i * dx, y1 + i * dy)).or_insert(0) += 1;
        }
    }
    counts
}

fn main() {
    let lines = parse(VENTS);
    let straight = overlaps(&lines, false);
    let all = overlaps(&lines, true);
    println!("part 1: {}", straight.values().filter(|&&c| c >= 2).count());
    println!("part 2: {}", all.values().filter(|&&c| c >= 2).count());
    for y in 0..10 {
        let row: String = (0..10)
            .map(|x| match all.get(&(x, y)) {
                None => '.',
                Some(&n) => char::from_digit(n, 10).unwrap_or('+'),
            })
            .collect();
        println!("{row}");
    }
    let mut hottest: Vec<(&(i32, i32), &u32)> = all.iter().filter(|(_, c)| **c > 2).collect();
    hottest.sort();
    println!("hottest: {:?}", hottest);
}
