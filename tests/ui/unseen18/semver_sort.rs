// Semantic versions: parsing "1.2.3-beta.1" into a struct, a hand-written Ord (pre-releases sort first), sorting and max.
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
    pre: Option<String>,
}

impl Version {
    fn parse(s: &str) -> Result<Version, String> {
        let s = s.trim().trim_start_matches('v');
        let (core, pre) = match s.split_once('-') {
            Some((c, p)) => (c, Some(p.to_string())),
            None => (s, None),
        };
        let nums: Vec<&str> = core.split('.').collect();
        if nums.len() != 3 {
            return Err(format!("{:?}: expected MAJOR.MINOR.PATCH", s));
        }
        let mut parsed = [0u32; 3];
        for (slot, n) in parsed.iter_mut().zip(nums.iter()) {
            *slot = n.parse().map_err(|_| format!("{:?}: bad number {:?}", s, n))?;
        }
        Ok(Version { major: parsed[0], minor: parsed[1], patch: parsed[2], pre })
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (&self.pre, &other.pre) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => a.cmp(b),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if let Some(p) = &self.pre {
            write!(f, "-{}", p)?;
        }
        Ok(())
    }
}

fn main() {
    let inputs = "1.0.0, v2.1.3, 1.0.0-alpha, 1.10.0, 1.2.0, 1.0.0-beta, 2.1.3-rc.1, 0.9.12, 1.2, x.1.0";
    let mut versions = Vec::new();
    for s in inputs.split(", ") {
        match Version::parse(s) {
            Ok(v) => versions.push(v),
            Err(e) => println!("skip {}", e),
        }
    }
    versions.sort();
    let listed: Vec<String> = versions.iter().map(|v| v.to_string()).collect();
    println!("{}", listed.join(" < "));
    println!("latest: {}", versions.iter().max().unwrap());
    let stable: Vec<&Version> = versions.iter().filter(|v| v.pre.is_none()).collect();
    println!("latest stable: {}", stable.last().unwrap());
    let a = Version::parse("1.0.0").unwrap();
    println!("{:?} {}", a.cmp(&Version::parse("1.0.0-rc").unwrap()), a == Version::parse("v1.0.0").unwrap());
}
