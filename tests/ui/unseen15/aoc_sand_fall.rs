// Advent-style falling sand: rock paths "498,4 -> 498,6" drawn into HashSet<(i32, i32)>, grains simulated until they fall out or fill
use std::collections::HashSet;

const PATHS: &str = "498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9";

fn parse_point(s: &str) -> (i32, i32) {
    let (x, y) = s.trim().split_once(',').unwrap();
    (x.parse().unwrap(), y.parse().unwrap())
}

fn rocks(input: &str) -> HashSet<(i32, i32)> {
    let mut set = HashSet::new();
    for line in input.lines() {
        let pts: Vec<(i32, i32)> = line.split(" -> ").map(parse_point).collect();
        for w in pts.windows(2) {
            let ((x1, y1), (x2, y2)) = (w[0], w[1]);
            for x in x1.min(x2)..=x1.max(x2) {
                for y in y1.min(y2)..=y1.max(y2) {
                    set.insert((x, y));
                }
            }
        }
    }
    set
}

fn drop_grain(blocked: &HashSet<(i32, i32)>, floor: Option<i32>, abyss: i32) -> Option<(i32, i32)> {
    let (mut x, mut y) = (500, 0);
    loop {
        if floor.is_none() && y > abyss {
            return None;
        }
        let next = [(x, y + 1), (x - 1, y + 1), (x + 1, y + 1)]
            .into_iter()
            .find(|p| !blocked.contains(p) && floor.map_or(true, |f| p.1 < f));
        match next {
            Some((nx, ny)) => {
                x = nx;
                y = ny;
            }
            None => return Some((x, y)),
        }
    }
}

fn fill(rock: &HashSet<(i32, i32)>, with_floor: bool) -> usize {
    let abyss = rock.iter().map(|&(_, y)| y).max().unwrap();
    let floor = if with_floor { Some(abyss + 2) } else { None };
    let mut blocked = rock.clone();
    let mut grains = 0;
    while let Some(rest) = drop_grain(&blocked, floor, abyss) {
        blocked.insert(rest);
        grains += 1;
        if rest == (500, 0) {
            break;
        }
    }
    grains
}

fn main() {
    let rock = rocks(PATHS);
    println!("rock cells: {}", rock.len());
    println!("part 1: {}", fill(&rock, false));
    println!("part 2: {}", fill(&rock, true));
    for y in 0..10 {
        let row: String = (494..=503).map(|x| if rock.contains(&(x, y)) { '#' } else { '.' }).collect();
        println!("{row}");
    }
}
