// Semantic versions parsed from strings, compared with a derived Ord, sorted, and checked against caret requirements.
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug, PartialEq)]
enum VersionError {
    WrongParts(usize),
    NotANumber(String),
}

impl FromStr for Version {
    type Err = VersionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.trim_start_matches('v').split('.').collect();
        if parts.len() != 3 {
            return Err(VersionError::WrongParts(parts.len()));
        }
        let mut nums = [0u32; 3];
        for (i, p) in parts.iter().enumerate() {
            nums[i] = p.parse().map_err(|_| VersionError::NotANumber(p.to_string()))?;
        }
        Ok(Version { major: nums[0], minor: nums[1], patch: nums[2] })
    }
}

impl Version {
    fn caret_matches(&self, req: &Version) -> bool {
        if self < req {
            return false;
        }
        if req.major > 0 {
            self.major == req.major
        } else if req.minor > 0 {
            self.major == 0 && self.minor == req.minor
        } else {
            self.major == 0 && self.minor == 0 && self.patch == req.patch
        }
    }
}

fn main() {
    let inputs = ["1.2.3", "v0.9.12", "1.10.0", "1.2", "2.0.0", "1.2.x", "0.0.4", "1.2.10"];
    let mut versions: Vec<Version> = Vec::new();
    for s in inputs {
        match s.parse::<Version>() {
            Ok(v) => versions.push(v),
            Err(e) => println!("{:>8}: {:?}", s, e),
        }
    }
    versions.sort();
    let shown: Vec<String> = versions.iter().map(|v| format!("{}.{}.{}", v.major, v.minor, v.patch)).collect();
    println!("sorted: {}", shown.join(" < "));
    println!("newest: {:?}", versions.iter().max());
    for req in ["1.2.0", "0.9.0", "0.0.4"] {
        let r: Version = req.parse().unwrap();
        let ok: Vec<String> = versions.iter().filter(|v| v.caret_matches(&r)).map(|v| format!("{}.{}.{}", v.major, v.minor, v.patch)).collect();
        println!("^{} matches {:?}", req, ok);
    }
    let a: Version = "1.2.10".parse().unwrap();
    let b = Version::from_str("1.2.9").unwrap();
    println!("{} {} {:?}", a > b, a == a.clone(), a.cmp(&b));
}
