//! Thunderbird autoconfig (clientConfig 1.1): read every element, write it back.
//! Owner: providers work.
