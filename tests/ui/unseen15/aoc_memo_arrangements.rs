// Advent-style spring arrangements: memoised recursion over (position, group) in a HashMap, unfolded records counted in u64
use std::collections::HashMap;

const RECORDS: &str = "???.### 1,1,3
.??..??...?##. 1,1,3
?#?#?#?#?#?#?#? 1,3,1,6
????.#...#... 4,1,1
????.######..#####. 1,6,5
?###???????? 3,2,1";

fn count(springs: &[u8], groups: &[usize], memo: &mut HashMap<(usize, usize), u64>) -> u64 {
    let key = (springs.len(), groups.len());
    if let Some(&known) = memo.get(&key) {
        return known;
    }
    let result = match (springs.first(), groups.first()) {
        (None, None) => 1,
        (None, Some(_)) => 0,
        (Some(_), None) => {
            if springs.contains(&b'#') { 0 } else { 1 }
        }
        (Some(&c), Some(&g)) => {
            let mut total = 0;
            if c != b'#' {
                total += count(&springs[1..], groups, memo);
            }
            if c != b'.'
                && springs.len() >= g
                && !springs[..g].contains(&b'.')
                && springs.get(g) != Some(&b'#')
            {
                let rest = if springs.len() > g { &springs[g + 1..] } else { &[][..] };
                total += count(rest, &groups[1..], memo);
            }
            total
        }
    };
    memo.insert(key, result);
    result
}

fn arrangements(springs: &str, groups: &[usize]) -> u64 {
    let mut memo = HashMap::new();
    count(springs.as_bytes(), groups, &mut memo)
}

fn unfold(springs: &str, groups: &[usize], times: usize) -> (String, Vec<usize>) {
    let s = vec![springs; times].join("?");
    let g = groups.iter().copied().cycle().take(groups.len() * times).collect();
    (s, g)
}

fn main() {
    let mut part1 = 0;
    let mut part2 = 0;
    for line in RECORDS.lines() {
        let (springs, nums) = line.split_once(' ').unwrap();
        let groups: Vec<usize> = nums.split(',').map(|n| n.parse().unwrap()).collect();
        let a = arrangements(springs, &groups);
        let (big, big_groups) = unfold(springs, &groups, 3);
        let b = arrangements(&big, &big_groups);
        println!("{springs:<20} {groups:?}: {a} / unfolded x3: {b}");
        part1 += a;
        part2 += b;
    }
    println!("part 1: {part1}");
    println!("part 2 (x3): {part2}");
}
