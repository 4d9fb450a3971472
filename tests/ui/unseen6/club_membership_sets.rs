// Club memberships with HashSet and BTreeSet: union, intersection, difference, symmetric difference, subset.
use std::collections::{BTreeSet, HashSet};

fn sorted(set: &HashSet<&str>) -> Vec<String> {
    let mut v: Vec<String> = set.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

fn main() {
    let chess: HashSet<&str> = ["ana", "ben", "cleo", "dev"].into_iter().collect();
    let music: HashSet<&str> = ["cleo", "dev", "eli", "fay", "ben"].iter().copied().collect();
    let mut hiking: HashSet<&str> = HashSet::new();
    for name in ["fay", "gus", "ana", "fay"] {
        let fresh = hiking.insert(name);
        println!("hiking + {}: {}", name, if fresh { "new" } else { "already in" });
    }
    let both: HashSet<&str> = chess.intersection(&music).copied().collect();
    println!("chess and music: {:?}", sorted(&both));
    let either: HashSet<&str> = chess.union(&hiking).cloned().collect();
    println!("chess or hiking: {:?}", sorted(&either));
    let only_music: HashSet<&str> = music.difference(&chess).copied().collect();
    println!("music only: {:?}", sorted(&only_music));
    let one_of: HashSet<&str> = chess.symmetric_difference(&hiking).copied().collect();
    println!("exactly one of chess/hiking: {:?}", sorted(&one_of));
    println!("both is a subset of music: {}", both.is_subset(&music));
    println!("chess and hiking disjoint: {}", chess.is_disjoint(&hiking));

    let everyone: BTreeSet<&str> = chess.iter().chain(music.iter()).chain(hiking.iter()).copied().collect();
    println!("everyone: {:?}", everyone);
    println!("first {:?}, last {:?}", everyone.first(), everyone.last());
    let later: Vec<&&str> = everyone.range("c".."f").collect();
    println!("from c to f: {:?}", later);
    let mut counts: Vec<(usize, &str)> = everyone
        .iter()
        .map(|n| ([&chess, &music, &hiking].iter().filter(|c| c.contains(n)).count(), *n))
        .collect();
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    println!("{:?}", counts);
    hiking.remove("gus");
    println!("hiking has gus: {}, size {}", hiking.contains("gus"), hiking.len());
}
