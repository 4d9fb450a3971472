// Advent-style calorie counting: blank-line groups parsed with split("\n\n"), sums, top three sorted descending
const INPUT: &str = "1000
2000
3000

4000

5000
6000

7000
8000
9000

10000";

fn parse_groups(input: &str) -> Vec<Vec<u32>> {
    input
        .split("\n\n")
        .map(|group| {
            group
                .lines()
                .map(|l| l.trim().parse::<u32>().expect("number"))
                .collect()
        })
        .collect()
}

fn part_one(groups: &[Vec<u32>]) -> u32 {
    groups.iter().map(|g| g.iter().sum::<u32>()).max().unwrap_or(0)
}

fn part_two(groups: &[Vec<u32>]) -> u32 {
    let mut totals: Vec<u32> = groups.iter().map(|g| g.iter().sum()).collect();
    totals.sort_unstable_by(|a, b| b.cmp(a));
    totals.iter().take(3).sum()
}

fn richest_elf(groups: &[Vec<u32>]) -> Option<(usize, u32)> {
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| (i + 1, g.iter().sum::<u32>()))
        .max_by_key(|&(_, total)| total)
}

fn main() {
    let groups = parse_groups(INPUT);
    println!("elves: {}", groups.len());
    for (i, g) in groups.iter().enumerate() {
        println!("elf {} carries {:?} = {}", i + 1, g, g.iter().sum::<u32>());
    }
    println!("part 1: {}", part_one(&groups));
    println!("part 2: {}", part_two(&groups));
    if let Some((idx, total)) = richest_elf(&groups) {
        println!("richest elf is #{idx} with {total}");
    }
    let snack_count: usize = groups.iter().map(Vec::len).sum();
    let average = part_two(&groups) as f64 / 3.0;
    println!("snacks: {snack_count}, top-three average: {average:.2}");
}
