// DNA helpers: validation, complement, GC content, Hamming distance, codons by chunks and a k-mer count.
use std::collections::BTreeMap;

fn validate(seq: &str) -> Result<&str, char> {
    match seq.chars().find(|c| !"ACGT".contains(*c)) {
        Some(bad) => Err(bad),
        None => Ok(seq),
    }
}

fn complement(seq: &str) -> String {
    seq.chars()
        .rev()
        .map(|c| match c {
            'A' => 'T',
            'T' => 'A',
            'C' => 'G',
            'G' => 'C',
            other => other,
        })
        .collect()
}

fn gc_content(seq: &str) -> f64 {
    if seq.is_empty() {
        return 0.0;
    }
    let gc = seq.bytes().filter(|b| *b == b'G' || *b == b'C').count();
    gc as f64 / seq.len() as f64 * 100.0
}

fn hamming(a: &str, b: &str) -> Option<usize> {
    if a.len() != b.len() {
        return None;
    }
    Some(a.chars().zip(b.chars()).filter(|(x, y)| x != y).count())
}

fn codons(seq: &str) -> Vec<&str> {
    seq.as_bytes()
        .chunks(3)
        .filter(|c| c.len() == 3)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect()
}

fn kmers(seq: &str, k: usize) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for i in 0..=seq.len().saturating_sub(k) {
        if i + k <= seq.len() {
            *counts.entry(&seq[i..i + k]).or_insert(0) += 1;
        }
    }
    counts
}

fn main() {
    let samples = ["ATGCGATACGCTTGA", "GGGCCCATAT", "ATGXTT", ""];
    for s in samples {
        match validate(s) {
            Ok(seq) => println!("{:<16} rc={:<16} gc={:>6.2}% codons={:?}", seq, complement(seq), gc_content(seq), codons(seq)),
            Err(c) => println!("{:<16} invalid base {:?}", s, c),
        }
    }
    println!("hamming {:?} {:?}", hamming("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"), hamming("AT", "ATG"));
    let k = kmers("ATATATGCGC", 2);
    println!("2-mers: {:?}", k);
    let top = k.iter().max_by_key(|&(kmer, n)| (*n, std::cmp::Reverse(*kmer))).unwrap();
    println!("most common: {:?}", top);
    let starts: Vec<usize> = samples[0].match_indices("GA").map(|(i, _)| i).collect();
    println!("GA at {:?}", starts);
}
